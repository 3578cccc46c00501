; ---- dp_fwd_h2_k32_v32_r32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r32_nogate'
source_filename = "dp_fwd_h2_k32_v32_r32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0220 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep252 = getelementptr i8, ptr %hT, i64 %10
  %scevgep247 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0220, %H
  %h = srem i64 %bh.addr.0220, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep247, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep279 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep252, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0220, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond253.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond253.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0217 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0217
  %18 = shl i64 %17, 12
  %gep280 = getelementptr i8, ptr %invariant.gep279, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep280, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0217, 5
  %19 = add nuw nsw i64 %t0, 32
  %20 = shl nsw i64 %ci.addr.0217, 6
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0193 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %73, %i2.body ]
  %acc1.0192 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %77, %i2.body ]
  %acc2.0191 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %81, %i2.body ]
  %acc3.0190 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %85, %i2.body ]
  %acc4.0189 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %95, %i2.body ]
  %acc5.0188 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %99, %i2.body ]
  %acc6.0187 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %103, %i2.body ]
  %acc7.0186 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %107, %i2.body ]
  %i2.addr.0185 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0185, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0185, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = insertelement <8 x float> poison, float %24, i64 0
  %29 = shufflevector <8 x float> %28, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %27, <8 x float> %acc.0193)
  %31 = or disjoint i64 %25, 8
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %33, <8 x float> %acc1.0192)
  %35 = or disjoint i64 %25, 16
  %36 = getelementptr inbounds float, ptr %work, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %37, <8 x float> %acc2.0191)
  %39 = or disjoint i64 %25, 24
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <8 x float>, ptr %40, align 4
  %42 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %41, <8 x float> %acc3.0190)
  %43 = or disjoint i64 %i2.addr.0185, 1
  %44 = or disjoint i64 %43, %21
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %43, 5
  %48 = getelementptr inbounds float, ptr %work, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = insertelement <8 x float> poison, float %46, i64 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %49, <8 x float> %acc4.0189)
  %53 = or disjoint i64 %47, 8
  %54 = getelementptr inbounds float, ptr %work, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %55, <8 x float> %acc5.0188)
  %57 = or disjoint i64 %47, 16
  %58 = getelementptr inbounds float, ptr %work, i64 %57
  %59 = load <8 x float>, ptr %58, align 4
  %60 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %59, <8 x float> %acc6.0187)
  %61 = or disjoint i64 %47, 24
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <8 x float>, ptr %62, align 4
  %64 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %63, <8 x float> %acc7.0186)
  %i2.next = or disjoint i64 %i2.addr.0185, 2
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
  %86 = or disjoint i64 %i2.addr.0185, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.0185, 4
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

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0216 = phi <8 x float> [ %317, %i4.exit ], [ %137, %t.body.preheader ]
  %delta1.0215 = phi <8 x float> [ %325, %i4.exit ], [ %132, %t.body.preheader ]
  %delta2.0214 = phi <8 x float> [ %333, %i4.exit ], [ %126, %t.body.preheader ]
  %delta3.0213 = phi <8 x float> [ %341, %i4.exit ], [ %120, %t.body.preheader ]
  %t.addr.0212 = phi i64 [ %138, %i4.exit ], [ %t0, %t.body.preheader ]
  %138 = add nuw nsw i64 %t.addr.0212, 1
  %139 = shl nuw nsw i64 %t.addr.0212, 1
  %140 = mul nsw i64 %139, %sq
  %141 = or disjoint i64 %139, 1
  %142 = mul nsw i64 %141, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0217, 1
  %exitcond250.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond250.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0202 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc15.0201 = phi <8 x float> [ zeroinitializer, %t.body ], [ %203, %i3.body ]
  %acc14.0200 = phi <8 x float> [ zeroinitializer, %t.body ], [ %198, %i3.body ]
  %acc13.0199 = phi <8 x float> [ zeroinitializer, %t.body ], [ %193, %i3.body ]
  %acc12.0198 = phi <8 x float> [ zeroinitializer, %t.body ], [ %188, %i3.body ]
  %acc11.0197 = phi <8 x float> [ zeroinitializer, %t.body ], [ %172, %i3.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %t.body ], [ %167, %i3.body ]
  %acc9.0195 = phi <8 x float> [ zeroinitializer, %t.body ], [ %162, %i3.body ]
  %acc832.0194 = phi <8 x float> [ zeroinitializer, %t.body ], [ %157, %i3.body ]
  %143 = or disjoint i64 %i3.addr.0202, %140
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = or disjoint i64 %i3.addr.0202, %142
  %147 = getelementptr inbounds float, ptr %kh, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = shl nuw nsw i64 %i3.addr.0202, 5
  %152 = getelementptr inbounds float, ptr %work, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta.0216, <8 x float> %153)
  store <8 x float> %154, ptr %152, align 4
  %155 = insertelement <8 x float> poison, float %148, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %acc832.0194)
  %158 = or disjoint i64 %151, 8
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta1.0215, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %161, <8 x float> %acc9.0195)
  %163 = or disjoint i64 %151, 16
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta2.0214, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %166, <8 x float> %acc10.0196)
  %168 = or disjoint i64 %151, 24
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta3.0213, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %171, <8 x float> %acc11.0197)
  %173 = or disjoint i64 %i3.addr.0202, 1
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
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta.0216, <8 x float> %184)
  store <8 x float> %185, ptr %183, align 4
  %186 = insertelement <8 x float> poison, float %179, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %185, <8 x float> %acc12.0198)
  %189 = or disjoint i64 %182, 8
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta1.0215, <8 x float> %191)
  store <8 x float> %192, ptr %190, align 4
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %192, <8 x float> %acc13.0199)
  %194 = or disjoint i64 %182, 16
  %195 = getelementptr inbounds float, ptr %work, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta2.0214, <8 x float> %196)
  store <8 x float> %197, ptr %195, align 4
  %198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %197, <8 x float> %acc14.0200)
  %199 = or disjoint i64 %182, 24
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta3.0213, <8 x float> %201)
  store <8 x float> %202, ptr %200, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %202, <8 x float> %acc15.0201)
  %i3.next = add nuw nsw i64 %i3.addr.0202, 2
  %204 = icmp ult i64 %i3.addr.0202, 30
  br i1 %204, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %138, i64 %4)
  %205 = mul nsw i64 %141, %H
  %206 = getelementptr inbounds float, ptr %betah, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %vh, i64 %142
  %209 = load <8 x float>, ptr %208, align 4
  %210 = fadd <8 x float> %157, %188
  %211 = fsub <8 x float> %209, %210
  %212 = insertelement <8 x float> poison, float %207, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = fmul <8 x float> %213, %211
  %215 = or disjoint i64 %142, 8
  %216 = getelementptr inbounds float, ptr %vh, i64 %215
  %217 = load <8 x float>, ptr %216, align 4
  %218 = fadd <8 x float> %162, %193
  %219 = fsub <8 x float> %217, %218
  %220 = fmul <8 x float> %213, %219
  %221 = or disjoint i64 %142, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = fadd <8 x float> %167, %198
  %225 = fsub <8 x float> %223, %224
  %226 = fmul <8 x float> %213, %225
  %227 = or disjoint i64 %142, 24
  %228 = getelementptr inbounds float, ptr %vh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = fadd <8 x float> %172, %203
  %231 = fsub <8 x float> %229, %230
  %232 = fmul <8 x float> %213, %231
  %233 = mul nsw i64 %t.addr.0212, %sq
  %234 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %233
  %invariant.gep277 = getelementptr float, ptr %kh, i64 %234
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0211 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc23.0210 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %304, %i4.body ]
  %acc22.0209 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %298, %i4.body ]
  %acc21.0208 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %292, %i4.body ]
  %acc20.0207 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %286, %i4.body ]
  %acc19.0206 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %303, %i4.body ]
  %acc18.0205 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %297, %i4.body ]
  %acc17.0204 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %291, %i4.body ]
  %acc16.0203 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %283, %i4.body ]
  %235 = or disjoint i64 %i4.addr.0211, %142
  %236 = getelementptr inbounds float, ptr %kh, i64 %235
  %237 = load float, ptr %236, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0211
  %238 = load float, ptr %gep, align 4
  %gep278 = getelementptr float, ptr %invariant.gep277, i64 %i4.addr.0211
  %239 = load float, ptr %gep278, align 4
  %240 = insertelement <8 x float> poison, float %237, i64 0
  %241 = shufflevector <8 x float> %240, <8 x float> poison, <8 x i32> zeroinitializer
  %242 = shl nuw nsw i64 %i4.addr.0211, 5
  %243 = getelementptr inbounds float, ptr %work, i64 %242
  %244 = load <8 x float>, ptr %243, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %214, <8 x float> %244)
  store <8 x float> %245, ptr %243, align 4
  %246 = insertelement <8 x float> poison, float %238, i64 0
  %247 = shufflevector <8 x float> %246, <8 x float> poison, <8 x i32> zeroinitializer
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %245, <8 x float> %acc16.0203)
  %249 = insertelement <8 x float> poison, float %239, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %245, <8 x float> %acc20.0207)
  %252 = or disjoint i64 %242, 8
  %253 = getelementptr inbounds float, ptr %work, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %220, <8 x float> %254)
  store <8 x float> %255, ptr %253, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %255, <8 x float> %acc17.0204)
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %acc21.0208)
  %258 = or disjoint i64 %242, 16
  %259 = getelementptr inbounds float, ptr %work, i64 %258
  %260 = load <8 x float>, ptr %259, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %226, <8 x float> %260)
  store <8 x float> %261, ptr %259, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %261, <8 x float> %acc18.0205)
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %261, <8 x float> %acc22.0209)
  %264 = or disjoint i64 %242, 24
  %265 = getelementptr inbounds float, ptr %work, i64 %264
  %266 = load <8 x float>, ptr %265, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %232, <8 x float> %266)
  store <8 x float> %267, ptr %265, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %267, <8 x float> %acc19.0206)
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %267, <8 x float> %acc23.0210)
  %i4.next = or disjoint i64 %i4.addr.0211, 1
  %270 = or disjoint i64 %i4.next, %142
  %271 = getelementptr inbounds float, ptr %kh, i64 %270
  %272 = load float, ptr %271, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %273 = load float, ptr %gep.1, align 4
  %gep278.1 = getelementptr float, ptr %invariant.gep277, i64 %i4.next
  %274 = load float, ptr %gep278.1, align 4
  %275 = insertelement <8 x float> poison, float %272, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = shl nuw nsw i64 %i4.next, 5
  %278 = getelementptr inbounds float, ptr %work, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %214, <8 x float> %279)
  store <8 x float> %280, ptr %278, align 4
  %281 = insertelement <8 x float> poison, float %273, i64 0
  %282 = shufflevector <8 x float> %281, <8 x float> poison, <8 x i32> zeroinitializer
  %283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %280, <8 x float> %248)
  %284 = insertelement <8 x float> poison, float %274, i64 0
  %285 = shufflevector <8 x float> %284, <8 x float> poison, <8 x i32> zeroinitializer
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %280, <8 x float> %251)
  %287 = or disjoint i64 %277, 8
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <8 x float>, ptr %288, align 4
  %290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %220, <8 x float> %289)
  store <8 x float> %290, ptr %288, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %290, <8 x float> %256)
  %292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %290, <8 x float> %257)
  %293 = or disjoint i64 %277, 16
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <8 x float>, ptr %294, align 4
  %296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %226, <8 x float> %295)
  store <8 x float> %296, ptr %294, align 4
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %296, <8 x float> %262)
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %296, <8 x float> %263)
  %299 = or disjoint i64 %277, 24
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <8 x float>, ptr %300, align 4
  %302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %232, <8 x float> %301)
  store <8 x float> %302, ptr %300, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %302, <8 x float> %268)
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %302, <8 x float> %269)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0211, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %305 = fmul <8 x float> %283, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %306 = getelementptr inbounds float, ptr %oh, i64 %233
  store <8 x float> %305, ptr %306, align 4
  %307 = shl nsw i64 %tn, 1
  %308 = mul nsw i64 %307, %H
  %309 = getelementptr inbounds float, ptr %betah, i64 %308
  %310 = load float, ptr %309, align 4
  %311 = mul nsw i64 %307, %sq
  %312 = getelementptr inbounds float, ptr %vh, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = fsub <8 x float> %313, %286
  %315 = insertelement <8 x float> poison, float %310, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = fmul <8 x float> %316, %314
  %318 = fmul <8 x float> %291, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %319 = or disjoint i64 %233, 8
  %320 = getelementptr inbounds float, ptr %oh, i64 %319
  store <8 x float> %318, ptr %320, align 4
  %321 = or disjoint i64 %311, 8
  %322 = getelementptr inbounds float, ptr %vh, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = fsub <8 x float> %323, %292
  %325 = fmul <8 x float> %316, %324
  %326 = fmul <8 x float> %297, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %327 = or disjoint i64 %233, 16
  %328 = getelementptr inbounds float, ptr %oh, i64 %327
  store <8 x float> %326, ptr %328, align 4
  %329 = or disjoint i64 %311, 16
  %330 = getelementptr inbounds float, ptr %vh, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = fsub <8 x float> %331, %298
  %333 = fmul <8 x float> %316, %332
  %334 = fmul <8 x float> %303, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %335 = or disjoint i64 %233, 24
  %336 = getelementptr inbounds float, ptr %oh, i64 %335
  store <8 x float> %334, ptr %336, align 4
  %337 = or disjoint i64 %311, 24
  %338 = getelementptr inbounds float, ptr %vh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = fsub <8 x float> %339, %304
  %341 = fmul <8 x float> %316, %340
  %342 = icmp slt i64 %138, %t1
  br i1 %342, label %t.body, label %t.exit
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
; ---- dp_bwd_h2_k32_v32_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c32_nogate'
source_filename = "dp_bwd_h2_k32_v32_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 143360
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 139264
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 151552
  %dSkPrev = getelementptr i8, ptr %work, i64 151680
  %dkTmp = getelementptr i8, ptr %work, i64 151808
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 143392
  %6 = getelementptr inbounds i8, ptr %work, i64 143424
  %7 = getelementptr inbounds i8, ptr %work, i64 143456
  %8 = getelementptr inbounds i8, ptr %work, i64 143488
  %9 = getelementptr inbounds i8, ptr %work, i64 143520
  %10 = getelementptr inbounds i8, ptr %work, i64 143552
  %11 = getelementptr inbounds i8, ptr %work, i64 143584
  %12 = shl i64 %H, 6
  %13 = getelementptr inbounds i8, ptr %work, i64 151712
  %14 = getelementptr inbounds i8, ptr %work, i64 151744
  %15 = getelementptr inbounds i8, ptr %work, i64 151776
  %16 = getelementptr inbounds i8, ptr %work, i64 151584
  %17 = getelementptr inbounds i8, ptr %work, i64 151616
  %18 = getelementptr inbounds i8, ptr %work, i64 151648
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 12
  %22 = add i64 %21, -4096
  %23 = shl i64 %nc, 12
  %24 = shl nsw i64 %nc, 5
  %25 = add i64 %24, 144115188075855840
  %26 = mul i64 %25, %H
  %27 = mul i64 %H, -4096
  %28 = shl i64 %H, 7
  %29 = add i64 %T, 32
  %30 = sub i64 %29, %24
  %smax632 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %31 = sub i64 %bh1, %bh0
  %32 = getelementptr i8, ptr %work, i64 151840
  %33 = getelementptr i8, ptr %work, i64 151872
  %34 = getelementptr i8, ptr %work, i64 151904
  %35 = getelementptr i8, ptr %work, i64 143392
  %36 = getelementptr i8, ptr %work, i64 143424
  %37 = getelementptr i8, ptr %work, i64 143456
  %38 = getelementptr i8, ptr %work, i64 151712
  %39 = getelementptr i8, ptr %work, i64 151744
  %40 = getelementptr i8, ptr %work, i64 151776
  %41 = getelementptr i8, ptr %work, i64 151840
  %42 = getelementptr i8, ptr %work, i64 151872
  %43 = getelementptr i8, ptr %work, i64 151904
  %44 = getelementptr i8, ptr %work, i64 151840
  %45 = getelementptr i8, ptr %work, i64 151872
  %46 = getelementptr i8, ptr %work, i64 151904
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0580 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %47 = add i64 %indvar, %bh0
  %48 = shl i64 %47, 12
  %scevgep636 = getelementptr i8, ptr %dh0, i64 %48
  %49 = mul i64 %23, %indvar
  %50 = add i64 %22, %49
  %scevgep615 = getelementptr i8, ptr %dhT, i64 %48
  %b = sdiv i64 %bh.addr.0580, %H
  %h = srem i64 %bh.addr.0580, %H
  %51 = mul i64 %b, %T
  %52 = mul i64 %51, %H
  %bT = add i64 %52, %h
  %53 = mul i64 %1, %51
  %bTn = add nsw i64 %53, %h
  %54 = shl nsw i64 %bT, 5
  %55 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep615, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %55
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %54
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %54
  %oh = getelementptr inbounds float, ptr %dout, i64 %54
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %56 = add i64 %26, %bT
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

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep636, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0580, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond637.not = icmp eq i64 %indvar.next, %31
  br i1 %exitcond637.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.body.preheader
  %indvars.iv = phi i64 [ %30, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.body.preheader ]
  %cc.addr.0577 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin628 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax629 = tail call i64 @llvm.smax.i64(i64 %smin628, i64 1)
  %smax623 = tail call i64 @llvm.smax.i64(i64 %smin628, i64 2)
  %68 = shl i64 %cc.addr.0577, 12
  %69 = sub i64 %50, %68
  %scevgep617 = getelementptr i8, ptr %hs, i64 %69
  %70 = xor i64 %cc.addr.0577, -1
  %ci = add nsw i64 %nc, %70
  %t0 = shl nsw i64 %ci, 5
  %71 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep617, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %71, i64 32)
  %72 = icmp sgt i64 %71, 0
  br i1 %72, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %73 = mul i64 %27, %cc.addr.0577
  %74 = getelementptr i8, ptr %58, i64 %73
  %xtraiter = and i64 %smax, 7
  %75 = icmp slt i64 %indvars.iv, 8
  br i1 %75, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 56
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0521.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0521.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0521.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %76 = mul i64 %28, %tl.addr.0521.epil
  %scevgep.epil = getelementptr i8, ptr %74, i64 %76
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0521.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %77 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %77
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0521 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %78 = mul i64 %28, %tl.addr.0521
  %scevgep = getelementptr i8, ptr %74, i64 %78
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0521, 1
  %79 = mul i64 %28, %tl.next
  %scevgep.1 = getelementptr i8, ptr %74, i64 %79
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0521, 2
  %80 = mul i64 %28, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %74, i64 %80
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0521, 3
  %81 = mul i64 %28, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %74, i64 %81
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0521, 4
  %82 = mul i64 %28, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %74, i64 %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0521, 5
  %83 = mul i64 %28, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %74, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0521, 6
  %84 = mul i64 %28, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %74, i64 %84
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0521, 7
  %85 = mul i64 %28, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %74, i64 %85
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0521, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0526 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %162, %i4.body ]
  %acc1.0525 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %167, %i4.body ]
  %acc2.0524 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %172, %i4.body ]
  %acc3.0523 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %177, %i4.body ]
  %i4.addr.0522 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0522
  %86 = load float, ptr %gep, align 4
  %87 = shl nuw nsw i64 %i4.addr.0522, 5
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %Sh, i64 %87
  store <8 x float> %89, ptr %90, align 4
  %91 = insertelement <8 x float> poison, float %86, i64 0
  %92 = shufflevector <8 x float> %91, <8 x float> poison, <8 x i32> zeroinitializer
  %93 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %89, <8 x float> %acc.0526)
  %94 = or disjoint i64 %87, 8
  %95 = getelementptr inbounds float, ptr %work, i64 %94
  %96 = load <8 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %Sh, i64 %94
  store <8 x float> %96, ptr %97, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %96, <8 x float> %acc1.0525)
  %99 = or disjoint i64 %87, 16
  %100 = getelementptr inbounds float, ptr %work, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %Sh, i64 %99
  store <8 x float> %101, ptr %102, align 4
  %103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %101, <8 x float> %acc2.0524)
  %104 = or disjoint i64 %87, 24
  %105 = getelementptr inbounds float, ptr %work, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = getelementptr inbounds float, ptr %Sh, i64 %104
  store <8 x float> %106, ptr %107, align 4
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %106, <8 x float> %acc3.0523)
  %i4.next = or disjoint i64 %i4.addr.0522, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %109 = load float, ptr %gep.1, align 4
  %110 = shl nuw nsw i64 %i4.next, 5
  %111 = getelementptr inbounds float, ptr %work, i64 %110
  %112 = load <8 x float>, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %Sh, i64 %110
  store <8 x float> %112, ptr %113, align 4
  %114 = insertelement <8 x float> poison, float %109, i64 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %112, <8 x float> %93)
  %117 = or disjoint i64 %110, 8
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %Sh, i64 %117
  store <8 x float> %119, ptr %120, align 4
  %121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %119, <8 x float> %98)
  %122 = or disjoint i64 %110, 16
  %123 = getelementptr inbounds float, ptr %work, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %Sh, i64 %122
  store <8 x float> %124, ptr %125, align 4
  %126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %124, <8 x float> %103)
  %127 = or disjoint i64 %110, 24
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <8 x float>, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %Sh, i64 %127
  store <8 x float> %129, ptr %130, align 4
  %131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %129, <8 x float> %108)
  %i4.next.1 = or disjoint i64 %i4.addr.0522, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %132 = load float, ptr %gep.2, align 4
  %133 = shl nuw nsw i64 %i4.next.1, 5
  %134 = getelementptr inbounds float, ptr %work, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = getelementptr inbounds float, ptr %Sh, i64 %133
  store <8 x float> %135, ptr %136, align 4
  %137 = insertelement <8 x float> poison, float %132, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %135, <8 x float> %116)
  %140 = or disjoint i64 %133, 8
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %Sh, i64 %140
  store <8 x float> %142, ptr %143, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %142, <8 x float> %121)
  %145 = or disjoint i64 %133, 16
  %146 = getelementptr inbounds float, ptr %work, i64 %145
  %147 = load <8 x float>, ptr %146, align 4
  %148 = getelementptr inbounds float, ptr %Sh, i64 %145
  store <8 x float> %147, ptr %148, align 4
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %147, <8 x float> %126)
  %150 = or disjoint i64 %133, 24
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = getelementptr inbounds float, ptr %Sh, i64 %150
  store <8 x float> %152, ptr %153, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %152, <8 x float> %131)
  %i4.next.2 = or disjoint i64 %i4.addr.0522, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %155 = load float, ptr %gep.3, align 4
  %156 = shl nuw nsw i64 %i4.next.2, 5
  %157 = getelementptr inbounds float, ptr %work, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = getelementptr inbounds float, ptr %Sh, i64 %156
  store <8 x float> %158, ptr %159, align 4
  %160 = insertelement <8 x float> poison, float %155, i64 0
  %161 = shufflevector <8 x float> %160, <8 x float> poison, <8 x i32> zeroinitializer
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %158, <8 x float> %139)
  %163 = or disjoint i64 %156, 8
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %165, ptr %166, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %165, <8 x float> %144)
  %168 = or disjoint i64 %156, 16
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = getelementptr inbounds float, ptr %Sh, i64 %168
  store <8 x float> %170, ptr %171, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %170, <8 x float> %149)
  %173 = or disjoint i64 %156, 24
  %174 = getelementptr inbounds float, ptr %work, i64 %173
  %175 = load <8 x float>, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %Sh, i64 %173
  store <8 x float> %175, ptr %176, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %175, <8 x float> %154)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0522, 4
  %exitcond618.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond618.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %178 = shl nsw i64 %ci, 6
  %179 = mul nsw i64 %178, %H
  %180 = getelementptr inbounds float, ptr %betah, i64 %179
  %181 = load float, ptr %180, align 4
  %182 = mul nsw i64 %178, %sq
  %183 = getelementptr inbounds float, ptr %vh, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fsub <8 x float> %184, %162
  store <8 x float> %185, ptr %R, align 4
  %186 = insertelement <8 x float> poison, float %181, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = fmul <8 x float> %187, %185
  %189 = or disjoint i64 %182, 8
  %190 = getelementptr inbounds float, ptr %vh, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = fsub <8 x float> %191, %167
  store <8 x float> %192, ptr %5, align 4
  %193 = fmul <8 x float> %187, %192
  %194 = or disjoint i64 %182, 16
  %195 = getelementptr inbounds float, ptr %vh, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = fsub <8 x float> %196, %172
  store <8 x float> %197, ptr %6, align 4
  %198 = fmul <8 x float> %187, %197
  %199 = or disjoint i64 %182, 24
  %200 = getelementptr inbounds float, ptr %vh, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = fsub <8 x float> %201, %177
  store <8 x float> %202, ptr %7, align 4
  %203 = fmul <8 x float> %187, %202
  %204 = or disjoint i64 %178, 1
  %205 = mul nsw i64 %204, %sq
  %invariant.gep665 = getelementptr float, ptr %kh, i64 %205
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0531 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %251, %i5.body ]
  %acc536.0530 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %257, %i5.body ]
  %acc6.0529 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %263, %i5.body ]
  %acc7.0528 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %269, %i5.body ]
  %i5.addr.0527 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %206 = or disjoint i64 %i5.addr.0527, %182
  %207 = getelementptr inbounds float, ptr %kh, i64 %206
  %208 = load float, ptr %207, align 4
  %gep666 = getelementptr float, ptr %invariant.gep665, i64 %i5.addr.0527
  %209 = load float, ptr %gep666, align 4
  %210 = insertelement <8 x float> poison, float %208, i64 0
  %211 = shufflevector <8 x float> %210, <8 x float> poison, <8 x i32> zeroinitializer
  %212 = shl nuw nsw i64 %i5.addr.0527, 5
  %213 = getelementptr inbounds float, ptr %Sh, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %188, <8 x float> %214)
  %216 = getelementptr inbounds float, ptr %Sroll, i64 %212
  store <8 x float> %215, ptr %216, align 4
  %217 = insertelement <8 x float> poison, float %209, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %215, <8 x float> %acc4.0531)
  %220 = or disjoint i64 %212, 8
  %221 = getelementptr inbounds float, ptr %Sh, i64 %220
  %222 = load <8 x float>, ptr %221, align 4
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %193, <8 x float> %222)
  %224 = getelementptr inbounds float, ptr %Sroll, i64 %220
  store <8 x float> %223, ptr %224, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %223, <8 x float> %acc536.0530)
  %226 = or disjoint i64 %212, 16
  %227 = getelementptr inbounds float, ptr %Sh, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %198, <8 x float> %228)
  %230 = getelementptr inbounds float, ptr %Sroll, i64 %226
  store <8 x float> %229, ptr %230, align 4
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %229, <8 x float> %acc6.0529)
  %232 = or disjoint i64 %212, 24
  %233 = getelementptr inbounds float, ptr %Sh, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %203, <8 x float> %234)
  %236 = getelementptr inbounds float, ptr %Sroll, i64 %232
  store <8 x float> %235, ptr %236, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %235, <8 x float> %acc7.0528)
  %i5.next = or disjoint i64 %i5.addr.0527, 1
  %238 = or disjoint i64 %i5.next, %182
  %239 = getelementptr inbounds float, ptr %kh, i64 %238
  %240 = load float, ptr %239, align 4
  %gep666.1 = getelementptr float, ptr %invariant.gep665, i64 %i5.next
  %241 = load float, ptr %gep666.1, align 4
  %242 = insertelement <8 x float> poison, float %240, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> poison, <8 x i32> zeroinitializer
  %244 = shl nuw nsw i64 %i5.next, 5
  %245 = getelementptr inbounds float, ptr %Sh, i64 %244
  %246 = load <8 x float>, ptr %245, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %188, <8 x float> %246)
  %248 = getelementptr inbounds float, ptr %Sroll, i64 %244
  store <8 x float> %247, ptr %248, align 4
  %249 = insertelement <8 x float> poison, float %241, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %247, <8 x float> %219)
  %252 = or disjoint i64 %244, 8
  %253 = getelementptr inbounds float, ptr %Sh, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %193, <8 x float> %254)
  %256 = getelementptr inbounds float, ptr %Sroll, i64 %252
  store <8 x float> %255, ptr %256, align 4
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %225)
  %258 = or disjoint i64 %244, 16
  %259 = getelementptr inbounds float, ptr %Sh, i64 %258
  %260 = load <8 x float>, ptr %259, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %198, <8 x float> %260)
  %262 = getelementptr inbounds float, ptr %Sroll, i64 %258
  store <8 x float> %261, ptr %262, align 4
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %261, <8 x float> %231)
  %264 = or disjoint i64 %244, 24
  %265 = getelementptr inbounds float, ptr %Sh, i64 %264
  %266 = load <8 x float>, ptr %265, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %203, <8 x float> %266)
  %268 = getelementptr inbounds float, ptr %Sroll, i64 %264
  store <8 x float> %267, ptr %268, align 4
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %267, <8 x float> %237)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0527, 2
  %exitcond619.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond619.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %270 = mul nsw i64 %204, %H
  %271 = getelementptr inbounds float, ptr %betah, i64 %270
  %272 = load float, ptr %271, align 4
  %273 = getelementptr inbounds float, ptr %vh, i64 %205
  %274 = load <8 x float>, ptr %273, align 4
  %275 = fsub <8 x float> %274, %251
  store <8 x float> %275, ptr %8, align 4
  %276 = insertelement <8 x float> poison, float %272, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = fmul <8 x float> %277, %275
  %279 = or disjoint i64 %205, 8
  %280 = getelementptr inbounds float, ptr %vh, i64 %279
  %281 = load <8 x float>, ptr %280, align 4
  %282 = fsub <8 x float> %281, %257
  store <8 x float> %282, ptr %9, align 4
  %283 = fmul <8 x float> %277, %282
  %284 = or disjoint i64 %205, 16
  %285 = getelementptr inbounds float, ptr %vh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = fsub <8 x float> %286, %263
  store <8 x float> %287, ptr %10, align 4
  %288 = fmul <8 x float> %277, %287
  %289 = or disjoint i64 %205, 24
  %290 = getelementptr inbounds float, ptr %vh, i64 %289
  %291 = load <8 x float>, ptr %290, align 4
  %292 = fsub <8 x float> %291, %269
  store <8 x float> %292, ptr %11, align 4
  %293 = fmul <8 x float> %277, %292
  %294 = icmp sgt i64 %71, 1
  br i1 %294, label %i6.head.preheader.lr.ph, label %tl1.exit

i6.head.preheader.lr.ph:                          ; preds = %i5.exit
  %295 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0546 = phi <8 x float> [ %278, %i6.head.preheader.lr.ph ], [ %503, %i7.exit ]
  %delta1.0545 = phi <8 x float> [ %283, %i6.head.preheader.lr.ph ], [ %510, %i7.exit ]
  %delta2.0544 = phi <8 x float> [ %288, %i6.head.preheader.lr.ph ], [ %517, %i7.exit ]
  %delta3.0543 = phi <8 x float> [ %293, %i6.head.preheader.lr.ph ], [ %524, %i7.exit ]
  %tl1.addr.0542 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %296 = add i64 %295, %tl1.addr.0542
  %297 = shl nsw i64 %296, 1
  %298 = or disjoint i64 %297, 1
  %299 = mul nsw i64 %298, %sq
  %300 = add nsw i64 %tl1.addr.0542, %t0
  %301 = mul i64 %12, %300
  %302 = mul nsw i64 %296, %sq
  %303 = getelementptr inbounds float, ptr %oh, i64 %302
  %304 = load <8 x float>, ptr %303, align 4
  %305 = shl nsw i64 %tl1.addr.0542, 10
  %306 = or disjoint i64 %302, 8
  %307 = getelementptr inbounds float, ptr %oh, i64 %306
  %308 = load <8 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %oh, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = or disjoint i64 %302, 24
  %313 = getelementptr inbounds float, ptr %oh, i64 %312
  %314 = load <8 x float>, ptr %313, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %293, %i5.exit ], [ %524, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %288, %i5.exit ], [ %517, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %283, %i5.exit ], [ %510, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %278, %i5.exit ], [ %503, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %315 = add nsw i64 %tlast, %t0
  %316 = shl nsw i64 %315, 1
  %317 = or disjoint i64 %316, 1
  %318 = mul nsw i64 %317, %sq
  %319 = mul nsw i64 %315, %sq
  %320 = getelementptr inbounds float, ptr %oh, i64 %319
  %321 = load <8 x float>, ptr %320, align 4
  %322 = or disjoint i64 %319, 8
  %323 = getelementptr inbounds float, ptr %oh, i64 %322
  %324 = load <8 x float>, ptr %323, align 4
  %325 = or disjoint i64 %319, 16
  %326 = getelementptr inbounds float, ptr %oh, i64 %325
  %327 = load <8 x float>, ptr %326, align 4
  %328 = or disjoint i64 %319, 24
  %329 = getelementptr inbounds float, ptr %oh, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %invariant.gep669 = getelementptr float, ptr %kh, i64 %318
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc8.0536 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %347, %i6.body ]
  %acc9.0535 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %355, %i6.body ]
  %acc10.0534 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %363, %i6.body ]
  %acc11.0533 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %371, %i6.body ]
  %i6.addr.0532 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %331 = getelementptr float, ptr %kh, i64 %i6.addr.0532
  %332 = getelementptr float, ptr %331, i64 %299
  %333 = load float, ptr %332, align 4
  %334 = getelementptr float, ptr %331, i64 %301
  %335 = load float, ptr %334, align 4
  %336 = insertelement <8 x float> poison, float %333, i64 0
  %337 = shufflevector <8 x float> %336, <8 x float> poison, <8 x i32> zeroinitializer
  %338 = shl nuw nsw i64 %i6.addr.0532, 5
  %339 = getelementptr inbounds float, ptr %Sroll, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta.0546, <8 x float> %340)
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %304, <8 x float> zeroinitializer)
  %343 = add nuw nsw i64 %338, %305
  %344 = getelementptr inbounds float, ptr %Sh, i64 %343
  store <8 x float> %341, ptr %344, align 4
  %345 = insertelement <8 x float> poison, float %335, i64 0
  %346 = shufflevector <8 x float> %345, <8 x float> poison, <8 x i32> zeroinitializer
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %341, <8 x float> %acc8.0536)
  %348 = or disjoint i64 %338, 8
  %349 = getelementptr inbounds float, ptr %Sroll, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta1.0545, <8 x float> %350)
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %308, <8 x float> %342)
  %353 = or disjoint i64 %343, 8
  %354 = getelementptr inbounds float, ptr %Sh, i64 %353
  store <8 x float> %351, ptr %354, align 4
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %351, <8 x float> %acc9.0535)
  %356 = or disjoint i64 %338, 16
  %357 = getelementptr inbounds float, ptr %Sroll, i64 %356
  %358 = load <8 x float>, ptr %357, align 4
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta2.0544, <8 x float> %358)
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %311, <8 x float> %352)
  %361 = or disjoint i64 %343, 16
  %362 = getelementptr inbounds float, ptr %Sh, i64 %361
  store <8 x float> %359, ptr %362, align 4
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %359, <8 x float> %acc10.0534)
  %364 = or disjoint i64 %338, 24
  %365 = getelementptr inbounds float, ptr %Sroll, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta3.0543, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %314, <8 x float> %360)
  %369 = or disjoint i64 %343, 24
  %370 = getelementptr inbounds float, ptr %Sh, i64 %369
  store <8 x float> %367, ptr %370, align 4
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %367, <8 x float> %acc11.0533)
  %372 = or disjoint i64 %i6.addr.0532, %302
  %373 = getelementptr inbounds float, ptr %qh1, i64 %372
  %374 = load float, ptr %373, align 4
  %375 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %376 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %377 = fadd <4 x float> %375, %376
  %378 = shufflevector <4 x float> %377, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %379 = shufflevector <4 x float> %377, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %380 = fadd <2 x float> %378, %379
  %shift = shufflevector <2 x float> %380, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %381 = fadd <2 x float> %380, %shift
  %382 = extractelement <2 x float> %381, i64 0
  %383 = fmul float %382, 0x3FC6A09E60000000
  %384 = fadd float %374, %383
  store float %384, ptr %373, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0532, 1
  %exitcond620.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond620.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %385 = shl nsw i64 %300, 1
  %386 = mul nsw i64 %385, %H
  %387 = getelementptr inbounds float, ptr %betah, i64 %386
  %388 = load float, ptr %387, align 4
  %389 = mul nsw i64 %385, %sq
  %390 = getelementptr inbounds float, ptr %vh, i64 %389
  %391 = load <8 x float>, ptr %390, align 4
  %392 = fsub <8 x float> %391, %347
  %393 = shl i64 %tl1.addr.0542, 6
  %394 = getelementptr inbounds float, ptr %R, i64 %393
  store <8 x float> %392, ptr %394, align 4
  %395 = insertelement <8 x float> poison, float %388, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = fmul <8 x float> %396, %392
  %398 = or disjoint i64 %389, 8
  %399 = getelementptr inbounds float, ptr %vh, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = fsub <8 x float> %400, %355
  %402 = or disjoint i64 %393, 8
  %403 = getelementptr inbounds float, ptr %R, i64 %402
  store <8 x float> %401, ptr %403, align 4
  %404 = fmul <8 x float> %396, %401
  %405 = or disjoint i64 %389, 16
  %406 = getelementptr inbounds float, ptr %vh, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = fsub <8 x float> %407, %363
  %409 = or disjoint i64 %393, 16
  %410 = getelementptr inbounds float, ptr %R, i64 %409
  store <8 x float> %408, ptr %410, align 4
  %411 = fmul <8 x float> %396, %408
  %412 = or disjoint i64 %389, 24
  %413 = getelementptr inbounds float, ptr %vh, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = fsub <8 x float> %414, %371
  %416 = or disjoint i64 %393, 24
  %417 = getelementptr inbounds float, ptr %R, i64 %416
  store <8 x float> %415, ptr %417, align 4
  %418 = fmul <8 x float> %396, %415
  %419 = or disjoint i64 %385, 1
  %420 = mul nsw i64 %419, %sq
  %invariant.gep667 = getelementptr float, ptr %kh, i64 %420
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0541 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %471, %i7.body ]
  %acc13.0540 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %478, %i7.body ]
  %acc14.0539 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %485, %i7.body ]
  %acc15.0538 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %492, %i7.body ]
  %i7.addr.0537 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %421 = or disjoint i64 %i7.addr.0537, %389
  %422 = getelementptr inbounds float, ptr %kh, i64 %421
  %423 = load float, ptr %422, align 4
  %gep668 = getelementptr float, ptr %invariant.gep667, i64 %i7.addr.0537
  %424 = load float, ptr %gep668, align 4
  %425 = insertelement <8 x float> poison, float %423, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = shl nuw nsw i64 %i7.addr.0537, 5
  %428 = add nuw nsw i64 %427, %305
  %429 = getelementptr inbounds float, ptr %Sh, i64 %428
  %430 = load <8 x float>, ptr %429, align 4
  %431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %397, <8 x float> %430)
  %432 = getelementptr inbounds float, ptr %Sroll, i64 %427
  store <8 x float> %431, ptr %432, align 4
  %433 = insertelement <8 x float> poison, float %424, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %431, <8 x float> %acc12.0541)
  %436 = or disjoint i64 %428, 8
  %437 = getelementptr inbounds float, ptr %Sh, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %404, <8 x float> %438)
  %440 = or disjoint i64 %427, 8
  %441 = getelementptr inbounds float, ptr %Sroll, i64 %440
  store <8 x float> %439, ptr %441, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %439, <8 x float> %acc13.0540)
  %443 = or disjoint i64 %428, 16
  %444 = getelementptr inbounds float, ptr %Sh, i64 %443
  %445 = load <8 x float>, ptr %444, align 4
  %446 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %411, <8 x float> %445)
  %447 = or disjoint i64 %427, 16
  %448 = getelementptr inbounds float, ptr %Sroll, i64 %447
  store <8 x float> %446, ptr %448, align 4
  %449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %446, <8 x float> %acc14.0539)
  %450 = or disjoint i64 %428, 24
  %451 = getelementptr inbounds float, ptr %Sh, i64 %450
  %452 = load <8 x float>, ptr %451, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %418, <8 x float> %452)
  %454 = or disjoint i64 %427, 24
  %455 = getelementptr inbounds float, ptr %Sroll, i64 %454
  store <8 x float> %453, ptr %455, align 4
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %453, <8 x float> %acc15.0538)
  %i7.next = or disjoint i64 %i7.addr.0537, 1
  %457 = or disjoint i64 %i7.next, %389
  %458 = getelementptr inbounds float, ptr %kh, i64 %457
  %459 = load float, ptr %458, align 4
  %gep668.1 = getelementptr float, ptr %invariant.gep667, i64 %i7.next
  %460 = load float, ptr %gep668.1, align 4
  %461 = insertelement <8 x float> poison, float %459, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = shl nuw nsw i64 %i7.next, 5
  %464 = add nuw nsw i64 %463, %305
  %465 = getelementptr inbounds float, ptr %Sh, i64 %464
  %466 = load <8 x float>, ptr %465, align 4
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %397, <8 x float> %466)
  %468 = getelementptr inbounds float, ptr %Sroll, i64 %463
  store <8 x float> %467, ptr %468, align 4
  %469 = insertelement <8 x float> poison, float %460, i64 0
  %470 = shufflevector <8 x float> %469, <8 x float> poison, <8 x i32> zeroinitializer
  %471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %467, <8 x float> %435)
  %472 = or disjoint i64 %464, 8
  %473 = getelementptr inbounds float, ptr %Sh, i64 %472
  %474 = load <8 x float>, ptr %473, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %404, <8 x float> %474)
  %476 = or disjoint i64 %463, 8
  %477 = getelementptr inbounds float, ptr %Sroll, i64 %476
  store <8 x float> %475, ptr %477, align 4
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %475, <8 x float> %442)
  %479 = or disjoint i64 %464, 16
  %480 = getelementptr inbounds float, ptr %Sh, i64 %479
  %481 = load <8 x float>, ptr %480, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %411, <8 x float> %481)
  %483 = or disjoint i64 %463, 16
  %484 = getelementptr inbounds float, ptr %Sroll, i64 %483
  store <8 x float> %482, ptr %484, align 4
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %482, <8 x float> %449)
  %486 = or disjoint i64 %464, 24
  %487 = getelementptr inbounds float, ptr %Sh, i64 %486
  %488 = load <8 x float>, ptr %487, align 4
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %418, <8 x float> %488)
  %490 = or disjoint i64 %463, 24
  %491 = getelementptr inbounds float, ptr %Sroll, i64 %490
  store <8 x float> %489, ptr %491, align 4
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %489, <8 x float> %456)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0537, 2
  %exitcond621.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond621.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %493 = mul nsw i64 %419, %H
  %494 = getelementptr inbounds float, ptr %betah, i64 %493
  %495 = load float, ptr %494, align 4
  %496 = getelementptr inbounds float, ptr %vh, i64 %420
  %497 = load <8 x float>, ptr %496, align 4
  %498 = fsub <8 x float> %497, %471
  %499 = or disjoint i64 %393, 32
  %500 = getelementptr inbounds float, ptr %R, i64 %499
  store <8 x float> %498, ptr %500, align 4
  %501 = insertelement <8 x float> poison, float %495, i64 0
  %502 = shufflevector <8 x float> %501, <8 x float> poison, <8 x i32> zeroinitializer
  %503 = fmul <8 x float> %502, %498
  %504 = or disjoint i64 %420, 8
  %505 = getelementptr inbounds float, ptr %vh, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = fsub <8 x float> %506, %478
  %508 = or disjoint i64 %393, 40
  %509 = getelementptr inbounds float, ptr %R, i64 %508
  store <8 x float> %507, ptr %509, align 4
  %510 = fmul <8 x float> %502, %507
  %511 = or disjoint i64 %420, 16
  %512 = getelementptr inbounds float, ptr %vh, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = fsub <8 x float> %513, %485
  %515 = or disjoint i64 %393, 48
  %516 = getelementptr inbounds float, ptr %R, i64 %515
  store <8 x float> %514, ptr %516, align 4
  %517 = fmul <8 x float> %502, %514
  %518 = or disjoint i64 %420, 24
  %519 = getelementptr inbounds float, ptr %vh, i64 %518
  %520 = load <8 x float>, ptr %519, align 4
  %521 = fsub <8 x float> %520, %492
  %522 = or disjoint i64 %393, 56
  %523 = getelementptr inbounds float, ptr %R, i64 %522
  store <8 x float> %521, ptr %523, align 4
  %524 = fmul <8 x float> %502, %521
  %tl1.next = add nuw nsw i64 %tl1.addr.0542, 1
  %exitcond624.not = icmp eq i64 %tl1.next, %smax623
  br i1 %exitcond624.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %72, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0550 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep670 = getelementptr float, ptr %invariant.gep669, i64 %i8.addr.0550
  %525 = load float, ptr %gep670, align 4
  %526 = insertelement <8 x float> poison, float %525, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = shl nuw nsw i64 %i8.addr.0550, 5
  %529 = getelementptr inbounds float, ptr %Sroll, i64 %528
  %530 = load <8 x float>, ptr %529, align 4
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta.0.lcssa, <8 x float> %530)
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %321, <8 x float> zeroinitializer)
  %533 = or disjoint i64 %528, 8
  %534 = getelementptr inbounds float, ptr %Sroll, i64 %533
  %535 = load <8 x float>, ptr %534, align 4
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta1.0.lcssa, <8 x float> %535)
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %324, <8 x float> %532)
  %538 = or disjoint i64 %528, 16
  %539 = getelementptr inbounds float, ptr %Sroll, i64 %538
  %540 = load <8 x float>, ptr %539, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta2.0.lcssa, <8 x float> %540)
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %327, <8 x float> %537)
  %543 = or disjoint i64 %528, 24
  %544 = getelementptr inbounds float, ptr %Sroll, i64 %543
  %545 = load <8 x float>, ptr %544, align 4
  %546 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta3.0.lcssa, <8 x float> %545)
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %330, <8 x float> %542)
  %548 = or disjoint i64 %i8.addr.0550, %319
  %549 = getelementptr inbounds float, ptr %qh1, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = shufflevector <8 x float> %547, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %552 = shufflevector <8 x float> %547, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %553 = fadd <4 x float> %551, %552
  %554 = shufflevector <4 x float> %553, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %555 = shufflevector <4 x float> %553, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %556 = fadd <2 x float> %554, %555
  %shift698 = shufflevector <2 x float> %556, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %557 = fadd <2 x float> %556, %shift698
  %558 = extractelement <2 x float> %557, i64 0
  %559 = fmul float %558, 0x3FC6A09E60000000
  %560 = fadd float %550, %559
  store float %560, ptr %549, align 4
  %i8.next = or disjoint i64 %i8.addr.0550, 1
  %gep670.1 = getelementptr float, ptr %invariant.gep669, i64 %i8.next
  %561 = load float, ptr %gep670.1, align 4
  %562 = insertelement <8 x float> poison, float %561, i64 0
  %563 = shufflevector <8 x float> %562, <8 x float> poison, <8 x i32> zeroinitializer
  %564 = shl nuw nsw i64 %i8.next, 5
  %565 = getelementptr inbounds float, ptr %Sroll, i64 %564
  %566 = load <8 x float>, ptr %565, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta.0.lcssa, <8 x float> %566)
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %321, <8 x float> zeroinitializer)
  %569 = or disjoint i64 %564, 8
  %570 = getelementptr inbounds float, ptr %Sroll, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta1.0.lcssa, <8 x float> %571)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %324, <8 x float> %568)
  %574 = or disjoint i64 %564, 16
  %575 = getelementptr inbounds float, ptr %Sroll, i64 %574
  %576 = load <8 x float>, ptr %575, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta2.0.lcssa, <8 x float> %576)
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %327, <8 x float> %573)
  %579 = or disjoint i64 %564, 24
  %580 = getelementptr inbounds float, ptr %Sroll, i64 %579
  %581 = load <8 x float>, ptr %580, align 4
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta3.0.lcssa, <8 x float> %581)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %330, <8 x float> %578)
  %584 = or disjoint i64 %i8.next, %319
  %585 = getelementptr inbounds float, ptr %qh1, i64 %584
  %586 = load float, ptr %585, align 4
  %587 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %588 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %589 = fadd <4 x float> %587, %588
  %590 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %591 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %592 = fadd <2 x float> %590, %591
  %shift698.1 = shufflevector <2 x float> %592, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %593 = fadd <2 x float> %592, %shift698.1
  %594 = extractelement <2 x float> %593, i64 0
  %595 = fmul float %594, 0x3FC6A09E60000000
  %596 = fadd float %586, %595
  store float %596, ptr %585, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0550, 2
  %exitcond625.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond625.not.1, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %597 = fneg float %181
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0573 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0573
  %598 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %598, i64 %tlast)
  %599 = add nsw i64 %ptl, %t0
  %600 = shl nsw i64 %599, 1
  %601 = mul nsw i64 %600, %H
  %602 = getelementptr inbounds float, ptr %betah, i64 %601
  %603 = load float, ptr %602, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %604 = icmp slt i64 %598, %L
  %.neg = fneg float %603
  %605 = select i1 %604, float %.neg, float -0.000000e+00
  %606 = mul nsw i64 %600, %sq
  %607 = shl nsw i64 %ptl, 10
  %608 = shl nsw i64 %ptl, 6
  %609 = getelementptr inbounds float, ptr %R, i64 %608
  %610 = or disjoint i64 %608, 8
  %611 = getelementptr inbounds float, ptr %R, i64 %610
  %612 = or disjoint i64 %608, 16
  %613 = getelementptr inbounds float, ptr %R, i64 %612
  %614 = or disjoint i64 %608, 24
  %615 = getelementptr inbounds float, ptr %R, i64 %614
  %616 = add nsw i64 %tl2, %t0
  %617 = mul nsw i64 %616, %sq
  %618 = getelementptr inbounds float, ptr %oh, i64 %617
  %619 = load <8 x float>, ptr %618, align 4
  %620 = or disjoint i64 %617, 8
  %621 = getelementptr inbounds float, ptr %oh, i64 %620
  %622 = load <8 x float>, ptr %621, align 4
  %623 = or disjoint i64 %617, 16
  %624 = getelementptr inbounds float, ptr %oh, i64 %623
  %625 = load <8 x float>, ptr %624, align 4
  %626 = or disjoint i64 %617, 24
  %627 = getelementptr inbounds float, ptr %oh, i64 %626
  %628 = load <8 x float>, ptr %627, align 4
  %629 = shl nsw i64 %616, 1
  %630 = or disjoint i64 %629, 1
  %631 = mul nsw i64 %630, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0556 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %711, %i10.body ]
  %dsk1.0555 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %712, %i10.body ]
  %dsk2.0554 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %713, %i10.body ]
  %dsk3.0553 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %714, %i10.body ]
  %i10.addr.0552 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %632 = shl nuw nsw i64 %i10.addr.0552, 5
  %633 = getelementptr inbounds float, ptr %dS, i64 %632
  %634 = load <8 x float>, ptr %633, align 4
  %635 = or disjoint i64 %632, 8
  %636 = getelementptr inbounds float, ptr %dS, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = or disjoint i64 %632, 16
  %639 = getelementptr inbounds float, ptr %dS, i64 %638
  %640 = load <8 x float>, ptr %639, align 4
  %641 = or disjoint i64 %632, 24
  %642 = getelementptr inbounds float, ptr %dS, i64 %641
  %643 = load <8 x float>, ptr %642, align 4
  %644 = getelementptr float, ptr %kh, i64 %i10.addr.0552
  %645 = getelementptr float, ptr %644, i64 %606
  %646 = load float, ptr %645, align 4
  %647 = fmul float %605, %646
  %648 = load <8 x float>, ptr %dSkPrev, align 4
  %649 = add nuw nsw i64 %632, %607
  %650 = getelementptr inbounds float, ptr %Sh, i64 %649
  %651 = load <8 x float>, ptr %650, align 4
  %652 = load <8 x float>, ptr %609, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %634, <8 x float> %652, <8 x float> zeroinitializer)
  %654 = fneg <8 x float> %651
  %655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> %648, <8 x float> %653)
  %656 = insertelement <8 x float> poison, float %647, i64 0
  %657 = shufflevector <8 x float> %656, <8 x float> poison, <8 x i32> zeroinitializer
  %658 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %648, <8 x float> %634)
  %659 = load <8 x float>, ptr %13, align 4
  %660 = or disjoint i64 %649, 8
  %661 = getelementptr inbounds float, ptr %Sh, i64 %660
  %662 = load <8 x float>, ptr %661, align 4
  %663 = load <8 x float>, ptr %611, align 4
  %664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %663, <8 x float> %655)
  %665 = fneg <8 x float> %662
  %666 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %659, <8 x float> %664)
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %659, <8 x float> %637)
  %668 = load <8 x float>, ptr %14, align 4
  %669 = or disjoint i64 %649, 16
  %670 = getelementptr inbounds float, ptr %Sh, i64 %669
  %671 = load <8 x float>, ptr %670, align 4
  %672 = load <8 x float>, ptr %613, align 4
  %673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %672, <8 x float> %666)
  %674 = fneg <8 x float> %671
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %668, <8 x float> %673)
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %668, <8 x float> %640)
  %677 = load <8 x float>, ptr %15, align 4
  %678 = or disjoint i64 %649, 24
  %679 = getelementptr inbounds float, ptr %Sh, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  %681 = load <8 x float>, ptr %615, align 4
  %682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %681, <8 x float> %675)
  %683 = fneg <8 x float> %680
  %684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %677, <8 x float> %682)
  %685 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %677, <8 x float> %643)
  %686 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0552
  %687 = load float, ptr %686, align 4
  %688 = shufflevector <8 x float> %684, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %689 = shufflevector <8 x float> %684, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %690 = fadd <4 x float> %688, %689
  %691 = shufflevector <4 x float> %690, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %692 = shufflevector <4 x float> %690, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %693 = fadd <2 x float> %691, %692
  %shift699 = shufflevector <2 x float> %693, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %694 = fadd <2 x float> %693, %shift699
  %695 = extractelement <2 x float> %694, i64 0
  %696 = fadd float %687, %695
  store float %696, ptr %686, align 4
  %697 = or disjoint i64 %i10.addr.0552, %617
  %698 = getelementptr inbounds float, ptr %qh, i64 %697
  %699 = load float, ptr %698, align 4
  %700 = fmul float %699, 0x3FC6A09E60000000
  %701 = insertelement <8 x float> poison, float %700, i64 0
  %702 = shufflevector <8 x float> %701, <8 x float> poison, <8 x i32> zeroinitializer
  %703 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %619, <8 x float> %658)
  %704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %622, <8 x float> %667)
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %625, <8 x float> %676)
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %628, <8 x float> %685)
  %707 = getelementptr float, ptr %644, i64 %631
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> poison, float %708, i64 0
  %710 = shufflevector <8 x float> %709, <8 x float> poison, <8 x i32> zeroinitializer
  %711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %703, <8 x float> %dsk.0556)
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %704, <8 x float> %dsk1.0555)
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %705, <8 x float> %dsk2.0554)
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %706, <8 x float> %dsk3.0553)
  store <8 x float> %703, ptr %633, align 4
  store <8 x float> %704, ptr %636, align 4
  store <8 x float> %705, ptr %639, align 4
  store <8 x float> %706, ptr %642, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0552, 1
  %exitcond626.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond626.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %711, ptr %dSk, align 4
  store <8 x float> %712, ptr %16, align 4
  store <8 x float> %713, ptr %17, align 4
  store <8 x float> %714, ptr %18, align 4
  br i1 %604, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %715 = insertelement <8 x float> poison, float %603, i64 0
  %716 = shufflevector <8 x float> %715, <8 x float> poison, <8 x i32> zeroinitializer
  %717 = load <8 x float>, ptr %dkTmp, align 4
  %718 = fmul <8 x float> %716, %717
  %719 = getelementptr float, ptr %kh1, i64 %606
  store <8 x float> %718, ptr %719, align 4
  %720 = load <8 x float>, ptr %32, align 4
  %721 = fmul <8 x float> %716, %720
  %722 = getelementptr float, ptr %59, i64 %606
  store <8 x float> %721, ptr %722, align 4
  %723 = load <8 x float>, ptr %33, align 4
  %724 = fmul <8 x float> %716, %723
  %725 = getelementptr float, ptr %60, i64 %606
  store <8 x float> %724, ptr %725, align 4
  %726 = load <8 x float>, ptr %34, align 4
  %727 = fmul <8 x float> %716, %726
  %728 = getelementptr float, ptr %61, i64 %606
  store <8 x float> %727, ptr %728, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %729 = mul nsw i64 %630, %H
  %730 = getelementptr inbounds float, ptr %betah, i64 %729
  %731 = load float, ptr %730, align 4
  %732 = insertelement <8 x float> poison, float %731, i64 0
  %733 = shufflevector <8 x float> %732, <8 x float> poison, <8 x i32> zeroinitializer
  %734 = fmul <8 x float> %733, %711
  %735 = getelementptr float, ptr %vh1, i64 %631
  store <8 x float> %734, ptr %735, align 4
  %736 = fmul <8 x float> %733, %712
  %737 = getelementptr float, ptr %62, i64 %631
  store <8 x float> %736, ptr %737, align 4
  %738 = fmul <8 x float> %733, %713
  %739 = getelementptr float, ptr %63, i64 %631
  store <8 x float> %738, ptr %739, align 4
  %740 = fmul <8 x float> %733, %714
  %741 = getelementptr float, ptr %64, i64 %631
  store <8 x float> %740, ptr %741, align 4
  %.idx582 = shl i64 %tl2, 8
  %742 = getelementptr i8, ptr %R, i64 %.idx582
  %743 = getelementptr i8, ptr %742, i64 128
  %744 = load <8 x float>, ptr %743, align 4
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> %744, <8 x float> zeroinitializer)
  %746 = getelementptr i8, ptr %35, i64 %.idx582
  %747 = getelementptr i8, ptr %746, i64 128
  %748 = load <8 x float>, ptr %747, align 4
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %748, <8 x float> %745)
  %750 = getelementptr i8, ptr %36, i64 %.idx582
  %751 = getelementptr i8, ptr %750, i64 128
  %752 = load <8 x float>, ptr %751, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> %752, <8 x float> %749)
  %754 = getelementptr i8, ptr %37, i64 %.idx582
  %755 = getelementptr i8, ptr %754, i64 128
  %756 = load <8 x float>, ptr %755, align 4
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %756, <8 x float> %753)
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %759 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %760 = fadd <4 x float> %758, %759
  %761 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %762 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %763 = fadd <2 x float> %761, %762
  %shift700 = shufflevector <2 x float> %763, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %764 = fadd <2 x float> %763, %shift700
  %765 = extractelement <2 x float> %764, i64 0
  %766 = getelementptr inbounds float, ptr %betah1, i64 %729
  store float %765, ptr %766, align 4
  store <8 x float> %711, ptr %dSkPrev, align 4
  store <8 x float> %712, ptr %38, align 4
  store <8 x float> %713, ptr %39, align 4
  store <8 x float> %714, ptr %40, align 4
  %767 = mul nsw i64 %629, %H
  %768 = getelementptr inbounds float, ptr %betah, i64 %767
  %769 = load float, ptr %768, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %770 = fneg float %731
  %771 = mul nsw i64 %629, %sq
  %772 = shl nsw i64 %tl2, 10
  %773 = shl i64 %tl2, 6
  %774 = getelementptr inbounds float, ptr %R, i64 %773
  %775 = or disjoint i64 %773, 32
  %776 = getelementptr inbounds float, ptr %R, i64 %775
  %777 = or disjoint i64 %773, 8
  %778 = getelementptr inbounds float, ptr %R, i64 %777
  %779 = or disjoint i64 %773, 40
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  %781 = or disjoint i64 %773, 16
  %782 = getelementptr inbounds float, ptr %R, i64 %781
  %783 = or disjoint i64 %773, 48
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  %785 = or disjoint i64 %773, 24
  %786 = getelementptr inbounds float, ptr %R, i64 %785
  %787 = or disjoint i64 %773, 56
  %788 = getelementptr inbounds float, ptr %R, i64 %787
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0567 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0566 = phi <8 x float> [ zeroinitializer, %endif ], [ %872, %i16.body ]
  %dsk6.0565 = phi <8 x float> [ zeroinitializer, %endif ], [ %871, %i16.body ]
  %dsk5.0564 = phi <8 x float> [ zeroinitializer, %endif ], [ %870, %i16.body ]
  %dsk4.0563 = phi <8 x float> [ zeroinitializer, %endif ], [ %869, %i16.body ]
  %789 = shl nuw nsw i64 %i16.addr.0567, 5
  %790 = getelementptr inbounds float, ptr %dS, i64 %789
  %791 = load <8 x float>, ptr %790, align 4
  %792 = or disjoint i64 %789, 8
  %793 = getelementptr inbounds float, ptr %dS, i64 %792
  %794 = load <8 x float>, ptr %793, align 4
  %795 = or disjoint i64 %789, 16
  %796 = getelementptr inbounds float, ptr %dS, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = or disjoint i64 %789, 24
  %799 = getelementptr inbounds float, ptr %dS, i64 %798
  %800 = load <8 x float>, ptr %799, align 4
  %801 = getelementptr float, ptr %kh, i64 %i16.addr.0567
  %802 = getelementptr float, ptr %801, i64 %631
  %803 = load float, ptr %802, align 4
  %804 = fmul float %803, %770
  %805 = getelementptr float, ptr %801, i64 %771
  %806 = load float, ptr %805, align 4
  %807 = fmul float %769, %806
  %808 = load <8 x float>, ptr %dSkPrev, align 4
  %809 = add nuw nsw i64 %789, %772
  %810 = getelementptr inbounds float, ptr %Sh, i64 %809
  %811 = load <8 x float>, ptr %810, align 4
  %812 = load <8 x float>, ptr %774, align 4
  %813 = insertelement <8 x float> poison, float %807, i64 0
  %814 = shufflevector <8 x float> %813, <8 x float> poison, <8 x i32> zeroinitializer
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %812, <8 x float> %811)
  %816 = load <8 x float>, ptr %776, align 4
  %817 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %816, <8 x float> zeroinitializer)
  %818 = fneg <8 x float> %815
  %819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %818, <8 x float> %808, <8 x float> %817)
  %820 = insertelement <8 x float> poison, float %804, i64 0
  %821 = shufflevector <8 x float> %820, <8 x float> poison, <8 x i32> zeroinitializer
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %808, <8 x float> %791)
  %823 = load <8 x float>, ptr %13, align 4
  %824 = or disjoint i64 %809, 8
  %825 = getelementptr inbounds float, ptr %Sh, i64 %824
  %826 = load <8 x float>, ptr %825, align 4
  %827 = load <8 x float>, ptr %778, align 4
  %828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %827, <8 x float> %826)
  %829 = load <8 x float>, ptr %780, align 4
  %830 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %829, <8 x float> %819)
  %831 = fneg <8 x float> %828
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %823, <8 x float> %830)
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %823, <8 x float> %794)
  %834 = load <8 x float>, ptr %14, align 4
  %835 = or disjoint i64 %809, 16
  %836 = getelementptr inbounds float, ptr %Sh, i64 %835
  %837 = load <8 x float>, ptr %836, align 4
  %838 = load <8 x float>, ptr %782, align 4
  %839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %838, <8 x float> %837)
  %840 = load <8 x float>, ptr %784, align 4
  %841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %840, <8 x float> %832)
  %842 = fneg <8 x float> %839
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %834, <8 x float> %841)
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %834, <8 x float> %797)
  %845 = load <8 x float>, ptr %15, align 4
  %846 = or disjoint i64 %809, 24
  %847 = getelementptr inbounds float, ptr %Sh, i64 %846
  %848 = load <8 x float>, ptr %847, align 4
  %849 = load <8 x float>, ptr %786, align 4
  %850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %849, <8 x float> %848)
  %851 = load <8 x float>, ptr %788, align 4
  %852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> %851, <8 x float> %843)
  %853 = fneg <8 x float> %850
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %845, <8 x float> %852)
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %845, <8 x float> %800)
  %856 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0567
  %857 = load float, ptr %856, align 4
  %858 = shufflevector <8 x float> %854, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %859 = shufflevector <8 x float> %854, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %860 = fadd <4 x float> %858, %859
  %861 = shufflevector <4 x float> %860, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %862 = shufflevector <4 x float> %860, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %863 = fadd <2 x float> %861, %862
  %shift701 = shufflevector <2 x float> %863, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %864 = fadd <2 x float> %863, %shift701
  %865 = extractelement <2 x float> %864, i64 0
  %866 = fadd float %857, %865
  store float %866, ptr %856, align 4
  %867 = insertelement <8 x float> poison, float %806, i64 0
  %868 = shufflevector <8 x float> %867, <8 x float> poison, <8 x i32> zeroinitializer
  %869 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %822, <8 x float> %dsk4.0563)
  %870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %833, <8 x float> %dsk5.0564)
  %871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %844, <8 x float> %dsk6.0565)
  %872 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %855, <8 x float> %dsk7.0566)
  store <8 x float> %822, ptr %790, align 4
  store <8 x float> %833, ptr %793, align 4
  store <8 x float> %844, ptr %796, align 4
  store <8 x float> %855, ptr %799, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0567, 1
  %exitcond627.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond627.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %869, ptr %dSk, align 4
  store <8 x float> %870, ptr %16, align 4
  store <8 x float> %871, ptr %17, align 4
  store <8 x float> %872, ptr %18, align 4
  %873 = load <8 x float>, ptr %dkTmp, align 4
  %874 = fmul <8 x float> %733, %873
  %875 = getelementptr float, ptr %kh1, i64 %631
  store <8 x float> %874, ptr %875, align 4
  %876 = load <8 x float>, ptr %41, align 4
  %877 = fmul <8 x float> %733, %876
  %878 = getelementptr float, ptr %65, i64 %631
  store <8 x float> %877, ptr %878, align 4
  %879 = load <8 x float>, ptr %42, align 4
  %880 = fmul <8 x float> %733, %879
  %881 = getelementptr float, ptr %66, i64 %631
  store <8 x float> %880, ptr %881, align 4
  %882 = load <8 x float>, ptr %43, align 4
  %883 = fmul <8 x float> %733, %882
  %884 = getelementptr float, ptr %67, i64 %631
  store <8 x float> %883, ptr %884, align 4
  %885 = insertelement <8 x float> poison, float %769, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = fmul <8 x float> %886, %869
  %888 = getelementptr float, ptr %vh1, i64 %771
  store <8 x float> %887, ptr %888, align 4
  %889 = fmul <8 x float> %886, %870
  %890 = getelementptr float, ptr %62, i64 %771
  store <8 x float> %889, ptr %890, align 4
  %891 = fmul <8 x float> %886, %871
  %892 = getelementptr float, ptr %63, i64 %771
  store <8 x float> %891, ptr %892, align 4
  %893 = fmul <8 x float> %886, %872
  %894 = getelementptr float, ptr %64, i64 %771
  store <8 x float> %893, ptr %894, align 4
  %895 = load <8 x float>, ptr %742, align 4
  %896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %869, <8 x float> %895, <8 x float> zeroinitializer)
  %897 = load <8 x float>, ptr %746, align 4
  %898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> %897, <8 x float> %896)
  %899 = load <8 x float>, ptr %750, align 4
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %899, <8 x float> %898)
  %901 = load <8 x float>, ptr %754, align 4
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %901, <8 x float> %900)
  %903 = shufflevector <8 x float> %902, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %904 = shufflevector <8 x float> %902, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %905 = fadd <4 x float> %903, %904
  %906 = shufflevector <4 x float> %905, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %907 = shufflevector <4 x float> %905, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %908 = fadd <2 x float> %906, %907
  %shift702 = shufflevector <2 x float> %908, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %909 = fadd <2 x float> %908, %shift702
  %910 = extractelement <2 x float> %909, i64 0
  %911 = getelementptr inbounds float, ptr %betah1, i64 %767
  store float %910, ptr %911, align 4
  store <8 x float> %869, ptr %dSkPrev, align 4
  store <8 x float> %870, ptr %38, align 4
  store <8 x float> %871, ptr %39, align 4
  store <8 x float> %872, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0573, 1
  %exitcond630.not = icmp eq i64 %tt.next, %smax629
  br i1 %exitcond630.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %j12.head.preheader, %i22.body
  %i22.addr.0575 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next, %i22.body ]
  %912 = shl nuw nsw i64 %i22.addr.0575, 5
  %913 = getelementptr inbounds float, ptr %dS, i64 %912
  %914 = load <8 x float>, ptr %913, align 4
  %915 = or disjoint i64 %912, 8
  %916 = getelementptr inbounds float, ptr %dS, i64 %915
  %917 = load <8 x float>, ptr %916, align 4
  %918 = or disjoint i64 %912, 16
  %919 = getelementptr inbounds float, ptr %dS, i64 %918
  %920 = load <8 x float>, ptr %919, align 4
  %921 = or disjoint i64 %912, 24
  %922 = getelementptr inbounds float, ptr %dS, i64 %921
  %923 = load <8 x float>, ptr %922, align 4
  %924 = or disjoint i64 %i22.addr.0575, %182
  %925 = getelementptr inbounds float, ptr %kh, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = fmul float %926, %597
  %928 = load <8 x float>, ptr %dSkPrev, align 4
  %929 = getelementptr inbounds float, ptr %Sh, i64 %912
  %930 = load <8 x float>, ptr %929, align 4
  %931 = load <8 x float>, ptr %R, align 4
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %931, <8 x float> zeroinitializer)
  %933 = fneg <8 x float> %930
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> %928, <8 x float> %932)
  %935 = insertelement <8 x float> poison, float %927, i64 0
  %936 = shufflevector <8 x float> %935, <8 x float> poison, <8 x i32> zeroinitializer
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %928, <8 x float> %914)
  %938 = load <8 x float>, ptr %13, align 4
  %939 = getelementptr inbounds float, ptr %Sh, i64 %915
  %940 = load <8 x float>, ptr %939, align 4
  %941 = load <8 x float>, ptr %5, align 4
  %942 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %917, <8 x float> %941, <8 x float> %934)
  %943 = fneg <8 x float> %940
  %944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> %938, <8 x float> %942)
  %945 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %938, <8 x float> %917)
  %946 = load <8 x float>, ptr %14, align 4
  %947 = getelementptr inbounds float, ptr %Sh, i64 %918
  %948 = load <8 x float>, ptr %947, align 4
  %949 = load <8 x float>, ptr %6, align 4
  %950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %920, <8 x float> %949, <8 x float> %944)
  %951 = fneg <8 x float> %948
  %952 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %946, <8 x float> %950)
  %953 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %946, <8 x float> %920)
  %954 = load <8 x float>, ptr %15, align 4
  %955 = getelementptr inbounds float, ptr %Sh, i64 %921
  %956 = load <8 x float>, ptr %955, align 4
  %957 = load <8 x float>, ptr %7, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> %957, <8 x float> %952)
  %959 = fneg <8 x float> %956
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %954, <8 x float> %958)
  %961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %954, <8 x float> %923)
  %962 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0575
  %963 = load float, ptr %962, align 4
  %964 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %965 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %966 = fadd <4 x float> %964, %965
  %967 = shufflevector <4 x float> %966, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %968 = shufflevector <4 x float> %966, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %969 = fadd <2 x float> %967, %968
  %shift703 = shufflevector <2 x float> %969, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %970 = fadd <2 x float> %969, %shift703
  %971 = extractelement <2 x float> %970, i64 0
  %972 = fadd float %963, %971
  store float %972, ptr %962, align 4
  store <8 x float> %937, ptr %913, align 4
  store <8 x float> %945, ptr %916, align 4
  store <8 x float> %953, ptr %919, align 4
  store <8 x float> %961, ptr %922, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0575, 1
  %exitcond631.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond631.not, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %973 = load <8 x float>, ptr %dkTmp, align 4
  %974 = fmul <8 x float> %187, %973
  %975 = getelementptr inbounds float, ptr %kh1, i64 %182
  store <8 x float> %974, ptr %975, align 4
  %976 = load <8 x float>, ptr %44, align 4
  %977 = fmul <8 x float> %187, %976
  %978 = getelementptr inbounds float, ptr %kh1, i64 %189
  store <8 x float> %977, ptr %978, align 4
  %979 = load <8 x float>, ptr %45, align 4
  %980 = fmul <8 x float> %187, %979
  %981 = getelementptr inbounds float, ptr %kh1, i64 %194
  store <8 x float> %980, ptr %981, align 4
  %982 = load <8 x float>, ptr %46, align 4
  %983 = fmul <8 x float> %187, %982
  %984 = getelementptr inbounds float, ptr %kh1, i64 %199
  store <8 x float> %983, ptr %984, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0577, 1
  %indvars.iv.next = add i64 %indvars.iv, 32
  %exitcond633.not = icmp eq i64 %cc.next, %smax632
  br i1 %exitcond633.not, label %i24.head.preheader, label %cc.body
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
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
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
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0208, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0189 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %57, %i.body ]
  %acc1.0188 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %61, %i.body ]
  %acc2.0187 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc3.0186 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc4.0185 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %78, %i.body ]
  %acc5.0184 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %82, %i.body ]
  %acc6.0183 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc7.0182 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0181, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <8 x float>, ptr %12, align 4
  %14 = insertelement <8 x float> poison, float %10, i64 0
  %15 = shufflevector <8 x float> %14, <8 x float> poison, <8 x i32> zeroinitializer
  %16 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %13, <8 x float> %acc.0189)
  %17 = or disjoint i64 %11, 8
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <8 x float>, ptr %18, align 4
  %20 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %19, <8 x float> %acc1.0188)
  %21 = or disjoint i64 %11, 16
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <8 x float>, ptr %22, align 4
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %23, <8 x float> %acc2.0187)
  %25 = or disjoint i64 %11, 24
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %27, <8 x float> %acc3.0186)
  %29 = or disjoint i64 %i.addr.0181, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 5
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <8 x float>, ptr %33, align 4
  %35 = insertelement <8 x float> poison, float %31, i64 0
  %36 = shufflevector <8 x float> %35, <8 x float> poison, <8 x i32> zeroinitializer
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %34, <8 x float> %acc4.0185)
  %38 = or disjoint i64 %32, 8
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <8 x float>, ptr %39, align 4
  %41 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %40, <8 x float> %acc5.0184)
  %42 = or disjoint i64 %32, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %44, <8 x float> %acc6.0183)
  %46 = or disjoint i64 %32, 24
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %48, <8 x float> %acc7.0182)
  %i.next = or disjoint i64 %i.addr.0181, 2
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
  %70 = or disjoint i64 %i.addr.0181, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.0181, 4
  %91 = icmp ult i64 %i.next, 30
  br i1 %91, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %92 = load float, ptr %betah, align 4
  %93 = load <8 x float>, ptr %vh, align 4
  %94 = fadd <8 x float> %78, %57
  %95 = fsub <8 x float> %93, %94
  %96 = insertelement <8 x float> poison, float %92, i64 0
  %97 = shufflevector <8 x float> %96, <8 x float> poison, <8 x i32> zeroinitializer
  %98 = fmul <8 x float> %97, %95
  %99 = getelementptr inbounds i8, ptr %vh, i64 32
  %100 = load <8 x float>, ptr %99, align 4
  %101 = fadd <8 x float> %82, %61
  %102 = fsub <8 x float> %100, %101
  %103 = fmul <8 x float> %97, %102
  %104 = getelementptr inbounds i8, ptr %vh, i64 64
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %86, %65
  %107 = fsub <8 x float> %105, %106
  %108 = fmul <8 x float> %97, %107
  %109 = getelementptr inbounds i8, ptr %vh, i64 96
  %110 = load <8 x float>, ptr %109, align 4
  %111 = fadd <8 x float> %90, %69
  %112 = fsub <8 x float> %110, %111
  %113 = fmul <8 x float> %97, %112
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %127, %i1.body ]
  %acc9.0197 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %132, %i1.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %137, %i1.body ]
  %acc11.0195 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %142, %i1.body ]
  %acc12.0194 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %157, %i1.body ]
  %i1.addr.0193 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0192 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %172, %i1.body ]
  %acc14.0191 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %167, %i1.body ]
  %acc13.0190 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %162, %i1.body ]
  %114 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0193
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %i1.addr.0193, %sq
  %117 = getelementptr inbounds float, ptr %kh, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> poison, float %115, i64 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = shl nuw nsw i64 %i1.addr.0193, 5
  %122 = getelementptr inbounds float, ptr %S, i64 %121
  %123 = load <8 x float>, ptr %122, align 4
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %98, <8 x float> %123)
  store <8 x float> %124, ptr %122, align 4
  %125 = insertelement <8 x float> poison, float %118, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> poison, <8 x i32> zeroinitializer
  %127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %124, <8 x float> %acc832.0198)
  %128 = or disjoint i64 %121, 8
  %129 = getelementptr inbounds float, ptr %S, i64 %128
  %130 = load <8 x float>, ptr %129, align 4
  %131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %103, <8 x float> %130)
  store <8 x float> %131, ptr %129, align 4
  %132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %131, <8 x float> %acc9.0197)
  %133 = or disjoint i64 %121, 16
  %134 = getelementptr inbounds float, ptr %S, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %108, <8 x float> %135)
  store <8 x float> %136, ptr %134, align 4
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %136, <8 x float> %acc10.0196)
  %138 = or disjoint i64 %121, 24
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <8 x float>, ptr %139, align 4
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %113, <8 x float> %140)
  store <8 x float> %141, ptr %139, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %141, <8 x float> %acc11.0195)
  %143 = or disjoint i64 %i1.addr.0193, 1
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = or disjoint i64 %143, %sq
  %147 = getelementptr inbounds float, ptr %kh, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = shl nuw nsw i64 %143, 5
  %152 = getelementptr inbounds float, ptr %S, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %98, <8 x float> %153)
  store <8 x float> %154, ptr %152, align 4
  %155 = insertelement <8 x float> poison, float %148, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %acc12.0194)
  %158 = or disjoint i64 %151, 8
  %159 = getelementptr inbounds float, ptr %S, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %103, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %161, <8 x float> %acc13.0190)
  %163 = or disjoint i64 %151, 16
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %108, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %166, <8 x float> %acc14.0191)
  %168 = or disjoint i64 %151, 24
  %169 = getelementptr inbounds float, ptr %S, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %113, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %171, <8 x float> %acc15.0192)
  %i1.next = add nuw nsw i64 %i1.addr.0193, 2
  %173 = icmp ult i64 %i1.addr.0193, 30
  br i1 %173, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %174 = getelementptr inbounds float, ptr %betah, i64 %H
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %vh, i64 %sq
  %177 = load <8 x float>, ptr %176, align 4
  %178 = fadd <8 x float> %157, %127
  %179 = fsub <8 x float> %177, %178
  %180 = insertelement <8 x float> poison, float %175, i64 0
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <8 x i32> zeroinitializer
  %182 = fmul <8 x float> %181, %179
  %183 = getelementptr inbounds float, ptr %vh, i64 %2
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fadd <8 x float> %162, %132
  %186 = fsub <8 x float> %184, %185
  %187 = fmul <8 x float> %181, %186
  %188 = getelementptr inbounds float, ptr %vh, i64 %3
  %189 = load <8 x float>, ptr %188, align 4
  %190 = fadd <8 x float> %167, %137
  %191 = fsub <8 x float> %189, %190
  %192 = fmul <8 x float> %181, %191
  %193 = getelementptr inbounds float, ptr %vh, i64 %4
  %194 = load <8 x float>, ptr %193, align 4
  %195 = fadd <8 x float> %172, %142
  %196 = fsub <8 x float> %194, %195
  %197 = fmul <8 x float> %181, %196
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0202 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %255, %i2.body ]
  %acc18.0201 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %250, %i2.body ]
  %acc17.0200 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %245, %i2.body ]
  %acc16.0199 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %240, %i2.body ]
  %198 = or disjoint i64 %i2.addr.0207, %sq
  %199 = getelementptr inbounds float, ptr %kh, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %202 = load float, ptr %201, align 4
  %203 = insertelement <8 x float> poison, float %200, i64 0
  %204 = shufflevector <8 x float> %203, <8 x float> poison, <8 x i32> zeroinitializer
  %205 = shl nuw nsw i64 %i2.addr.0207, 5
  %206 = getelementptr inbounds float, ptr %S, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %182, <8 x float> %207)
  store <8 x float> %208, ptr %206, align 4
  %209 = insertelement <8 x float> poison, float %202, i64 0
  %210 = shufflevector <8 x float> %209, <8 x float> poison, <8 x i32> zeroinitializer
  %211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %208, <8 x float> %acc16.0199)
  %212 = or disjoint i64 %205, 8
  %213 = getelementptr inbounds float, ptr %S, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %187, <8 x float> %214)
  store <8 x float> %215, ptr %213, align 4
  %216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %215, <8 x float> %acc17.0200)
  %217 = or disjoint i64 %205, 16
  %218 = getelementptr inbounds float, ptr %S, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %192, <8 x float> %219)
  store <8 x float> %220, ptr %218, align 4
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %220, <8 x float> %acc18.0201)
  %222 = or disjoint i64 %205, 24
  %223 = getelementptr inbounds float, ptr %S, i64 %222
  %224 = load <8 x float>, ptr %223, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %197, <8 x float> %224)
  store <8 x float> %225, ptr %223, align 4
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %225, <8 x float> %acc19.0202)
  %i2.next = or disjoint i64 %i2.addr.0207, 1
  %227 = or disjoint i64 %i2.next, %sq
  %228 = getelementptr inbounds float, ptr %kh, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %231 = load float, ptr %230, align 4
  %232 = insertelement <8 x float> poison, float %229, i64 0
  %233 = shufflevector <8 x float> %232, <8 x float> poison, <8 x i32> zeroinitializer
  %234 = shl nuw nsw i64 %i2.next, 5
  %235 = getelementptr inbounds float, ptr %S, i64 %234
  %236 = load <8 x float>, ptr %235, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %182, <8 x float> %236)
  store <8 x float> %237, ptr %235, align 4
  %238 = insertelement <8 x float> poison, float %231, i64 0
  %239 = shufflevector <8 x float> %238, <8 x float> poison, <8 x i32> zeroinitializer
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %237, <8 x float> %211)
  %241 = or disjoint i64 %234, 8
  %242 = getelementptr inbounds float, ptr %S, i64 %241
  %243 = load <8 x float>, ptr %242, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %187, <8 x float> %243)
  store <8 x float> %244, ptr %242, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %244, <8 x float> %216)
  %246 = or disjoint i64 %234, 16
  %247 = getelementptr inbounds float, ptr %S, i64 %246
  %248 = load <8 x float>, ptr %247, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %192, <8 x float> %248)
  store <8 x float> %249, ptr %247, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %249, <8 x float> %221)
  %251 = or disjoint i64 %234, 24
  %252 = getelementptr inbounds float, ptr %S, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %197, <8 x float> %253)
  store <8 x float> %254, ptr %252, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %254, <8 x float> %226)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0207, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %256 = fmul <8 x float> %240, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %256, ptr %oh, align 4
  %257 = fmul <8 x float> %245, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %258 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %257, ptr %258, align 4
  %259 = fmul <8 x float> %250, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %260 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %259, ptr %260, align 4
  %261 = fmul <8 x float> %255, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %262 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %261, ptr %262, align 4
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %exitcond228.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond228.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h2_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_nogate'
source_filename = "dp_fwd_h2_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0220 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep252 = getelementptr i8, ptr %hT, i64 %10
  %scevgep247 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0220, %H
  %h = srem i64 %bh.addr.0220, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep247, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep279 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep252, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0220, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond253.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond253.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0217 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0217
  %18 = shl i64 %17, 12
  %gep280 = getelementptr i8, ptr %invariant.gep279, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep280, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0217, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0217, 7
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0193 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %73, %i2.body ]
  %acc1.0192 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %77, %i2.body ]
  %acc2.0191 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %81, %i2.body ]
  %acc3.0190 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %85, %i2.body ]
  %acc4.0189 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %95, %i2.body ]
  %acc5.0188 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %99, %i2.body ]
  %acc6.0187 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %103, %i2.body ]
  %acc7.0186 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %107, %i2.body ]
  %i2.addr.0185 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0185, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0185, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = insertelement <8 x float> poison, float %24, i64 0
  %29 = shufflevector <8 x float> %28, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %27, <8 x float> %acc.0193)
  %31 = or disjoint i64 %25, 8
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %33, <8 x float> %acc1.0192)
  %35 = or disjoint i64 %25, 16
  %36 = getelementptr inbounds float, ptr %work, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %37, <8 x float> %acc2.0191)
  %39 = or disjoint i64 %25, 24
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <8 x float>, ptr %40, align 4
  %42 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %41, <8 x float> %acc3.0190)
  %43 = or disjoint i64 %i2.addr.0185, 1
  %44 = or disjoint i64 %43, %21
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %43, 5
  %48 = getelementptr inbounds float, ptr %work, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = insertelement <8 x float> poison, float %46, i64 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %49, <8 x float> %acc4.0189)
  %53 = or disjoint i64 %47, 8
  %54 = getelementptr inbounds float, ptr %work, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %55, <8 x float> %acc5.0188)
  %57 = or disjoint i64 %47, 16
  %58 = getelementptr inbounds float, ptr %work, i64 %57
  %59 = load <8 x float>, ptr %58, align 4
  %60 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %59, <8 x float> %acc6.0187)
  %61 = or disjoint i64 %47, 24
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <8 x float>, ptr %62, align 4
  %64 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %63, <8 x float> %acc7.0186)
  %i2.next = or disjoint i64 %i2.addr.0185, 2
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
  %86 = or disjoint i64 %i2.addr.0185, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.0185, 4
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

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0216 = phi <8 x float> [ %317, %i4.exit ], [ %137, %t.body.preheader ]
  %delta1.0215 = phi <8 x float> [ %325, %i4.exit ], [ %132, %t.body.preheader ]
  %delta2.0214 = phi <8 x float> [ %333, %i4.exit ], [ %126, %t.body.preheader ]
  %delta3.0213 = phi <8 x float> [ %341, %i4.exit ], [ %120, %t.body.preheader ]
  %t.addr.0212 = phi i64 [ %138, %i4.exit ], [ %t0, %t.body.preheader ]
  %138 = add nuw nsw i64 %t.addr.0212, 1
  %139 = shl nuw nsw i64 %t.addr.0212, 1
  %140 = mul nsw i64 %139, %sq
  %141 = or disjoint i64 %139, 1
  %142 = mul nsw i64 %141, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0217, 1
  %exitcond250.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond250.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0202 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc15.0201 = phi <8 x float> [ zeroinitializer, %t.body ], [ %203, %i3.body ]
  %acc14.0200 = phi <8 x float> [ zeroinitializer, %t.body ], [ %198, %i3.body ]
  %acc13.0199 = phi <8 x float> [ zeroinitializer, %t.body ], [ %193, %i3.body ]
  %acc12.0198 = phi <8 x float> [ zeroinitializer, %t.body ], [ %188, %i3.body ]
  %acc11.0197 = phi <8 x float> [ zeroinitializer, %t.body ], [ %172, %i3.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %t.body ], [ %167, %i3.body ]
  %acc9.0195 = phi <8 x float> [ zeroinitializer, %t.body ], [ %162, %i3.body ]
  %acc832.0194 = phi <8 x float> [ zeroinitializer, %t.body ], [ %157, %i3.body ]
  %143 = or disjoint i64 %i3.addr.0202, %140
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = or disjoint i64 %i3.addr.0202, %142
  %147 = getelementptr inbounds float, ptr %kh, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = shl nuw nsw i64 %i3.addr.0202, 5
  %152 = getelementptr inbounds float, ptr %work, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta.0216, <8 x float> %153)
  store <8 x float> %154, ptr %152, align 4
  %155 = insertelement <8 x float> poison, float %148, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %acc832.0194)
  %158 = or disjoint i64 %151, 8
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta1.0215, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %161, <8 x float> %acc9.0195)
  %163 = or disjoint i64 %151, 16
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta2.0214, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %166, <8 x float> %acc10.0196)
  %168 = or disjoint i64 %151, 24
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta3.0213, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %171, <8 x float> %acc11.0197)
  %173 = or disjoint i64 %i3.addr.0202, 1
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
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta.0216, <8 x float> %184)
  store <8 x float> %185, ptr %183, align 4
  %186 = insertelement <8 x float> poison, float %179, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %185, <8 x float> %acc12.0198)
  %189 = or disjoint i64 %182, 8
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta1.0215, <8 x float> %191)
  store <8 x float> %192, ptr %190, align 4
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %192, <8 x float> %acc13.0199)
  %194 = or disjoint i64 %182, 16
  %195 = getelementptr inbounds float, ptr %work, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta2.0214, <8 x float> %196)
  store <8 x float> %197, ptr %195, align 4
  %198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %197, <8 x float> %acc14.0200)
  %199 = or disjoint i64 %182, 24
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta3.0213, <8 x float> %201)
  store <8 x float> %202, ptr %200, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %202, <8 x float> %acc15.0201)
  %i3.next = add nuw nsw i64 %i3.addr.0202, 2
  %204 = icmp ult i64 %i3.addr.0202, 30
  br i1 %204, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %138, i64 %4)
  %205 = mul nsw i64 %141, %H
  %206 = getelementptr inbounds float, ptr %betah, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %vh, i64 %142
  %209 = load <8 x float>, ptr %208, align 4
  %210 = fadd <8 x float> %157, %188
  %211 = fsub <8 x float> %209, %210
  %212 = insertelement <8 x float> poison, float %207, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = fmul <8 x float> %213, %211
  %215 = or disjoint i64 %142, 8
  %216 = getelementptr inbounds float, ptr %vh, i64 %215
  %217 = load <8 x float>, ptr %216, align 4
  %218 = fadd <8 x float> %162, %193
  %219 = fsub <8 x float> %217, %218
  %220 = fmul <8 x float> %213, %219
  %221 = or disjoint i64 %142, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = fadd <8 x float> %167, %198
  %225 = fsub <8 x float> %223, %224
  %226 = fmul <8 x float> %213, %225
  %227 = or disjoint i64 %142, 24
  %228 = getelementptr inbounds float, ptr %vh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = fadd <8 x float> %172, %203
  %231 = fsub <8 x float> %229, %230
  %232 = fmul <8 x float> %213, %231
  %233 = mul nsw i64 %t.addr.0212, %sq
  %234 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %233
  %invariant.gep277 = getelementptr float, ptr %kh, i64 %234
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0211 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc23.0210 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %304, %i4.body ]
  %acc22.0209 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %298, %i4.body ]
  %acc21.0208 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %292, %i4.body ]
  %acc20.0207 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %286, %i4.body ]
  %acc19.0206 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %303, %i4.body ]
  %acc18.0205 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %297, %i4.body ]
  %acc17.0204 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %291, %i4.body ]
  %acc16.0203 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %283, %i4.body ]
  %235 = or disjoint i64 %i4.addr.0211, %142
  %236 = getelementptr inbounds float, ptr %kh, i64 %235
  %237 = load float, ptr %236, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0211
  %238 = load float, ptr %gep, align 4
  %gep278 = getelementptr float, ptr %invariant.gep277, i64 %i4.addr.0211
  %239 = load float, ptr %gep278, align 4
  %240 = insertelement <8 x float> poison, float %237, i64 0
  %241 = shufflevector <8 x float> %240, <8 x float> poison, <8 x i32> zeroinitializer
  %242 = shl nuw nsw i64 %i4.addr.0211, 5
  %243 = getelementptr inbounds float, ptr %work, i64 %242
  %244 = load <8 x float>, ptr %243, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %214, <8 x float> %244)
  store <8 x float> %245, ptr %243, align 4
  %246 = insertelement <8 x float> poison, float %238, i64 0
  %247 = shufflevector <8 x float> %246, <8 x float> poison, <8 x i32> zeroinitializer
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %245, <8 x float> %acc16.0203)
  %249 = insertelement <8 x float> poison, float %239, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %245, <8 x float> %acc20.0207)
  %252 = or disjoint i64 %242, 8
  %253 = getelementptr inbounds float, ptr %work, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %220, <8 x float> %254)
  store <8 x float> %255, ptr %253, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %255, <8 x float> %acc17.0204)
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %acc21.0208)
  %258 = or disjoint i64 %242, 16
  %259 = getelementptr inbounds float, ptr %work, i64 %258
  %260 = load <8 x float>, ptr %259, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %226, <8 x float> %260)
  store <8 x float> %261, ptr %259, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %261, <8 x float> %acc18.0205)
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %261, <8 x float> %acc22.0209)
  %264 = or disjoint i64 %242, 24
  %265 = getelementptr inbounds float, ptr %work, i64 %264
  %266 = load <8 x float>, ptr %265, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %232, <8 x float> %266)
  store <8 x float> %267, ptr %265, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %267, <8 x float> %acc19.0206)
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %267, <8 x float> %acc23.0210)
  %i4.next = or disjoint i64 %i4.addr.0211, 1
  %270 = or disjoint i64 %i4.next, %142
  %271 = getelementptr inbounds float, ptr %kh, i64 %270
  %272 = load float, ptr %271, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %273 = load float, ptr %gep.1, align 4
  %gep278.1 = getelementptr float, ptr %invariant.gep277, i64 %i4.next
  %274 = load float, ptr %gep278.1, align 4
  %275 = insertelement <8 x float> poison, float %272, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = shl nuw nsw i64 %i4.next, 5
  %278 = getelementptr inbounds float, ptr %work, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %214, <8 x float> %279)
  store <8 x float> %280, ptr %278, align 4
  %281 = insertelement <8 x float> poison, float %273, i64 0
  %282 = shufflevector <8 x float> %281, <8 x float> poison, <8 x i32> zeroinitializer
  %283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %280, <8 x float> %248)
  %284 = insertelement <8 x float> poison, float %274, i64 0
  %285 = shufflevector <8 x float> %284, <8 x float> poison, <8 x i32> zeroinitializer
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %280, <8 x float> %251)
  %287 = or disjoint i64 %277, 8
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <8 x float>, ptr %288, align 4
  %290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %220, <8 x float> %289)
  store <8 x float> %290, ptr %288, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %290, <8 x float> %256)
  %292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %290, <8 x float> %257)
  %293 = or disjoint i64 %277, 16
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <8 x float>, ptr %294, align 4
  %296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %226, <8 x float> %295)
  store <8 x float> %296, ptr %294, align 4
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %296, <8 x float> %262)
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %296, <8 x float> %263)
  %299 = or disjoint i64 %277, 24
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <8 x float>, ptr %300, align 4
  %302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %232, <8 x float> %301)
  store <8 x float> %302, ptr %300, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %282, <8 x float> %302, <8 x float> %268)
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %285, <8 x float> %302, <8 x float> %269)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0211, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %305 = fmul <8 x float> %283, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %306 = getelementptr inbounds float, ptr %oh, i64 %233
  store <8 x float> %305, ptr %306, align 4
  %307 = shl nsw i64 %tn, 1
  %308 = mul nsw i64 %307, %H
  %309 = getelementptr inbounds float, ptr %betah, i64 %308
  %310 = load float, ptr %309, align 4
  %311 = mul nsw i64 %307, %sq
  %312 = getelementptr inbounds float, ptr %vh, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = fsub <8 x float> %313, %286
  %315 = insertelement <8 x float> poison, float %310, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = fmul <8 x float> %316, %314
  %318 = fmul <8 x float> %291, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %319 = or disjoint i64 %233, 8
  %320 = getelementptr inbounds float, ptr %oh, i64 %319
  store <8 x float> %318, ptr %320, align 4
  %321 = or disjoint i64 %311, 8
  %322 = getelementptr inbounds float, ptr %vh, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = fsub <8 x float> %323, %292
  %325 = fmul <8 x float> %316, %324
  %326 = fmul <8 x float> %297, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %327 = or disjoint i64 %233, 16
  %328 = getelementptr inbounds float, ptr %oh, i64 %327
  store <8 x float> %326, ptr %328, align 4
  %329 = or disjoint i64 %311, 16
  %330 = getelementptr inbounds float, ptr %vh, i64 %329
  %331 = load <8 x float>, ptr %330, align 4
  %332 = fsub <8 x float> %331, %298
  %333 = fmul <8 x float> %316, %332
  %334 = fmul <8 x float> %303, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %335 = or disjoint i64 %233, 24
  %336 = getelementptr inbounds float, ptr %oh, i64 %335
  store <8 x float> %334, ptr %336, align 4
  %337 = or disjoint i64 %311, 24
  %338 = getelementptr inbounds float, ptr %vh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = fsub <8 x float> %339, %304
  %341 = fmul <8 x float> %316, %340
  %342 = icmp slt i64 %138, %t1
  br i1 %342, label %t.body, label %t.exit
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
; ---- dp_bwd_h2_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_nogate'
source_filename = "dp_bwd_h2_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
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
  %24 = shl nsw i64 %nc, 6
  %25 = add i64 %24, 144115188075855808
  %26 = mul i64 %25, %H
  %27 = mul i64 %H, -8192
  %28 = shl i64 %H, 7
  %29 = add i64 %T, 64
  %30 = sub i64 %29, %24
  %smax632 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
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
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0580 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %47 = add i64 %indvar, %bh0
  %48 = shl i64 %47, 12
  %scevgep636 = getelementptr i8, ptr %dh0, i64 %48
  %49 = mul i64 %23, %indvar
  %50 = add i64 %22, %49
  %scevgep615 = getelementptr i8, ptr %dhT, i64 %48
  %b = sdiv i64 %bh.addr.0580, %H
  %h = srem i64 %bh.addr.0580, %H
  %51 = mul i64 %b, %T
  %52 = mul i64 %51, %H
  %bT = add i64 %52, %h
  %53 = mul i64 %1, %51
  %bTn = add nsw i64 %53, %h
  %54 = shl nsw i64 %bT, 5
  %55 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep615, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %55
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %54
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %54
  %oh = getelementptr inbounds float, ptr %dout, i64 %54
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %56 = add i64 %26, %bT
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

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep636, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0580, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond637.not = icmp eq i64 %indvar.next, %31
  br i1 %exitcond637.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.body.preheader
  %indvars.iv = phi i64 [ %30, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.body.preheader ]
  %cc.addr.0577 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin628 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax629 = tail call i64 @llvm.smax.i64(i64 %smin628, i64 1)
  %smax623 = tail call i64 @llvm.smax.i64(i64 %smin628, i64 2)
  %68 = shl i64 %cc.addr.0577, 12
  %69 = sub i64 %50, %68
  %scevgep617 = getelementptr i8, ptr %hs, i64 %69
  %70 = xor i64 %cc.addr.0577, -1
  %ci = add nsw i64 %nc, %70
  %t0 = shl nsw i64 %ci, 6
  %71 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep617, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %71, i64 64)
  %72 = icmp sgt i64 %71, 0
  br i1 %72, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %73 = mul i64 %27, %cc.addr.0577
  %74 = getelementptr i8, ptr %58, i64 %73
  %xtraiter = and i64 %smax, 7
  %75 = icmp slt i64 %indvars.iv, 8
  br i1 %75, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0521.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0521.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0521.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %76 = mul i64 %28, %tl.addr.0521.epil
  %scevgep.epil = getelementptr i8, ptr %74, i64 %76
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0521.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %77 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %77
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0521 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %78 = mul i64 %28, %tl.addr.0521
  %scevgep = getelementptr i8, ptr %74, i64 %78
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0521, 1
  %79 = mul i64 %28, %tl.next
  %scevgep.1 = getelementptr i8, ptr %74, i64 %79
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0521, 2
  %80 = mul i64 %28, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %74, i64 %80
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0521, 3
  %81 = mul i64 %28, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %74, i64 %81
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0521, 4
  %82 = mul i64 %28, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %74, i64 %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0521, 5
  %83 = mul i64 %28, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %74, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0521, 6
  %84 = mul i64 %28, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %74, i64 %84
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0521, 7
  %85 = mul i64 %28, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %74, i64 %85
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0521, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0526 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %162, %i4.body ]
  %acc1.0525 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %167, %i4.body ]
  %acc2.0524 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %172, %i4.body ]
  %acc3.0523 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %177, %i4.body ]
  %i4.addr.0522 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0522
  %86 = load float, ptr %gep, align 4
  %87 = shl nuw nsw i64 %i4.addr.0522, 5
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %Sh, i64 %87
  store <8 x float> %89, ptr %90, align 4
  %91 = insertelement <8 x float> poison, float %86, i64 0
  %92 = shufflevector <8 x float> %91, <8 x float> poison, <8 x i32> zeroinitializer
  %93 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %89, <8 x float> %acc.0526)
  %94 = or disjoint i64 %87, 8
  %95 = getelementptr inbounds float, ptr %work, i64 %94
  %96 = load <8 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %Sh, i64 %94
  store <8 x float> %96, ptr %97, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %96, <8 x float> %acc1.0525)
  %99 = or disjoint i64 %87, 16
  %100 = getelementptr inbounds float, ptr %work, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %Sh, i64 %99
  store <8 x float> %101, ptr %102, align 4
  %103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %101, <8 x float> %acc2.0524)
  %104 = or disjoint i64 %87, 24
  %105 = getelementptr inbounds float, ptr %work, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = getelementptr inbounds float, ptr %Sh, i64 %104
  store <8 x float> %106, ptr %107, align 4
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %92, <8 x float> %106, <8 x float> %acc3.0523)
  %i4.next = or disjoint i64 %i4.addr.0522, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %109 = load float, ptr %gep.1, align 4
  %110 = shl nuw nsw i64 %i4.next, 5
  %111 = getelementptr inbounds float, ptr %work, i64 %110
  %112 = load <8 x float>, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %Sh, i64 %110
  store <8 x float> %112, ptr %113, align 4
  %114 = insertelement <8 x float> poison, float %109, i64 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %112, <8 x float> %93)
  %117 = or disjoint i64 %110, 8
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %Sh, i64 %117
  store <8 x float> %119, ptr %120, align 4
  %121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %119, <8 x float> %98)
  %122 = or disjoint i64 %110, 16
  %123 = getelementptr inbounds float, ptr %work, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %Sh, i64 %122
  store <8 x float> %124, ptr %125, align 4
  %126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %124, <8 x float> %103)
  %127 = or disjoint i64 %110, 24
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <8 x float>, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %Sh, i64 %127
  store <8 x float> %129, ptr %130, align 4
  %131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %129, <8 x float> %108)
  %i4.next.1 = or disjoint i64 %i4.addr.0522, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %132 = load float, ptr %gep.2, align 4
  %133 = shl nuw nsw i64 %i4.next.1, 5
  %134 = getelementptr inbounds float, ptr %work, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = getelementptr inbounds float, ptr %Sh, i64 %133
  store <8 x float> %135, ptr %136, align 4
  %137 = insertelement <8 x float> poison, float %132, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %135, <8 x float> %116)
  %140 = or disjoint i64 %133, 8
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %Sh, i64 %140
  store <8 x float> %142, ptr %143, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %142, <8 x float> %121)
  %145 = or disjoint i64 %133, 16
  %146 = getelementptr inbounds float, ptr %work, i64 %145
  %147 = load <8 x float>, ptr %146, align 4
  %148 = getelementptr inbounds float, ptr %Sh, i64 %145
  store <8 x float> %147, ptr %148, align 4
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %147, <8 x float> %126)
  %150 = or disjoint i64 %133, 24
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = getelementptr inbounds float, ptr %Sh, i64 %150
  store <8 x float> %152, ptr %153, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %152, <8 x float> %131)
  %i4.next.2 = or disjoint i64 %i4.addr.0522, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %155 = load float, ptr %gep.3, align 4
  %156 = shl nuw nsw i64 %i4.next.2, 5
  %157 = getelementptr inbounds float, ptr %work, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = getelementptr inbounds float, ptr %Sh, i64 %156
  store <8 x float> %158, ptr %159, align 4
  %160 = insertelement <8 x float> poison, float %155, i64 0
  %161 = shufflevector <8 x float> %160, <8 x float> poison, <8 x i32> zeroinitializer
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %158, <8 x float> %139)
  %163 = or disjoint i64 %156, 8
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %165, ptr %166, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %165, <8 x float> %144)
  %168 = or disjoint i64 %156, 16
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = getelementptr inbounds float, ptr %Sh, i64 %168
  store <8 x float> %170, ptr %171, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %170, <8 x float> %149)
  %173 = or disjoint i64 %156, 24
  %174 = getelementptr inbounds float, ptr %work, i64 %173
  %175 = load <8 x float>, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %Sh, i64 %173
  store <8 x float> %175, ptr %176, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %175, <8 x float> %154)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0522, 4
  %exitcond618.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond618.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %178 = shl nsw i64 %ci, 7
  %179 = mul nsw i64 %178, %H
  %180 = getelementptr inbounds float, ptr %betah, i64 %179
  %181 = load float, ptr %180, align 4
  %182 = mul nsw i64 %178, %sq
  %183 = getelementptr inbounds float, ptr %vh, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fsub <8 x float> %184, %162
  store <8 x float> %185, ptr %R, align 4
  %186 = insertelement <8 x float> poison, float %181, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = fmul <8 x float> %187, %185
  %189 = or disjoint i64 %182, 8
  %190 = getelementptr inbounds float, ptr %vh, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = fsub <8 x float> %191, %167
  store <8 x float> %192, ptr %5, align 4
  %193 = fmul <8 x float> %187, %192
  %194 = or disjoint i64 %182, 16
  %195 = getelementptr inbounds float, ptr %vh, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = fsub <8 x float> %196, %172
  store <8 x float> %197, ptr %6, align 4
  %198 = fmul <8 x float> %187, %197
  %199 = or disjoint i64 %182, 24
  %200 = getelementptr inbounds float, ptr %vh, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = fsub <8 x float> %201, %177
  store <8 x float> %202, ptr %7, align 4
  %203 = fmul <8 x float> %187, %202
  %204 = or disjoint i64 %178, 1
  %205 = mul nsw i64 %204, %sq
  %invariant.gep665 = getelementptr float, ptr %kh, i64 %205
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0531 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %251, %i5.body ]
  %acc536.0530 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %257, %i5.body ]
  %acc6.0529 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %263, %i5.body ]
  %acc7.0528 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %269, %i5.body ]
  %i5.addr.0527 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %206 = or disjoint i64 %i5.addr.0527, %182
  %207 = getelementptr inbounds float, ptr %kh, i64 %206
  %208 = load float, ptr %207, align 4
  %gep666 = getelementptr float, ptr %invariant.gep665, i64 %i5.addr.0527
  %209 = load float, ptr %gep666, align 4
  %210 = insertelement <8 x float> poison, float %208, i64 0
  %211 = shufflevector <8 x float> %210, <8 x float> poison, <8 x i32> zeroinitializer
  %212 = shl nuw nsw i64 %i5.addr.0527, 5
  %213 = getelementptr inbounds float, ptr %Sh, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %188, <8 x float> %214)
  %216 = getelementptr inbounds float, ptr %Sroll, i64 %212
  store <8 x float> %215, ptr %216, align 4
  %217 = insertelement <8 x float> poison, float %209, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %215, <8 x float> %acc4.0531)
  %220 = or disjoint i64 %212, 8
  %221 = getelementptr inbounds float, ptr %Sh, i64 %220
  %222 = load <8 x float>, ptr %221, align 4
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %193, <8 x float> %222)
  %224 = getelementptr inbounds float, ptr %Sroll, i64 %220
  store <8 x float> %223, ptr %224, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %223, <8 x float> %acc536.0530)
  %226 = or disjoint i64 %212, 16
  %227 = getelementptr inbounds float, ptr %Sh, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %198, <8 x float> %228)
  %230 = getelementptr inbounds float, ptr %Sroll, i64 %226
  store <8 x float> %229, ptr %230, align 4
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %229, <8 x float> %acc6.0529)
  %232 = or disjoint i64 %212, 24
  %233 = getelementptr inbounds float, ptr %Sh, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> %203, <8 x float> %234)
  %236 = getelementptr inbounds float, ptr %Sroll, i64 %232
  store <8 x float> %235, ptr %236, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %235, <8 x float> %acc7.0528)
  %i5.next = or disjoint i64 %i5.addr.0527, 1
  %238 = or disjoint i64 %i5.next, %182
  %239 = getelementptr inbounds float, ptr %kh, i64 %238
  %240 = load float, ptr %239, align 4
  %gep666.1 = getelementptr float, ptr %invariant.gep665, i64 %i5.next
  %241 = load float, ptr %gep666.1, align 4
  %242 = insertelement <8 x float> poison, float %240, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> poison, <8 x i32> zeroinitializer
  %244 = shl nuw nsw i64 %i5.next, 5
  %245 = getelementptr inbounds float, ptr %Sh, i64 %244
  %246 = load <8 x float>, ptr %245, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %188, <8 x float> %246)
  %248 = getelementptr inbounds float, ptr %Sroll, i64 %244
  store <8 x float> %247, ptr %248, align 4
  %249 = insertelement <8 x float> poison, float %241, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %247, <8 x float> %219)
  %252 = or disjoint i64 %244, 8
  %253 = getelementptr inbounds float, ptr %Sh, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %193, <8 x float> %254)
  %256 = getelementptr inbounds float, ptr %Sroll, i64 %252
  store <8 x float> %255, ptr %256, align 4
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %225)
  %258 = or disjoint i64 %244, 16
  %259 = getelementptr inbounds float, ptr %Sh, i64 %258
  %260 = load <8 x float>, ptr %259, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %198, <8 x float> %260)
  %262 = getelementptr inbounds float, ptr %Sroll, i64 %258
  store <8 x float> %261, ptr %262, align 4
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %261, <8 x float> %231)
  %264 = or disjoint i64 %244, 24
  %265 = getelementptr inbounds float, ptr %Sh, i64 %264
  %266 = load <8 x float>, ptr %265, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %203, <8 x float> %266)
  %268 = getelementptr inbounds float, ptr %Sroll, i64 %264
  store <8 x float> %267, ptr %268, align 4
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %267, <8 x float> %237)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0527, 2
  %exitcond619.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond619.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %270 = mul nsw i64 %204, %H
  %271 = getelementptr inbounds float, ptr %betah, i64 %270
  %272 = load float, ptr %271, align 4
  %273 = getelementptr inbounds float, ptr %vh, i64 %205
  %274 = load <8 x float>, ptr %273, align 4
  %275 = fsub <8 x float> %274, %251
  store <8 x float> %275, ptr %8, align 4
  %276 = insertelement <8 x float> poison, float %272, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = fmul <8 x float> %277, %275
  %279 = or disjoint i64 %205, 8
  %280 = getelementptr inbounds float, ptr %vh, i64 %279
  %281 = load <8 x float>, ptr %280, align 4
  %282 = fsub <8 x float> %281, %257
  store <8 x float> %282, ptr %9, align 4
  %283 = fmul <8 x float> %277, %282
  %284 = or disjoint i64 %205, 16
  %285 = getelementptr inbounds float, ptr %vh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = fsub <8 x float> %286, %263
  store <8 x float> %287, ptr %10, align 4
  %288 = fmul <8 x float> %277, %287
  %289 = or disjoint i64 %205, 24
  %290 = getelementptr inbounds float, ptr %vh, i64 %289
  %291 = load <8 x float>, ptr %290, align 4
  %292 = fsub <8 x float> %291, %269
  store <8 x float> %292, ptr %11, align 4
  %293 = fmul <8 x float> %277, %292
  %294 = icmp sgt i64 %71, 1
  br i1 %294, label %i6.head.preheader.lr.ph, label %tl1.exit

i6.head.preheader.lr.ph:                          ; preds = %i5.exit
  %295 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0546 = phi <8 x float> [ %278, %i6.head.preheader.lr.ph ], [ %503, %i7.exit ]
  %delta1.0545 = phi <8 x float> [ %283, %i6.head.preheader.lr.ph ], [ %510, %i7.exit ]
  %delta2.0544 = phi <8 x float> [ %288, %i6.head.preheader.lr.ph ], [ %517, %i7.exit ]
  %delta3.0543 = phi <8 x float> [ %293, %i6.head.preheader.lr.ph ], [ %524, %i7.exit ]
  %tl1.addr.0542 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %296 = add i64 %295, %tl1.addr.0542
  %297 = shl nsw i64 %296, 1
  %298 = or disjoint i64 %297, 1
  %299 = mul nsw i64 %298, %sq
  %300 = add nsw i64 %tl1.addr.0542, %t0
  %301 = mul i64 %12, %300
  %302 = mul nsw i64 %296, %sq
  %303 = getelementptr inbounds float, ptr %oh, i64 %302
  %304 = load <8 x float>, ptr %303, align 4
  %305 = shl nsw i64 %tl1.addr.0542, 10
  %306 = or disjoint i64 %302, 8
  %307 = getelementptr inbounds float, ptr %oh, i64 %306
  %308 = load <8 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %oh, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = or disjoint i64 %302, 24
  %313 = getelementptr inbounds float, ptr %oh, i64 %312
  %314 = load <8 x float>, ptr %313, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %293, %i5.exit ], [ %524, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %288, %i5.exit ], [ %517, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %283, %i5.exit ], [ %510, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %278, %i5.exit ], [ %503, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %315 = add nsw i64 %tlast, %t0
  %316 = shl nsw i64 %315, 1
  %317 = or disjoint i64 %316, 1
  %318 = mul nsw i64 %317, %sq
  %319 = mul nsw i64 %315, %sq
  %320 = getelementptr inbounds float, ptr %oh, i64 %319
  %321 = load <8 x float>, ptr %320, align 4
  %322 = or disjoint i64 %319, 8
  %323 = getelementptr inbounds float, ptr %oh, i64 %322
  %324 = load <8 x float>, ptr %323, align 4
  %325 = or disjoint i64 %319, 16
  %326 = getelementptr inbounds float, ptr %oh, i64 %325
  %327 = load <8 x float>, ptr %326, align 4
  %328 = or disjoint i64 %319, 24
  %329 = getelementptr inbounds float, ptr %oh, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %invariant.gep669 = getelementptr float, ptr %kh, i64 %318
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc8.0536 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %347, %i6.body ]
  %acc9.0535 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %355, %i6.body ]
  %acc10.0534 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %363, %i6.body ]
  %acc11.0533 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %371, %i6.body ]
  %i6.addr.0532 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %331 = getelementptr float, ptr %kh, i64 %i6.addr.0532
  %332 = getelementptr float, ptr %331, i64 %299
  %333 = load float, ptr %332, align 4
  %334 = getelementptr float, ptr %331, i64 %301
  %335 = load float, ptr %334, align 4
  %336 = insertelement <8 x float> poison, float %333, i64 0
  %337 = shufflevector <8 x float> %336, <8 x float> poison, <8 x i32> zeroinitializer
  %338 = shl nuw nsw i64 %i6.addr.0532, 5
  %339 = getelementptr inbounds float, ptr %Sroll, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta.0546, <8 x float> %340)
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %304, <8 x float> zeroinitializer)
  %343 = add nuw nsw i64 %338, %305
  %344 = getelementptr inbounds float, ptr %Sh, i64 %343
  store <8 x float> %341, ptr %344, align 4
  %345 = insertelement <8 x float> poison, float %335, i64 0
  %346 = shufflevector <8 x float> %345, <8 x float> poison, <8 x i32> zeroinitializer
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %341, <8 x float> %acc8.0536)
  %348 = or disjoint i64 %338, 8
  %349 = getelementptr inbounds float, ptr %Sroll, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta1.0545, <8 x float> %350)
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %308, <8 x float> %342)
  %353 = or disjoint i64 %343, 8
  %354 = getelementptr inbounds float, ptr %Sh, i64 %353
  store <8 x float> %351, ptr %354, align 4
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %351, <8 x float> %acc9.0535)
  %356 = or disjoint i64 %338, 16
  %357 = getelementptr inbounds float, ptr %Sroll, i64 %356
  %358 = load <8 x float>, ptr %357, align 4
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta2.0544, <8 x float> %358)
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %311, <8 x float> %352)
  %361 = or disjoint i64 %343, 16
  %362 = getelementptr inbounds float, ptr %Sh, i64 %361
  store <8 x float> %359, ptr %362, align 4
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %359, <8 x float> %acc10.0534)
  %364 = or disjoint i64 %338, 24
  %365 = getelementptr inbounds float, ptr %Sroll, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %delta3.0543, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %314, <8 x float> %360)
  %369 = or disjoint i64 %343, 24
  %370 = getelementptr inbounds float, ptr %Sh, i64 %369
  store <8 x float> %367, ptr %370, align 4
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %367, <8 x float> %acc11.0533)
  %372 = or disjoint i64 %i6.addr.0532, %302
  %373 = getelementptr inbounds float, ptr %qh1, i64 %372
  %374 = load float, ptr %373, align 4
  %375 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %376 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %377 = fadd <4 x float> %375, %376
  %378 = shufflevector <4 x float> %377, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %379 = shufflevector <4 x float> %377, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %380 = fadd <2 x float> %378, %379
  %shift = shufflevector <2 x float> %380, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %381 = fadd <2 x float> %380, %shift
  %382 = extractelement <2 x float> %381, i64 0
  %383 = fmul float %382, 0x3FC6A09E60000000
  %384 = fadd float %374, %383
  store float %384, ptr %373, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0532, 1
  %exitcond620.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond620.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %385 = shl nsw i64 %300, 1
  %386 = mul nsw i64 %385, %H
  %387 = getelementptr inbounds float, ptr %betah, i64 %386
  %388 = load float, ptr %387, align 4
  %389 = mul nsw i64 %385, %sq
  %390 = getelementptr inbounds float, ptr %vh, i64 %389
  %391 = load <8 x float>, ptr %390, align 4
  %392 = fsub <8 x float> %391, %347
  %393 = shl i64 %tl1.addr.0542, 6
  %394 = getelementptr inbounds float, ptr %R, i64 %393
  store <8 x float> %392, ptr %394, align 4
  %395 = insertelement <8 x float> poison, float %388, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = fmul <8 x float> %396, %392
  %398 = or disjoint i64 %389, 8
  %399 = getelementptr inbounds float, ptr %vh, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = fsub <8 x float> %400, %355
  %402 = or disjoint i64 %393, 8
  %403 = getelementptr inbounds float, ptr %R, i64 %402
  store <8 x float> %401, ptr %403, align 4
  %404 = fmul <8 x float> %396, %401
  %405 = or disjoint i64 %389, 16
  %406 = getelementptr inbounds float, ptr %vh, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = fsub <8 x float> %407, %363
  %409 = or disjoint i64 %393, 16
  %410 = getelementptr inbounds float, ptr %R, i64 %409
  store <8 x float> %408, ptr %410, align 4
  %411 = fmul <8 x float> %396, %408
  %412 = or disjoint i64 %389, 24
  %413 = getelementptr inbounds float, ptr %vh, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = fsub <8 x float> %414, %371
  %416 = or disjoint i64 %393, 24
  %417 = getelementptr inbounds float, ptr %R, i64 %416
  store <8 x float> %415, ptr %417, align 4
  %418 = fmul <8 x float> %396, %415
  %419 = or disjoint i64 %385, 1
  %420 = mul nsw i64 %419, %sq
  %invariant.gep667 = getelementptr float, ptr %kh, i64 %420
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0541 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %471, %i7.body ]
  %acc13.0540 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %478, %i7.body ]
  %acc14.0539 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %485, %i7.body ]
  %acc15.0538 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %492, %i7.body ]
  %i7.addr.0537 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %421 = or disjoint i64 %i7.addr.0537, %389
  %422 = getelementptr inbounds float, ptr %kh, i64 %421
  %423 = load float, ptr %422, align 4
  %gep668 = getelementptr float, ptr %invariant.gep667, i64 %i7.addr.0537
  %424 = load float, ptr %gep668, align 4
  %425 = insertelement <8 x float> poison, float %423, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = shl nuw nsw i64 %i7.addr.0537, 5
  %428 = add nuw nsw i64 %427, %305
  %429 = getelementptr inbounds float, ptr %Sh, i64 %428
  %430 = load <8 x float>, ptr %429, align 4
  %431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %397, <8 x float> %430)
  %432 = getelementptr inbounds float, ptr %Sroll, i64 %427
  store <8 x float> %431, ptr %432, align 4
  %433 = insertelement <8 x float> poison, float %424, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %431, <8 x float> %acc12.0541)
  %436 = or disjoint i64 %428, 8
  %437 = getelementptr inbounds float, ptr %Sh, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %404, <8 x float> %438)
  %440 = or disjoint i64 %427, 8
  %441 = getelementptr inbounds float, ptr %Sroll, i64 %440
  store <8 x float> %439, ptr %441, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %439, <8 x float> %acc13.0540)
  %443 = or disjoint i64 %428, 16
  %444 = getelementptr inbounds float, ptr %Sh, i64 %443
  %445 = load <8 x float>, ptr %444, align 4
  %446 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %411, <8 x float> %445)
  %447 = or disjoint i64 %427, 16
  %448 = getelementptr inbounds float, ptr %Sroll, i64 %447
  store <8 x float> %446, ptr %448, align 4
  %449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %446, <8 x float> %acc14.0539)
  %450 = or disjoint i64 %428, 24
  %451 = getelementptr inbounds float, ptr %Sh, i64 %450
  %452 = load <8 x float>, ptr %451, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %418, <8 x float> %452)
  %454 = or disjoint i64 %427, 24
  %455 = getelementptr inbounds float, ptr %Sroll, i64 %454
  store <8 x float> %453, ptr %455, align 4
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %453, <8 x float> %acc15.0538)
  %i7.next = or disjoint i64 %i7.addr.0537, 1
  %457 = or disjoint i64 %i7.next, %389
  %458 = getelementptr inbounds float, ptr %kh, i64 %457
  %459 = load float, ptr %458, align 4
  %gep668.1 = getelementptr float, ptr %invariant.gep667, i64 %i7.next
  %460 = load float, ptr %gep668.1, align 4
  %461 = insertelement <8 x float> poison, float %459, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = shl nuw nsw i64 %i7.next, 5
  %464 = add nuw nsw i64 %463, %305
  %465 = getelementptr inbounds float, ptr %Sh, i64 %464
  %466 = load <8 x float>, ptr %465, align 4
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %397, <8 x float> %466)
  %468 = getelementptr inbounds float, ptr %Sroll, i64 %463
  store <8 x float> %467, ptr %468, align 4
  %469 = insertelement <8 x float> poison, float %460, i64 0
  %470 = shufflevector <8 x float> %469, <8 x float> poison, <8 x i32> zeroinitializer
  %471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %467, <8 x float> %435)
  %472 = or disjoint i64 %464, 8
  %473 = getelementptr inbounds float, ptr %Sh, i64 %472
  %474 = load <8 x float>, ptr %473, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %404, <8 x float> %474)
  %476 = or disjoint i64 %463, 8
  %477 = getelementptr inbounds float, ptr %Sroll, i64 %476
  store <8 x float> %475, ptr %477, align 4
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %475, <8 x float> %442)
  %479 = or disjoint i64 %464, 16
  %480 = getelementptr inbounds float, ptr %Sh, i64 %479
  %481 = load <8 x float>, ptr %480, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %411, <8 x float> %481)
  %483 = or disjoint i64 %463, 16
  %484 = getelementptr inbounds float, ptr %Sroll, i64 %483
  store <8 x float> %482, ptr %484, align 4
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %482, <8 x float> %449)
  %486 = or disjoint i64 %464, 24
  %487 = getelementptr inbounds float, ptr %Sh, i64 %486
  %488 = load <8 x float>, ptr %487, align 4
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %418, <8 x float> %488)
  %490 = or disjoint i64 %463, 24
  %491 = getelementptr inbounds float, ptr %Sroll, i64 %490
  store <8 x float> %489, ptr %491, align 4
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> %489, <8 x float> %456)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0537, 2
  %exitcond621.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond621.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %493 = mul nsw i64 %419, %H
  %494 = getelementptr inbounds float, ptr %betah, i64 %493
  %495 = load float, ptr %494, align 4
  %496 = getelementptr inbounds float, ptr %vh, i64 %420
  %497 = load <8 x float>, ptr %496, align 4
  %498 = fsub <8 x float> %497, %471
  %499 = or disjoint i64 %393, 32
  %500 = getelementptr inbounds float, ptr %R, i64 %499
  store <8 x float> %498, ptr %500, align 4
  %501 = insertelement <8 x float> poison, float %495, i64 0
  %502 = shufflevector <8 x float> %501, <8 x float> poison, <8 x i32> zeroinitializer
  %503 = fmul <8 x float> %502, %498
  %504 = or disjoint i64 %420, 8
  %505 = getelementptr inbounds float, ptr %vh, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = fsub <8 x float> %506, %478
  %508 = or disjoint i64 %393, 40
  %509 = getelementptr inbounds float, ptr %R, i64 %508
  store <8 x float> %507, ptr %509, align 4
  %510 = fmul <8 x float> %502, %507
  %511 = or disjoint i64 %420, 16
  %512 = getelementptr inbounds float, ptr %vh, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = fsub <8 x float> %513, %485
  %515 = or disjoint i64 %393, 48
  %516 = getelementptr inbounds float, ptr %R, i64 %515
  store <8 x float> %514, ptr %516, align 4
  %517 = fmul <8 x float> %502, %514
  %518 = or disjoint i64 %420, 24
  %519 = getelementptr inbounds float, ptr %vh, i64 %518
  %520 = load <8 x float>, ptr %519, align 4
  %521 = fsub <8 x float> %520, %492
  %522 = or disjoint i64 %393, 56
  %523 = getelementptr inbounds float, ptr %R, i64 %522
  store <8 x float> %521, ptr %523, align 4
  %524 = fmul <8 x float> %502, %521
  %tl1.next = add nuw nsw i64 %tl1.addr.0542, 1
  %exitcond624.not = icmp eq i64 %tl1.next, %smax623
  br i1 %exitcond624.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %72, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0550 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep670 = getelementptr float, ptr %invariant.gep669, i64 %i8.addr.0550
  %525 = load float, ptr %gep670, align 4
  %526 = insertelement <8 x float> poison, float %525, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = shl nuw nsw i64 %i8.addr.0550, 5
  %529 = getelementptr inbounds float, ptr %Sroll, i64 %528
  %530 = load <8 x float>, ptr %529, align 4
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta.0.lcssa, <8 x float> %530)
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %321, <8 x float> zeroinitializer)
  %533 = or disjoint i64 %528, 8
  %534 = getelementptr inbounds float, ptr %Sroll, i64 %533
  %535 = load <8 x float>, ptr %534, align 4
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta1.0.lcssa, <8 x float> %535)
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %324, <8 x float> %532)
  %538 = or disjoint i64 %528, 16
  %539 = getelementptr inbounds float, ptr %Sroll, i64 %538
  %540 = load <8 x float>, ptr %539, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta2.0.lcssa, <8 x float> %540)
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %327, <8 x float> %537)
  %543 = or disjoint i64 %528, 24
  %544 = getelementptr inbounds float, ptr %Sroll, i64 %543
  %545 = load <8 x float>, ptr %544, align 4
  %546 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %delta3.0.lcssa, <8 x float> %545)
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %330, <8 x float> %542)
  %548 = or disjoint i64 %i8.addr.0550, %319
  %549 = getelementptr inbounds float, ptr %qh1, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = shufflevector <8 x float> %547, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %552 = shufflevector <8 x float> %547, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %553 = fadd <4 x float> %551, %552
  %554 = shufflevector <4 x float> %553, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %555 = shufflevector <4 x float> %553, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %556 = fadd <2 x float> %554, %555
  %shift698 = shufflevector <2 x float> %556, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %557 = fadd <2 x float> %556, %shift698
  %558 = extractelement <2 x float> %557, i64 0
  %559 = fmul float %558, 0x3FC6A09E60000000
  %560 = fadd float %550, %559
  store float %560, ptr %549, align 4
  %i8.next = or disjoint i64 %i8.addr.0550, 1
  %gep670.1 = getelementptr float, ptr %invariant.gep669, i64 %i8.next
  %561 = load float, ptr %gep670.1, align 4
  %562 = insertelement <8 x float> poison, float %561, i64 0
  %563 = shufflevector <8 x float> %562, <8 x float> poison, <8 x i32> zeroinitializer
  %564 = shl nuw nsw i64 %i8.next, 5
  %565 = getelementptr inbounds float, ptr %Sroll, i64 %564
  %566 = load <8 x float>, ptr %565, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta.0.lcssa, <8 x float> %566)
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %321, <8 x float> zeroinitializer)
  %569 = or disjoint i64 %564, 8
  %570 = getelementptr inbounds float, ptr %Sroll, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta1.0.lcssa, <8 x float> %571)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %324, <8 x float> %568)
  %574 = or disjoint i64 %564, 16
  %575 = getelementptr inbounds float, ptr %Sroll, i64 %574
  %576 = load <8 x float>, ptr %575, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta2.0.lcssa, <8 x float> %576)
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %327, <8 x float> %573)
  %579 = or disjoint i64 %564, 24
  %580 = getelementptr inbounds float, ptr %Sroll, i64 %579
  %581 = load <8 x float>, ptr %580, align 4
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %delta3.0.lcssa, <8 x float> %581)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %330, <8 x float> %578)
  %584 = or disjoint i64 %i8.next, %319
  %585 = getelementptr inbounds float, ptr %qh1, i64 %584
  %586 = load float, ptr %585, align 4
  %587 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %588 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %589 = fadd <4 x float> %587, %588
  %590 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %591 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %592 = fadd <2 x float> %590, %591
  %shift698.1 = shufflevector <2 x float> %592, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %593 = fadd <2 x float> %592, %shift698.1
  %594 = extractelement <2 x float> %593, i64 0
  %595 = fmul float %594, 0x3FC6A09E60000000
  %596 = fadd float %586, %595
  store float %596, ptr %585, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0550, 2
  %exitcond625.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond625.not.1, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %597 = fneg float %181
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0573 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0573
  %598 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %598, i64 %tlast)
  %599 = add nsw i64 %ptl, %t0
  %600 = shl nsw i64 %599, 1
  %601 = mul nsw i64 %600, %H
  %602 = getelementptr inbounds float, ptr %betah, i64 %601
  %603 = load float, ptr %602, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %604 = icmp slt i64 %598, %L
  %.neg = fneg float %603
  %605 = select i1 %604, float %.neg, float -0.000000e+00
  %606 = mul nsw i64 %600, %sq
  %607 = shl nsw i64 %ptl, 10
  %608 = shl nsw i64 %ptl, 6
  %609 = getelementptr inbounds float, ptr %R, i64 %608
  %610 = or disjoint i64 %608, 8
  %611 = getelementptr inbounds float, ptr %R, i64 %610
  %612 = or disjoint i64 %608, 16
  %613 = getelementptr inbounds float, ptr %R, i64 %612
  %614 = or disjoint i64 %608, 24
  %615 = getelementptr inbounds float, ptr %R, i64 %614
  %616 = add nsw i64 %tl2, %t0
  %617 = mul nsw i64 %616, %sq
  %618 = getelementptr inbounds float, ptr %oh, i64 %617
  %619 = load <8 x float>, ptr %618, align 4
  %620 = or disjoint i64 %617, 8
  %621 = getelementptr inbounds float, ptr %oh, i64 %620
  %622 = load <8 x float>, ptr %621, align 4
  %623 = or disjoint i64 %617, 16
  %624 = getelementptr inbounds float, ptr %oh, i64 %623
  %625 = load <8 x float>, ptr %624, align 4
  %626 = or disjoint i64 %617, 24
  %627 = getelementptr inbounds float, ptr %oh, i64 %626
  %628 = load <8 x float>, ptr %627, align 4
  %629 = shl nsw i64 %616, 1
  %630 = or disjoint i64 %629, 1
  %631 = mul nsw i64 %630, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0556 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %711, %i10.body ]
  %dsk1.0555 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %712, %i10.body ]
  %dsk2.0554 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %713, %i10.body ]
  %dsk3.0553 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %714, %i10.body ]
  %i10.addr.0552 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %632 = shl nuw nsw i64 %i10.addr.0552, 5
  %633 = getelementptr inbounds float, ptr %dS, i64 %632
  %634 = load <8 x float>, ptr %633, align 4
  %635 = or disjoint i64 %632, 8
  %636 = getelementptr inbounds float, ptr %dS, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = or disjoint i64 %632, 16
  %639 = getelementptr inbounds float, ptr %dS, i64 %638
  %640 = load <8 x float>, ptr %639, align 4
  %641 = or disjoint i64 %632, 24
  %642 = getelementptr inbounds float, ptr %dS, i64 %641
  %643 = load <8 x float>, ptr %642, align 4
  %644 = getelementptr float, ptr %kh, i64 %i10.addr.0552
  %645 = getelementptr float, ptr %644, i64 %606
  %646 = load float, ptr %645, align 4
  %647 = fmul float %605, %646
  %648 = load <8 x float>, ptr %dSkPrev, align 4
  %649 = add nuw nsw i64 %632, %607
  %650 = getelementptr inbounds float, ptr %Sh, i64 %649
  %651 = load <8 x float>, ptr %650, align 4
  %652 = load <8 x float>, ptr %609, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %634, <8 x float> %652, <8 x float> zeroinitializer)
  %654 = fneg <8 x float> %651
  %655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> %648, <8 x float> %653)
  %656 = insertelement <8 x float> poison, float %647, i64 0
  %657 = shufflevector <8 x float> %656, <8 x float> poison, <8 x i32> zeroinitializer
  %658 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %648, <8 x float> %634)
  %659 = load <8 x float>, ptr %13, align 4
  %660 = or disjoint i64 %649, 8
  %661 = getelementptr inbounds float, ptr %Sh, i64 %660
  %662 = load <8 x float>, ptr %661, align 4
  %663 = load <8 x float>, ptr %611, align 4
  %664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %663, <8 x float> %655)
  %665 = fneg <8 x float> %662
  %666 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %659, <8 x float> %664)
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %659, <8 x float> %637)
  %668 = load <8 x float>, ptr %14, align 4
  %669 = or disjoint i64 %649, 16
  %670 = getelementptr inbounds float, ptr %Sh, i64 %669
  %671 = load <8 x float>, ptr %670, align 4
  %672 = load <8 x float>, ptr %613, align 4
  %673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %672, <8 x float> %666)
  %674 = fneg <8 x float> %671
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %668, <8 x float> %673)
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %668, <8 x float> %640)
  %677 = load <8 x float>, ptr %15, align 4
  %678 = or disjoint i64 %649, 24
  %679 = getelementptr inbounds float, ptr %Sh, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  %681 = load <8 x float>, ptr %615, align 4
  %682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %681, <8 x float> %675)
  %683 = fneg <8 x float> %680
  %684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %677, <8 x float> %682)
  %685 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %657, <8 x float> %677, <8 x float> %643)
  %686 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0552
  %687 = load float, ptr %686, align 4
  %688 = shufflevector <8 x float> %684, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %689 = shufflevector <8 x float> %684, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %690 = fadd <4 x float> %688, %689
  %691 = shufflevector <4 x float> %690, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %692 = shufflevector <4 x float> %690, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %693 = fadd <2 x float> %691, %692
  %shift699 = shufflevector <2 x float> %693, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %694 = fadd <2 x float> %693, %shift699
  %695 = extractelement <2 x float> %694, i64 0
  %696 = fadd float %687, %695
  store float %696, ptr %686, align 4
  %697 = or disjoint i64 %i10.addr.0552, %617
  %698 = getelementptr inbounds float, ptr %qh, i64 %697
  %699 = load float, ptr %698, align 4
  %700 = fmul float %699, 0x3FC6A09E60000000
  %701 = insertelement <8 x float> poison, float %700, i64 0
  %702 = shufflevector <8 x float> %701, <8 x float> poison, <8 x i32> zeroinitializer
  %703 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %619, <8 x float> %658)
  %704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %622, <8 x float> %667)
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %625, <8 x float> %676)
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %628, <8 x float> %685)
  %707 = getelementptr float, ptr %644, i64 %631
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> poison, float %708, i64 0
  %710 = shufflevector <8 x float> %709, <8 x float> poison, <8 x i32> zeroinitializer
  %711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %703, <8 x float> %dsk.0556)
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %704, <8 x float> %dsk1.0555)
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %705, <8 x float> %dsk2.0554)
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %706, <8 x float> %dsk3.0553)
  store <8 x float> %703, ptr %633, align 4
  store <8 x float> %704, ptr %636, align 4
  store <8 x float> %705, ptr %639, align 4
  store <8 x float> %706, ptr %642, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0552, 1
  %exitcond626.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond626.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %711, ptr %dSk, align 4
  store <8 x float> %712, ptr %16, align 4
  store <8 x float> %713, ptr %17, align 4
  store <8 x float> %714, ptr %18, align 4
  br i1 %604, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %715 = insertelement <8 x float> poison, float %603, i64 0
  %716 = shufflevector <8 x float> %715, <8 x float> poison, <8 x i32> zeroinitializer
  %717 = load <8 x float>, ptr %dkTmp, align 4
  %718 = fmul <8 x float> %716, %717
  %719 = getelementptr float, ptr %kh1, i64 %606
  store <8 x float> %718, ptr %719, align 4
  %720 = load <8 x float>, ptr %32, align 4
  %721 = fmul <8 x float> %716, %720
  %722 = getelementptr float, ptr %59, i64 %606
  store <8 x float> %721, ptr %722, align 4
  %723 = load <8 x float>, ptr %33, align 4
  %724 = fmul <8 x float> %716, %723
  %725 = getelementptr float, ptr %60, i64 %606
  store <8 x float> %724, ptr %725, align 4
  %726 = load <8 x float>, ptr %34, align 4
  %727 = fmul <8 x float> %716, %726
  %728 = getelementptr float, ptr %61, i64 %606
  store <8 x float> %727, ptr %728, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %729 = mul nsw i64 %630, %H
  %730 = getelementptr inbounds float, ptr %betah, i64 %729
  %731 = load float, ptr %730, align 4
  %732 = insertelement <8 x float> poison, float %731, i64 0
  %733 = shufflevector <8 x float> %732, <8 x float> poison, <8 x i32> zeroinitializer
  %734 = fmul <8 x float> %733, %711
  %735 = getelementptr float, ptr %vh1, i64 %631
  store <8 x float> %734, ptr %735, align 4
  %736 = fmul <8 x float> %733, %712
  %737 = getelementptr float, ptr %62, i64 %631
  store <8 x float> %736, ptr %737, align 4
  %738 = fmul <8 x float> %733, %713
  %739 = getelementptr float, ptr %63, i64 %631
  store <8 x float> %738, ptr %739, align 4
  %740 = fmul <8 x float> %733, %714
  %741 = getelementptr float, ptr %64, i64 %631
  store <8 x float> %740, ptr %741, align 4
  %.idx582 = shl i64 %tl2, 8
  %742 = getelementptr i8, ptr %R, i64 %.idx582
  %743 = getelementptr i8, ptr %742, i64 128
  %744 = load <8 x float>, ptr %743, align 4
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> %744, <8 x float> zeroinitializer)
  %746 = getelementptr i8, ptr %35, i64 %.idx582
  %747 = getelementptr i8, ptr %746, i64 128
  %748 = load <8 x float>, ptr %747, align 4
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %748, <8 x float> %745)
  %750 = getelementptr i8, ptr %36, i64 %.idx582
  %751 = getelementptr i8, ptr %750, i64 128
  %752 = load <8 x float>, ptr %751, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> %752, <8 x float> %749)
  %754 = getelementptr i8, ptr %37, i64 %.idx582
  %755 = getelementptr i8, ptr %754, i64 128
  %756 = load <8 x float>, ptr %755, align 4
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %756, <8 x float> %753)
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %759 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %760 = fadd <4 x float> %758, %759
  %761 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %762 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %763 = fadd <2 x float> %761, %762
  %shift700 = shufflevector <2 x float> %763, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %764 = fadd <2 x float> %763, %shift700
  %765 = extractelement <2 x float> %764, i64 0
  %766 = getelementptr inbounds float, ptr %betah1, i64 %729
  store float %765, ptr %766, align 4
  store <8 x float> %711, ptr %dSkPrev, align 4
  store <8 x float> %712, ptr %38, align 4
  store <8 x float> %713, ptr %39, align 4
  store <8 x float> %714, ptr %40, align 4
  %767 = mul nsw i64 %629, %H
  %768 = getelementptr inbounds float, ptr %betah, i64 %767
  %769 = load float, ptr %768, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %770 = fneg float %731
  %771 = mul nsw i64 %629, %sq
  %772 = shl nsw i64 %tl2, 10
  %773 = shl i64 %tl2, 6
  %774 = getelementptr inbounds float, ptr %R, i64 %773
  %775 = or disjoint i64 %773, 32
  %776 = getelementptr inbounds float, ptr %R, i64 %775
  %777 = or disjoint i64 %773, 8
  %778 = getelementptr inbounds float, ptr %R, i64 %777
  %779 = or disjoint i64 %773, 40
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  %781 = or disjoint i64 %773, 16
  %782 = getelementptr inbounds float, ptr %R, i64 %781
  %783 = or disjoint i64 %773, 48
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  %785 = or disjoint i64 %773, 24
  %786 = getelementptr inbounds float, ptr %R, i64 %785
  %787 = or disjoint i64 %773, 56
  %788 = getelementptr inbounds float, ptr %R, i64 %787
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0567 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0566 = phi <8 x float> [ zeroinitializer, %endif ], [ %872, %i16.body ]
  %dsk6.0565 = phi <8 x float> [ zeroinitializer, %endif ], [ %871, %i16.body ]
  %dsk5.0564 = phi <8 x float> [ zeroinitializer, %endif ], [ %870, %i16.body ]
  %dsk4.0563 = phi <8 x float> [ zeroinitializer, %endif ], [ %869, %i16.body ]
  %789 = shl nuw nsw i64 %i16.addr.0567, 5
  %790 = getelementptr inbounds float, ptr %dS, i64 %789
  %791 = load <8 x float>, ptr %790, align 4
  %792 = or disjoint i64 %789, 8
  %793 = getelementptr inbounds float, ptr %dS, i64 %792
  %794 = load <8 x float>, ptr %793, align 4
  %795 = or disjoint i64 %789, 16
  %796 = getelementptr inbounds float, ptr %dS, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = or disjoint i64 %789, 24
  %799 = getelementptr inbounds float, ptr %dS, i64 %798
  %800 = load <8 x float>, ptr %799, align 4
  %801 = getelementptr float, ptr %kh, i64 %i16.addr.0567
  %802 = getelementptr float, ptr %801, i64 %631
  %803 = load float, ptr %802, align 4
  %804 = fmul float %803, %770
  %805 = getelementptr float, ptr %801, i64 %771
  %806 = load float, ptr %805, align 4
  %807 = fmul float %769, %806
  %808 = load <8 x float>, ptr %dSkPrev, align 4
  %809 = add nuw nsw i64 %789, %772
  %810 = getelementptr inbounds float, ptr %Sh, i64 %809
  %811 = load <8 x float>, ptr %810, align 4
  %812 = load <8 x float>, ptr %774, align 4
  %813 = insertelement <8 x float> poison, float %807, i64 0
  %814 = shufflevector <8 x float> %813, <8 x float> poison, <8 x i32> zeroinitializer
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %812, <8 x float> %811)
  %816 = load <8 x float>, ptr %776, align 4
  %817 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %816, <8 x float> zeroinitializer)
  %818 = fneg <8 x float> %815
  %819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %818, <8 x float> %808, <8 x float> %817)
  %820 = insertelement <8 x float> poison, float %804, i64 0
  %821 = shufflevector <8 x float> %820, <8 x float> poison, <8 x i32> zeroinitializer
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %808, <8 x float> %791)
  %823 = load <8 x float>, ptr %13, align 4
  %824 = or disjoint i64 %809, 8
  %825 = getelementptr inbounds float, ptr %Sh, i64 %824
  %826 = load <8 x float>, ptr %825, align 4
  %827 = load <8 x float>, ptr %778, align 4
  %828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %827, <8 x float> %826)
  %829 = load <8 x float>, ptr %780, align 4
  %830 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %829, <8 x float> %819)
  %831 = fneg <8 x float> %828
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %823, <8 x float> %830)
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %823, <8 x float> %794)
  %834 = load <8 x float>, ptr %14, align 4
  %835 = or disjoint i64 %809, 16
  %836 = getelementptr inbounds float, ptr %Sh, i64 %835
  %837 = load <8 x float>, ptr %836, align 4
  %838 = load <8 x float>, ptr %782, align 4
  %839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %838, <8 x float> %837)
  %840 = load <8 x float>, ptr %784, align 4
  %841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %840, <8 x float> %832)
  %842 = fneg <8 x float> %839
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %834, <8 x float> %841)
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %834, <8 x float> %797)
  %845 = load <8 x float>, ptr %15, align 4
  %846 = or disjoint i64 %809, 24
  %847 = getelementptr inbounds float, ptr %Sh, i64 %846
  %848 = load <8 x float>, ptr %847, align 4
  %849 = load <8 x float>, ptr %786, align 4
  %850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %849, <8 x float> %848)
  %851 = load <8 x float>, ptr %788, align 4
  %852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> %851, <8 x float> %843)
  %853 = fneg <8 x float> %850
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %845, <8 x float> %852)
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %845, <8 x float> %800)
  %856 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0567
  %857 = load float, ptr %856, align 4
  %858 = shufflevector <8 x float> %854, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %859 = shufflevector <8 x float> %854, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %860 = fadd <4 x float> %858, %859
  %861 = shufflevector <4 x float> %860, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %862 = shufflevector <4 x float> %860, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %863 = fadd <2 x float> %861, %862
  %shift701 = shufflevector <2 x float> %863, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %864 = fadd <2 x float> %863, %shift701
  %865 = extractelement <2 x float> %864, i64 0
  %866 = fadd float %857, %865
  store float %866, ptr %856, align 4
  %867 = insertelement <8 x float> poison, float %806, i64 0
  %868 = shufflevector <8 x float> %867, <8 x float> poison, <8 x i32> zeroinitializer
  %869 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %822, <8 x float> %dsk4.0563)
  %870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %833, <8 x float> %dsk5.0564)
  %871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %844, <8 x float> %dsk6.0565)
  %872 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %868, <8 x float> %855, <8 x float> %dsk7.0566)
  store <8 x float> %822, ptr %790, align 4
  store <8 x float> %833, ptr %793, align 4
  store <8 x float> %844, ptr %796, align 4
  store <8 x float> %855, ptr %799, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0567, 1
  %exitcond627.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond627.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %869, ptr %dSk, align 4
  store <8 x float> %870, ptr %16, align 4
  store <8 x float> %871, ptr %17, align 4
  store <8 x float> %872, ptr %18, align 4
  %873 = load <8 x float>, ptr %dkTmp, align 4
  %874 = fmul <8 x float> %733, %873
  %875 = getelementptr float, ptr %kh1, i64 %631
  store <8 x float> %874, ptr %875, align 4
  %876 = load <8 x float>, ptr %41, align 4
  %877 = fmul <8 x float> %733, %876
  %878 = getelementptr float, ptr %65, i64 %631
  store <8 x float> %877, ptr %878, align 4
  %879 = load <8 x float>, ptr %42, align 4
  %880 = fmul <8 x float> %733, %879
  %881 = getelementptr float, ptr %66, i64 %631
  store <8 x float> %880, ptr %881, align 4
  %882 = load <8 x float>, ptr %43, align 4
  %883 = fmul <8 x float> %733, %882
  %884 = getelementptr float, ptr %67, i64 %631
  store <8 x float> %883, ptr %884, align 4
  %885 = insertelement <8 x float> poison, float %769, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = fmul <8 x float> %886, %869
  %888 = getelementptr float, ptr %vh1, i64 %771
  store <8 x float> %887, ptr %888, align 4
  %889 = fmul <8 x float> %886, %870
  %890 = getelementptr float, ptr %62, i64 %771
  store <8 x float> %889, ptr %890, align 4
  %891 = fmul <8 x float> %886, %871
  %892 = getelementptr float, ptr %63, i64 %771
  store <8 x float> %891, ptr %892, align 4
  %893 = fmul <8 x float> %886, %872
  %894 = getelementptr float, ptr %64, i64 %771
  store <8 x float> %893, ptr %894, align 4
  %895 = load <8 x float>, ptr %742, align 4
  %896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %869, <8 x float> %895, <8 x float> zeroinitializer)
  %897 = load <8 x float>, ptr %746, align 4
  %898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> %897, <8 x float> %896)
  %899 = load <8 x float>, ptr %750, align 4
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %899, <8 x float> %898)
  %901 = load <8 x float>, ptr %754, align 4
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %901, <8 x float> %900)
  %903 = shufflevector <8 x float> %902, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %904 = shufflevector <8 x float> %902, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %905 = fadd <4 x float> %903, %904
  %906 = shufflevector <4 x float> %905, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %907 = shufflevector <4 x float> %905, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %908 = fadd <2 x float> %906, %907
  %shift702 = shufflevector <2 x float> %908, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %909 = fadd <2 x float> %908, %shift702
  %910 = extractelement <2 x float> %909, i64 0
  %911 = getelementptr inbounds float, ptr %betah1, i64 %767
  store float %910, ptr %911, align 4
  store <8 x float> %869, ptr %dSkPrev, align 4
  store <8 x float> %870, ptr %38, align 4
  store <8 x float> %871, ptr %39, align 4
  store <8 x float> %872, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0573, 1
  %exitcond630.not = icmp eq i64 %tt.next, %smax629
  br i1 %exitcond630.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %j12.head.preheader, %i22.body
  %i22.addr.0575 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next, %i22.body ]
  %912 = shl nuw nsw i64 %i22.addr.0575, 5
  %913 = getelementptr inbounds float, ptr %dS, i64 %912
  %914 = load <8 x float>, ptr %913, align 4
  %915 = or disjoint i64 %912, 8
  %916 = getelementptr inbounds float, ptr %dS, i64 %915
  %917 = load <8 x float>, ptr %916, align 4
  %918 = or disjoint i64 %912, 16
  %919 = getelementptr inbounds float, ptr %dS, i64 %918
  %920 = load <8 x float>, ptr %919, align 4
  %921 = or disjoint i64 %912, 24
  %922 = getelementptr inbounds float, ptr %dS, i64 %921
  %923 = load <8 x float>, ptr %922, align 4
  %924 = or disjoint i64 %i22.addr.0575, %182
  %925 = getelementptr inbounds float, ptr %kh, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = fmul float %926, %597
  %928 = load <8 x float>, ptr %dSkPrev, align 4
  %929 = getelementptr inbounds float, ptr %Sh, i64 %912
  %930 = load <8 x float>, ptr %929, align 4
  %931 = load <8 x float>, ptr %R, align 4
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %931, <8 x float> zeroinitializer)
  %933 = fneg <8 x float> %930
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> %928, <8 x float> %932)
  %935 = insertelement <8 x float> poison, float %927, i64 0
  %936 = shufflevector <8 x float> %935, <8 x float> poison, <8 x i32> zeroinitializer
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %928, <8 x float> %914)
  %938 = load <8 x float>, ptr %13, align 4
  %939 = getelementptr inbounds float, ptr %Sh, i64 %915
  %940 = load <8 x float>, ptr %939, align 4
  %941 = load <8 x float>, ptr %5, align 4
  %942 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %917, <8 x float> %941, <8 x float> %934)
  %943 = fneg <8 x float> %940
  %944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %943, <8 x float> %938, <8 x float> %942)
  %945 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %938, <8 x float> %917)
  %946 = load <8 x float>, ptr %14, align 4
  %947 = getelementptr inbounds float, ptr %Sh, i64 %918
  %948 = load <8 x float>, ptr %947, align 4
  %949 = load <8 x float>, ptr %6, align 4
  %950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %920, <8 x float> %949, <8 x float> %944)
  %951 = fneg <8 x float> %948
  %952 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %951, <8 x float> %946, <8 x float> %950)
  %953 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %946, <8 x float> %920)
  %954 = load <8 x float>, ptr %15, align 4
  %955 = getelementptr inbounds float, ptr %Sh, i64 %921
  %956 = load <8 x float>, ptr %955, align 4
  %957 = load <8 x float>, ptr %7, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> %957, <8 x float> %952)
  %959 = fneg <8 x float> %956
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %954, <8 x float> %958)
  %961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %954, <8 x float> %923)
  %962 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0575
  %963 = load float, ptr %962, align 4
  %964 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %965 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %966 = fadd <4 x float> %964, %965
  %967 = shufflevector <4 x float> %966, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %968 = shufflevector <4 x float> %966, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %969 = fadd <2 x float> %967, %968
  %shift703 = shufflevector <2 x float> %969, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %970 = fadd <2 x float> %969, %shift703
  %971 = extractelement <2 x float> %970, i64 0
  %972 = fadd float %963, %971
  store float %972, ptr %962, align 4
  store <8 x float> %937, ptr %913, align 4
  store <8 x float> %945, ptr %916, align 4
  store <8 x float> %953, ptr %919, align 4
  store <8 x float> %961, ptr %922, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0575, 1
  %exitcond631.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond631.not, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %973 = load <8 x float>, ptr %dkTmp, align 4
  %974 = fmul <8 x float> %187, %973
  %975 = getelementptr inbounds float, ptr %kh1, i64 %182
  store <8 x float> %974, ptr %975, align 4
  %976 = load <8 x float>, ptr %44, align 4
  %977 = fmul <8 x float> %187, %976
  %978 = getelementptr inbounds float, ptr %kh1, i64 %189
  store <8 x float> %977, ptr %978, align 4
  %979 = load <8 x float>, ptr %45, align 4
  %980 = fmul <8 x float> %187, %979
  %981 = getelementptr inbounds float, ptr %kh1, i64 %194
  store <8 x float> %980, ptr %981, align 4
  %982 = load <8 x float>, ptr %46, align 4
  %983 = fmul <8 x float> %187, %982
  %984 = getelementptr inbounds float, ptr %kh1, i64 %199
  store <8 x float> %983, ptr %984, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0577, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond633.not = icmp eq i64 %cc.next, %smax632
  br i1 %exitcond633.not, label %i24.head.preheader, label %cc.body
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
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
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
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0208, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0189 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %57, %i.body ]
  %acc1.0188 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %61, %i.body ]
  %acc2.0187 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc3.0186 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc4.0185 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %78, %i.body ]
  %acc5.0184 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %82, %i.body ]
  %acc6.0183 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc7.0182 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0181, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <8 x float>, ptr %12, align 4
  %14 = insertelement <8 x float> poison, float %10, i64 0
  %15 = shufflevector <8 x float> %14, <8 x float> poison, <8 x i32> zeroinitializer
  %16 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %13, <8 x float> %acc.0189)
  %17 = or disjoint i64 %11, 8
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <8 x float>, ptr %18, align 4
  %20 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %19, <8 x float> %acc1.0188)
  %21 = or disjoint i64 %11, 16
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <8 x float>, ptr %22, align 4
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %23, <8 x float> %acc2.0187)
  %25 = or disjoint i64 %11, 24
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %27, <8 x float> %acc3.0186)
  %29 = or disjoint i64 %i.addr.0181, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 5
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <8 x float>, ptr %33, align 4
  %35 = insertelement <8 x float> poison, float %31, i64 0
  %36 = shufflevector <8 x float> %35, <8 x float> poison, <8 x i32> zeroinitializer
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %34, <8 x float> %acc4.0185)
  %38 = or disjoint i64 %32, 8
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <8 x float>, ptr %39, align 4
  %41 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %40, <8 x float> %acc5.0184)
  %42 = or disjoint i64 %32, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %44, <8 x float> %acc6.0183)
  %46 = or disjoint i64 %32, 24
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %48, <8 x float> %acc7.0182)
  %i.next = or disjoint i64 %i.addr.0181, 2
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
  %70 = or disjoint i64 %i.addr.0181, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.0181, 4
  %91 = icmp ult i64 %i.next, 30
  br i1 %91, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %92 = load float, ptr %betah, align 4
  %93 = load <8 x float>, ptr %vh, align 4
  %94 = fadd <8 x float> %78, %57
  %95 = fsub <8 x float> %93, %94
  %96 = insertelement <8 x float> poison, float %92, i64 0
  %97 = shufflevector <8 x float> %96, <8 x float> poison, <8 x i32> zeroinitializer
  %98 = fmul <8 x float> %97, %95
  %99 = getelementptr inbounds i8, ptr %vh, i64 32
  %100 = load <8 x float>, ptr %99, align 4
  %101 = fadd <8 x float> %82, %61
  %102 = fsub <8 x float> %100, %101
  %103 = fmul <8 x float> %97, %102
  %104 = getelementptr inbounds i8, ptr %vh, i64 64
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %86, %65
  %107 = fsub <8 x float> %105, %106
  %108 = fmul <8 x float> %97, %107
  %109 = getelementptr inbounds i8, ptr %vh, i64 96
  %110 = load <8 x float>, ptr %109, align 4
  %111 = fadd <8 x float> %90, %69
  %112 = fsub <8 x float> %110, %111
  %113 = fmul <8 x float> %97, %112
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %127, %i1.body ]
  %acc9.0197 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %132, %i1.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %137, %i1.body ]
  %acc11.0195 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %142, %i1.body ]
  %acc12.0194 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %157, %i1.body ]
  %i1.addr.0193 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0192 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %172, %i1.body ]
  %acc14.0191 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %167, %i1.body ]
  %acc13.0190 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %162, %i1.body ]
  %114 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0193
  %115 = load float, ptr %114, align 4
  %116 = or disjoint i64 %i1.addr.0193, %sq
  %117 = getelementptr inbounds float, ptr %kh, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> poison, float %115, i64 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = shl nuw nsw i64 %i1.addr.0193, 5
  %122 = getelementptr inbounds float, ptr %S, i64 %121
  %123 = load <8 x float>, ptr %122, align 4
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %98, <8 x float> %123)
  store <8 x float> %124, ptr %122, align 4
  %125 = insertelement <8 x float> poison, float %118, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> poison, <8 x i32> zeroinitializer
  %127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %124, <8 x float> %acc832.0198)
  %128 = or disjoint i64 %121, 8
  %129 = getelementptr inbounds float, ptr %S, i64 %128
  %130 = load <8 x float>, ptr %129, align 4
  %131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %103, <8 x float> %130)
  store <8 x float> %131, ptr %129, align 4
  %132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %131, <8 x float> %acc9.0197)
  %133 = or disjoint i64 %121, 16
  %134 = getelementptr inbounds float, ptr %S, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %108, <8 x float> %135)
  store <8 x float> %136, ptr %134, align 4
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %136, <8 x float> %acc10.0196)
  %138 = or disjoint i64 %121, 24
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <8 x float>, ptr %139, align 4
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %113, <8 x float> %140)
  store <8 x float> %141, ptr %139, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %141, <8 x float> %acc11.0195)
  %143 = or disjoint i64 %i1.addr.0193, 1
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = or disjoint i64 %143, %sq
  %147 = getelementptr inbounds float, ptr %kh, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = shl nuw nsw i64 %143, 5
  %152 = getelementptr inbounds float, ptr %S, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %98, <8 x float> %153)
  store <8 x float> %154, ptr %152, align 4
  %155 = insertelement <8 x float> poison, float %148, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %acc12.0194)
  %158 = or disjoint i64 %151, 8
  %159 = getelementptr inbounds float, ptr %S, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %103, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %161, <8 x float> %acc13.0190)
  %163 = or disjoint i64 %151, 16
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %108, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %166, <8 x float> %acc14.0191)
  %168 = or disjoint i64 %151, 24
  %169 = getelementptr inbounds float, ptr %S, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %113, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %171, <8 x float> %acc15.0192)
  %i1.next = add nuw nsw i64 %i1.addr.0193, 2
  %173 = icmp ult i64 %i1.addr.0193, 30
  br i1 %173, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %174 = getelementptr inbounds float, ptr %betah, i64 %H
  %175 = load float, ptr %174, align 4
  %176 = getelementptr inbounds float, ptr %vh, i64 %sq
  %177 = load <8 x float>, ptr %176, align 4
  %178 = fadd <8 x float> %157, %127
  %179 = fsub <8 x float> %177, %178
  %180 = insertelement <8 x float> poison, float %175, i64 0
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <8 x i32> zeroinitializer
  %182 = fmul <8 x float> %181, %179
  %183 = getelementptr inbounds float, ptr %vh, i64 %2
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fadd <8 x float> %162, %132
  %186 = fsub <8 x float> %184, %185
  %187 = fmul <8 x float> %181, %186
  %188 = getelementptr inbounds float, ptr %vh, i64 %3
  %189 = load <8 x float>, ptr %188, align 4
  %190 = fadd <8 x float> %167, %137
  %191 = fsub <8 x float> %189, %190
  %192 = fmul <8 x float> %181, %191
  %193 = getelementptr inbounds float, ptr %vh, i64 %4
  %194 = load <8 x float>, ptr %193, align 4
  %195 = fadd <8 x float> %172, %142
  %196 = fsub <8 x float> %194, %195
  %197 = fmul <8 x float> %181, %196
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0202 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %255, %i2.body ]
  %acc18.0201 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %250, %i2.body ]
  %acc17.0200 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %245, %i2.body ]
  %acc16.0199 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %240, %i2.body ]
  %198 = or disjoint i64 %i2.addr.0207, %sq
  %199 = getelementptr inbounds float, ptr %kh, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %202 = load float, ptr %201, align 4
  %203 = insertelement <8 x float> poison, float %200, i64 0
  %204 = shufflevector <8 x float> %203, <8 x float> poison, <8 x i32> zeroinitializer
  %205 = shl nuw nsw i64 %i2.addr.0207, 5
  %206 = getelementptr inbounds float, ptr %S, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %182, <8 x float> %207)
  store <8 x float> %208, ptr %206, align 4
  %209 = insertelement <8 x float> poison, float %202, i64 0
  %210 = shufflevector <8 x float> %209, <8 x float> poison, <8 x i32> zeroinitializer
  %211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %208, <8 x float> %acc16.0199)
  %212 = or disjoint i64 %205, 8
  %213 = getelementptr inbounds float, ptr %S, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %187, <8 x float> %214)
  store <8 x float> %215, ptr %213, align 4
  %216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %215, <8 x float> %acc17.0200)
  %217 = or disjoint i64 %205, 16
  %218 = getelementptr inbounds float, ptr %S, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %192, <8 x float> %219)
  store <8 x float> %220, ptr %218, align 4
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %220, <8 x float> %acc18.0201)
  %222 = or disjoint i64 %205, 24
  %223 = getelementptr inbounds float, ptr %S, i64 %222
  %224 = load <8 x float>, ptr %223, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> %197, <8 x float> %224)
  store <8 x float> %225, ptr %223, align 4
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> %225, <8 x float> %acc19.0202)
  %i2.next = or disjoint i64 %i2.addr.0207, 1
  %227 = or disjoint i64 %i2.next, %sq
  %228 = getelementptr inbounds float, ptr %kh, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %231 = load float, ptr %230, align 4
  %232 = insertelement <8 x float> poison, float %229, i64 0
  %233 = shufflevector <8 x float> %232, <8 x float> poison, <8 x i32> zeroinitializer
  %234 = shl nuw nsw i64 %i2.next, 5
  %235 = getelementptr inbounds float, ptr %S, i64 %234
  %236 = load <8 x float>, ptr %235, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %182, <8 x float> %236)
  store <8 x float> %237, ptr %235, align 4
  %238 = insertelement <8 x float> poison, float %231, i64 0
  %239 = shufflevector <8 x float> %238, <8 x float> poison, <8 x i32> zeroinitializer
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %237, <8 x float> %211)
  %241 = or disjoint i64 %234, 8
  %242 = getelementptr inbounds float, ptr %S, i64 %241
  %243 = load <8 x float>, ptr %242, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %187, <8 x float> %243)
  store <8 x float> %244, ptr %242, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %244, <8 x float> %216)
  %246 = or disjoint i64 %234, 16
  %247 = getelementptr inbounds float, ptr %S, i64 %246
  %248 = load <8 x float>, ptr %247, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %192, <8 x float> %248)
  store <8 x float> %249, ptr %247, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %249, <8 x float> %221)
  %251 = or disjoint i64 %234, 24
  %252 = getelementptr inbounds float, ptr %S, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %197, <8 x float> %253)
  store <8 x float> %254, ptr %252, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> %254, <8 x float> %226)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0207, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %256 = fmul <8 x float> %240, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %256, ptr %oh, align 4
  %257 = fmul <8 x float> %245, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %258 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %257, ptr %258, align 4
  %259 = fmul <8 x float> %250, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %260 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %259, ptr %260, align 4
  %261 = fmul <8 x float> %255, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %262 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %261, ptr %262, align 4
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %exitcond228.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond228.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
