; ---- dp_fwd_h2_k64_v64_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r64_nogate'
source_filename = "dp_fwd_h2_k64_v64_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k64_v64_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 7
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 14
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0221 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 14
  %scevgep253 = getelementptr i8, ptr %hT, i64 %10
  %scevgep248 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0221, %H
  %h = srem i64 %bh.addr.0221, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 6
  %15 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep248, i64 16384, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep280 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %c.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep253, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0221, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond254.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond254.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %c.exit
  %ci.addr.0218 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %c.exit ]
  %17 = add i64 %6, %ci.addr.0218
  %18 = shl i64 %17, 14
  %gep281 = getelementptr i8, ptr %invariant.gep280, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %gep281, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0218, 6
  %19 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %20 = shl nsw i64 %ci.addr.0218, 7
  %21 = mul nsw i64 %20, %sq
  %22 = mul nsw i64 %20, %H
  %23 = getelementptr inbounds float, ptr %betah, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = insertelement <8 x float> poison, float %24, i64 0
  %26 = shufflevector <8 x float> %25, <8 x float> poison, <8 x i32> zeroinitializer
  %27 = icmp slt i64 %t0, %T
  br label %i2.head.preheader

i2.head.preheader:                                ; preds = %i1.head.preheader, %t.exit
  %28 = phi i1 [ true, %i1.head.preheader ], [ false, %t.exit ]
  %c.addr.0217 = phi i64 [ 0, %i1.head.preheader ], [ 32, %t.exit ]
  %29 = or disjoint i64 %c.addr.0217, 8
  %30 = or disjoint i64 %c.addr.0217, 16
  %31 = or disjoint i64 %c.addr.0217, 24
  br label %i2.body

c.exit:                                           ; preds = %t.exit
  %ci.next = add nuw nsw i64 %ci.addr.0218, 1
  %exitcond251.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond251.not, label %i5.head.preheader, label %i1.head.preheader

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0193 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %86, %i2.body ]
  %acc1.0192 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %90, %i2.body ]
  %acc2.0191 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %94, %i2.body ]
  %acc3.0190 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %98, %i2.body ]
  %acc4.0189 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %109, %i2.body ]
  %acc5.0188 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %113, %i2.body ]
  %acc6.0187 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %117, %i2.body ]
  %acc7.0186 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %121, %i2.body ]
  %i2.addr.0185 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %32 = or disjoint i64 %i2.addr.0185, %21
  %33 = getelementptr inbounds float, ptr %kh, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = shl nuw nsw i64 %i2.addr.0185, 6
  %36 = or disjoint i64 %35, %c.addr.0217
  %37 = getelementptr inbounds float, ptr %work, i64 %36
  %38 = load <8 x float>, ptr %37, align 4
  %39 = insertelement <8 x float> poison, float %34, i64 0
  %40 = shufflevector <8 x float> %39, <8 x float> poison, <8 x i32> zeroinitializer
  %41 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> %38, <8 x float> %acc.0193)
  %42 = or disjoint i64 %35, %29
  %43 = getelementptr inbounds float, ptr %work, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> %44, <8 x float> %acc1.0192)
  %46 = or disjoint i64 %35, %30
  %47 = getelementptr inbounds float, ptr %work, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> %48, <8 x float> %acc2.0191)
  %50 = or disjoint i64 %35, %31
  %51 = getelementptr inbounds float, ptr %work, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %40, <8 x float> %52, <8 x float> %acc3.0190)
  %54 = or disjoint i64 %i2.addr.0185, 1
  %55 = or disjoint i64 %54, %21
  %56 = getelementptr inbounds float, ptr %kh, i64 %55
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %54, 6
  %59 = or disjoint i64 %58, %c.addr.0217
  %60 = getelementptr inbounds float, ptr %work, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = insertelement <8 x float> poison, float %57, i64 0
  %63 = shufflevector <8 x float> %62, <8 x float> poison, <8 x i32> zeroinitializer
  %64 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %63, <8 x float> %61, <8 x float> %acc4.0189)
  %65 = or disjoint i64 %58, %29
  %66 = getelementptr inbounds float, ptr %work, i64 %65
  %67 = load <8 x float>, ptr %66, align 4
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %63, <8 x float> %67, <8 x float> %acc5.0188)
  %69 = or disjoint i64 %58, %30
  %70 = getelementptr inbounds float, ptr %work, i64 %69
  %71 = load <8 x float>, ptr %70, align 4
  %72 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %63, <8 x float> %71, <8 x float> %acc6.0187)
  %73 = or disjoint i64 %58, %31
  %74 = getelementptr inbounds float, ptr %work, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %63, <8 x float> %75, <8 x float> %acc7.0186)
  %i2.next = or disjoint i64 %i2.addr.0185, 2
  %77 = or disjoint i64 %i2.next, %21
  %78 = getelementptr inbounds float, ptr %kh, i64 %77
  %79 = load float, ptr %78, align 4
  %80 = shl nuw nsw i64 %i2.next, 6
  %81 = or disjoint i64 %80, %c.addr.0217
  %82 = getelementptr inbounds float, ptr %work, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %79, i64 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %83, <8 x float> %41)
  %87 = or disjoint i64 %80, %29
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %89, <8 x float> %45)
  %91 = or disjoint i64 %80, %30
  %92 = getelementptr inbounds float, ptr %work, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %93, <8 x float> %49)
  %95 = or disjoint i64 %80, %31
  %96 = getelementptr inbounds float, ptr %work, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %97, <8 x float> %53)
  %99 = or disjoint i64 %i2.addr.0185, 3
  %100 = or disjoint i64 %99, %21
  %101 = getelementptr inbounds float, ptr %kh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = shl nuw nsw i64 %99, 6
  %104 = or disjoint i64 %103, %c.addr.0217
  %105 = getelementptr inbounds float, ptr %work, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = insertelement <8 x float> poison, float %102, i64 0
  %108 = shufflevector <8 x float> %107, <8 x float> poison, <8 x i32> zeroinitializer
  %109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %106, <8 x float> %64)
  %110 = or disjoint i64 %103, %29
  %111 = getelementptr inbounds float, ptr %work, i64 %110
  %112 = load <8 x float>, ptr %111, align 4
  %113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %112, <8 x float> %68)
  %114 = or disjoint i64 %103, %30
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <8 x float>, ptr %115, align 4
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %116, <8 x float> %72)
  %118 = or disjoint i64 %103, %31
  %119 = getelementptr inbounds float, ptr %work, i64 %118
  %120 = load <8 x float>, ptr %119, align 4
  %121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %120, <8 x float> %76)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0185, 4
  %122 = icmp ult i64 %i2.next, 62
  br i1 %122, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  br i1 %27, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %123 = or disjoint i64 %31, %21
  %124 = getelementptr inbounds float, ptr %vh, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = fadd <8 x float> %121, %98
  %127 = fsub <8 x float> %125, %126
  %128 = fmul <8 x float> %26, %127
  %129 = or disjoint i64 %30, %21
  %130 = getelementptr inbounds float, ptr %vh, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = fadd <8 x float> %117, %94
  %133 = fsub <8 x float> %131, %132
  %134 = fmul <8 x float> %26, %133
  %135 = or disjoint i64 %29, %21
  %136 = getelementptr inbounds float, ptr %vh, i64 %135
  %137 = load <8 x float>, ptr %136, align 4
  %138 = fadd <8 x float> %113, %90
  %139 = fsub <8 x float> %137, %138
  %140 = fmul <8 x float> %26, %139
  %141 = or disjoint i64 %c.addr.0217, %21
  %142 = getelementptr inbounds float, ptr %vh, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = fadd <8 x float> %109, %86
  %145 = fsub <8 x float> %143, %144
  %146 = fmul <8 x float> %26, %145
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0216 = phi <8 x float> [ %333, %i4.exit ], [ %146, %t.body.preheader ]
  %delta1.0215 = phi <8 x float> [ %341, %i4.exit ], [ %140, %t.body.preheader ]
  %delta2.0214 = phi <8 x float> [ %349, %i4.exit ], [ %134, %t.body.preheader ]
  %t.addr.0213 = phi i64 [ %147, %i4.exit ], [ %t0, %t.body.preheader ]
  %delta3.0212 = phi <8 x float> [ %357, %i4.exit ], [ %128, %t.body.preheader ]
  %147 = add nuw nsw i64 %t.addr.0213, 1
  %148 = shl nuw nsw i64 %t.addr.0213, 1
  %149 = mul nsw i64 %148, %sq
  %150 = or disjoint i64 %148, 1
  %151 = mul nsw i64 %150, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  br i1 %28, label %i2.head.preheader, label %c.exit

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0202 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc15.0201 = phi <8 x float> [ zeroinitializer, %t.body ], [ %214, %i3.body ]
  %acc14.0200 = phi <8 x float> [ zeroinitializer, %t.body ], [ %209, %i3.body ]
  %acc13.0199 = phi <8 x float> [ zeroinitializer, %t.body ], [ %204, %i3.body ]
  %acc12.0198 = phi <8 x float> [ zeroinitializer, %t.body ], [ %199, %i3.body ]
  %acc11.0197 = phi <8 x float> [ zeroinitializer, %t.body ], [ %182, %i3.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %t.body ], [ %177, %i3.body ]
  %acc9.0195 = phi <8 x float> [ zeroinitializer, %t.body ], [ %172, %i3.body ]
  %acc832.0194 = phi <8 x float> [ zeroinitializer, %t.body ], [ %167, %i3.body ]
  %152 = or disjoint i64 %i3.addr.0202, %149
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = or disjoint i64 %i3.addr.0202, %151
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = insertelement <8 x float> poison, float %154, i64 0
  %159 = shufflevector <8 x float> %158, <8 x float> poison, <8 x i32> zeroinitializer
  %160 = shl nuw nsw i64 %i3.addr.0202, 6
  %161 = or disjoint i64 %160, %c.addr.0217
  %162 = getelementptr inbounds float, ptr %work, i64 %161
  %163 = load <8 x float>, ptr %162, align 4
  %164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %delta.0216, <8 x float> %163)
  store <8 x float> %164, ptr %162, align 4
  %165 = insertelement <8 x float> poison, float %157, i64 0
  %166 = shufflevector <8 x float> %165, <8 x float> poison, <8 x i32> zeroinitializer
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %164, <8 x float> %acc832.0194)
  %168 = or disjoint i64 %160, %29
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %delta1.0215, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %171, <8 x float> %acc9.0195)
  %173 = or disjoint i64 %160, %30
  %174 = getelementptr inbounds float, ptr %work, i64 %173
  %175 = load <8 x float>, ptr %174, align 4
  %176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %delta2.0214, <8 x float> %175)
  store <8 x float> %176, ptr %174, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %176, <8 x float> %acc10.0196)
  %178 = or disjoint i64 %160, %31
  %179 = getelementptr inbounds float, ptr %work, i64 %178
  %180 = load <8 x float>, ptr %179, align 4
  %181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> %delta3.0212, <8 x float> %180)
  store <8 x float> %181, ptr %179, align 4
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %181, <8 x float> %acc11.0197)
  %183 = or disjoint i64 %i3.addr.0202, 1
  %184 = or disjoint i64 %183, %149
  %185 = getelementptr inbounds float, ptr %kh, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = or disjoint i64 %183, %151
  %188 = getelementptr inbounds float, ptr %kh, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = insertelement <8 x float> poison, float %186, i64 0
  %191 = shufflevector <8 x float> %190, <8 x float> poison, <8 x i32> zeroinitializer
  %192 = shl nuw nsw i64 %183, 6
  %193 = or disjoint i64 %192, %c.addr.0217
  %194 = getelementptr inbounds float, ptr %work, i64 %193
  %195 = load <8 x float>, ptr %194, align 4
  %196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %delta.0216, <8 x float> %195)
  store <8 x float> %196, ptr %194, align 4
  %197 = insertelement <8 x float> poison, float %189, i64 0
  %198 = shufflevector <8 x float> %197, <8 x float> poison, <8 x i32> zeroinitializer
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %196, <8 x float> %acc12.0198)
  %200 = or disjoint i64 %192, %29
  %201 = getelementptr inbounds float, ptr %work, i64 %200
  %202 = load <8 x float>, ptr %201, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %delta1.0215, <8 x float> %202)
  store <8 x float> %203, ptr %201, align 4
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %203, <8 x float> %acc13.0199)
  %205 = or disjoint i64 %192, %30
  %206 = getelementptr inbounds float, ptr %work, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %delta2.0214, <8 x float> %207)
  store <8 x float> %208, ptr %206, align 4
  %209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %208, <8 x float> %acc14.0200)
  %210 = or disjoint i64 %192, %31
  %211 = getelementptr inbounds float, ptr %work, i64 %210
  %212 = load <8 x float>, ptr %211, align 4
  %213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> %delta3.0212, <8 x float> %212)
  store <8 x float> %213, ptr %211, align 4
  %214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %213, <8 x float> %acc15.0201)
  %i3.next = add nuw nsw i64 %i3.addr.0202, 2
  %215 = icmp ult i64 %i3.addr.0202, 62
  br i1 %215, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %147, i64 %4)
  %216 = mul nsw i64 %150, %H
  %217 = getelementptr inbounds float, ptr %betah, i64 %216
  %218 = load float, ptr %217, align 4
  %219 = or disjoint i64 %151, %c.addr.0217
  %220 = getelementptr inbounds float, ptr %vh, i64 %219
  %221 = load <8 x float>, ptr %220, align 4
  %222 = fadd <8 x float> %167, %199
  %223 = fsub <8 x float> %221, %222
  %224 = insertelement <8 x float> poison, float %218, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = fmul <8 x float> %225, %223
  %227 = or disjoint i64 %151, %29
  %228 = getelementptr inbounds float, ptr %vh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = fadd <8 x float> %172, %204
  %231 = fsub <8 x float> %229, %230
  %232 = fmul <8 x float> %225, %231
  %233 = or disjoint i64 %151, %30
  %234 = getelementptr inbounds float, ptr %vh, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = fadd <8 x float> %177, %209
  %237 = fsub <8 x float> %235, %236
  %238 = fmul <8 x float> %225, %237
  %239 = or disjoint i64 %151, %31
  %240 = getelementptr inbounds float, ptr %vh, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = fadd <8 x float> %182, %214
  %243 = fsub <8 x float> %241, %242
  %244 = fmul <8 x float> %225, %243
  %245 = mul nsw i64 %t.addr.0213, %sq
  %246 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %245
  %invariant.gep278 = getelementptr float, ptr %kh, i64 %246
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0211 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc23.0210 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %318, %i4.body ]
  %acc22.0209 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %312, %i4.body ]
  %acc21.0208 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %306, %i4.body ]
  %acc20.0207 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %300, %i4.body ]
  %acc19.0206 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %317, %i4.body ]
  %acc18.0205 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %311, %i4.body ]
  %acc17.0204 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %305, %i4.body ]
  %acc16.0203 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %297, %i4.body ]
  %247 = or disjoint i64 %i4.addr.0211, %151
  %248 = getelementptr inbounds float, ptr %kh, i64 %247
  %249 = load float, ptr %248, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0211
  %250 = load float, ptr %gep, align 4
  %gep279 = getelementptr float, ptr %invariant.gep278, i64 %i4.addr.0211
  %251 = load float, ptr %gep279, align 4
  %252 = insertelement <8 x float> poison, float %249, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = shl nuw nsw i64 %i4.addr.0211, 6
  %255 = or disjoint i64 %254, %c.addr.0217
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, ptr %256, align 4
  %259 = insertelement <8 x float> poison, float %250, i64 0
  %260 = shufflevector <8 x float> %259, <8 x float> poison, <8 x i32> zeroinitializer
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %258, <8 x float> %acc16.0203)
  %262 = insertelement <8 x float> poison, float %251, i64 0
  %263 = shufflevector <8 x float> %262, <8 x float> poison, <8 x i32> zeroinitializer
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %258, <8 x float> %acc20.0207)
  %265 = or disjoint i64 %254, %29
  %266 = getelementptr inbounds float, ptr %work, i64 %265
  %267 = load <8 x float>, ptr %266, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %232, <8 x float> %267)
  store <8 x float> %268, ptr %266, align 4
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %268, <8 x float> %acc17.0204)
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %268, <8 x float> %acc21.0208)
  %271 = or disjoint i64 %254, %30
  %272 = getelementptr inbounds float, ptr %work, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %238, <8 x float> %273)
  store <8 x float> %274, ptr %272, align 4
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %274, <8 x float> %acc18.0205)
  %276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %274, <8 x float> %acc22.0209)
  %277 = or disjoint i64 %254, %31
  %278 = getelementptr inbounds float, ptr %work, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %244, <8 x float> %279)
  store <8 x float> %280, ptr %278, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %280, <8 x float> %acc19.0206)
  %282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %280, <8 x float> %acc23.0210)
  %i4.next = or disjoint i64 %i4.addr.0211, 1
  %283 = or disjoint i64 %i4.next, %151
  %284 = getelementptr inbounds float, ptr %kh, i64 %283
  %285 = load float, ptr %284, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %286 = load float, ptr %gep.1, align 4
  %gep279.1 = getelementptr float, ptr %invariant.gep278, i64 %i4.next
  %287 = load float, ptr %gep279.1, align 4
  %288 = insertelement <8 x float> poison, float %285, i64 0
  %289 = shufflevector <8 x float> %288, <8 x float> poison, <8 x i32> zeroinitializer
  %290 = shl nuw nsw i64 %i4.next, 6
  %291 = or disjoint i64 %290, %c.addr.0217
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %226, <8 x float> %293)
  store <8 x float> %294, ptr %292, align 4
  %295 = insertelement <8 x float> poison, float %286, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %261)
  %298 = insertelement <8 x float> poison, float %287, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> poison, <8 x i32> zeroinitializer
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %294, <8 x float> %264)
  %301 = or disjoint i64 %290, %29
  %302 = getelementptr inbounds float, ptr %work, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %232, <8 x float> %303)
  store <8 x float> %304, ptr %302, align 4
  %305 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %304, <8 x float> %269)
  %306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %304, <8 x float> %270)
  %307 = or disjoint i64 %290, %30
  %308 = getelementptr inbounds float, ptr %work, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %238, <8 x float> %309)
  store <8 x float> %310, ptr %308, align 4
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %310, <8 x float> %275)
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %310, <8 x float> %276)
  %313 = or disjoint i64 %290, %31
  %314 = getelementptr inbounds float, ptr %work, i64 %313
  %315 = load <8 x float>, ptr %314, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %244, <8 x float> %315)
  store <8 x float> %316, ptr %314, align 4
  %317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %316, <8 x float> %281)
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %316, <8 x float> %282)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0211, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %319 = fmul <8 x float> %297, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %320 = or disjoint i64 %245, %c.addr.0217
  %321 = getelementptr inbounds float, ptr %oh, i64 %320
  store <8 x float> %319, ptr %321, align 4
  %322 = shl nsw i64 %tn, 1
  %323 = mul nsw i64 %322, %H
  %324 = getelementptr inbounds float, ptr %betah, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = mul nsw i64 %322, %sq
  %327 = or disjoint i64 %326, %c.addr.0217
  %328 = getelementptr inbounds float, ptr %vh, i64 %327
  %329 = load <8 x float>, ptr %328, align 4
  %330 = fsub <8 x float> %329, %300
  %331 = insertelement <8 x float> poison, float %325, i64 0
  %332 = shufflevector <8 x float> %331, <8 x float> poison, <8 x i32> zeroinitializer
  %333 = fmul <8 x float> %332, %330
  %334 = fmul <8 x float> %305, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %335 = or disjoint i64 %245, %29
  %336 = getelementptr inbounds float, ptr %oh, i64 %335
  store <8 x float> %334, ptr %336, align 4
  %337 = or disjoint i64 %326, %29
  %338 = getelementptr inbounds float, ptr %vh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = fsub <8 x float> %339, %306
  %341 = fmul <8 x float> %332, %340
  %342 = fmul <8 x float> %311, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %343 = or disjoint i64 %245, %30
  %344 = getelementptr inbounds float, ptr %oh, i64 %343
  store <8 x float> %342, ptr %344, align 4
  %345 = or disjoint i64 %326, %30
  %346 = getelementptr inbounds float, ptr %vh, i64 %345
  %347 = load <8 x float>, ptr %346, align 4
  %348 = fsub <8 x float> %347, %312
  %349 = fmul <8 x float> %332, %348
  %350 = fmul <8 x float> %317, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %351 = or disjoint i64 %245, %31
  %352 = getelementptr inbounds float, ptr %oh, i64 %351
  store <8 x float> %350, ptr %352, align 4
  %353 = or disjoint i64 %326, %31
  %354 = getelementptr inbounds float, ptr %vh, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = fsub <8 x float> %355, %318
  %357 = fmul <8 x float> %332, %356
  %358 = icmp slt i64 %147, %t1
  br i1 %358, label %t.body, label %t.exit
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
; ---- dp_bwd_h2_k64_v64_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c64_nogate'
source_filename = "dp_bwd_h2_k64_v64_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k64_v64_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 1097728
  %Sh = getelementptr inbounds i8, ptr %work, i64 32768
  %Sroll = getelementptr inbounds i8, ptr %work, i64 1081344
  %dS = getelementptr i8, ptr %work, i64 16384
  %dSk = getelementptr i8, ptr %work, i64 1130496
  %dSkPrev = getelementptr i8, ptr %work, i64 1130752
  %dkTmp = getelementptr i8, ptr %work, i64 1131008
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 13
  %5 = shl i64 %H, 7
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 14
  %9 = add i64 %8, -16384
  %10 = shl i64 %nc, 14
  %11 = shl nsw i64 %nc, 6
  %12 = add i64 %11, 72057594037927872
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -16384
  %15 = shl i64 %H, 8
  %16 = add i64 %T, 64
  %17 = sub i64 %16, %11
  %smax636 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %19 = getelementptr i8, ptr %work, i64 1130784
  %20 = getelementptr i8, ptr %work, i64 1130816
  %21 = getelementptr i8, ptr %work, i64 1130848
  %22 = getelementptr i8, ptr %work, i64 1130528
  %23 = getelementptr i8, ptr %work, i64 1130560
  %24 = getelementptr i8, ptr %work, i64 1130592
  %25 = getelementptr i8, ptr %work, i64 1130880
  %26 = getelementptr i8, ptr %work, i64 1130912
  %27 = getelementptr i8, ptr %work, i64 1130944
  %28 = getelementptr i8, ptr %work, i64 1130976
  %29 = getelementptr i8, ptr %work, i64 1130624
  %30 = getelementptr i8, ptr %work, i64 1130656
  %31 = getelementptr i8, ptr %work, i64 1130688
  %32 = getelementptr i8, ptr %work, i64 1130720
  %33 = getelementptr i8, ptr %work, i64 1131040
  %34 = getelementptr i8, ptr %work, i64 1131072
  %35 = getelementptr i8, ptr %work, i64 1131104
  %36 = getelementptr i8, ptr %work, i64 1131136
  %37 = getelementptr i8, ptr %work, i64 1131168
  %38 = getelementptr i8, ptr %work, i64 1131200
  %39 = getelementptr i8, ptr %work, i64 1131232
  %40 = getelementptr i8, ptr %work, i64 1097760
  %41 = getelementptr i8, ptr %work, i64 1097792
  %42 = getelementptr i8, ptr %work, i64 1097824
  %43 = getelementptr i8, ptr %work, i64 1097856
  %44 = getelementptr i8, ptr %work, i64 1097888
  %45 = getelementptr i8, ptr %work, i64 1097920
  %46 = getelementptr i8, ptr %work, i64 1097952
  %47 = getelementptr i8, ptr %work, i64 1131040
  %48 = getelementptr i8, ptr %work, i64 1131072
  %49 = getelementptr i8, ptr %work, i64 1131104
  %50 = getelementptr i8, ptr %work, i64 1131136
  %51 = getelementptr i8, ptr %work, i64 1131168
  %52 = getelementptr i8, ptr %work, i64 1131200
  %53 = getelementptr i8, ptr %work, i64 1131232
  %54 = getelementptr i8, ptr %work, i64 1130784
  %55 = getelementptr inbounds i8, ptr %work, i64 1097760
  %56 = getelementptr i8, ptr %work, i64 1130816
  %57 = getelementptr inbounds i8, ptr %work, i64 1097792
  %58 = getelementptr i8, ptr %work, i64 1130848
  %59 = getelementptr inbounds i8, ptr %work, i64 1097824
  %60 = getelementptr i8, ptr %work, i64 1130880
  %61 = getelementptr inbounds i8, ptr %work, i64 1097856
  %62 = getelementptr i8, ptr %work, i64 1130912
  %63 = getelementptr inbounds i8, ptr %work, i64 1097888
  %64 = getelementptr i8, ptr %work, i64 1130944
  %65 = getelementptr inbounds i8, ptr %work, i64 1097920
  %66 = getelementptr i8, ptr %work, i64 1130976
  %67 = getelementptr inbounds i8, ptr %work, i64 1097952
  %68 = getelementptr i8, ptr %work, i64 1131040
  %69 = getelementptr i8, ptr %work, i64 1131072
  %70 = getelementptr i8, ptr %work, i64 1131104
  %71 = getelementptr i8, ptr %work, i64 1131136
  %72 = getelementptr i8, ptr %work, i64 1131168
  %73 = getelementptr i8, ptr %work, i64 1131200
  %74 = getelementptr i8, ptr %work, i64 1131232
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0584 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %75 = add i64 %indvar, %bh0
  %76 = shl i64 %75, 14
  %scevgep640 = getelementptr i8, ptr %dh0, i64 %76
  %77 = mul i64 %10, %indvar
  %78 = add i64 %9, %77
  %scevgep619 = getelementptr i8, ptr %dhT, i64 %76
  %b = sdiv i64 %bh.addr.0584, %H
  %h = srem i64 %bh.addr.0584, %H
  %79 = mul i64 %b, %T
  %80 = mul i64 %79, %H
  %bT = add i64 %80, %h
  %81 = mul i64 %1, %79
  %bTn = add nsw i64 %81, %h
  %82 = shl nsw i64 %bT, 6
  %83 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %83
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %83
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %dS, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep619, i64 16384, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %83
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dSkPrev, i8 0, i64 256, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %82
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %82
  %oh = getelementptr inbounds float, ptr %dout, i64 %82
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %84 = add i64 %13, %bT
  %85 = shl i64 %84, 8
  %86 = getelementptr i8, ptr %dq, i64 %85
  %87 = getelementptr i8, ptr %kh1, i64 32
  %88 = getelementptr i8, ptr %kh1, i64 64
  %89 = getelementptr i8, ptr %kh1, i64 96
  %90 = getelementptr i8, ptr %kh1, i64 128
  %91 = getelementptr i8, ptr %kh1, i64 160
  %92 = getelementptr i8, ptr %kh1, i64 192
  %93 = getelementptr i8, ptr %kh1, i64 224
  %94 = getelementptr i8, ptr %vh1, i64 32
  %95 = getelementptr i8, ptr %vh1, i64 64
  %96 = getelementptr i8, ptr %vh1, i64 96
  %97 = getelementptr i8, ptr %vh1, i64 128
  %98 = getelementptr i8, ptr %vh1, i64 160
  %99 = getelementptr i8, ptr %vh1, i64 192
  %100 = getelementptr i8, ptr %vh1, i64 224
  %101 = getelementptr i8, ptr %kh1, i64 32
  %102 = getelementptr i8, ptr %kh1, i64 64
  %103 = getelementptr i8, ptr %kh1, i64 96
  %104 = getelementptr i8, ptr %kh1, i64 128
  %105 = getelementptr i8, ptr %kh1, i64 160
  %106 = getelementptr i8, ptr %kh1, i64 192
  %107 = getelementptr i8, ptr %kh1, i64 224
  %108 = getelementptr i8, ptr %kh1, i64 32
  %109 = getelementptr i8, ptr %kh1, i64 64
  %110 = getelementptr i8, ptr %kh1, i64 96
  %111 = getelementptr i8, ptr %kh1, i64 128
  %112 = getelementptr i8, ptr %kh1, i64 160
  %113 = getelementptr i8, ptr %kh1, i64 192
  %114 = getelementptr i8, ptr %kh1, i64 224
  br label %cc.body

i24.head.preheader:                               ; preds = %i22.exit.1, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep640, ptr noundef nonnull align 4 dereferenceable(16384) %dS, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0584, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond641.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond641.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i22.exit.1
  %indvars.iv = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next, %i22.exit.1 ]
  %cc.addr.0581 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i22.exit.1 ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin632 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax633 = tail call i64 @llvm.smax.i64(i64 %smin632, i64 1)
  %smax627 = tail call i64 @llvm.smax.i64(i64 %smin632, i64 2)
  %115 = shl i64 %cc.addr.0581, 14
  %116 = sub i64 %78, %115
  %scevgep621 = getelementptr i8, ptr %hs, i64 %116
  %117 = xor i64 %cc.addr.0581, -1
  %ci = add nsw i64 %nc, %117
  %t0 = shl nsw i64 %ci, 6
  %118 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep621, i64 16384, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %118, i64 64)
  %119 = icmp sgt i64 %118, 0
  br i1 %119, label %j3.head.preheader.preheader, label %c.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %120 = mul i64 %14, %cc.addr.0581
  %121 = getelementptr i8, ptr %86, i64 %120
  %xtraiter = and i64 %smax, 7
  %122 = icmp slt i64 %indvars.iv, 8
  br i1 %122, label %c.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

c.head.preheader.loopexit.unr-lcssa:              ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0521.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %c.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %c.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0521.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0521.unr, %c.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %c.head.preheader.loopexit.unr-lcssa ]
  %123 = mul i64 %15, %tl.addr.0521.epil
  %scevgep.epil = getelementptr i8, ptr %121, i64 %123
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.epil, i8 0, i64 256, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0521.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %c.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

c.head.preheader:                                 ; preds = %c.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %124 = mul i64 %4, %ci
  %125 = shl nsw i64 %ci, 7
  %126 = mul nsw i64 %125, %H
  %127 = getelementptr inbounds float, ptr %betah, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = mul nsw i64 %125, %sq
  %130 = insertelement <8 x float> poison, float %128, i64 0
  %131 = shufflevector <8 x float> %130, <8 x float> poison, <8 x i32> zeroinitializer
  %132 = or disjoint i64 %125, 1
  %133 = mul nsw i64 %132, %sq
  %134 = mul nsw i64 %132, %H
  %135 = getelementptr inbounds float, ptr %betah, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <8 x float> poison, float %136, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = icmp sgt i64 %118, 1
  %tlast = add i64 %t0, -1
  %140 = add i64 %tlast, %L
  %141 = shl nsw i64 %140, 1
  %142 = or disjoint i64 %141, 1
  %143 = mul nsw i64 %142, %sq
  %144 = mul nsw i64 %140, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %124
  %invariant.gep677 = getelementptr float, ptr %kh, i64 %133
  %invariant.gep681 = getelementptr float, ptr %kh, i64 %143
  br label %i4.head.preheader

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0521 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %145 = mul i64 %15, %tl.addr.0521
  %scevgep = getelementptr i8, ptr %121, i64 %145
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, i8 0, i64 256, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0521, 1
  %146 = mul i64 %15, %tl.next
  %scevgep.1 = getelementptr i8, ptr %121, i64 %146
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, i8 0, i64 256, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0521, 2
  %147 = mul i64 %15, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %121, i64 %147
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, i8 0, i64 256, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0521, 3
  %148 = mul i64 %15, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %121, i64 %148
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, i8 0, i64 256, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0521, 4
  %149 = mul i64 %15, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %121, i64 %149
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, i8 0, i64 256, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0521, 5
  %150 = mul i64 %15, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %121, i64 %150
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, i8 0, i64 256, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0521, 6
  %151 = mul i64 %15, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %121, i64 %151
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, i8 0, i64 256, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0521, 7
  %152 = mul i64 %15, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %121, i64 %152
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, i8 0, i64 256, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0521, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %c.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

tt.head.preheader:                                ; preds = %i8.exit
  br i1 %119, label %tt.body.lr.ph, label %tt.exit

tt.body.lr.ph:                                    ; preds = %tt.head.preheader
  %153 = add nsw i64 %L, -1
  br label %tt.body

i4.head.preheader:                                ; preds = %c.head.preheader, %i8.exit
  %154 = phi i1 [ true, %c.head.preheader ], [ false, %i8.exit ]
  %c.addr.0551 = phi i64 [ 0, %c.head.preheader ], [ 32, %i8.exit ]
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0526 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %187, %i4.body ]
  %acc1.0525 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %192, %i4.body ]
  %acc2.0524 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %197, %i4.body ]
  %acc3.0523 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %202, %i4.body ]
  %i4.addr.0522 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0522
  %155 = load float, ptr %gep, align 4
  %156 = shl nuw nsw i64 %i4.addr.0522, 6
  %157 = or disjoint i64 %156, %c.addr.0551
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %159, ptr %160, align 4
  %161 = insertelement <8 x float> poison, float %155, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %159, <8 x float> %acc.0526)
  %164 = or disjoint i64 %157, 8
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <8 x float>, ptr %165, align 4
  %167 = getelementptr inbounds float, ptr %Sh, i64 %164
  store <8 x float> %166, ptr %167, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %166, <8 x float> %acc1.0525)
  %169 = or disjoint i64 %157, 16
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <8 x float>, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %Sh, i64 %169
  store <8 x float> %171, ptr %172, align 4
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %171, <8 x float> %acc2.0524)
  %174 = or disjoint i64 %157, 24
  %175 = getelementptr inbounds float, ptr %work, i64 %174
  %176 = load <8 x float>, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %Sh, i64 %174
  store <8 x float> %176, ptr %177, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %176, <8 x float> %acc3.0523)
  %i4.next = or disjoint i64 %i4.addr.0522, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %179 = load float, ptr %gep.1, align 4
  %180 = shl nuw nsw i64 %i4.next, 6
  %181 = or disjoint i64 %180, %c.addr.0551
  %182 = getelementptr inbounds float, ptr %work, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %Sh, i64 %181
  store <8 x float> %183, ptr %184, align 4
  %185 = insertelement <8 x float> poison, float %179, i64 0
  %186 = shufflevector <8 x float> %185, <8 x float> poison, <8 x i32> zeroinitializer
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %183, <8 x float> %163)
  %188 = or disjoint i64 %181, 8
  %189 = getelementptr inbounds float, ptr %work, i64 %188
  %190 = load <8 x float>, ptr %189, align 4
  %191 = getelementptr inbounds float, ptr %Sh, i64 %188
  store <8 x float> %190, ptr %191, align 4
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %190, <8 x float> %168)
  %193 = or disjoint i64 %181, 16
  %194 = getelementptr inbounds float, ptr %work, i64 %193
  %195 = load <8 x float>, ptr %194, align 4
  %196 = getelementptr inbounds float, ptr %Sh, i64 %193
  store <8 x float> %195, ptr %196, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %195, <8 x float> %173)
  %198 = or disjoint i64 %181, 24
  %199 = getelementptr inbounds float, ptr %work, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %Sh, i64 %198
  store <8 x float> %200, ptr %201, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %200, <8 x float> %178)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0522, 2
  %exitcond622.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond622.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %203 = or disjoint i64 %c.addr.0551, %129
  %204 = getelementptr inbounds float, ptr %vh, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %206 = fsub <8 x float> %205, %187
  %207 = getelementptr inbounds float, ptr %R, i64 %c.addr.0551
  store <8 x float> %206, ptr %207, align 4
  %208 = fmul <8 x float> %131, %206
  %209 = or disjoint i64 %c.addr.0551, 8
  %210 = or disjoint i64 %209, %129
  %211 = getelementptr inbounds float, ptr %vh, i64 %210
  %212 = load <8 x float>, ptr %211, align 4
  %213 = fsub <8 x float> %212, %192
  %214 = getelementptr inbounds float, ptr %R, i64 %209
  store <8 x float> %213, ptr %214, align 4
  %215 = fmul <8 x float> %131, %213
  %216 = or disjoint i64 %c.addr.0551, 16
  %217 = or disjoint i64 %216, %129
  %218 = getelementptr inbounds float, ptr %vh, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = fsub <8 x float> %219, %197
  %221 = getelementptr inbounds float, ptr %R, i64 %216
  store <8 x float> %220, ptr %221, align 4
  %222 = fmul <8 x float> %131, %220
  %223 = or disjoint i64 %c.addr.0551, 24
  %224 = or disjoint i64 %223, %129
  %225 = getelementptr inbounds float, ptr %vh, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = fsub <8 x float> %226, %202
  %228 = getelementptr inbounds float, ptr %R, i64 %223
  store <8 x float> %227, ptr %228, align 4
  %229 = fmul <8 x float> %131, %227
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0531 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %277, %i5.body ]
  %acc536.0530 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %283, %i5.body ]
  %acc6.0529 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %289, %i5.body ]
  %acc7.0528 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %295, %i5.body ]
  %i5.addr.0527 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %230 = or disjoint i64 %i5.addr.0527, %129
  %231 = getelementptr inbounds float, ptr %kh, i64 %230
  %232 = load float, ptr %231, align 4
  %gep678 = getelementptr float, ptr %invariant.gep677, i64 %i5.addr.0527
  %233 = load float, ptr %gep678, align 4
  %234 = insertelement <8 x float> poison, float %232, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = shl nuw nsw i64 %i5.addr.0527, 6
  %237 = or disjoint i64 %236, %c.addr.0551
  %238 = getelementptr inbounds float, ptr %Sh, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %208, <8 x float> %239)
  %241 = getelementptr inbounds float, ptr %Sroll, i64 %237
  store <8 x float> %240, ptr %241, align 4
  %242 = insertelement <8 x float> poison, float %233, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> poison, <8 x i32> zeroinitializer
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %240, <8 x float> %acc4.0531)
  %245 = or disjoint i64 %236, %209
  %246 = getelementptr inbounds float, ptr %Sh, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %215, <8 x float> %247)
  %249 = getelementptr inbounds float, ptr %Sroll, i64 %245
  store <8 x float> %248, ptr %249, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %248, <8 x float> %acc536.0530)
  %251 = or disjoint i64 %236, %216
  %252 = getelementptr inbounds float, ptr %Sh, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %222, <8 x float> %253)
  %255 = getelementptr inbounds float, ptr %Sroll, i64 %251
  store <8 x float> %254, ptr %255, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %254, <8 x float> %acc6.0529)
  %257 = or disjoint i64 %236, %223
  %258 = getelementptr inbounds float, ptr %Sh, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %229, <8 x float> %259)
  %261 = getelementptr inbounds float, ptr %Sroll, i64 %257
  store <8 x float> %260, ptr %261, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %260, <8 x float> %acc7.0528)
  %i5.next = or disjoint i64 %i5.addr.0527, 1
  %263 = or disjoint i64 %i5.next, %129
  %264 = getelementptr inbounds float, ptr %kh, i64 %263
  %265 = load float, ptr %264, align 4
  %gep678.1 = getelementptr float, ptr %invariant.gep677, i64 %i5.next
  %266 = load float, ptr %gep678.1, align 4
  %267 = insertelement <8 x float> poison, float %265, i64 0
  %268 = shufflevector <8 x float> %267, <8 x float> poison, <8 x i32> zeroinitializer
  %269 = shl nuw nsw i64 %i5.next, 6
  %270 = or disjoint i64 %269, %c.addr.0551
  %271 = getelementptr inbounds float, ptr %Sh, i64 %270
  %272 = load <8 x float>, ptr %271, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %208, <8 x float> %272)
  %274 = getelementptr inbounds float, ptr %Sroll, i64 %270
  store <8 x float> %273, ptr %274, align 4
  %275 = insertelement <8 x float> poison, float %266, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %273, <8 x float> %244)
  %278 = or disjoint i64 %269, %209
  %279 = getelementptr inbounds float, ptr %Sh, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %215, <8 x float> %280)
  %282 = getelementptr inbounds float, ptr %Sroll, i64 %278
  store <8 x float> %281, ptr %282, align 4
  %283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %281, <8 x float> %250)
  %284 = or disjoint i64 %269, %216
  %285 = getelementptr inbounds float, ptr %Sh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %222, <8 x float> %286)
  %288 = getelementptr inbounds float, ptr %Sroll, i64 %284
  store <8 x float> %287, ptr %288, align 4
  %289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %287, <8 x float> %256)
  %290 = or disjoint i64 %269, %223
  %291 = getelementptr inbounds float, ptr %Sh, i64 %290
  %292 = load <8 x float>, ptr %291, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %229, <8 x float> %292)
  %294 = getelementptr inbounds float, ptr %Sroll, i64 %290
  store <8 x float> %293, ptr %294, align 4
  %295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %293, <8 x float> %262)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0527, 2
  %exitcond623.not.1 = icmp eq i64 %i5.next.1, 64
  br i1 %exitcond623.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %296 = or disjoint i64 %c.addr.0551, %133
  %297 = getelementptr inbounds float, ptr %vh, i64 %296
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %277
  %300 = or disjoint i64 %c.addr.0551, 64
  %301 = getelementptr inbounds float, ptr %R, i64 %300
  store <8 x float> %299, ptr %301, align 4
  %302 = fmul <8 x float> %138, %299
  %303 = or disjoint i64 %209, %133
  %304 = getelementptr inbounds float, ptr %vh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = fsub <8 x float> %305, %283
  %307 = or disjoint i64 %c.addr.0551, 72
  %308 = getelementptr inbounds float, ptr %R, i64 %307
  store <8 x float> %306, ptr %308, align 4
  %309 = fmul <8 x float> %138, %306
  %310 = or disjoint i64 %216, %133
  %311 = getelementptr inbounds float, ptr %vh, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = fsub <8 x float> %312, %289
  %314 = or disjoint i64 %c.addr.0551, 80
  %315 = getelementptr inbounds float, ptr %R, i64 %314
  store <8 x float> %313, ptr %315, align 4
  %316 = fmul <8 x float> %138, %313
  %317 = or disjoint i64 %223, %133
  %318 = getelementptr inbounds float, ptr %vh, i64 %317
  %319 = load <8 x float>, ptr %318, align 4
  %320 = fsub <8 x float> %319, %295
  %321 = or disjoint i64 %c.addr.0551, 88
  %322 = getelementptr inbounds float, ptr %R, i64 %321
  store <8 x float> %320, ptr %322, align 4
  %323 = fmul <8 x float> %138, %320
  br i1 %139, label %i6.head.preheader, label %tl1.exit

i6.head.preheader:                                ; preds = %i5.exit, %i7.exit
  %delta.0546 = phi <8 x float> [ %538, %i7.exit ], [ %302, %i5.exit ]
  %delta1.0545 = phi <8 x float> [ %545, %i7.exit ], [ %309, %i5.exit ]
  %delta2.0544 = phi <8 x float> [ %552, %i7.exit ], [ %316, %i5.exit ]
  %delta3.0543 = phi <8 x float> [ %559, %i7.exit ], [ %323, %i5.exit ]
  %tl1.addr.0542 = phi i64 [ %tl1.next, %i7.exit ], [ 1, %i5.exit ]
  %324 = add i64 %tlast, %tl1.addr.0542
  %325 = shl nsw i64 %324, 1
  %326 = or disjoint i64 %325, 1
  %327 = mul nsw i64 %326, %sq
  %328 = add nsw i64 %tl1.addr.0542, %t0
  %329 = mul i64 %5, %328
  %330 = mul nsw i64 %324, %sq
  %331 = or disjoint i64 %330, %c.addr.0551
  %332 = getelementptr inbounds float, ptr %oh, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = shl nsw i64 %tl1.addr.0542, 12
  %335 = or disjoint i64 %330, %209
  %336 = getelementptr inbounds float, ptr %oh, i64 %335
  %337 = load <8 x float>, ptr %336, align 4
  %338 = or disjoint i64 %330, %216
  %339 = getelementptr inbounds float, ptr %oh, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = or disjoint i64 %330, %223
  %342 = getelementptr inbounds float, ptr %oh, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %323, %i5.exit ], [ %559, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %316, %i5.exit ], [ %552, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %309, %i5.exit ], [ %545, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %302, %i5.exit ], [ %538, %i7.exit ]
  %344 = or disjoint i64 %c.addr.0551, %144
  %345 = getelementptr inbounds float, ptr %oh, i64 %344
  %346 = load <8 x float>, ptr %345, align 4
  %347 = or disjoint i64 %209, %144
  %348 = getelementptr inbounds float, ptr %oh, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = or disjoint i64 %216, %144
  %351 = getelementptr inbounds float, ptr %oh, i64 %350
  %352 = load <8 x float>, ptr %351, align 4
  %353 = or disjoint i64 %223, %144
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc8.0536 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %374, %i6.body ]
  %acc9.0535 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %382, %i6.body ]
  %acc10.0534 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %390, %i6.body ]
  %acc11.0533 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %398, %i6.body ]
  %i6.addr.0532 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %356 = getelementptr float, ptr %kh, i64 %i6.addr.0532
  %357 = getelementptr float, ptr %356, i64 %327
  %358 = load float, ptr %357, align 4
  %359 = getelementptr float, ptr %356, i64 %329
  %360 = load float, ptr %359, align 4
  %361 = insertelement <8 x float> poison, float %358, i64 0
  %362 = shufflevector <8 x float> %361, <8 x float> poison, <8 x i32> zeroinitializer
  %363 = shl nuw nsw i64 %i6.addr.0532, 6
  %364 = or disjoint i64 %363, %c.addr.0551
  %365 = getelementptr inbounds float, ptr %Sroll, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta.0546, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %333, <8 x float> zeroinitializer)
  %369 = add nuw nsw i64 %363, %334
  %370 = or disjoint i64 %369, %c.addr.0551
  %371 = getelementptr inbounds float, ptr %Sh, i64 %370
  store <8 x float> %367, ptr %371, align 4
  %372 = insertelement <8 x float> poison, float %360, i64 0
  %373 = shufflevector <8 x float> %372, <8 x float> poison, <8 x i32> zeroinitializer
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %367, <8 x float> %acc8.0536)
  %375 = or disjoint i64 %363, %209
  %376 = getelementptr inbounds float, ptr %Sroll, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta1.0545, <8 x float> %377)
  %379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %337, <8 x float> %368)
  %380 = or disjoint i64 %369, %209
  %381 = getelementptr inbounds float, ptr %Sh, i64 %380
  store <8 x float> %378, ptr %381, align 4
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %378, <8 x float> %acc9.0535)
  %383 = or disjoint i64 %363, %216
  %384 = getelementptr inbounds float, ptr %Sroll, i64 %383
  %385 = load <8 x float>, ptr %384, align 4
  %386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta2.0544, <8 x float> %385)
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %340, <8 x float> %379)
  %388 = or disjoint i64 %369, %216
  %389 = getelementptr inbounds float, ptr %Sh, i64 %388
  store <8 x float> %386, ptr %389, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %386, <8 x float> %acc10.0534)
  %391 = or disjoint i64 %363, %223
  %392 = getelementptr inbounds float, ptr %Sroll, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta3.0543, <8 x float> %393)
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %343, <8 x float> %387)
  %396 = or disjoint i64 %369, %223
  %397 = getelementptr inbounds float, ptr %Sh, i64 %396
  store <8 x float> %394, ptr %397, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %394, <8 x float> %acc11.0533)
  %399 = or disjoint i64 %i6.addr.0532, %330
  %400 = getelementptr inbounds float, ptr %qh1, i64 %399
  %401 = load float, ptr %400, align 4
  %402 = shufflevector <8 x float> %395, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %403 = shufflevector <8 x float> %395, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %404 = fadd <4 x float> %402, %403
  %405 = shufflevector <4 x float> %404, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %406 = shufflevector <4 x float> %404, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %407 = fadd <2 x float> %405, %406
  %shift = shufflevector <2 x float> %407, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %408 = fadd <2 x float> %407, %shift
  %409 = extractelement <2 x float> %408, i64 0
  %410 = fmul float %409, 1.250000e-01
  %411 = fadd float %401, %410
  store float %411, ptr %400, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0532, 1
  %exitcond624.not = icmp eq i64 %i6.next, 64
  br i1 %exitcond624.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %412 = shl nsw i64 %328, 1
  %413 = mul nsw i64 %412, %H
  %414 = getelementptr inbounds float, ptr %betah, i64 %413
  %415 = load float, ptr %414, align 4
  %416 = mul nsw i64 %412, %sq
  %417 = or disjoint i64 %416, %c.addr.0551
  %418 = getelementptr inbounds float, ptr %vh, i64 %417
  %419 = load <8 x float>, ptr %418, align 4
  %420 = fsub <8 x float> %419, %374
  %421 = shl i64 %tl1.addr.0542, 7
  %422 = or disjoint i64 %421, %c.addr.0551
  %423 = getelementptr inbounds float, ptr %R, i64 %422
  store <8 x float> %420, ptr %423, align 4
  %424 = insertelement <8 x float> poison, float %415, i64 0
  %425 = shufflevector <8 x float> %424, <8 x float> poison, <8 x i32> zeroinitializer
  %426 = fmul <8 x float> %425, %420
  %427 = or disjoint i64 %416, %209
  %428 = getelementptr inbounds float, ptr %vh, i64 %427
  %429 = load <8 x float>, ptr %428, align 4
  %430 = fsub <8 x float> %429, %382
  %431 = or disjoint i64 %421, %209
  %432 = getelementptr inbounds float, ptr %R, i64 %431
  store <8 x float> %430, ptr %432, align 4
  %433 = fmul <8 x float> %425, %430
  %434 = or disjoint i64 %416, %216
  %435 = getelementptr inbounds float, ptr %vh, i64 %434
  %436 = load <8 x float>, ptr %435, align 4
  %437 = fsub <8 x float> %436, %390
  %438 = or disjoint i64 %421, %216
  %439 = getelementptr inbounds float, ptr %R, i64 %438
  store <8 x float> %437, ptr %439, align 4
  %440 = fmul <8 x float> %425, %437
  %441 = or disjoint i64 %416, %223
  %442 = getelementptr inbounds float, ptr %vh, i64 %441
  %443 = load <8 x float>, ptr %442, align 4
  %444 = fsub <8 x float> %443, %398
  %445 = or disjoint i64 %421, %223
  %446 = getelementptr inbounds float, ptr %R, i64 %445
  store <8 x float> %444, ptr %446, align 4
  %447 = fmul <8 x float> %425, %444
  %448 = or disjoint i64 %412, 1
  %449 = mul nsw i64 %448, %sq
  %invariant.gep679 = getelementptr float, ptr %kh, i64 %449
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0541 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %504, %i7.body ]
  %acc13.0540 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %511, %i7.body ]
  %acc14.0539 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %518, %i7.body ]
  %acc15.0538 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %525, %i7.body ]
  %i7.addr.0537 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %450 = or disjoint i64 %i7.addr.0537, %416
  %451 = getelementptr inbounds float, ptr %kh, i64 %450
  %452 = load float, ptr %451, align 4
  %gep680 = getelementptr float, ptr %invariant.gep679, i64 %i7.addr.0537
  %453 = load float, ptr %gep680, align 4
  %454 = insertelement <8 x float> poison, float %452, i64 0
  %455 = shufflevector <8 x float> %454, <8 x float> poison, <8 x i32> zeroinitializer
  %456 = shl nuw nsw i64 %i7.addr.0537, 6
  %457 = add nuw nsw i64 %456, %334
  %458 = or disjoint i64 %457, %c.addr.0551
  %459 = getelementptr inbounds float, ptr %Sh, i64 %458
  %460 = load <8 x float>, ptr %459, align 4
  %461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %426, <8 x float> %460)
  %462 = or disjoint i64 %456, %c.addr.0551
  %463 = getelementptr inbounds float, ptr %Sroll, i64 %462
  store <8 x float> %461, ptr %463, align 4
  %464 = insertelement <8 x float> poison, float %453, i64 0
  %465 = shufflevector <8 x float> %464, <8 x float> poison, <8 x i32> zeroinitializer
  %466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %461, <8 x float> %acc12.0541)
  %467 = or disjoint i64 %457, %209
  %468 = getelementptr inbounds float, ptr %Sh, i64 %467
  %469 = load <8 x float>, ptr %468, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %433, <8 x float> %469)
  %471 = or disjoint i64 %456, %209
  %472 = getelementptr inbounds float, ptr %Sroll, i64 %471
  store <8 x float> %470, ptr %472, align 4
  %473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %470, <8 x float> %acc13.0540)
  %474 = or disjoint i64 %457, %216
  %475 = getelementptr inbounds float, ptr %Sh, i64 %474
  %476 = load <8 x float>, ptr %475, align 4
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %440, <8 x float> %476)
  %478 = or disjoint i64 %456, %216
  %479 = getelementptr inbounds float, ptr %Sroll, i64 %478
  store <8 x float> %477, ptr %479, align 4
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %477, <8 x float> %acc14.0539)
  %481 = or disjoint i64 %457, %223
  %482 = getelementptr inbounds float, ptr %Sh, i64 %481
  %483 = load <8 x float>, ptr %482, align 4
  %484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %447, <8 x float> %483)
  %485 = or disjoint i64 %456, %223
  %486 = getelementptr inbounds float, ptr %Sroll, i64 %485
  store <8 x float> %484, ptr %486, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %484, <8 x float> %acc15.0538)
  %i7.next = or disjoint i64 %i7.addr.0537, 1
  %488 = or disjoint i64 %i7.next, %416
  %489 = getelementptr inbounds float, ptr %kh, i64 %488
  %490 = load float, ptr %489, align 4
  %gep680.1 = getelementptr float, ptr %invariant.gep679, i64 %i7.next
  %491 = load float, ptr %gep680.1, align 4
  %492 = insertelement <8 x float> poison, float %490, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = shl nuw nsw i64 %i7.next, 6
  %495 = add nuw nsw i64 %494, %334
  %496 = or disjoint i64 %495, %c.addr.0551
  %497 = getelementptr inbounds float, ptr %Sh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %426, <8 x float> %498)
  %500 = or disjoint i64 %494, %c.addr.0551
  %501 = getelementptr inbounds float, ptr %Sroll, i64 %500
  store <8 x float> %499, ptr %501, align 4
  %502 = insertelement <8 x float> poison, float %491, i64 0
  %503 = shufflevector <8 x float> %502, <8 x float> poison, <8 x i32> zeroinitializer
  %504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %499, <8 x float> %466)
  %505 = or disjoint i64 %495, %209
  %506 = getelementptr inbounds float, ptr %Sh, i64 %505
  %507 = load <8 x float>, ptr %506, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %433, <8 x float> %507)
  %509 = or disjoint i64 %494, %209
  %510 = getelementptr inbounds float, ptr %Sroll, i64 %509
  store <8 x float> %508, ptr %510, align 4
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %508, <8 x float> %473)
  %512 = or disjoint i64 %495, %216
  %513 = getelementptr inbounds float, ptr %Sh, i64 %512
  %514 = load <8 x float>, ptr %513, align 4
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %440, <8 x float> %514)
  %516 = or disjoint i64 %494, %216
  %517 = getelementptr inbounds float, ptr %Sroll, i64 %516
  store <8 x float> %515, ptr %517, align 4
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %515, <8 x float> %480)
  %519 = or disjoint i64 %495, %223
  %520 = getelementptr inbounds float, ptr %Sh, i64 %519
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %447, <8 x float> %521)
  %523 = or disjoint i64 %494, %223
  %524 = getelementptr inbounds float, ptr %Sroll, i64 %523
  store <8 x float> %522, ptr %524, align 4
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %522, <8 x float> %487)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0537, 2
  %exitcond625.not.1 = icmp eq i64 %i7.next.1, 64
  br i1 %exitcond625.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %526 = mul nsw i64 %448, %H
  %527 = getelementptr inbounds float, ptr %betah, i64 %526
  %528 = load float, ptr %527, align 4
  %529 = or disjoint i64 %449, %c.addr.0551
  %530 = getelementptr inbounds float, ptr %vh, i64 %529
  %531 = load <8 x float>, ptr %530, align 4
  %532 = fsub <8 x float> %531, %504
  %533 = or disjoint i64 %421, 64
  %534 = or disjoint i64 %533, %c.addr.0551
  %535 = getelementptr inbounds float, ptr %R, i64 %534
  store <8 x float> %532, ptr %535, align 4
  %536 = insertelement <8 x float> poison, float %528, i64 0
  %537 = shufflevector <8 x float> %536, <8 x float> poison, <8 x i32> zeroinitializer
  %538 = fmul <8 x float> %537, %532
  %539 = or disjoint i64 %449, %209
  %540 = getelementptr inbounds float, ptr %vh, i64 %539
  %541 = load <8 x float>, ptr %540, align 4
  %542 = fsub <8 x float> %541, %511
  %543 = or disjoint i64 %533, %209
  %544 = getelementptr inbounds float, ptr %R, i64 %543
  store <8 x float> %542, ptr %544, align 4
  %545 = fmul <8 x float> %537, %542
  %546 = or disjoint i64 %449, %216
  %547 = getelementptr inbounds float, ptr %vh, i64 %546
  %548 = load <8 x float>, ptr %547, align 4
  %549 = fsub <8 x float> %548, %518
  %550 = or disjoint i64 %533, %216
  %551 = getelementptr inbounds float, ptr %R, i64 %550
  store <8 x float> %549, ptr %551, align 4
  %552 = fmul <8 x float> %537, %549
  %553 = or disjoint i64 %449, %223
  %554 = getelementptr inbounds float, ptr %vh, i64 %553
  %555 = load <8 x float>, ptr %554, align 4
  %556 = fsub <8 x float> %555, %525
  %557 = or disjoint i64 %533, %223
  %558 = getelementptr inbounds float, ptr %R, i64 %557
  store <8 x float> %556, ptr %558, align 4
  %559 = fmul <8 x float> %537, %556
  %tl1.next = add nuw nsw i64 %tl1.addr.0542, 1
  %exitcond628.not = icmp eq i64 %tl1.next, %smax627
  br i1 %exitcond628.not, label %tl1.exit, label %i6.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0550 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep682 = getelementptr float, ptr %invariant.gep681, i64 %i8.addr.0550
  %560 = load float, ptr %gep682, align 4
  %561 = insertelement <8 x float> poison, float %560, i64 0
  %562 = shufflevector <8 x float> %561, <8 x float> poison, <8 x i32> zeroinitializer
  %563 = shl nuw nsw i64 %i8.addr.0550, 6
  %564 = or disjoint i64 %563, %c.addr.0551
  %565 = getelementptr inbounds float, ptr %Sroll, i64 %564
  %566 = load <8 x float>, ptr %565, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta.0.lcssa, <8 x float> %566)
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %346, <8 x float> zeroinitializer)
  %569 = or disjoint i64 %563, %209
  %570 = getelementptr inbounds float, ptr %Sroll, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta1.0.lcssa, <8 x float> %571)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %349, <8 x float> %568)
  %574 = or disjoint i64 %563, %216
  %575 = getelementptr inbounds float, ptr %Sroll, i64 %574
  %576 = load <8 x float>, ptr %575, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta2.0.lcssa, <8 x float> %576)
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %352, <8 x float> %573)
  %579 = or disjoint i64 %563, %223
  %580 = getelementptr inbounds float, ptr %Sroll, i64 %579
  %581 = load <8 x float>, ptr %580, align 4
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta3.0.lcssa, <8 x float> %581)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %355, <8 x float> %578)
  %584 = or disjoint i64 %i8.addr.0550, %144
  %585 = getelementptr inbounds float, ptr %qh1, i64 %584
  %586 = load float, ptr %585, align 4
  %587 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %588 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %589 = fadd <4 x float> %587, %588
  %590 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %591 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %592 = fadd <2 x float> %590, %591
  %shift722 = shufflevector <2 x float> %592, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %593 = fadd <2 x float> %592, %shift722
  %594 = extractelement <2 x float> %593, i64 0
  %595 = fmul float %594, 1.250000e-01
  %596 = fadd float %586, %595
  store float %596, ptr %585, align 4
  %i8.next = or disjoint i64 %i8.addr.0550, 1
  %gep682.1 = getelementptr float, ptr %invariant.gep681, i64 %i8.next
  %597 = load float, ptr %gep682.1, align 4
  %598 = insertelement <8 x float> poison, float %597, i64 0
  %599 = shufflevector <8 x float> %598, <8 x float> poison, <8 x i32> zeroinitializer
  %600 = shl nuw nsw i64 %i8.next, 6
  %601 = or disjoint i64 %600, %c.addr.0551
  %602 = getelementptr inbounds float, ptr %Sroll, i64 %601
  %603 = load <8 x float>, ptr %602, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta.0.lcssa, <8 x float> %603)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %346, <8 x float> zeroinitializer)
  %606 = or disjoint i64 %600, %209
  %607 = getelementptr inbounds float, ptr %Sroll, i64 %606
  %608 = load <8 x float>, ptr %607, align 4
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta1.0.lcssa, <8 x float> %608)
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %349, <8 x float> %605)
  %611 = or disjoint i64 %600, %216
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta2.0.lcssa, <8 x float> %613)
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %352, <8 x float> %610)
  %616 = or disjoint i64 %600, %223
  %617 = getelementptr inbounds float, ptr %Sroll, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta3.0.lcssa, <8 x float> %618)
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %619, <8 x float> %355, <8 x float> %615)
  %621 = or disjoint i64 %i8.next, %144
  %622 = getelementptr inbounds float, ptr %qh1, i64 %621
  %623 = load float, ptr %622, align 4
  %624 = shufflevector <8 x float> %620, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %625 = shufflevector <8 x float> %620, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %626 = fadd <4 x float> %624, %625
  %627 = shufflevector <4 x float> %626, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %628 = shufflevector <4 x float> %626, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %629 = fadd <2 x float> %627, %628
  %shift722.1 = shufflevector <2 x float> %629, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %630 = fadd <2 x float> %629, %shift722.1
  %631 = extractelement <2 x float> %630, i64 0
  %632 = fmul float %631, 1.250000e-01
  %633 = fadd float %623, %632
  store float %633, ptr %622, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0550, 2
  %exitcond629.not.1 = icmp eq i64 %i8.next.1, 64
  br i1 %exitcond629.not.1, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  br i1 %154, label %i4.head.preheader, label %tt.head.preheader

tt.body:                                          ; preds = %tt.body.lr.ph, %i16.exit.1
  %tt.addr.0576 = phi i64 [ 0, %tt.body.lr.ph ], [ %tt.next, %i16.exit.1 ]
  %tl2 = sub nsw i64 %153, %tt.addr.0576
  %634 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %634, i64 %153)
  %635 = add nsw i64 %ptl, %t0
  %636 = shl nsw i64 %635, 1
  %637 = mul nsw i64 %636, %H
  %638 = getelementptr inbounds float, ptr %betah, i64 %637
  %639 = load float, ptr %638, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %640 = icmp slt i64 %634, %L
  %.neg = fneg float %639
  %641 = select i1 %640, float %.neg, float -0.000000e+00
  %642 = mul nsw i64 %636, %sq
  %643 = shl nsw i64 %ptl, 12
  %644 = shl nsw i64 %ptl, 7
  %645 = add nsw i64 %tl2, %t0
  %646 = mul nsw i64 %645, %sq
  %647 = shl nsw i64 %645, 1
  %648 = or disjoint i64 %647, 1
  %649 = mul nsw i64 %648, %sq
  %650 = getelementptr inbounds float, ptr %R, i64 %644
  %651 = or disjoint i64 %644, 8
  %652 = getelementptr inbounds float, ptr %R, i64 %651
  %653 = or disjoint i64 %644, 16
  %654 = getelementptr inbounds float, ptr %R, i64 %653
  %655 = or disjoint i64 %644, 24
  %656 = getelementptr inbounds float, ptr %R, i64 %655
  %657 = getelementptr inbounds float, ptr %oh, i64 %646
  %658 = load <8 x float>, ptr %657, align 4
  %659 = or disjoint i64 %646, 8
  %660 = getelementptr inbounds float, ptr %oh, i64 %659
  %661 = load <8 x float>, ptr %660, align 4
  %662 = or disjoint i64 %646, 16
  %663 = getelementptr inbounds float, ptr %oh, i64 %662
  %664 = load <8 x float>, ptr %663, align 4
  %665 = or disjoint i64 %646, 24
  %666 = getelementptr inbounds float, ptr %oh, i64 %665
  %667 = load <8 x float>, ptr %666, align 4
  br label %i10.body

tt.exit.loopexit:                                 ; preds = %i16.exit.1
  %.pre = load float, ptr %127, align 4
  br label %tt.exit

tt.exit:                                          ; preds = %tt.exit.loopexit, %tt.head.preheader
  %668 = phi float [ %.pre, %tt.exit.loopexit ], [ %128, %tt.head.preheader ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %669 = fneg float %668
  %invariant.gep683 = getelementptr float, ptr %kh, i64 %129
  br label %i22.body

j5.head.preheader:                                ; preds = %i10.exit.1
  %670 = insertelement <8 x float> poison, float %639, i64 0
  %671 = shufflevector <8 x float> %670, <8 x float> poison, <8 x i32> zeroinitializer
  %672 = load <8 x float>, ptr %dkTmp, align 4
  %673 = fmul <8 x float> %671, %672
  %674 = getelementptr float, ptr %kh1, i64 %642
  store <8 x float> %673, ptr %674, align 4
  %675 = load <8 x float>, ptr %33, align 4
  %676 = fmul <8 x float> %671, %675
  %677 = getelementptr float, ptr %87, i64 %642
  store <8 x float> %676, ptr %677, align 4
  %678 = load <8 x float>, ptr %34, align 4
  %679 = fmul <8 x float> %671, %678
  %680 = getelementptr float, ptr %88, i64 %642
  store <8 x float> %679, ptr %680, align 4
  %681 = load <8 x float>, ptr %35, align 4
  %682 = fmul <8 x float> %671, %681
  %683 = getelementptr float, ptr %89, i64 %642
  store <8 x float> %682, ptr %683, align 4
  %684 = load <8 x float>, ptr %36, align 4
  %685 = fmul <8 x float> %671, %684
  %686 = getelementptr float, ptr %90, i64 %642
  store <8 x float> %685, ptr %686, align 4
  %687 = load <8 x float>, ptr %37, align 4
  %688 = fmul <8 x float> %671, %687
  %689 = getelementptr float, ptr %91, i64 %642
  store <8 x float> %688, ptr %689, align 4
  %690 = load <8 x float>, ptr %38, align 4
  %691 = fmul <8 x float> %671, %690
  %692 = getelementptr float, ptr %92, i64 %642
  store <8 x float> %691, ptr %692, align 4
  %693 = load <8 x float>, ptr %39, align 4
  %694 = fmul <8 x float> %671, %693
  %695 = getelementptr float, ptr %93, i64 %642
  store <8 x float> %694, ptr %695, align 4
  br label %endif

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0557 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %775, %i10.body ]
  %dsk1.0556 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %776, %i10.body ]
  %dsk2.0555 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %777, %i10.body ]
  %dsk3.0554 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %778, %i10.body ]
  %i10.addr.0553 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %696 = shl nuw nsw i64 %i10.addr.0553, 6
  %697 = getelementptr inbounds float, ptr %dS, i64 %696
  %698 = load <8 x float>, ptr %697, align 4
  %699 = or disjoint i64 %696, 8
  %700 = getelementptr inbounds float, ptr %dS, i64 %699
  %701 = load <8 x float>, ptr %700, align 4
  %702 = or disjoint i64 %696, 16
  %703 = getelementptr inbounds float, ptr %dS, i64 %702
  %704 = load <8 x float>, ptr %703, align 4
  %705 = or disjoint i64 %696, 24
  %706 = getelementptr inbounds float, ptr %dS, i64 %705
  %707 = load <8 x float>, ptr %706, align 4
  %708 = getelementptr float, ptr %kh, i64 %i10.addr.0553
  %709 = getelementptr float, ptr %708, i64 %642
  %710 = load float, ptr %709, align 4
  %711 = fmul float %641, %710
  %712 = load <8 x float>, ptr %dSkPrev, align 4
  %713 = add nuw nsw i64 %696, %643
  %714 = getelementptr inbounds float, ptr %Sh, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = load <8 x float>, ptr %650, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %716, <8 x float> zeroinitializer)
  %718 = fneg <8 x float> %715
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %712, <8 x float> %717)
  %720 = insertelement <8 x float> poison, float %711, i64 0
  %721 = shufflevector <8 x float> %720, <8 x float> poison, <8 x i32> zeroinitializer
  %722 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %712, <8 x float> %698)
  %723 = load <8 x float>, ptr %19, align 4
  %724 = or disjoint i64 %713, 8
  %725 = getelementptr inbounds float, ptr %Sh, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = load <8 x float>, ptr %652, align 4
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %727, <8 x float> %719)
  %729 = fneg <8 x float> %726
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %723, <8 x float> %728)
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %723, <8 x float> %701)
  %732 = load <8 x float>, ptr %20, align 4
  %733 = or disjoint i64 %713, 16
  %734 = getelementptr inbounds float, ptr %Sh, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = load <8 x float>, ptr %654, align 4
  %737 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %736, <8 x float> %730)
  %738 = fneg <8 x float> %735
  %739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> %732, <8 x float> %737)
  %740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %732, <8 x float> %704)
  %741 = load <8 x float>, ptr %21, align 4
  %742 = or disjoint i64 %713, 24
  %743 = getelementptr inbounds float, ptr %Sh, i64 %742
  %744 = load <8 x float>, ptr %743, align 4
  %745 = load <8 x float>, ptr %656, align 4
  %746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %745, <8 x float> %739)
  %747 = fneg <8 x float> %744
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %741, <8 x float> %746)
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %741, <8 x float> %707)
  %750 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0553
  %751 = load float, ptr %750, align 4
  %752 = shufflevector <8 x float> %748, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %753 = shufflevector <8 x float> %748, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %754 = fadd <4 x float> %752, %753
  %755 = shufflevector <4 x float> %754, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %756 = shufflevector <4 x float> %754, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %757 = fadd <2 x float> %755, %756
  %shift723 = shufflevector <2 x float> %757, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %758 = fadd <2 x float> %757, %shift723
  %759 = extractelement <2 x float> %758, i64 0
  %760 = fadd float %751, %759
  store float %760, ptr %750, align 4
  %761 = or disjoint i64 %i10.addr.0553, %646
  %762 = getelementptr inbounds float, ptr %qh, i64 %761
  %763 = load float, ptr %762, align 4
  %764 = fmul float %763, 1.250000e-01
  %765 = insertelement <8 x float> poison, float %764, i64 0
  %766 = shufflevector <8 x float> %765, <8 x float> poison, <8 x i32> zeroinitializer
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %658, <8 x float> %722)
  %768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %661, <8 x float> %731)
  %769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %664, <8 x float> %740)
  %770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %667, <8 x float> %749)
  %771 = getelementptr float, ptr %708, i64 %649
  %772 = load float, ptr %771, align 4
  %773 = insertelement <8 x float> poison, float %772, i64 0
  %774 = shufflevector <8 x float> %773, <8 x float> poison, <8 x i32> zeroinitializer
  %775 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %767, <8 x float> %dsk.0557)
  %776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %768, <8 x float> %dsk1.0556)
  %777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %769, <8 x float> %dsk2.0555)
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %770, <8 x float> %dsk3.0554)
  store <8 x float> %767, ptr %697, align 4
  store <8 x float> %768, ptr %700, align 4
  store <8 x float> %769, ptr %703, align 4
  store <8 x float> %770, ptr %706, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0553, 1
  %exitcond630.not = icmp eq i64 %i10.next, 64
  br i1 %exitcond630.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %775, ptr %dSk, align 4
  store <8 x float> %776, ptr %22, align 4
  store <8 x float> %777, ptr %23, align 4
  store <8 x float> %778, ptr %24, align 4
  %779 = or disjoint i64 %644, 32
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  %781 = or disjoint i64 %644, 40
  %782 = getelementptr inbounds float, ptr %R, i64 %781
  %783 = or disjoint i64 %644, 48
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  %785 = or disjoint i64 %644, 56
  %786 = getelementptr inbounds float, ptr %R, i64 %785
  %787 = or disjoint i64 %646, 32
  %788 = getelementptr inbounds float, ptr %oh, i64 %787
  %789 = load <8 x float>, ptr %788, align 4
  %790 = or disjoint i64 %646, 40
  %791 = getelementptr inbounds float, ptr %oh, i64 %790
  %792 = load <8 x float>, ptr %791, align 4
  %793 = or disjoint i64 %646, 48
  %794 = getelementptr inbounds float, ptr %oh, i64 %793
  %795 = load <8 x float>, ptr %794, align 4
  %796 = or disjoint i64 %646, 56
  %797 = getelementptr inbounds float, ptr %oh, i64 %796
  %798 = load <8 x float>, ptr %797, align 4
  br label %i10.body.1

i10.body.1:                                       ; preds = %i10.body.1, %i10.exit
  %dsk.0557.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %880, %i10.body.1 ]
  %dsk1.0556.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %881, %i10.body.1 ]
  %dsk2.0555.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %882, %i10.body.1 ]
  %dsk3.0554.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %883, %i10.body.1 ]
  %i10.addr.0553.1 = phi i64 [ 0, %i10.exit ], [ %i10.next.1, %i10.body.1 ]
  %799 = shl nuw nsw i64 %i10.addr.0553.1, 6
  %800 = or disjoint i64 %799, 32
  %801 = getelementptr inbounds float, ptr %dS, i64 %800
  %802 = load <8 x float>, ptr %801, align 4
  %803 = or disjoint i64 %799, 40
  %804 = getelementptr inbounds float, ptr %dS, i64 %803
  %805 = load <8 x float>, ptr %804, align 4
  %806 = or disjoint i64 %799, 48
  %807 = getelementptr inbounds float, ptr %dS, i64 %806
  %808 = load <8 x float>, ptr %807, align 4
  %809 = or disjoint i64 %799, 56
  %810 = getelementptr inbounds float, ptr %dS, i64 %809
  %811 = load <8 x float>, ptr %810, align 4
  %812 = getelementptr float, ptr %kh, i64 %i10.addr.0553.1
  %813 = getelementptr float, ptr %812, i64 %642
  %814 = load float, ptr %813, align 4
  %815 = fmul float %641, %814
  %816 = load <8 x float>, ptr %25, align 4
  %817 = add nuw nsw i64 %799, %643
  %818 = or disjoint i64 %817, 32
  %819 = getelementptr inbounds float, ptr %Sh, i64 %818
  %820 = load <8 x float>, ptr %819, align 4
  %821 = load <8 x float>, ptr %780, align 4
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> %821, <8 x float> zeroinitializer)
  %823 = fneg <8 x float> %820
  %824 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> %816, <8 x float> %822)
  %825 = insertelement <8 x float> poison, float %815, i64 0
  %826 = shufflevector <8 x float> %825, <8 x float> poison, <8 x i32> zeroinitializer
  %827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %816, <8 x float> %802)
  %828 = load <8 x float>, ptr %26, align 4
  %829 = or disjoint i64 %817, 40
  %830 = getelementptr inbounds float, ptr %Sh, i64 %829
  %831 = load <8 x float>, ptr %830, align 4
  %832 = load <8 x float>, ptr %782, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %832, <8 x float> %824)
  %834 = fneg <8 x float> %831
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %828, <8 x float> %833)
  %836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %828, <8 x float> %805)
  %837 = load <8 x float>, ptr %27, align 4
  %838 = or disjoint i64 %817, 48
  %839 = getelementptr inbounds float, ptr %Sh, i64 %838
  %840 = load <8 x float>, ptr %839, align 4
  %841 = load <8 x float>, ptr %784, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %808, <8 x float> %841, <8 x float> %835)
  %843 = fneg <8 x float> %840
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> %837, <8 x float> %842)
  %845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %837, <8 x float> %808)
  %846 = load <8 x float>, ptr %28, align 4
  %847 = or disjoint i64 %817, 56
  %848 = getelementptr inbounds float, ptr %Sh, i64 %847
  %849 = load <8 x float>, ptr %848, align 4
  %850 = load <8 x float>, ptr %786, align 4
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> %850, <8 x float> %844)
  %852 = fneg <8 x float> %849
  %853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %846, <8 x float> %851)
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %846, <8 x float> %811)
  %855 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0553.1
  %856 = load float, ptr %855, align 4
  %857 = shufflevector <8 x float> %853, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %858 = shufflevector <8 x float> %853, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %859 = fadd <4 x float> %857, %858
  %860 = shufflevector <4 x float> %859, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %861 = shufflevector <4 x float> %859, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %862 = fadd <2 x float> %860, %861
  %shift724 = shufflevector <2 x float> %862, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %863 = fadd <2 x float> %862, %shift724
  %864 = extractelement <2 x float> %863, i64 0
  %865 = fadd float %856, %864
  store float %865, ptr %855, align 4
  %866 = or disjoint i64 %i10.addr.0553.1, %646
  %867 = getelementptr inbounds float, ptr %qh, i64 %866
  %868 = load float, ptr %867, align 4
  %869 = fmul float %868, 1.250000e-01
  %870 = insertelement <8 x float> poison, float %869, i64 0
  %871 = shufflevector <8 x float> %870, <8 x float> poison, <8 x i32> zeroinitializer
  %872 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %789, <8 x float> %827)
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %792, <8 x float> %836)
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %795, <8 x float> %845)
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %798, <8 x float> %854)
  %876 = getelementptr float, ptr %812, i64 %649
  %877 = load float, ptr %876, align 4
  %878 = insertelement <8 x float> poison, float %877, i64 0
  %879 = shufflevector <8 x float> %878, <8 x float> poison, <8 x i32> zeroinitializer
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %872, <8 x float> %dsk.0557.1)
  %881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %873, <8 x float> %dsk1.0556.1)
  %882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %874, <8 x float> %dsk2.0555.1)
  %883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %875, <8 x float> %dsk3.0554.1)
  store <8 x float> %872, ptr %801, align 4
  store <8 x float> %873, ptr %804, align 4
  store <8 x float> %874, ptr %807, align 4
  store <8 x float> %875, ptr %810, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0553.1, 1
  %exitcond630.1.not = icmp eq i64 %i10.next.1, 64
  br i1 %exitcond630.1.not, label %i10.exit.1, label %i10.body.1

i10.exit.1:                                       ; preds = %i10.body.1
  store <8 x float> %880, ptr %29, align 4
  store <8 x float> %881, ptr %30, align 4
  store <8 x float> %882, ptr %31, align 4
  store <8 x float> %883, ptr %32, align 4
  br i1 %640, label %j5.head.preheader, label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit.1
  %884 = mul nsw i64 %648, %H
  %885 = getelementptr inbounds float, ptr %betah, i64 %884
  %886 = load float, ptr %885, align 4
  %887 = insertelement <8 x float> poison, float %886, i64 0
  %888 = shufflevector <8 x float> %887, <8 x float> poison, <8 x i32> zeroinitializer
  %889 = fmul <8 x float> %888, %775
  %890 = getelementptr float, ptr %vh1, i64 %649
  store <8 x float> %889, ptr %890, align 4
  %891 = fmul <8 x float> %888, %776
  %892 = getelementptr float, ptr %94, i64 %649
  store <8 x float> %891, ptr %892, align 4
  %893 = fmul <8 x float> %888, %777
  %894 = getelementptr float, ptr %95, i64 %649
  store <8 x float> %893, ptr %894, align 4
  %895 = fmul <8 x float> %888, %778
  %896 = getelementptr float, ptr %96, i64 %649
  store <8 x float> %895, ptr %896, align 4
  %897 = fmul <8 x float> %888, %880
  %898 = getelementptr float, ptr %97, i64 %649
  store <8 x float> %897, ptr %898, align 4
  %899 = fmul <8 x float> %888, %881
  %900 = getelementptr float, ptr %98, i64 %649
  store <8 x float> %899, ptr %900, align 4
  %901 = fmul <8 x float> %888, %882
  %902 = getelementptr float, ptr %99, i64 %649
  store <8 x float> %901, ptr %902, align 4
  %903 = fmul <8 x float> %888, %883
  %904 = getelementptr float, ptr %100, i64 %649
  store <8 x float> %903, ptr %904, align 4
  %.idx586 = shl i64 %tl2, 9
  %905 = getelementptr i8, ptr %R, i64 %.idx586
  %906 = getelementptr i8, ptr %905, i64 256
  %907 = load <8 x float>, ptr %906, align 4
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %907, <8 x float> zeroinitializer)
  %909 = getelementptr i8, ptr %40, i64 %.idx586
  %910 = getelementptr i8, ptr %909, i64 256
  %911 = load <8 x float>, ptr %910, align 4
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> %911, <8 x float> %908)
  %913 = getelementptr i8, ptr %41, i64 %.idx586
  %914 = getelementptr i8, ptr %913, i64 256
  %915 = load <8 x float>, ptr %914, align 4
  %916 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %915, <8 x float> %912)
  %917 = getelementptr i8, ptr %42, i64 %.idx586
  %918 = getelementptr i8, ptr %917, i64 256
  %919 = load <8 x float>, ptr %918, align 4
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %919, <8 x float> %916)
  %921 = getelementptr i8, ptr %43, i64 %.idx586
  %922 = getelementptr i8, ptr %921, i64 256
  %923 = load <8 x float>, ptr %922, align 4
  %924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %880, <8 x float> %923, <8 x float> %920)
  %925 = getelementptr i8, ptr %44, i64 %.idx586
  %926 = getelementptr i8, ptr %925, i64 256
  %927 = load <8 x float>, ptr %926, align 4
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> %927, <8 x float> %924)
  %929 = getelementptr i8, ptr %45, i64 %.idx586
  %930 = getelementptr i8, ptr %929, i64 256
  %931 = load <8 x float>, ptr %930, align 4
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %931, <8 x float> %928)
  %933 = getelementptr i8, ptr %46, i64 %.idx586
  %934 = getelementptr i8, ptr %933, i64 256
  %935 = load <8 x float>, ptr %934, align 4
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %883, <8 x float> %935, <8 x float> %932)
  %937 = shufflevector <8 x float> %936, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %938 = shufflevector <8 x float> %936, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %939 = fadd <4 x float> %937, %938
  %940 = shufflevector <4 x float> %939, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %941 = shufflevector <4 x float> %939, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %942 = fadd <2 x float> %940, %941
  %shift725 = shufflevector <2 x float> %942, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %943 = fadd <2 x float> %942, %shift725
  %944 = extractelement <2 x float> %943, i64 0
  %945 = getelementptr inbounds float, ptr %betah1, i64 %884
  store float %944, ptr %945, align 4
  store <8 x float> %775, ptr %dSkPrev, align 4
  store <8 x float> %776, ptr %19, align 4
  store <8 x float> %777, ptr %20, align 4
  store <8 x float> %778, ptr %21, align 4
  store <8 x float> %880, ptr %25, align 4
  store <8 x float> %881, ptr %26, align 4
  store <8 x float> %882, ptr %27, align 4
  store <8 x float> %883, ptr %28, align 4
  %946 = mul nsw i64 %647, %H
  %947 = getelementptr inbounds float, ptr %betah, i64 %946
  %948 = load float, ptr %947, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %949 = fneg float %886
  %950 = mul nsw i64 %647, %sq
  %951 = shl nsw i64 %tl2, 12
  %952 = shl i64 %tl2, 7
  %953 = or disjoint i64 %952, 64
  %954 = getelementptr inbounds float, ptr %R, i64 %952
  %955 = getelementptr inbounds float, ptr %R, i64 %953
  %956 = or disjoint i64 %952, 8
  %957 = getelementptr inbounds float, ptr %R, i64 %956
  %958 = or disjoint i64 %952, 72
  %959 = getelementptr inbounds float, ptr %R, i64 %958
  %960 = or disjoint i64 %952, 16
  %961 = getelementptr inbounds float, ptr %R, i64 %960
  %962 = or disjoint i64 %952, 80
  %963 = getelementptr inbounds float, ptr %R, i64 %962
  %964 = or disjoint i64 %952, 24
  %965 = getelementptr inbounds float, ptr %R, i64 %964
  %966 = or disjoint i64 %952, 88
  %967 = getelementptr inbounds float, ptr %R, i64 %966
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0569 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0568 = phi <8 x float> [ zeroinitializer, %endif ], [ %1051, %i16.body ]
  %dsk6.0567 = phi <8 x float> [ zeroinitializer, %endif ], [ %1050, %i16.body ]
  %dsk5.0566 = phi <8 x float> [ zeroinitializer, %endif ], [ %1049, %i16.body ]
  %dsk4.0565 = phi <8 x float> [ zeroinitializer, %endif ], [ %1048, %i16.body ]
  %968 = shl nuw nsw i64 %i16.addr.0569, 6
  %969 = getelementptr inbounds float, ptr %dS, i64 %968
  %970 = load <8 x float>, ptr %969, align 4
  %971 = or disjoint i64 %968, 8
  %972 = getelementptr inbounds float, ptr %dS, i64 %971
  %973 = load <8 x float>, ptr %972, align 4
  %974 = or disjoint i64 %968, 16
  %975 = getelementptr inbounds float, ptr %dS, i64 %974
  %976 = load <8 x float>, ptr %975, align 4
  %977 = or disjoint i64 %968, 24
  %978 = getelementptr inbounds float, ptr %dS, i64 %977
  %979 = load <8 x float>, ptr %978, align 4
  %980 = getelementptr float, ptr %kh, i64 %i16.addr.0569
  %981 = getelementptr float, ptr %980, i64 %649
  %982 = load float, ptr %981, align 4
  %983 = fmul float %982, %949
  %984 = getelementptr float, ptr %980, i64 %950
  %985 = load float, ptr %984, align 4
  %986 = fmul float %948, %985
  %987 = load <8 x float>, ptr %dSkPrev, align 4
  %988 = add nuw nsw i64 %968, %951
  %989 = getelementptr inbounds float, ptr %Sh, i64 %988
  %990 = load <8 x float>, ptr %989, align 4
  %991 = load <8 x float>, ptr %954, align 4
  %992 = insertelement <8 x float> poison, float %986, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %991, <8 x float> %990)
  %995 = load <8 x float>, ptr %955, align 4
  %996 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %995, <8 x float> zeroinitializer)
  %997 = fneg <8 x float> %994
  %998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %987, <8 x float> %996)
  %999 = insertelement <8 x float> poison, float %983, i64 0
  %1000 = shufflevector <8 x float> %999, <8 x float> poison, <8 x i32> zeroinitializer
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %987, <8 x float> %970)
  %1002 = load <8 x float>, ptr %19, align 4
  %1003 = or disjoint i64 %988, 8
  %1004 = getelementptr inbounds float, ptr %Sh, i64 %1003
  %1005 = load <8 x float>, ptr %1004, align 4
  %1006 = load <8 x float>, ptr %957, align 4
  %1007 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1006, <8 x float> %1005)
  %1008 = load <8 x float>, ptr %959, align 4
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %1008, <8 x float> %998)
  %1010 = fneg <8 x float> %1007
  %1011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1010, <8 x float> %1002, <8 x float> %1009)
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1002, <8 x float> %973)
  %1013 = load <8 x float>, ptr %20, align 4
  %1014 = or disjoint i64 %988, 16
  %1015 = getelementptr inbounds float, ptr %Sh, i64 %1014
  %1016 = load <8 x float>, ptr %1015, align 4
  %1017 = load <8 x float>, ptr %961, align 4
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1017, <8 x float> %1016)
  %1019 = load <8 x float>, ptr %963, align 4
  %1020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> %1019, <8 x float> %1011)
  %1021 = fneg <8 x float> %1018
  %1022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %1013, <8 x float> %1020)
  %1023 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1013, <8 x float> %976)
  %1024 = load <8 x float>, ptr %21, align 4
  %1025 = or disjoint i64 %988, 24
  %1026 = getelementptr inbounds float, ptr %Sh, i64 %1025
  %1027 = load <8 x float>, ptr %1026, align 4
  %1028 = load <8 x float>, ptr %965, align 4
  %1029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1028, <8 x float> %1027)
  %1030 = load <8 x float>, ptr %967, align 4
  %1031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %1030, <8 x float> %1022)
  %1032 = fneg <8 x float> %1029
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> %1024, <8 x float> %1031)
  %1034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1024, <8 x float> %979)
  %1035 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0569
  %1036 = load float, ptr %1035, align 4
  %1037 = shufflevector <8 x float> %1033, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1038 = shufflevector <8 x float> %1033, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1039 = fadd <4 x float> %1037, %1038
  %1040 = shufflevector <4 x float> %1039, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1041 = shufflevector <4 x float> %1039, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1042 = fadd <2 x float> %1040, %1041
  %shift726 = shufflevector <2 x float> %1042, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1043 = fadd <2 x float> %1042, %shift726
  %1044 = extractelement <2 x float> %1043, i64 0
  %1045 = fadd float %1036, %1044
  store float %1045, ptr %1035, align 4
  %1046 = insertelement <8 x float> poison, float %985, i64 0
  %1047 = shufflevector <8 x float> %1046, <8 x float> poison, <8 x i32> zeroinitializer
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1001, <8 x float> %dsk4.0565)
  %1049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1012, <8 x float> %dsk5.0566)
  %1050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1023, <8 x float> %dsk6.0567)
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1034, <8 x float> %dsk7.0568)
  store <8 x float> %1001, ptr %969, align 4
  store <8 x float> %1012, ptr %972, align 4
  store <8 x float> %1023, ptr %975, align 4
  store <8 x float> %1034, ptr %978, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0569, 1
  %exitcond631.not = icmp eq i64 %i16.next, 64
  br i1 %exitcond631.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %1048, ptr %dSk, align 4
  store <8 x float> %1049, ptr %22, align 4
  store <8 x float> %1050, ptr %23, align 4
  store <8 x float> %1051, ptr %24, align 4
  %1052 = or disjoint i64 %952, 32
  %1053 = getelementptr inbounds float, ptr %R, i64 %1052
  %1054 = or disjoint i64 %952, 96
  %1055 = getelementptr inbounds float, ptr %R, i64 %1054
  %1056 = or disjoint i64 %952, 40
  %1057 = getelementptr inbounds float, ptr %R, i64 %1056
  %1058 = or disjoint i64 %952, 104
  %1059 = getelementptr inbounds float, ptr %R, i64 %1058
  %1060 = or disjoint i64 %952, 48
  %1061 = getelementptr inbounds float, ptr %R, i64 %1060
  %1062 = or disjoint i64 %952, 112
  %1063 = getelementptr inbounds float, ptr %R, i64 %1062
  %1064 = or disjoint i64 %952, 56
  %1065 = getelementptr inbounds float, ptr %R, i64 %1064
  %1066 = or disjoint i64 %952, 120
  %1067 = getelementptr inbounds float, ptr %R, i64 %1066
  br label %i16.body.1

i16.body.1:                                       ; preds = %i16.body.1, %i16.exit
  %i16.addr.0569.1 = phi i64 [ 0, %i16.exit ], [ %i16.next.1, %i16.body.1 ]
  %dsk7.0568.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1153, %i16.body.1 ]
  %dsk6.0567.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1152, %i16.body.1 ]
  %dsk5.0566.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1151, %i16.body.1 ]
  %dsk4.0565.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1150, %i16.body.1 ]
  %1068 = shl nuw nsw i64 %i16.addr.0569.1, 6
  %1069 = or disjoint i64 %1068, 32
  %1070 = getelementptr inbounds float, ptr %dS, i64 %1069
  %1071 = load <8 x float>, ptr %1070, align 4
  %1072 = or disjoint i64 %1068, 40
  %1073 = getelementptr inbounds float, ptr %dS, i64 %1072
  %1074 = load <8 x float>, ptr %1073, align 4
  %1075 = or disjoint i64 %1068, 48
  %1076 = getelementptr inbounds float, ptr %dS, i64 %1075
  %1077 = load <8 x float>, ptr %1076, align 4
  %1078 = or disjoint i64 %1068, 56
  %1079 = getelementptr inbounds float, ptr %dS, i64 %1078
  %1080 = load <8 x float>, ptr %1079, align 4
  %1081 = getelementptr float, ptr %kh, i64 %i16.addr.0569.1
  %1082 = getelementptr float, ptr %1081, i64 %649
  %1083 = load float, ptr %1082, align 4
  %1084 = fmul float %1083, %949
  %1085 = getelementptr float, ptr %1081, i64 %950
  %1086 = load float, ptr %1085, align 4
  %1087 = fmul float %948, %1086
  %1088 = load <8 x float>, ptr %25, align 4
  %1089 = add nuw nsw i64 %1068, %951
  %1090 = or disjoint i64 %1089, 32
  %1091 = getelementptr inbounds float, ptr %Sh, i64 %1090
  %1092 = load <8 x float>, ptr %1091, align 4
  %1093 = load <8 x float>, ptr %1053, align 4
  %1094 = insertelement <8 x float> poison, float %1087, i64 0
  %1095 = shufflevector <8 x float> %1094, <8 x float> poison, <8 x i32> zeroinitializer
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1093, <8 x float> %1092)
  %1097 = load <8 x float>, ptr %1055, align 4
  %1098 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1071, <8 x float> %1097, <8 x float> zeroinitializer)
  %1099 = fneg <8 x float> %1096
  %1100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1099, <8 x float> %1088, <8 x float> %1098)
  %1101 = insertelement <8 x float> poison, float %1084, i64 0
  %1102 = shufflevector <8 x float> %1101, <8 x float> poison, <8 x i32> zeroinitializer
  %1103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1088, <8 x float> %1071)
  %1104 = load <8 x float>, ptr %26, align 4
  %1105 = or disjoint i64 %1089, 40
  %1106 = getelementptr inbounds float, ptr %Sh, i64 %1105
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = load <8 x float>, ptr %1057, align 4
  %1109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1108, <8 x float> %1107)
  %1110 = load <8 x float>, ptr %1059, align 4
  %1111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %1110, <8 x float> %1100)
  %1112 = fneg <8 x float> %1109
  %1113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> %1104, <8 x float> %1111)
  %1114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1104, <8 x float> %1074)
  %1115 = load <8 x float>, ptr %27, align 4
  %1116 = or disjoint i64 %1089, 48
  %1117 = getelementptr inbounds float, ptr %Sh, i64 %1116
  %1118 = load <8 x float>, ptr %1117, align 4
  %1119 = load <8 x float>, ptr %1061, align 4
  %1120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1119, <8 x float> %1118)
  %1121 = load <8 x float>, ptr %1063, align 4
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> %1121, <8 x float> %1113)
  %1123 = fneg <8 x float> %1120
  %1124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> %1115, <8 x float> %1122)
  %1125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1115, <8 x float> %1077)
  %1126 = load <8 x float>, ptr %28, align 4
  %1127 = or disjoint i64 %1089, 56
  %1128 = getelementptr inbounds float, ptr %Sh, i64 %1127
  %1129 = load <8 x float>, ptr %1128, align 4
  %1130 = load <8 x float>, ptr %1065, align 4
  %1131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1130, <8 x float> %1129)
  %1132 = load <8 x float>, ptr %1067, align 4
  %1133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1132, <8 x float> %1124)
  %1134 = fneg <8 x float> %1131
  %1135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1126, <8 x float> %1133)
  %1136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1126, <8 x float> %1080)
  %1137 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0569.1
  %1138 = load float, ptr %1137, align 4
  %1139 = shufflevector <8 x float> %1135, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1140 = shufflevector <8 x float> %1135, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1141 = fadd <4 x float> %1139, %1140
  %1142 = shufflevector <4 x float> %1141, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1143 = shufflevector <4 x float> %1141, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1144 = fadd <2 x float> %1142, %1143
  %shift727 = shufflevector <2 x float> %1144, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1145 = fadd <2 x float> %1144, %shift727
  %1146 = extractelement <2 x float> %1145, i64 0
  %1147 = fadd float %1138, %1146
  store float %1147, ptr %1137, align 4
  %1148 = insertelement <8 x float> poison, float %1086, i64 0
  %1149 = shufflevector <8 x float> %1148, <8 x float> poison, <8 x i32> zeroinitializer
  %1150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1103, <8 x float> %dsk4.0565.1)
  %1151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1114, <8 x float> %dsk5.0566.1)
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1125, <8 x float> %dsk6.0567.1)
  %1153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1136, <8 x float> %dsk7.0568.1)
  store <8 x float> %1103, ptr %1070, align 4
  store <8 x float> %1114, ptr %1073, align 4
  store <8 x float> %1125, ptr %1076, align 4
  store <8 x float> %1136, ptr %1079, align 4
  %i16.next.1 = add nuw nsw i64 %i16.addr.0569.1, 1
  %exitcond631.1.not = icmp eq i64 %i16.next.1, 64
  br i1 %exitcond631.1.not, label %i16.exit.1, label %i16.body.1

i16.exit.1:                                       ; preds = %i16.body.1
  store <8 x float> %1150, ptr %29, align 4
  store <8 x float> %1151, ptr %30, align 4
  store <8 x float> %1152, ptr %31, align 4
  store <8 x float> %1153, ptr %32, align 4
  %1154 = load <8 x float>, ptr %dkTmp, align 4
  %1155 = fmul <8 x float> %888, %1154
  %1156 = getelementptr float, ptr %kh1, i64 %649
  store <8 x float> %1155, ptr %1156, align 4
  %1157 = load <8 x float>, ptr %47, align 4
  %1158 = fmul <8 x float> %888, %1157
  %1159 = getelementptr float, ptr %101, i64 %649
  store <8 x float> %1158, ptr %1159, align 4
  %1160 = load <8 x float>, ptr %48, align 4
  %1161 = fmul <8 x float> %888, %1160
  %1162 = getelementptr float, ptr %102, i64 %649
  store <8 x float> %1161, ptr %1162, align 4
  %1163 = load <8 x float>, ptr %49, align 4
  %1164 = fmul <8 x float> %888, %1163
  %1165 = getelementptr float, ptr %103, i64 %649
  store <8 x float> %1164, ptr %1165, align 4
  %1166 = load <8 x float>, ptr %50, align 4
  %1167 = fmul <8 x float> %888, %1166
  %1168 = getelementptr float, ptr %104, i64 %649
  store <8 x float> %1167, ptr %1168, align 4
  %1169 = load <8 x float>, ptr %51, align 4
  %1170 = fmul <8 x float> %888, %1169
  %1171 = getelementptr float, ptr %105, i64 %649
  store <8 x float> %1170, ptr %1171, align 4
  %1172 = load <8 x float>, ptr %52, align 4
  %1173 = fmul <8 x float> %888, %1172
  %1174 = getelementptr float, ptr %106, i64 %649
  store <8 x float> %1173, ptr %1174, align 4
  %1175 = load <8 x float>, ptr %53, align 4
  %1176 = fmul <8 x float> %888, %1175
  %1177 = getelementptr float, ptr %107, i64 %649
  store <8 x float> %1176, ptr %1177, align 4
  %1178 = insertelement <8 x float> poison, float %948, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, ptr %dSk, align 4
  %1181 = fmul <8 x float> %1179, %1180
  %1182 = getelementptr float, ptr %vh1, i64 %950
  store <8 x float> %1181, ptr %1182, align 4
  %1183 = load <8 x float>, ptr %22, align 4
  %1184 = fmul <8 x float> %1179, %1183
  %1185 = getelementptr float, ptr %94, i64 %950
  store <8 x float> %1184, ptr %1185, align 4
  %1186 = load <8 x float>, ptr %23, align 4
  %1187 = fmul <8 x float> %1179, %1186
  %1188 = getelementptr float, ptr %95, i64 %950
  store <8 x float> %1187, ptr %1188, align 4
  %1189 = load <8 x float>, ptr %24, align 4
  %1190 = fmul <8 x float> %1179, %1189
  %1191 = getelementptr float, ptr %96, i64 %950
  store <8 x float> %1190, ptr %1191, align 4
  %1192 = fmul <8 x float> %1179, %1150
  %1193 = getelementptr float, ptr %97, i64 %950
  store <8 x float> %1192, ptr %1193, align 4
  %1194 = fmul <8 x float> %1179, %1151
  %1195 = getelementptr float, ptr %98, i64 %950
  store <8 x float> %1194, ptr %1195, align 4
  %1196 = fmul <8 x float> %1179, %1152
  %1197 = getelementptr float, ptr %99, i64 %950
  store <8 x float> %1196, ptr %1197, align 4
  %1198 = fmul <8 x float> %1179, %1153
  %1199 = getelementptr float, ptr %100, i64 %950
  store <8 x float> %1198, ptr %1199, align 4
  %1200 = load <8 x float>, ptr %905, align 4
  %1201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> %1200, <8 x float> zeroinitializer)
  %1202 = load <8 x float>, ptr %909, align 4
  %1203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1183, <8 x float> %1202, <8 x float> %1201)
  %1204 = load <8 x float>, ptr %913, align 4
  %1205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1186, <8 x float> %1204, <8 x float> %1203)
  %1206 = load <8 x float>, ptr %917, align 4
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> %1206, <8 x float> %1205)
  %1208 = load <8 x float>, ptr %921, align 4
  %1209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1150, <8 x float> %1208, <8 x float> %1207)
  %1210 = load <8 x float>, ptr %925, align 4
  %1211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1210, <8 x float> %1209)
  %1212 = load <8 x float>, ptr %929, align 4
  %1213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1152, <8 x float> %1212, <8 x float> %1211)
  %1214 = load <8 x float>, ptr %933, align 4
  %1215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1153, <8 x float> %1214, <8 x float> %1213)
  %1216 = shufflevector <8 x float> %1215, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1217 = shufflevector <8 x float> %1215, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1218 = fadd <4 x float> %1216, %1217
  %1219 = shufflevector <4 x float> %1218, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1220 = shufflevector <4 x float> %1218, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1221 = fadd <2 x float> %1219, %1220
  %shift728 = shufflevector <2 x float> %1221, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1222 = fadd <2 x float> %1221, %shift728
  %1223 = extractelement <2 x float> %1222, i64 0
  %1224 = getelementptr inbounds float, ptr %betah1, i64 %946
  store float %1223, ptr %1224, align 4
  store <8 x float> %1180, ptr %dSkPrev, align 4
  store <8 x float> %1183, ptr %19, align 4
  store <8 x float> %1186, ptr %20, align 4
  store <8 x float> %1189, ptr %21, align 4
  %1225 = load <8 x float>, ptr %29, align 4
  store <8 x float> %1225, ptr %25, align 4
  %1226 = load <8 x float>, ptr %30, align 4
  store <8 x float> %1226, ptr %26, align 4
  %1227 = load <8 x float>, ptr %31, align 4
  store <8 x float> %1227, ptr %27, align 4
  %1228 = load <8 x float>, ptr %32, align 4
  store <8 x float> %1228, ptr %28, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0576, 1
  %exitcond634.not = icmp eq i64 %tt.next, %smax633
  br i1 %exitcond634.not, label %tt.exit.loopexit, label %tt.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0578 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %1229 = shl nuw nsw i64 %i22.addr.0578, 6
  %1230 = getelementptr inbounds float, ptr %dS, i64 %1229
  %1231 = load <8 x float>, ptr %1230, align 4
  %1232 = or disjoint i64 %1229, 8
  %1233 = getelementptr inbounds float, ptr %dS, i64 %1232
  %1234 = load <8 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %1229, 16
  %1236 = getelementptr inbounds float, ptr %dS, i64 %1235
  %1237 = load <8 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %1229, 24
  %1239 = getelementptr inbounds float, ptr %dS, i64 %1238
  %1240 = load <8 x float>, ptr %1239, align 4
  %gep684 = getelementptr float, ptr %invariant.gep683, i64 %i22.addr.0578
  %1241 = load float, ptr %gep684, align 4
  %1242 = fmul float %1241, %669
  %1243 = load <8 x float>, ptr %dSkPrev, align 4
  %1244 = getelementptr inbounds float, ptr %Sh, i64 %1229
  %1245 = load <8 x float>, ptr %1244, align 4
  %1246 = load <8 x float>, ptr %R, align 4
  %1247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> %1246, <8 x float> zeroinitializer)
  %1248 = fneg <8 x float> %1245
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1243, <8 x float> %1247)
  %1250 = insertelement <8 x float> poison, float %1242, i64 0
  %1251 = shufflevector <8 x float> %1250, <8 x float> poison, <8 x i32> zeroinitializer
  %1252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1243, <8 x float> %1231)
  %1253 = load <8 x float>, ptr %54, align 4
  %1254 = getelementptr inbounds float, ptr %Sh, i64 %1232
  %1255 = load <8 x float>, ptr %1254, align 4
  %1256 = load <8 x float>, ptr %55, align 4
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1234, <8 x float> %1256, <8 x float> %1249)
  %1258 = fneg <8 x float> %1255
  %1259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1258, <8 x float> %1253, <8 x float> %1257)
  %1260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1253, <8 x float> %1234)
  %1261 = load <8 x float>, ptr %56, align 4
  %1262 = getelementptr inbounds float, ptr %Sh, i64 %1235
  %1263 = load <8 x float>, ptr %1262, align 4
  %1264 = load <8 x float>, ptr %57, align 4
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1237, <8 x float> %1264, <8 x float> %1259)
  %1266 = fneg <8 x float> %1263
  %1267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1261, <8 x float> %1265)
  %1268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1261, <8 x float> %1237)
  %1269 = load <8 x float>, ptr %58, align 4
  %1270 = getelementptr inbounds float, ptr %Sh, i64 %1238
  %1271 = load <8 x float>, ptr %1270, align 4
  %1272 = load <8 x float>, ptr %59, align 4
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> %1272, <8 x float> %1267)
  %1274 = fneg <8 x float> %1271
  %1275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1274, <8 x float> %1269, <8 x float> %1273)
  %1276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1269, <8 x float> %1240)
  %1277 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0578
  %1278 = load float, ptr %1277, align 4
  %1279 = shufflevector <8 x float> %1275, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1280 = shufflevector <8 x float> %1275, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1281 = fadd <4 x float> %1279, %1280
  %1282 = shufflevector <4 x float> %1281, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1283 = shufflevector <4 x float> %1281, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1284 = fadd <2 x float> %1282, %1283
  %shift729 = shufflevector <2 x float> %1284, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1285 = fadd <2 x float> %1284, %shift729
  %1286 = extractelement <2 x float> %1285, i64 0
  %1287 = fadd float %1278, %1286
  store float %1287, ptr %1277, align 4
  store <8 x float> %1252, ptr %1230, align 4
  store <8 x float> %1260, ptr %1233, align 4
  store <8 x float> %1268, ptr %1236, align 4
  store <8 x float> %1276, ptr %1239, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0578, 1
  %exitcond635.not = icmp eq i64 %i22.next, 64
  br i1 %exitcond635.not, label %i22.exit, label %i22.body

i22.exit:                                         ; preds = %i22.body
  %invariant.gep685 = getelementptr float, ptr %kh, i64 %129
  br label %i22.body.1

i22.body.1:                                       ; preds = %i22.body.1, %i22.exit
  %i22.addr.0578.1 = phi i64 [ 0, %i22.exit ], [ %i22.next.1, %i22.body.1 ]
  %1288 = shl nuw nsw i64 %i22.addr.0578.1, 6
  %1289 = or disjoint i64 %1288, 32
  %1290 = getelementptr inbounds float, ptr %dS, i64 %1289
  %1291 = load <8 x float>, ptr %1290, align 4
  %1292 = or disjoint i64 %1288, 40
  %1293 = getelementptr inbounds float, ptr %dS, i64 %1292
  %1294 = load <8 x float>, ptr %1293, align 4
  %1295 = or disjoint i64 %1288, 48
  %1296 = getelementptr inbounds float, ptr %dS, i64 %1295
  %1297 = load <8 x float>, ptr %1296, align 4
  %1298 = or disjoint i64 %1288, 56
  %1299 = getelementptr inbounds float, ptr %dS, i64 %1298
  %1300 = load <8 x float>, ptr %1299, align 4
  %gep686 = getelementptr float, ptr %invariant.gep685, i64 %i22.addr.0578.1
  %1301 = load float, ptr %gep686, align 4
  %1302 = fmul float %1301, %669
  %1303 = load <8 x float>, ptr %60, align 4
  %1304 = getelementptr inbounds float, ptr %Sh, i64 %1289
  %1305 = load <8 x float>, ptr %1304, align 4
  %1306 = load <8 x float>, ptr %61, align 4
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1291, <8 x float> %1306, <8 x float> zeroinitializer)
  %1308 = fneg <8 x float> %1305
  %1309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1308, <8 x float> %1303, <8 x float> %1307)
  %1310 = insertelement <8 x float> poison, float %1302, i64 0
  %1311 = shufflevector <8 x float> %1310, <8 x float> poison, <8 x i32> zeroinitializer
  %1312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1303, <8 x float> %1291)
  %1313 = load <8 x float>, ptr %62, align 4
  %1314 = getelementptr inbounds float, ptr %Sh, i64 %1292
  %1315 = load <8 x float>, ptr %1314, align 4
  %1316 = load <8 x float>, ptr %63, align 4
  %1317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1294, <8 x float> %1316, <8 x float> %1309)
  %1318 = fneg <8 x float> %1315
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1313, <8 x float> %1317)
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1313, <8 x float> %1294)
  %1321 = load <8 x float>, ptr %64, align 4
  %1322 = getelementptr inbounds float, ptr %Sh, i64 %1295
  %1323 = load <8 x float>, ptr %1322, align 4
  %1324 = load <8 x float>, ptr %65, align 4
  %1325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> %1324, <8 x float> %1319)
  %1326 = fneg <8 x float> %1323
  %1327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1326, <8 x float> %1321, <8 x float> %1325)
  %1328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1321, <8 x float> %1297)
  %1329 = load <8 x float>, ptr %66, align 4
  %1330 = getelementptr inbounds float, ptr %Sh, i64 %1298
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = load <8 x float>, ptr %67, align 4
  %1333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1300, <8 x float> %1332, <8 x float> %1327)
  %1334 = fneg <8 x float> %1331
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> %1329, <8 x float> %1333)
  %1336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1329, <8 x float> %1300)
  %1337 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0578.1
  %1338 = load float, ptr %1337, align 4
  %1339 = shufflevector <8 x float> %1335, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1340 = shufflevector <8 x float> %1335, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1341 = fadd <4 x float> %1339, %1340
  %1342 = shufflevector <4 x float> %1341, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1343 = shufflevector <4 x float> %1341, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1344 = fadd <2 x float> %1342, %1343
  %shift730 = shufflevector <2 x float> %1344, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1345 = fadd <2 x float> %1344, %shift730
  %1346 = extractelement <2 x float> %1345, i64 0
  %1347 = fadd float %1338, %1346
  store float %1347, ptr %1337, align 4
  store <8 x float> %1312, ptr %1290, align 4
  store <8 x float> %1320, ptr %1293, align 4
  store <8 x float> %1328, ptr %1296, align 4
  store <8 x float> %1336, ptr %1299, align 4
  %i22.next.1 = add nuw nsw i64 %i22.addr.0578.1, 1
  %exitcond635.1.not = icmp eq i64 %i22.next.1, 64
  br i1 %exitcond635.1.not, label %i22.exit.1, label %i22.body.1

i22.exit.1:                                       ; preds = %i22.body.1
  %1348 = insertelement <8 x float> poison, float %668, i64 0
  %1349 = shufflevector <8 x float> %1348, <8 x float> poison, <8 x i32> zeroinitializer
  %1350 = load <8 x float>, ptr %dkTmp, align 4
  %1351 = fmul <8 x float> %1349, %1350
  %1352 = getelementptr float, ptr %kh1, i64 %129
  store <8 x float> %1351, ptr %1352, align 4
  %1353 = load <8 x float>, ptr %68, align 4
  %1354 = fmul <8 x float> %1349, %1353
  %1355 = getelementptr float, ptr %108, i64 %129
  store <8 x float> %1354, ptr %1355, align 4
  %1356 = load <8 x float>, ptr %69, align 4
  %1357 = fmul <8 x float> %1349, %1356
  %1358 = getelementptr float, ptr %109, i64 %129
  store <8 x float> %1357, ptr %1358, align 4
  %1359 = load <8 x float>, ptr %70, align 4
  %1360 = fmul <8 x float> %1349, %1359
  %1361 = getelementptr float, ptr %110, i64 %129
  store <8 x float> %1360, ptr %1361, align 4
  %1362 = load <8 x float>, ptr %71, align 4
  %1363 = fmul <8 x float> %1349, %1362
  %1364 = getelementptr float, ptr %111, i64 %129
  store <8 x float> %1363, ptr %1364, align 4
  %1365 = load <8 x float>, ptr %72, align 4
  %1366 = fmul <8 x float> %1349, %1365
  %1367 = getelementptr float, ptr %112, i64 %129
  store <8 x float> %1366, ptr %1367, align 4
  %1368 = load <8 x float>, ptr %73, align 4
  %1369 = fmul <8 x float> %1349, %1368
  %1370 = getelementptr float, ptr %113, i64 %129
  store <8 x float> %1369, ptr %1370, align 4
  %1371 = load <8 x float>, ptr %74, align 4
  %1372 = fmul <8 x float> %1349, %1371
  %1373 = getelementptr float, ptr %114, i64 %129
  store <8 x float> %1372, ptr %1373, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0581, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond637.not = icmp eq i64 %cc.next, %smax636
  br i1 %exitcond637.not, label %i24.head.preheader, label %cc.body
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
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %c.exit
  %bh.addr.0209 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %c.exit ]
  %b = sdiv i64 %bh.addr.0209, %H
  %h = srem i64 %bh.addr.0209, %H
  %2 = mul nsw i64 %b, %H
  %bT = add nsw i64 %2, %h
  %3 = mul i64 %1, %b
  %bTn = add nsw i64 %3, %h
  %4 = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds float, ptr %q, i64 %4
  %5 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %5
  %vh = getelementptr inbounds float, ptr %v, i64 %5
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %4
  %S.idx = shl nsw i64 %bh.addr.0209, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %6 = load float, ptr %betah, align 4
  %7 = insertelement <8 x float> poison, float %6, i64 0
  %8 = shufflevector <8 x float> %7, <8 x float> poison, <8 x i32> zeroinitializer
  %9 = getelementptr inbounds float, ptr %betah, i64 %H
  %10 = load float, ptr %9, align 4
  %11 = insertelement <8 x float> poison, float %10, i64 0
  %12 = shufflevector <8 x float> %11, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i.head.preheader

bh.exit:                                          ; preds = %c.exit, %entry
  ret void

i.head.preheader:                                 ; preds = %bh.body, %i2.exit
  %13 = phi i1 [ true, %bh.body ], [ false, %i2.exit ]
  %c.addr.0208 = phi i64 [ 0, %bh.body ], [ 32, %i2.exit ]
  %14 = or disjoint i64 %c.addr.0208, 8
  %15 = or disjoint i64 %c.addr.0208, 16
  %16 = or disjoint i64 %c.addr.0208, 24
  br label %i.body

c.exit:                                           ; preds = %i2.exit
  %bh.next = add nsw i64 %bh.addr.0209, 1
  %exitcond229.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond229.not, label %bh.exit, label %bh.body

i.body:                                           ; preds = %i.body, %i.head.preheader
  %acc.0189 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %68, %i.body ]
  %acc1.0188 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %72, %i.body ]
  %acc2.0187 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %76, %i.body ]
  %acc3.0186 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %80, %i.body ]
  %acc4.0185 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %90, %i.body ]
  %acc5.0184 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %94, %i.body ]
  %acc6.0183 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %98, %i.body ]
  %acc7.0182 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %102, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %i.head.preheader ], [ %i.next.1, %i.body ]
  %17 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %18 = load float, ptr %17, align 4
  %19 = shl nuw nsw i64 %i.addr.0181, 6
  %20 = or disjoint i64 %19, %c.addr.0208
  %21 = getelementptr inbounds float, ptr %S, i64 %20
  %22 = load <8 x float>, ptr %21, align 4
  %23 = insertelement <8 x float> poison, float %18, i64 0
  %24 = shufflevector <8 x float> %23, <8 x float> poison, <8 x i32> zeroinitializer
  %25 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %22, <8 x float> %acc.0189)
  %26 = or disjoint i64 %19, %14
  %27 = getelementptr inbounds float, ptr %S, i64 %26
  %28 = load <8 x float>, ptr %27, align 4
  %29 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %28, <8 x float> %acc1.0188)
  %30 = or disjoint i64 %19, %15
  %31 = getelementptr inbounds float, ptr %S, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %32, <8 x float> %acc2.0187)
  %34 = or disjoint i64 %19, %16
  %35 = getelementptr inbounds float, ptr %S, i64 %34
  %36 = load <8 x float>, ptr %35, align 4
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %36, <8 x float> %acc3.0186)
  %38 = or disjoint i64 %i.addr.0181, 1
  %39 = getelementptr inbounds float, ptr %kh, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = shl nuw nsw i64 %38, 6
  %42 = or disjoint i64 %41, %c.addr.0208
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = insertelement <8 x float> poison, float %40, i64 0
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %44, <8 x float> %acc4.0185)
  %48 = or disjoint i64 %41, %14
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <8 x float>, ptr %49, align 4
  %51 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %50, <8 x float> %acc5.0184)
  %52 = or disjoint i64 %41, %15
  %53 = getelementptr inbounds float, ptr %S, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %54, <8 x float> %acc6.0183)
  %56 = or disjoint i64 %41, %16
  %57 = getelementptr inbounds float, ptr %S, i64 %56
  %58 = load <8 x float>, ptr %57, align 4
  %59 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %58, <8 x float> %acc7.0182)
  %i.next = or disjoint i64 %i.addr.0181, 2
  %60 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %61 = load float, ptr %60, align 4
  %62 = shl nuw nsw i64 %i.next, 6
  %63 = or disjoint i64 %62, %c.addr.0208
  %64 = getelementptr inbounds float, ptr %S, i64 %63
  %65 = load <8 x float>, ptr %64, align 4
  %66 = insertelement <8 x float> poison, float %61, i64 0
  %67 = shufflevector <8 x float> %66, <8 x float> poison, <8 x i32> zeroinitializer
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %65, <8 x float> %25)
  %69 = or disjoint i64 %62, %14
  %70 = getelementptr inbounds float, ptr %S, i64 %69
  %71 = load <8 x float>, ptr %70, align 4
  %72 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %71, <8 x float> %29)
  %73 = or disjoint i64 %62, %15
  %74 = getelementptr inbounds float, ptr %S, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %75, <8 x float> %33)
  %77 = or disjoint i64 %62, %16
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <8 x float>, ptr %78, align 4
  %80 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %79, <8 x float> %37)
  %81 = or disjoint i64 %i.addr.0181, 3
  %82 = getelementptr inbounds float, ptr %kh, i64 %81
  %83 = load float, ptr %82, align 4
  %84 = shl nuw nsw i64 %81, 6
  %85 = or disjoint i64 %84, %c.addr.0208
  %86 = getelementptr inbounds float, ptr %S, i64 %85
  %87 = load <8 x float>, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %83, i64 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %87, <8 x float> %47)
  %91 = or disjoint i64 %84, %14
  %92 = getelementptr inbounds float, ptr %S, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %93, <8 x float> %51)
  %95 = or disjoint i64 %84, %15
  %96 = getelementptr inbounds float, ptr %S, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %97, <8 x float> %55)
  %99 = or disjoint i64 %84, %16
  %100 = getelementptr inbounds float, ptr %S, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %101, <8 x float> %59)
  %i.next.1 = add nuw nsw i64 %i.addr.0181, 4
  %103 = icmp ult i64 %i.next, 62
  br i1 %103, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %104 = getelementptr inbounds float, ptr %vh, i64 %c.addr.0208
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %90, %68
  %107 = fsub <8 x float> %105, %106
  %108 = fmul <8 x float> %8, %107
  %109 = getelementptr inbounds float, ptr %vh, i64 %14
  %110 = load <8 x float>, ptr %109, align 4
  %111 = fadd <8 x float> %94, %72
  %112 = fsub <8 x float> %110, %111
  %113 = fmul <8 x float> %8, %112
  %114 = getelementptr inbounds float, ptr %vh, i64 %15
  %115 = load <8 x float>, ptr %114, align 4
  %116 = fadd <8 x float> %98, %76
  %117 = fsub <8 x float> %115, %116
  %118 = fmul <8 x float> %8, %117
  %119 = getelementptr inbounds float, ptr %vh, i64 %16
  %120 = load <8 x float>, ptr %119, align 4
  %121 = fadd <8 x float> %102, %80
  %122 = fsub <8 x float> %120, %121
  %123 = fmul <8 x float> %8, %122
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %138, %i1.body ]
  %acc9.0197 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %143, %i1.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %148, %i1.body ]
  %acc11.0195 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %153, %i1.body ]
  %i1.addr.0194 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0193 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %184, %i1.body ]
  %acc14.0192 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %179, %i1.body ]
  %acc13.0191 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %174, %i1.body ]
  %acc12.0190 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %169, %i1.body ]
  %124 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0194
  %125 = load float, ptr %124, align 4
  %126 = or disjoint i64 %i1.addr.0194, %sq
  %127 = getelementptr inbounds float, ptr %kh, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = insertelement <8 x float> poison, float %125, i64 0
  %130 = shufflevector <8 x float> %129, <8 x float> poison, <8 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i1.addr.0194, 6
  %132 = or disjoint i64 %131, %c.addr.0208
  %133 = getelementptr inbounds float, ptr %S, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %108, <8 x float> %134)
  store <8 x float> %135, ptr %133, align 4
  %136 = insertelement <8 x float> poison, float %128, i64 0
  %137 = shufflevector <8 x float> %136, <8 x float> poison, <8 x i32> zeroinitializer
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %135, <8 x float> %acc832.0198)
  %139 = or disjoint i64 %131, %14
  %140 = getelementptr inbounds float, ptr %S, i64 %139
  %141 = load <8 x float>, ptr %140, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %113, <8 x float> %141)
  store <8 x float> %142, ptr %140, align 4
  %143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %142, <8 x float> %acc9.0197)
  %144 = or disjoint i64 %131, %15
  %145 = getelementptr inbounds float, ptr %S, i64 %144
  %146 = load <8 x float>, ptr %145, align 4
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %118, <8 x float> %146)
  store <8 x float> %147, ptr %145, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %147, <8 x float> %acc10.0196)
  %149 = or disjoint i64 %131, %16
  %150 = getelementptr inbounds float, ptr %S, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %123, <8 x float> %151)
  store <8 x float> %152, ptr %150, align 4
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %152, <8 x float> %acc11.0195)
  %154 = or disjoint i64 %i1.addr.0194, 1
  %155 = getelementptr inbounds float, ptr %kh, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = or disjoint i64 %154, %sq
  %158 = getelementptr inbounds float, ptr %kh, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = insertelement <8 x float> poison, float %156, i64 0
  %161 = shufflevector <8 x float> %160, <8 x float> poison, <8 x i32> zeroinitializer
  %162 = shl nuw nsw i64 %154, 6
  %163 = or disjoint i64 %162, %c.addr.0208
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %108, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = insertelement <8 x float> poison, float %159, i64 0
  %168 = shufflevector <8 x float> %167, <8 x float> poison, <8 x i32> zeroinitializer
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %166, <8 x float> %acc12.0190)
  %170 = or disjoint i64 %162, %14
  %171 = getelementptr inbounds float, ptr %S, i64 %170
  %172 = load <8 x float>, ptr %171, align 4
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %113, <8 x float> %172)
  store <8 x float> %173, ptr %171, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %173, <8 x float> %acc13.0191)
  %175 = or disjoint i64 %162, %15
  %176 = getelementptr inbounds float, ptr %S, i64 %175
  %177 = load <8 x float>, ptr %176, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %118, <8 x float> %177)
  store <8 x float> %178, ptr %176, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %178, <8 x float> %acc14.0192)
  %180 = or disjoint i64 %162, %16
  %181 = getelementptr inbounds float, ptr %S, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %123, <8 x float> %182)
  store <8 x float> %183, ptr %181, align 4
  %184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %183, <8 x float> %acc15.0193)
  %i1.next = add nuw nsw i64 %i1.addr.0194, 2
  %185 = icmp ult i64 %i1.addr.0194, 62
  br i1 %185, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %186 = or disjoint i64 %c.addr.0208, %sq
  %187 = getelementptr inbounds float, ptr %vh, i64 %186
  %188 = load <8 x float>, ptr %187, align 4
  %189 = fadd <8 x float> %169, %138
  %190 = fsub <8 x float> %188, %189
  %191 = fmul <8 x float> %12, %190
  %192 = or disjoint i64 %14, %sq
  %193 = getelementptr inbounds float, ptr %vh, i64 %192
  %194 = load <8 x float>, ptr %193, align 4
  %195 = fadd <8 x float> %174, %143
  %196 = fsub <8 x float> %194, %195
  %197 = fmul <8 x float> %12, %196
  %198 = or disjoint i64 %15, %sq
  %199 = getelementptr inbounds float, ptr %vh, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fadd <8 x float> %179, %148
  %202 = fsub <8 x float> %200, %201
  %203 = fmul <8 x float> %12, %202
  %204 = or disjoint i64 %16, %sq
  %205 = getelementptr inbounds float, ptr %vh, i64 %204
  %206 = load <8 x float>, ptr %205, align 4
  %207 = fadd <8 x float> %184, %153
  %208 = fsub <8 x float> %206, %207
  %209 = fmul <8 x float> %12, %208
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0202 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %269, %i2.body ]
  %acc18.0201 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %264, %i2.body ]
  %acc17.0200 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %259, %i2.body ]
  %acc16.0199 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %254, %i2.body ]
  %210 = or disjoint i64 %i2.addr.0207, %sq
  %211 = getelementptr inbounds float, ptr %kh, i64 %210
  %212 = load float, ptr %211, align 4
  %213 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> poison, float %212, i64 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = shl nuw nsw i64 %i2.addr.0207, 6
  %218 = or disjoint i64 %217, %c.addr.0208
  %219 = getelementptr inbounds float, ptr %S, i64 %218
  %220 = load <8 x float>, ptr %219, align 4
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %191, <8 x float> %220)
  store <8 x float> %221, ptr %219, align 4
  %222 = insertelement <8 x float> poison, float %214, i64 0
  %223 = shufflevector <8 x float> %222, <8 x float> poison, <8 x i32> zeroinitializer
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %221, <8 x float> %acc16.0199)
  %225 = or disjoint i64 %217, %14
  %226 = getelementptr inbounds float, ptr %S, i64 %225
  %227 = load <8 x float>, ptr %226, align 4
  %228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %197, <8 x float> %227)
  store <8 x float> %228, ptr %226, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %228, <8 x float> %acc17.0200)
  %230 = or disjoint i64 %217, %15
  %231 = getelementptr inbounds float, ptr %S, i64 %230
  %232 = load <8 x float>, ptr %231, align 4
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %203, <8 x float> %232)
  store <8 x float> %233, ptr %231, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %233, <8 x float> %acc18.0201)
  %235 = or disjoint i64 %217, %16
  %236 = getelementptr inbounds float, ptr %S, i64 %235
  %237 = load <8 x float>, ptr %236, align 4
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %209, <8 x float> %237)
  store <8 x float> %238, ptr %236, align 4
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %238, <8 x float> %acc19.0202)
  %i2.next = or disjoint i64 %i2.addr.0207, 1
  %240 = or disjoint i64 %i2.next, %sq
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %244 = load float, ptr %243, align 4
  %245 = insertelement <8 x float> poison, float %242, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = shl nuw nsw i64 %i2.next, 6
  %248 = or disjoint i64 %247, %c.addr.0208
  %249 = getelementptr inbounds float, ptr %S, i64 %248
  %250 = load <8 x float>, ptr %249, align 4
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %191, <8 x float> %250)
  store <8 x float> %251, ptr %249, align 4
  %252 = insertelement <8 x float> poison, float %244, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %251, <8 x float> %224)
  %255 = or disjoint i64 %247, %14
  %256 = getelementptr inbounds float, ptr %S, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %197, <8 x float> %257)
  store <8 x float> %258, ptr %256, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %258, <8 x float> %229)
  %260 = or disjoint i64 %247, %15
  %261 = getelementptr inbounds float, ptr %S, i64 %260
  %262 = load <8 x float>, ptr %261, align 4
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %203, <8 x float> %262)
  store <8 x float> %263, ptr %261, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %263, <8 x float> %234)
  %265 = or disjoint i64 %247, %16
  %266 = getelementptr inbounds float, ptr %S, i64 %265
  %267 = load <8 x float>, ptr %266, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %209, <8 x float> %267)
  store <8 x float> %268, ptr %266, align 4
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %268, <8 x float> %239)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0207, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 64
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %270 = fmul <8 x float> %254, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %271 = getelementptr inbounds float, ptr %oh, i64 %c.addr.0208
  store <8 x float> %270, ptr %271, align 4
  %272 = fmul <8 x float> %259, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %273 = getelementptr inbounds float, ptr %oh, i64 %14
  store <8 x float> %272, ptr %273, align 4
  %274 = fmul <8 x float> %264, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %275 = getelementptr inbounds float, ptr %oh, i64 %15
  store <8 x float> %274, ptr %275, align 4
  %276 = fmul <8 x float> %269, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %277 = getelementptr inbounds float, ptr %oh, i64 %16
  store <8 x float> %276, ptr %277, align 4
  br i1 %13, label %i.head.preheader, label %c.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
