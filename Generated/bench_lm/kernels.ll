; ---- dp_fwd_h2_k64_v64_r32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r32_nogate'
source_filename = "dp_fwd_h2_k64_v64_r32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k64_v64_r32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
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
  %bh.addr.0220 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 14
  %scevgep252 = getelementptr i8, ptr %hT, i64 %10
  %scevgep247 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0220, %H
  %h = srem i64 %bh.addr.0220, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 6
  %15 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep247, i64 16384, i1 false)
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep252, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0220, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond253.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond253.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0217 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0217
  %18 = shl i64 %17, 14
  %gep280 = getelementptr i8, ptr %invariant.gep279, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %gep280, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0217, 5
  %19 = add nuw nsw i64 %t0, 32
  %20 = shl nsw i64 %ci.addr.0217, 6
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i1.head.preheader, %i2.body
  %acc.0193 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %30, %i2.body ]
  %acc1.0192 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %34, %i2.body ]
  %acc2.0191 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %38, %i2.body ]
  %acc3.0190 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %42, %i2.body ]
  %acc4.0189 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %52, %i2.body ]
  %acc5.0188 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %56, %i2.body ]
  %acc6.0187 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %60, %i2.body ]
  %acc7.0186 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %64, %i2.body ]
  %i2.addr.0185 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0185, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0185, 6
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.0193)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.0192)
  %35 = or disjoint i64 %25, 32
  %36 = getelementptr inbounds float, ptr %work, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %37, <16 x float> %acc2.0191)
  %39 = or disjoint i64 %25, 48
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %41, <16 x float> %acc3.0190)
  %43 = or disjoint i64 %i2.addr.0185, 1
  %44 = or disjoint i64 %43, %21
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %43, 6
  %48 = getelementptr inbounds float, ptr %work, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = insertelement <16 x float> poison, float %46, i64 0
  %51 = shufflevector <16 x float> %50, <16 x float> poison, <16 x i32> zeroinitializer
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %49, <16 x float> %acc4.0189)
  %53 = or disjoint i64 %47, 16
  %54 = getelementptr inbounds float, ptr %work, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %55, <16 x float> %acc5.0188)
  %57 = or disjoint i64 %47, 32
  %58 = getelementptr inbounds float, ptr %work, i64 %57
  %59 = load <16 x float>, ptr %58, align 4
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %59, <16 x float> %acc6.0187)
  %61 = or disjoint i64 %47, 48
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %63, <16 x float> %acc7.0186)
  %i2.next = add nuw nsw i64 %i2.addr.0185, 2
  %65 = icmp ult i64 %i2.addr.0185, 62
  br i1 %65, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %66 = icmp slt i64 %t0, %T
  br i1 %66, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %67 = mul nsw i64 %20, %H
  %68 = getelementptr inbounds float, ptr %betah, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = insertelement <16 x float> poison, float %69, i64 0
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <16 x i32> zeroinitializer
  %72 = or disjoint i64 %21, 48
  %73 = getelementptr inbounds float, ptr %vh, i64 %72
  %74 = load <16 x float>, ptr %73, align 4
  %75 = fadd <16 x float> %64, %42
  %76 = fsub <16 x float> %74, %75
  %77 = fmul <16 x float> %71, %76
  %78 = or disjoint i64 %21, 32
  %79 = getelementptr inbounds float, ptr %vh, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = fadd <16 x float> %60, %38
  %82 = fsub <16 x float> %80, %81
  %83 = fmul <16 x float> %71, %82
  %84 = or disjoint i64 %21, 16
  %85 = getelementptr inbounds float, ptr %vh, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = fadd <16 x float> %56, %34
  %88 = fsub <16 x float> %86, %87
  %89 = fmul <16 x float> %71, %88
  %90 = getelementptr inbounds float, ptr %vh, i64 %21
  %91 = load <16 x float>, ptr %90, align 4
  %92 = fadd <16 x float> %52, %30
  %93 = fsub <16 x float> %91, %92
  %94 = fmul <16 x float> %71, %93
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0216 = phi <16 x float> [ %239, %i4.exit ], [ %94, %t.body.preheader ]
  %delta1.0215 = phi <16 x float> [ %247, %i4.exit ], [ %89, %t.body.preheader ]
  %delta2.0214 = phi <16 x float> [ %255, %i4.exit ], [ %83, %t.body.preheader ]
  %delta3.0213 = phi <16 x float> [ %263, %i4.exit ], [ %77, %t.body.preheader ]
  %t.addr.0212 = phi i64 [ %95, %i4.exit ], [ %t0, %t.body.preheader ]
  %95 = add nuw nsw i64 %t.addr.0212, 1
  %96 = shl nuw nsw i64 %t.addr.0212, 1
  %97 = mul nsw i64 %96, %sq
  %98 = or disjoint i64 %96, 1
  %99 = mul nsw i64 %98, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0217, 1
  %exitcond250.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond250.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0202 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc15.0201 = phi <16 x float> [ zeroinitializer, %t.body ], [ %160, %i3.body ]
  %acc14.0200 = phi <16 x float> [ zeroinitializer, %t.body ], [ %155, %i3.body ]
  %acc13.0199 = phi <16 x float> [ zeroinitializer, %t.body ], [ %150, %i3.body ]
  %acc12.0198 = phi <16 x float> [ zeroinitializer, %t.body ], [ %145, %i3.body ]
  %acc11.0197 = phi <16 x float> [ zeroinitializer, %t.body ], [ %129, %i3.body ]
  %acc10.0196 = phi <16 x float> [ zeroinitializer, %t.body ], [ %124, %i3.body ]
  %acc9.0195 = phi <16 x float> [ zeroinitializer, %t.body ], [ %119, %i3.body ]
  %acc832.0194 = phi <16 x float> [ zeroinitializer, %t.body ], [ %114, %i3.body ]
  %100 = or disjoint i64 %i3.addr.0202, %97
  %101 = getelementptr inbounds float, ptr %kh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = or disjoint i64 %i3.addr.0202, %99
  %104 = getelementptr inbounds float, ptr %kh, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = insertelement <16 x float> poison, float %102, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = shl nuw nsw i64 %i3.addr.0202, 6
  %109 = getelementptr inbounds float, ptr %work, i64 %108
  %110 = load <16 x float>, ptr %109, align 4
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta.0216, <16 x float> %110)
  store <16 x float> %111, ptr %109, align 4
  %112 = insertelement <16 x float> poison, float %105, i64 0
  %113 = shufflevector <16 x float> %112, <16 x float> poison, <16 x i32> zeroinitializer
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %111, <16 x float> %acc832.0194)
  %115 = or disjoint i64 %108, 16
  %116 = getelementptr inbounds float, ptr %work, i64 %115
  %117 = load <16 x float>, ptr %116, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta1.0215, <16 x float> %117)
  store <16 x float> %118, ptr %116, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %118, <16 x float> %acc9.0195)
  %120 = or disjoint i64 %108, 32
  %121 = getelementptr inbounds float, ptr %work, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta2.0214, <16 x float> %122)
  store <16 x float> %123, ptr %121, align 4
  %124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %123, <16 x float> %acc10.0196)
  %125 = or disjoint i64 %108, 48
  %126 = getelementptr inbounds float, ptr %work, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta3.0213, <16 x float> %127)
  store <16 x float> %128, ptr %126, align 4
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %128, <16 x float> %acc11.0197)
  %130 = or disjoint i64 %i3.addr.0202, 1
  %131 = or disjoint i64 %130, %97
  %132 = getelementptr inbounds float, ptr %kh, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = or disjoint i64 %130, %99
  %135 = getelementptr inbounds float, ptr %kh, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = shl nuw nsw i64 %130, 6
  %140 = getelementptr inbounds float, ptr %work, i64 %139
  %141 = load <16 x float>, ptr %140, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta.0216, <16 x float> %141)
  store <16 x float> %142, ptr %140, align 4
  %143 = insertelement <16 x float> poison, float %136, i64 0
  %144 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %142, <16 x float> %acc12.0198)
  %146 = or disjoint i64 %139, 16
  %147 = getelementptr inbounds float, ptr %work, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta1.0215, <16 x float> %148)
  store <16 x float> %149, ptr %147, align 4
  %150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %149, <16 x float> %acc13.0199)
  %151 = or disjoint i64 %139, 32
  %152 = getelementptr inbounds float, ptr %work, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta2.0214, <16 x float> %153)
  store <16 x float> %154, ptr %152, align 4
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %154, <16 x float> %acc14.0200)
  %156 = or disjoint i64 %139, 48
  %157 = getelementptr inbounds float, ptr %work, i64 %156
  %158 = load <16 x float>, ptr %157, align 4
  %159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta3.0213, <16 x float> %158)
  store <16 x float> %159, ptr %157, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %159, <16 x float> %acc15.0201)
  %i3.next = add nuw nsw i64 %i3.addr.0202, 2
  %161 = icmp ult i64 %i3.addr.0202, 62
  br i1 %161, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %95, i64 %4)
  %162 = mul nsw i64 %98, %H
  %163 = getelementptr inbounds float, ptr %betah, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = getelementptr inbounds float, ptr %vh, i64 %99
  %166 = load <16 x float>, ptr %165, align 4
  %167 = fadd <16 x float> %114, %145
  %168 = fsub <16 x float> %166, %167
  %169 = insertelement <16 x float> poison, float %164, i64 0
  %170 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %171 = fmul <16 x float> %170, %168
  %172 = or disjoint i64 %99, 16
  %173 = getelementptr inbounds float, ptr %vh, i64 %172
  %174 = load <16 x float>, ptr %173, align 4
  %175 = fadd <16 x float> %119, %150
  %176 = fsub <16 x float> %174, %175
  %177 = fmul <16 x float> %170, %176
  %178 = or disjoint i64 %99, 32
  %179 = getelementptr inbounds float, ptr %vh, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = fadd <16 x float> %124, %155
  %182 = fsub <16 x float> %180, %181
  %183 = fmul <16 x float> %170, %182
  %184 = or disjoint i64 %99, 48
  %185 = getelementptr inbounds float, ptr %vh, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fadd <16 x float> %129, %160
  %188 = fsub <16 x float> %186, %187
  %189 = fmul <16 x float> %170, %188
  %190 = mul nsw i64 %t.addr.0212, %sq
  %191 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %190
  %invariant.gep277 = getelementptr float, ptr %kh, i64 %191
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %i4.addr.0211 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc23.0210 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %226, %i4.body ]
  %acc22.0209 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %220, %i4.body ]
  %acc21.0208 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %214, %i4.body ]
  %acc20.0207 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %208, %i4.body ]
  %acc19.0206 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %225, %i4.body ]
  %acc18.0205 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %219, %i4.body ]
  %acc17.0204 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %213, %i4.body ]
  %acc16.0203 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %205, %i4.body ]
  %192 = or disjoint i64 %i4.addr.0211, %99
  %193 = getelementptr inbounds float, ptr %kh, i64 %192
  %194 = load float, ptr %193, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0211
  %195 = load float, ptr %gep, align 4
  %gep278 = getelementptr float, ptr %invariant.gep277, i64 %i4.addr.0211
  %196 = load float, ptr %gep278, align 4
  %197 = insertelement <16 x float> poison, float %194, i64 0
  %198 = shufflevector <16 x float> %197, <16 x float> poison, <16 x i32> zeroinitializer
  %199 = shl nuw nsw i64 %i4.addr.0211, 6
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %171, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = insertelement <16 x float> poison, float %195, i64 0
  %204 = shufflevector <16 x float> %203, <16 x float> poison, <16 x i32> zeroinitializer
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %202, <16 x float> %acc16.0203)
  %206 = insertelement <16 x float> poison, float %196, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %202, <16 x float> %acc20.0207)
  %209 = or disjoint i64 %199, 16
  %210 = getelementptr inbounds float, ptr %work, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %177, <16 x float> %211)
  store <16 x float> %212, ptr %210, align 4
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %212, <16 x float> %acc17.0204)
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %212, <16 x float> %acc21.0208)
  %215 = or disjoint i64 %199, 32
  %216 = getelementptr inbounds float, ptr %work, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %183, <16 x float> %217)
  store <16 x float> %218, ptr %216, align 4
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %218, <16 x float> %acc18.0205)
  %220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %218, <16 x float> %acc22.0209)
  %221 = or disjoint i64 %199, 48
  %222 = getelementptr inbounds float, ptr %work, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %189, <16 x float> %223)
  store <16 x float> %224, ptr %222, align 4
  %225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %224, <16 x float> %acc19.0206)
  %226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %224, <16 x float> %acc23.0210)
  %i4.next = add nuw nsw i64 %i4.addr.0211, 1
  %exitcond.not = icmp eq i64 %i4.next, 64
  br i1 %exitcond.not, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %227 = fmul <16 x float> %205, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %228 = getelementptr inbounds float, ptr %oh, i64 %190
  store <16 x float> %227, ptr %228, align 4
  %229 = shl nsw i64 %tn, 1
  %230 = mul nsw i64 %229, %H
  %231 = getelementptr inbounds float, ptr %betah, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = mul nsw i64 %229, %sq
  %234 = getelementptr inbounds float, ptr %vh, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = fsub <16 x float> %235, %208
  %237 = insertelement <16 x float> poison, float %232, i64 0
  %238 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = fmul <16 x float> %238, %236
  %240 = fmul <16 x float> %213, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %241 = or disjoint i64 %190, 16
  %242 = getelementptr inbounds float, ptr %oh, i64 %241
  store <16 x float> %240, ptr %242, align 4
  %243 = or disjoint i64 %233, 16
  %244 = getelementptr inbounds float, ptr %vh, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = fsub <16 x float> %245, %214
  %247 = fmul <16 x float> %238, %246
  %248 = fmul <16 x float> %219, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %249 = or disjoint i64 %190, 32
  %250 = getelementptr inbounds float, ptr %oh, i64 %249
  store <16 x float> %248, ptr %250, align 4
  %251 = or disjoint i64 %233, 32
  %252 = getelementptr inbounds float, ptr %vh, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = fsub <16 x float> %253, %220
  %255 = fmul <16 x float> %238, %254
  %256 = fmul <16 x float> %225, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %257 = or disjoint i64 %190, 48
  %258 = getelementptr inbounds float, ptr %oh, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %259 = or disjoint i64 %233, 48
  %260 = getelementptr inbounds float, ptr %vh, i64 %259
  %261 = load <16 x float>, ptr %260, align 4
  %262 = fsub <16 x float> %261, %226
  %263 = fmul <16 x float> %238, %262
  %264 = icmp slt i64 %95, %t1
  br i1 %264, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
; ---- dp_bwd_h2_k64_v64_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c32_nogate'
source_filename = "dp_bwd_h2_k64_v64_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k64_v64_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 90112
  %Bk = getelementptr inbounds i8, ptr %work, i64 32768
  %Gm = getelementptr inbounds i8, ptr %work, i64 229376
  %KSdS = getelementptr inbounds i8, ptr %work, i64 245760
  %KT = getelementptr inbounds i8, ptr %work, i64 196608
  %M = getelementptr inbounds i8, ptr %work, i64 365824
  %OY = getelementptr inbounds i8, ptr %work, i64 172032
  %PT = getelementptr inbounds i8, ptr %work, i64 327680
  %QK = getelementptr inbounds i8, ptr %work, i64 147456
  %QcT = getelementptr inbounds i8, ptr %work, i64 212992
  %Rr = getelementptr inbounds i8, ptr %work, i64 278528
  %Vn = getelementptr inbounds i8, ptr %work, i64 294912
  %VnT = getelementptr inbounds i8, ptr %work, i64 311296
  %bet = getelementptr inbounds i8, ptr %work, i64 360448
  %dKc = getelementptr inbounds i8, ptr %work, i64 344064
  %dOT = getelementptr inbounds i8, ptr %work, i64 221184
  %dQc = getelementptr inbounds i8, ptr %work, i64 335872
  %dbet = getelementptr i8, ptr %work, i64 360704
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2999 = getelementptr i8, ptr %work, i64 90752
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 14
  %7 = add i64 %6, -16384
  %8 = shl i64 %nc, 14
  %9 = shl nsw i64 %nc, 5
  %10 = add i64 %9, 72057594037927904
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -8192
  %13 = shl i64 %H, 8
  %14 = add i64 %8, -16384
  %15 = shl i64 %T, 9
  %16 = mul i64 %H, -16384
  %17 = shl i64 %H, 9
  %18 = add i64 %8, -16128
  %19 = add i64 %T, 32
  %20 = sub i64 %19, %9
  %smax3331 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %21 = sub i64 %bh1, %bh0
  %22 = getelementptr inbounds i8, ptr %work, i64 365828
  %23 = getelementptr inbounds i8, ptr %work, i64 365832
  %24 = getelementptr inbounds i8, ptr %work, i64 365836
  %25 = getelementptr inbounds i8, ptr %work, i64 365840
  %26 = getelementptr inbounds i8, ptr %work, i64 365844
  %27 = getelementptr inbounds i8, ptr %work, i64 365848
  %28 = getelementptr inbounds i8, ptr %work, i64 365852
  %29 = getelementptr inbounds i8, ptr %work, i64 365856
  %30 = getelementptr inbounds i8, ptr %work, i64 365860
  %31 = getelementptr inbounds i8, ptr %work, i64 365864
  %32 = getelementptr inbounds i8, ptr %work, i64 365868
  %33 = getelementptr inbounds i8, ptr %work, i64 365872
  %34 = getelementptr inbounds i8, ptr %work, i64 365876
  %35 = getelementptr inbounds i8, ptr %work, i64 365880
  %36 = getelementptr inbounds i8, ptr %work, i64 365884
  %37 = getelementptr inbounds i8, ptr %work, i64 365888
  %38 = getelementptr inbounds i8, ptr %work, i64 365892
  %39 = getelementptr inbounds i8, ptr %work, i64 365896
  %40 = getelementptr inbounds i8, ptr %work, i64 365900
  %41 = getelementptr inbounds i8, ptr %work, i64 365904
  %42 = getelementptr inbounds i8, ptr %work, i64 365908
  %43 = getelementptr inbounds i8, ptr %work, i64 365912
  %44 = getelementptr inbounds i8, ptr %work, i64 365916
  %45 = getelementptr inbounds i8, ptr %work, i64 365920
  %46 = getelementptr inbounds i8, ptr %work, i64 365924
  %47 = getelementptr inbounds i8, ptr %work, i64 365928
  %48 = getelementptr inbounds i8, ptr %work, i64 365932
  %49 = getelementptr inbounds i8, ptr %work, i64 365936
  %50 = getelementptr inbounds i8, ptr %work, i64 365940
  %51 = getelementptr inbounds i8, ptr %work, i64 365944
  %52 = getelementptr inbounds i8, ptr %work, i64 365948
  %invariant.gep3536 = getelementptr i8, ptr %work, i64 278784
  %invariant.gep3538 = getelementptr i8, ptr %work, i64 73984
  %invariant.gep3540 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3542 = getelementptr i8, ptr %work, i64 73728
  %invariant.gep3544 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3546 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3548 = getelementptr i8, ptr %work, i64 147456
  %invariant.gep3550 = getelementptr i8, ptr %work, i64 155648
  %invariant.gep3552 = getelementptr i8, ptr %work, i64 155904
  %invariant.gep3554 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3556 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3558 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3560 = getelementptr inbounds i8, ptr %work, i64 155840
  %invariant.gep3562 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3564 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3566 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3568 = getelementptr inbounds i8, ptr %work, i64 155840
  %53 = getelementptr inbounds i8, ptr %work, i64 278592
  %54 = getelementptr inbounds i8, ptr %work, i64 245824
  %55 = getelementptr inbounds i8, ptr %work, i64 278656
  %56 = getelementptr inbounds i8, ptr %work, i64 245888
  %57 = getelementptr inbounds i8, ptr %work, i64 278720
  %58 = getelementptr inbounds i8, ptr %work, i64 245952
  %59 = getelementptr inbounds i8, ptr %work, i64 327744
  %invariant.gep3580 = getelementptr inbounds i8, ptr %work, i64 246016
  %invariant.gep3582 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3586 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3590 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3594 = getelementptr inbounds i8, ptr %work, i64 180416
  %60 = getelementptr inbounds i8, ptr %work, i64 90176
  %invariant.gep3598 = getelementptr inbounds i8, ptr %work, i64 90752
  %invariant.gep3600 = getelementptr i8, ptr %work, i64 180480
  %invariant.gep3602 = getelementptr i8, ptr %work, i64 344320
  %invariant.gep3604 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3606 = getelementptr i8, ptr %work, i64 344064
  %61 = getelementptr inbounds i8, ptr %work, i64 335936
  %62 = getelementptr inbounds i8, ptr %work, i64 336000
  %63 = getelementptr inbounds i8, ptr %work, i64 336064
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 196672
  %invariant.gep.2 = getelementptr inbounds i8, ptr %work, i64 196736
  %invariant.gep.3 = getelementptr inbounds i8, ptr %work, i64 196800
  %invariant.gep3584 = getelementptr inbounds i8, ptr %work, i64 246080
  %invariant.gep3588 = getelementptr inbounds i8, ptr %work, i64 246144
  %invariant.gep3592 = getelementptr inbounds i8, ptr %work, i64 246208
  %invariant.gep2986.1 = getelementptr inbounds i8, ptr %work, i64 311360
  %invariant.gep2986.2 = getelementptr inbounds i8, ptr %work, i64 311424
  %invariant.gep2986.3 = getelementptr inbounds i8, ptr %work, i64 311488
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i56.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i56.exit ]
  %bh.addr.03043 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i56.exit ]
  %64 = add i64 %indvar, %bh0
  %65 = shl i64 %64, 14
  %66 = mul i64 %8, %indvar
  %67 = add i64 %7, %66
  %b = sdiv i64 %bh.addr.03043, %H
  %h = srem i64 %bh.addr.03043, %H
  %68 = mul i64 %b, %T
  %69 = mul i64 %68, %H
  %bT = add i64 %69, %h
  %70 = mul i64 %1, %68
  %bTn = add nsw i64 %70, %h
  %71 = shl nsw i64 %bT, 6
  %kh.idx = shl nsw i64 %bTn, 8
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %72 = getelementptr i8, ptr %dhT, i64 %65
  br label %j.head.preheader

bh.exit:                                          ; preds = %i56.exit, %entry
  ret void

j.head.preheader:                                 ; preds = %j.head.preheader, %bh.body
  %i.addr.02737 = phi i64 [ 0, %bh.body ], [ %i.next.7, %j.head.preheader ]
  %73 = shl nuw nsw i64 %i.addr.02737, 9
  %74 = or disjoint i64 %73, 256
  %scevgep = getelementptr i8, ptr %work, i64 %74
  %75 = shl nuw nsw i64 %i.addr.02737, 8
  %scevgep3267 = getelementptr i8, ptr %72, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.02737, 1
  %76 = shl nuw nsw i64 %i.next, 9
  %77 = or disjoint i64 %76, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %77
  %78 = shl nuw nsw i64 %i.next, 8
  %scevgep3267.1 = getelementptr i8, ptr %72, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.02737, 2
  %79 = shl nuw nsw i64 %i.next.1, 9
  %80 = or disjoint i64 %79, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %80
  %81 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3267.2 = getelementptr i8, ptr %72, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.02737, 3
  %82 = shl nuw nsw i64 %i.next.2, 9
  %83 = or disjoint i64 %82, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %83
  %84 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3267.3 = getelementptr i8, ptr %72, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.02737, 4
  %85 = shl nuw nsw i64 %i.next.3, 9
  %86 = or disjoint i64 %85, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %86
  %87 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3267.4 = getelementptr i8, ptr %72, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.02737, 5
  %88 = shl nuw nsw i64 %i.next.4, 9
  %89 = or disjoint i64 %88, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %89
  %90 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3267.5 = getelementptr i8, ptr %72, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.02737, 6
  %91 = shl nuw nsw i64 %i.next.5, 9
  %92 = or disjoint i64 %91, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %92
  %93 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3267.6 = getelementptr i8, ptr %72, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.02737, 7
  %94 = shl nuw nsw i64 %i.next.6, 9
  %95 = or disjoint i64 %94, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %95
  %96 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3267.7 = getelementptr i8, ptr %72, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3267.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.02737, 8
  %exitcond.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  %qh = getelementptr inbounds float, ptr %q, i64 %71
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %71
  br i1 %3, label %cc.body.lr.ph, label %i56.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %97 = mul nsw i64 %bh.addr.03043, %nc
  %98 = add i64 %11, %bT
  %99 = shl i64 %98, 8
  %100 = mul i64 %15, %b
  %101 = add i64 %14, %100
  %102 = mul i64 %101, %H
  %103 = shl i64 %h, 8
  %104 = add i64 %102, %103
  %105 = add i64 %18, %100
  %106 = mul i64 %105, %H
  %107 = add i64 %106, %103
  %108 = getelementptr i8, ptr %dout, i64 %99
  %109 = getelementptr i8, ptr %qh, i64 64
  %110 = getelementptr i8, ptr %qh, i64 128
  %111 = getelementptr i8, ptr %qh, i64 192
  %112 = getelementptr i8, ptr %kh, i64 64
  %113 = getelementptr i8, ptr %kh, i64 128
  %114 = getelementptr i8, ptr %kh, i64 192
  %115 = getelementptr i8, ptr %qh1, i64 64
  %116 = getelementptr i8, ptr %qh1, i64 128
  %117 = getelementptr i8, ptr %qh1, i64 192
  br label %cc.body

i56.head.preheader:                               ; preds = %t5.exit, %i.exit
  %118 = getelementptr i8, ptr %dh0, i64 %65
  br label %j41.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv3328 = phi i64 [ %20, %cc.body.lr.ph ], [ %indvars.iv.next3329, %t5.exit ]
  %cc.addr.03040 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv3328, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %119 = mul i64 %16, %cc.addr.03040
  %120 = add i64 %107, %119
  %121 = add i64 %104, %119
  %122 = mul i64 %12, %cc.addr.03040
  %123 = shl i64 %cc.addr.03040, 14
  %124 = sub i64 %67, %123
  %125 = xor i64 %cc.addr.03040, -1
  %ci = add nsw i64 %nc, %125
  %t0 = shl nsw i64 %ci, 5
  %126 = sub nsw i64 %T, %t0
  %127 = getelementptr i8, ptr %hs, i64 %124
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %128 = add nsw i64 %ci, %97
  %129 = shl nsw i64 %128, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.02739 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %130 = shl nuw nsw i64 %i1.addr.02739, 9
  %scevgep3268 = getelementptr i8, ptr %work, i64 %130
  %131 = shl nuw nsw i64 %i1.addr.02739, 8
  %scevgep3269 = getelementptr i8, ptr %127, i64 %131
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.02739, 1
  %132 = shl nuw nsw i64 %i1.next, 9
  %scevgep3268.1 = getelementptr i8, ptr %work, i64 %132
  %133 = shl nuw nsw i64 %i1.next, 8
  %scevgep3269.1 = getelementptr i8, ptr %127, i64 %133
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.02739, 2
  %134 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3268.2 = getelementptr i8, ptr %work, i64 %134
  %135 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3269.2 = getelementptr i8, ptr %127, i64 %135
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.02739, 3
  %136 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3268.3 = getelementptr i8, ptr %work, i64 %136
  %137 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3269.3 = getelementptr i8, ptr %127, i64 %137
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.02739, 4
  %138 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3268.4 = getelementptr i8, ptr %work, i64 %138
  %139 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3269.4 = getelementptr i8, ptr %127, i64 %139
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.02739, 5
  %140 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3268.5 = getelementptr i8, ptr %work, i64 %140
  %141 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3269.5 = getelementptr i8, ptr %127, i64 %141
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.02739, 6
  %142 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3268.6 = getelementptr i8, ptr %work, i64 %142
  %143 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3269.6 = getelementptr i8, ptr %127, i64 %143
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.02739, 7
  %144 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3268.7 = getelementptr i8, ptr %work, i64 %144
  %145 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3269.7 = getelementptr i8, ptr %127, i64 %145
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3268.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3269.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.02739, 8
  %exitcond3270.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3270.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.02741 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %146 = shl nuw nsw i64 %i2.addr.02741, 6
  %147 = or i64 %146, %129
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.02740 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %148 = or i64 %147, %j2.addr.02740
  %149 = getelementptr inbounds float, ptr %hs, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = or i64 %148, 512
  %152 = getelementptr inbounds float, ptr %hs, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = or i64 %148, 64
  %155 = getelementptr inbounds float, ptr %hs, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = or i64 %148, 576
  %158 = getelementptr inbounds float, ptr %hs, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = or i64 %148, 128
  %161 = getelementptr inbounds float, ptr %hs, i64 %160
  %162 = load <16 x float>, ptr %161, align 4
  %163 = or i64 %148, 640
  %164 = getelementptr inbounds float, ptr %hs, i64 %163
  %165 = load <16 x float>, ptr %164, align 4
  %166 = or i64 %148, 192
  %167 = getelementptr inbounds float, ptr %hs, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = or i64 %148, 704
  %170 = getelementptr inbounds float, ptr %hs, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = or i64 %148, 256
  %173 = getelementptr inbounds float, ptr %hs, i64 %172
  %174 = load <16 x float>, ptr %173, align 4
  %175 = or i64 %148, 768
  %176 = getelementptr inbounds float, ptr %hs, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = or i64 %148, 320
  %179 = getelementptr inbounds float, ptr %hs, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = or i64 %148, 832
  %182 = getelementptr inbounds float, ptr %hs, i64 %181
  %183 = load <16 x float>, ptr %182, align 4
  %184 = or i64 %148, 384
  %185 = getelementptr inbounds float, ptr %hs, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = or i64 %148, 896
  %188 = getelementptr inbounds float, ptr %hs, i64 %187
  %189 = load <16 x float>, ptr %188, align 4
  %190 = or i64 %148, 448
  %191 = getelementptr inbounds float, ptr %hs, i64 %190
  %192 = load <16 x float>, ptr %191, align 4
  %193 = or i64 %148, 960
  %194 = getelementptr inbounds float, ptr %hs, i64 %193
  %195 = load <16 x float>, ptr %194, align 4
  %196 = shufflevector <16 x float> %150, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %197 = shufflevector <16 x float> %174, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %198 = shufflevector <16 x float> %156, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %199 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %200 = shufflevector <16 x float> %162, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %201 = shufflevector <16 x float> %186, <16 x float> %189, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %202 = shufflevector <16 x float> %168, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %203 = shufflevector <16 x float> %192, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %204 = shufflevector <16 x float> %150, <16 x float> %153, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %205 = shufflevector <16 x float> %174, <16 x float> %177, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %206 = shufflevector <16 x float> %156, <16 x float> %159, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %207 = shufflevector <16 x float> %180, <16 x float> %183, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %208 = shufflevector <16 x float> %162, <16 x float> %165, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %209 = shufflevector <16 x float> %186, <16 x float> %189, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %210 = shufflevector <16 x float> %168, <16 x float> %171, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %211 = shufflevector <16 x float> %192, <16 x float> %195, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %212 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %213 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %214 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %215 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %216 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %217 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %218 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %219 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %220 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %221 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %222 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %223 = shufflevector <16 x float> %210, <16 x float> %211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %224 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %225 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %226 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %227 = shufflevector <16 x float> %210, <16 x float> %211, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %228 = shufflevector <16 x float> %212, <16 x float> %213, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %229 = shufflevector <16 x float> %214, <16 x float> %215, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %230 = shufflevector <16 x float> %212, <16 x float> %213, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %231 = shufflevector <16 x float> %214, <16 x float> %215, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %232 = shufflevector <16 x float> %216, <16 x float> %217, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %233 = shufflevector <16 x float> %218, <16 x float> %219, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %234 = shufflevector <16 x float> %216, <16 x float> %217, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %235 = shufflevector <16 x float> %218, <16 x float> %219, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %236 = shufflevector <16 x float> %220, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %237 = shufflevector <16 x float> %222, <16 x float> %223, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %238 = shufflevector <16 x float> %220, <16 x float> %221, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %239 = shufflevector <16 x float> %222, <16 x float> %223, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %240 = shufflevector <16 x float> %224, <16 x float> %225, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %241 = shufflevector <16 x float> %226, <16 x float> %227, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %242 = shufflevector <16 x float> %224, <16 x float> %225, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %243 = shufflevector <16 x float> %226, <16 x float> %227, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %244 = shufflevector <16 x float> %228, <16 x float> %229, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %245 = shl nuw nsw i64 %j2.addr.02740, 6
  %246 = add nuw nsw i64 %245, %i2.addr.02741
  %247 = or disjoint i64 %246, 4096
  %248 = getelementptr inbounds float, ptr %Bk, i64 %247
  store <16 x float> %244, ptr %248, align 4
  %249 = shufflevector <16 x float> %228, <16 x float> %229, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %250 = or disjoint i64 %246, 4160
  %251 = getelementptr inbounds float, ptr %Bk, i64 %250
  store <16 x float> %249, ptr %251, align 4
  %252 = shufflevector <16 x float> %230, <16 x float> %231, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %253 = or disjoint i64 %246, 4224
  %254 = getelementptr inbounds float, ptr %Bk, i64 %253
  store <16 x float> %252, ptr %254, align 4
  %255 = shufflevector <16 x float> %230, <16 x float> %231, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %256 = or disjoint i64 %246, 4288
  %257 = getelementptr inbounds float, ptr %Bk, i64 %256
  store <16 x float> %255, ptr %257, align 4
  %258 = shufflevector <16 x float> %232, <16 x float> %233, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %259 = or disjoint i64 %246, 4352
  %260 = getelementptr inbounds float, ptr %Bk, i64 %259
  store <16 x float> %258, ptr %260, align 4
  %261 = shufflevector <16 x float> %232, <16 x float> %233, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %262 = or disjoint i64 %246, 4416
  %263 = getelementptr inbounds float, ptr %Bk, i64 %262
  store <16 x float> %261, ptr %263, align 4
  %264 = shufflevector <16 x float> %234, <16 x float> %235, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %265 = or disjoint i64 %246, 4480
  %266 = getelementptr inbounds float, ptr %Bk, i64 %265
  store <16 x float> %264, ptr %266, align 4
  %267 = shufflevector <16 x float> %234, <16 x float> %235, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %268 = or disjoint i64 %246, 4544
  %269 = getelementptr inbounds float, ptr %Bk, i64 %268
  store <16 x float> %267, ptr %269, align 4
  %270 = shufflevector <16 x float> %236, <16 x float> %237, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %271 = or disjoint i64 %246, 4608
  %272 = getelementptr inbounds float, ptr %Bk, i64 %271
  store <16 x float> %270, ptr %272, align 4
  %273 = shufflevector <16 x float> %236, <16 x float> %237, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %274 = or disjoint i64 %246, 4672
  %275 = getelementptr inbounds float, ptr %Bk, i64 %274
  store <16 x float> %273, ptr %275, align 4
  %276 = shufflevector <16 x float> %238, <16 x float> %239, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %277 = or disjoint i64 %246, 4736
  %278 = getelementptr inbounds float, ptr %Bk, i64 %277
  store <16 x float> %276, ptr %278, align 4
  %279 = shufflevector <16 x float> %238, <16 x float> %239, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %280 = or disjoint i64 %246, 4800
  %281 = getelementptr inbounds float, ptr %Bk, i64 %280
  store <16 x float> %279, ptr %281, align 4
  %282 = shufflevector <16 x float> %240, <16 x float> %241, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %283 = or disjoint i64 %246, 4864
  %284 = getelementptr inbounds float, ptr %Bk, i64 %283
  store <16 x float> %282, ptr %284, align 4
  %285 = shufflevector <16 x float> %240, <16 x float> %241, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %286 = or disjoint i64 %246, 4928
  %287 = getelementptr inbounds float, ptr %Bk, i64 %286
  store <16 x float> %285, ptr %287, align 4
  %288 = shufflevector <16 x float> %242, <16 x float> %243, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %289 = or disjoint i64 %246, 4992
  %290 = getelementptr inbounds float, ptr %Bk, i64 %289
  store <16 x float> %288, ptr %290, align 4
  %291 = shufflevector <16 x float> %242, <16 x float> %243, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %292 = or disjoint i64 %246, 5056
  %293 = getelementptr inbounds float, ptr %Bk, i64 %292
  store <16 x float> %291, ptr %293, align 4
  %j2.next = add nuw nsw i64 %j2.addr.02740, 16
  %294 = icmp ult i64 %j2.addr.02740, 48
  br i1 %294, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.02741, 16
  %295 = icmp ult i64 %i2.addr.02741, 48
  br i1 %295, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.02743 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %296 = shl nuw nsw i64 %i3.addr.02743, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.02742 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %297 = add nuw nsw i64 %j3.addr.02742, %296
  %298 = or disjoint i64 %297, 64
  %299 = getelementptr inbounds float, ptr %work, i64 %298
  %300 = load <16 x float>, ptr %299, align 4
  %301 = or disjoint i64 %297, 1088
  %302 = getelementptr inbounds float, ptr %work, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = or disjoint i64 %297, 192
  %305 = getelementptr inbounds float, ptr %work, i64 %304
  %306 = load <16 x float>, ptr %305, align 4
  %307 = or disjoint i64 %297, 1216
  %308 = getelementptr inbounds float, ptr %work, i64 %307
  %309 = load <16 x float>, ptr %308, align 4
  %310 = or disjoint i64 %297, 320
  %311 = getelementptr inbounds float, ptr %work, i64 %310
  %312 = load <16 x float>, ptr %311, align 4
  %313 = or disjoint i64 %297, 1344
  %314 = getelementptr inbounds float, ptr %work, i64 %313
  %315 = load <16 x float>, ptr %314, align 4
  %316 = or disjoint i64 %297, 448
  %317 = getelementptr inbounds float, ptr %work, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = or disjoint i64 %297, 1472
  %320 = getelementptr inbounds float, ptr %work, i64 %319
  %321 = load <16 x float>, ptr %320, align 4
  %322 = or disjoint i64 %297, 576
  %323 = getelementptr inbounds float, ptr %work, i64 %322
  %324 = load <16 x float>, ptr %323, align 4
  %325 = or disjoint i64 %297, 1600
  %326 = getelementptr inbounds float, ptr %work, i64 %325
  %327 = load <16 x float>, ptr %326, align 4
  %328 = or disjoint i64 %297, 704
  %329 = getelementptr inbounds float, ptr %work, i64 %328
  %330 = load <16 x float>, ptr %329, align 4
  %331 = or disjoint i64 %297, 1728
  %332 = getelementptr inbounds float, ptr %work, i64 %331
  %333 = load <16 x float>, ptr %332, align 4
  %334 = or disjoint i64 %297, 832
  %335 = getelementptr inbounds float, ptr %work, i64 %334
  %336 = load <16 x float>, ptr %335, align 4
  %337 = or disjoint i64 %297, 1856
  %338 = getelementptr inbounds float, ptr %work, i64 %337
  %339 = load <16 x float>, ptr %338, align 4
  %340 = or disjoint i64 %297, 960
  %341 = getelementptr inbounds float, ptr %work, i64 %340
  %342 = load <16 x float>, ptr %341, align 4
  %343 = or disjoint i64 %297, 1984
  %344 = getelementptr inbounds float, ptr %work, i64 %343
  %345 = load <16 x float>, ptr %344, align 4
  %346 = shufflevector <16 x float> %300, <16 x float> %303, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %347 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %306, <16 x float> %309, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %330, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %312, <16 x float> %315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %351 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %352 = shufflevector <16 x float> %318, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %353 = shufflevector <16 x float> %342, <16 x float> %345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %354 = shufflevector <16 x float> %300, <16 x float> %303, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %355 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = shufflevector <16 x float> %306, <16 x float> %309, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %357 = shufflevector <16 x float> %330, <16 x float> %333, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = shufflevector <16 x float> %312, <16 x float> %315, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %359 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %360 = shufflevector <16 x float> %318, <16 x float> %321, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = shufflevector <16 x float> %342, <16 x float> %345, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %362 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %363 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %364 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %365 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %366 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %367 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %368 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %369 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %371 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %372 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %373 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %375 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %376 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %377 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %379 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %380 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %381 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %382 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %383 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %384 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %385 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %386 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %387 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %388 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %389 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %390 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %391 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %392 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %393 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %395 = shl nuw nsw i64 %j3.addr.02742, 6
  %396 = add nuw nsw i64 %395, %i3.addr.02743
  %397 = getelementptr inbounds float, ptr %Bk, i64 %396
  store <16 x float> %394, ptr %397, align 4
  %398 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %399 = or disjoint i64 %396, 64
  %400 = getelementptr inbounds float, ptr %Bk, i64 %399
  store <16 x float> %398, ptr %400, align 4
  %401 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %402 = or disjoint i64 %396, 128
  %403 = getelementptr inbounds float, ptr %Bk, i64 %402
  store <16 x float> %401, ptr %403, align 4
  %404 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %405 = or disjoint i64 %396, 192
  %406 = getelementptr inbounds float, ptr %Bk, i64 %405
  store <16 x float> %404, ptr %406, align 4
  %407 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %408 = or disjoint i64 %396, 256
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %407, ptr %409, align 4
  %410 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %411 = or disjoint i64 %396, 320
  %412 = getelementptr inbounds float, ptr %Bk, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %414 = or disjoint i64 %396, 384
  %415 = getelementptr inbounds float, ptr %Bk, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %417 = or disjoint i64 %396, 448
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %420 = or disjoint i64 %396, 512
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %423 = or disjoint i64 %396, 576
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %426 = or disjoint i64 %396, 640
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %429 = or disjoint i64 %396, 704
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %432 = or disjoint i64 %396, 768
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %435 = or disjoint i64 %396, 832
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %438 = or disjoint i64 %396, 896
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %441 = or disjoint i64 %396, 960
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %j3.next = add nuw nsw i64 %j3.addr.02742, 16
  %443 = icmp ult i64 %j3.addr.02742, 48
  br i1 %443, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.02743, 16
  %444 = icmp ult i64 %i3.addr.02743, 48
  br i1 %444, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %445 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %446 = select <8 x i1> %445, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %447 = shl nsw i64 %index, 7
  %448 = shl i64 %index, 7
  %449 = or disjoint i64 %448, 128
  %450 = shl i64 %index, 7
  %451 = or disjoint i64 %450, 256
  %452 = shl i64 %index, 7
  %453 = or disjoint i64 %452, 384
  %454 = shl i64 %index, 7
  %455 = or disjoint i64 %454, 512
  %456 = shl i64 %index, 7
  %457 = or disjoint i64 %456, 640
  %458 = shl i64 %index, 7
  %459 = or disjoint i64 %458, 768
  %460 = shl i64 %index, 7
  %461 = or disjoint i64 %460, 896
  %462 = getelementptr inbounds i8, ptr %M, i64 %447
  %463 = getelementptr inbounds i8, ptr %M, i64 %449
  %464 = getelementptr inbounds i8, ptr %M, i64 %451
  %465 = getelementptr inbounds i8, ptr %M, i64 %453
  %466 = getelementptr inbounds i8, ptr %M, i64 %455
  %467 = getelementptr inbounds i8, ptr %M, i64 %457
  %468 = getelementptr inbounds i8, ptr %M, i64 %459
  %469 = getelementptr inbounds i8, ptr %M, i64 %461
  %470 = extractelement <8 x float> %446, i64 0
  store float %470, ptr %462, align 4
  %471 = extractelement <8 x float> %446, i64 4
  store float %471, ptr %466, align 4
  %472 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %473 = select <8 x i1> %472, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %474 = getelementptr inbounds i8, ptr %22, i64 %447
  %475 = getelementptr inbounds i8, ptr %22, i64 %455
  %476 = extractelement <8 x float> %473, i64 0
  store float %476, ptr %474, align 4
  %477 = extractelement <8 x float> %473, i64 4
  store float %477, ptr %475, align 4
  %478 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %479 = select <8 x i1> %478, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %480 = getelementptr inbounds i8, ptr %23, i64 %447
  %481 = getelementptr inbounds i8, ptr %23, i64 %455
  %482 = extractelement <8 x float> %479, i64 0
  store float %482, ptr %480, align 4
  %483 = extractelement <8 x float> %479, i64 1
  %484 = extractelement <8 x float> %479, i64 2
  %485 = extractelement <8 x float> %479, i64 3
  %486 = extractelement <8 x float> %479, i64 4
  store float %486, ptr %481, align 4
  %487 = extractelement <8 x float> %479, i64 5
  %488 = extractelement <8 x float> %479, i64 6
  %489 = extractelement <8 x float> %479, i64 7
  %490 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %491 = select <8 x i1> %490, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %492 = getelementptr inbounds i8, ptr %24, i64 %447
  %493 = getelementptr inbounds i8, ptr %24, i64 %455
  %494 = extractelement <8 x float> %491, i64 0
  store float %494, ptr %492, align 4
  %495 = extractelement <8 x float> %491, i64 1
  %496 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %497 = insertelement <4 x float> %496, float %483, i64 2
  %498 = insertelement <4 x float> %497, float %495, i64 3
  store <4 x float> %498, ptr %463, align 4
  %499 = extractelement <8 x float> %491, i64 2
  %500 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %501 = insertelement <4 x float> %500, float %484, i64 2
  %502 = insertelement <4 x float> %501, float %499, i64 3
  store <4 x float> %502, ptr %464, align 4
  %503 = extractelement <8 x float> %491, i64 3
  %504 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %505 = insertelement <4 x float> %504, float %485, i64 2
  %506 = insertelement <4 x float> %505, float %503, i64 3
  store <4 x float> %506, ptr %465, align 4
  %507 = extractelement <8 x float> %491, i64 4
  store float %507, ptr %493, align 4
  %508 = extractelement <8 x float> %491, i64 5
  %509 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %510 = insertelement <4 x float> %509, float %487, i64 2
  %511 = insertelement <4 x float> %510, float %508, i64 3
  store <4 x float> %511, ptr %467, align 4
  %512 = extractelement <8 x float> %491, i64 6
  %513 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %514 = insertelement <4 x float> %513, float %488, i64 2
  %515 = insertelement <4 x float> %514, float %512, i64 3
  store <4 x float> %515, ptr %468, align 4
  %516 = extractelement <8 x float> %491, i64 7
  %517 = shufflevector <8 x float> %446, <8 x float> %473, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %518 = insertelement <4 x float> %517, float %489, i64 2
  %519 = insertelement <4 x float> %518, float %516, i64 3
  store <4 x float> %519, ptr %469, align 4
  %520 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %521 = select <8 x i1> %520, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %522 = getelementptr inbounds i8, ptr %25, i64 %447
  %523 = getelementptr inbounds i8, ptr %25, i64 %449
  %524 = getelementptr inbounds i8, ptr %25, i64 %451
  %525 = getelementptr inbounds i8, ptr %25, i64 %453
  %526 = getelementptr inbounds i8, ptr %25, i64 %455
  %527 = getelementptr inbounds i8, ptr %25, i64 %457
  %528 = getelementptr inbounds i8, ptr %25, i64 %459
  %529 = getelementptr inbounds i8, ptr %25, i64 %461
  %530 = extractelement <8 x float> %521, i64 0
  store float %530, ptr %522, align 4
  %531 = extractelement <8 x float> %521, i64 4
  store float %531, ptr %526, align 4
  %532 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %533 = select <8 x i1> %532, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %534 = getelementptr inbounds i8, ptr %26, i64 %447
  %535 = getelementptr inbounds i8, ptr %26, i64 %455
  %536 = extractelement <8 x float> %533, i64 0
  store float %536, ptr %534, align 4
  %537 = extractelement <8 x float> %533, i64 4
  store float %537, ptr %535, align 4
  %538 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %539 = select <8 x i1> %538, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %540 = getelementptr inbounds i8, ptr %27, i64 %447
  %541 = getelementptr inbounds i8, ptr %27, i64 %455
  %542 = extractelement <8 x float> %539, i64 0
  store float %542, ptr %540, align 4
  %543 = extractelement <8 x float> %539, i64 1
  %544 = extractelement <8 x float> %539, i64 2
  %545 = extractelement <8 x float> %539, i64 3
  %546 = extractelement <8 x float> %539, i64 4
  store float %546, ptr %541, align 4
  %547 = extractelement <8 x float> %539, i64 5
  %548 = extractelement <8 x float> %539, i64 6
  %549 = extractelement <8 x float> %539, i64 7
  %550 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %551 = select <8 x i1> %550, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %552 = getelementptr inbounds i8, ptr %28, i64 %447
  %553 = getelementptr inbounds i8, ptr %28, i64 %455
  %554 = extractelement <8 x float> %551, i64 0
  store float %554, ptr %552, align 4
  %555 = extractelement <8 x float> %551, i64 1
  %556 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %557 = insertelement <4 x float> %556, float %543, i64 2
  %558 = insertelement <4 x float> %557, float %555, i64 3
  store <4 x float> %558, ptr %523, align 4
  %559 = extractelement <8 x float> %551, i64 2
  %560 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %561 = insertelement <4 x float> %560, float %544, i64 2
  %562 = insertelement <4 x float> %561, float %559, i64 3
  store <4 x float> %562, ptr %524, align 4
  %563 = extractelement <8 x float> %551, i64 3
  %564 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %565 = insertelement <4 x float> %564, float %545, i64 2
  %566 = insertelement <4 x float> %565, float %563, i64 3
  store <4 x float> %566, ptr %525, align 4
  %567 = extractelement <8 x float> %551, i64 4
  store float %567, ptr %553, align 4
  %568 = extractelement <8 x float> %551, i64 5
  %569 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %570 = insertelement <4 x float> %569, float %547, i64 2
  %571 = insertelement <4 x float> %570, float %568, i64 3
  store <4 x float> %571, ptr %527, align 4
  %572 = extractelement <8 x float> %551, i64 6
  %573 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %574 = insertelement <4 x float> %573, float %548, i64 2
  %575 = insertelement <4 x float> %574, float %572, i64 3
  store <4 x float> %575, ptr %528, align 4
  %576 = extractelement <8 x float> %551, i64 7
  %577 = shufflevector <8 x float> %521, <8 x float> %533, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %578 = insertelement <4 x float> %577, float %549, i64 2
  %579 = insertelement <4 x float> %578, float %576, i64 3
  store <4 x float> %579, ptr %529, align 4
  %580 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %581 = select <8 x i1> %580, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %582 = getelementptr inbounds i8, ptr %29, i64 %447
  %583 = getelementptr inbounds i8, ptr %29, i64 %449
  %584 = getelementptr inbounds i8, ptr %29, i64 %451
  %585 = getelementptr inbounds i8, ptr %29, i64 %453
  %586 = getelementptr inbounds i8, ptr %29, i64 %455
  %587 = getelementptr inbounds i8, ptr %29, i64 %457
  %588 = getelementptr inbounds i8, ptr %29, i64 %459
  %589 = getelementptr inbounds i8, ptr %29, i64 %461
  %590 = extractelement <8 x float> %581, i64 0
  store float %590, ptr %582, align 4
  %591 = extractelement <8 x float> %581, i64 4
  store float %591, ptr %586, align 4
  %592 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %594 = getelementptr inbounds i8, ptr %30, i64 %447
  %595 = getelementptr inbounds i8, ptr %30, i64 %455
  %596 = extractelement <8 x float> %593, i64 0
  store float %596, ptr %594, align 4
  %597 = extractelement <8 x float> %593, i64 4
  store float %597, ptr %595, align 4
  %598 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %599 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %600 = getelementptr inbounds i8, ptr %31, i64 %447
  %601 = getelementptr inbounds i8, ptr %31, i64 %455
  %602 = extractelement <8 x float> %599, i64 0
  store float %602, ptr %600, align 4
  %603 = extractelement <8 x float> %599, i64 1
  %604 = extractelement <8 x float> %599, i64 2
  %605 = extractelement <8 x float> %599, i64 3
  %606 = extractelement <8 x float> %599, i64 4
  store float %606, ptr %601, align 4
  %607 = extractelement <8 x float> %599, i64 5
  %608 = extractelement <8 x float> %599, i64 6
  %609 = extractelement <8 x float> %599, i64 7
  %610 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %611 = select <8 x i1> %610, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %612 = getelementptr inbounds i8, ptr %32, i64 %447
  %613 = getelementptr inbounds i8, ptr %32, i64 %455
  %614 = extractelement <8 x float> %611, i64 0
  store float %614, ptr %612, align 4
  %615 = extractelement <8 x float> %611, i64 1
  %616 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %617 = insertelement <4 x float> %616, float %603, i64 2
  %618 = insertelement <4 x float> %617, float %615, i64 3
  store <4 x float> %618, ptr %583, align 4
  %619 = extractelement <8 x float> %611, i64 2
  %620 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %621 = insertelement <4 x float> %620, float %604, i64 2
  %622 = insertelement <4 x float> %621, float %619, i64 3
  store <4 x float> %622, ptr %584, align 4
  %623 = extractelement <8 x float> %611, i64 3
  %624 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %625 = insertelement <4 x float> %624, float %605, i64 2
  %626 = insertelement <4 x float> %625, float %623, i64 3
  store <4 x float> %626, ptr %585, align 4
  %627 = extractelement <8 x float> %611, i64 4
  store float %627, ptr %613, align 4
  %628 = extractelement <8 x float> %611, i64 5
  %629 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %630 = insertelement <4 x float> %629, float %607, i64 2
  %631 = insertelement <4 x float> %630, float %628, i64 3
  store <4 x float> %631, ptr %587, align 4
  %632 = extractelement <8 x float> %611, i64 6
  %633 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %634 = insertelement <4 x float> %633, float %608, i64 2
  %635 = insertelement <4 x float> %634, float %632, i64 3
  store <4 x float> %635, ptr %588, align 4
  %636 = extractelement <8 x float> %611, i64 7
  %637 = shufflevector <8 x float> %581, <8 x float> %593, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %638 = insertelement <4 x float> %637, float %609, i64 2
  %639 = insertelement <4 x float> %638, float %636, i64 3
  store <4 x float> %639, ptr %589, align 4
  %640 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %641 = select <8 x i1> %640, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %642 = getelementptr inbounds i8, ptr %33, i64 %447
  %643 = getelementptr inbounds i8, ptr %33, i64 %449
  %644 = getelementptr inbounds i8, ptr %33, i64 %451
  %645 = getelementptr inbounds i8, ptr %33, i64 %453
  %646 = getelementptr inbounds i8, ptr %33, i64 %455
  %647 = getelementptr inbounds i8, ptr %33, i64 %457
  %648 = getelementptr inbounds i8, ptr %33, i64 %459
  %649 = getelementptr inbounds i8, ptr %33, i64 %461
  %650 = extractelement <8 x float> %641, i64 0
  store float %650, ptr %642, align 4
  %651 = extractelement <8 x float> %641, i64 4
  store float %651, ptr %646, align 4
  %652 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %654 = getelementptr inbounds i8, ptr %34, i64 %447
  %655 = getelementptr inbounds i8, ptr %34, i64 %455
  %656 = extractelement <8 x float> %653, i64 0
  store float %656, ptr %654, align 4
  %657 = extractelement <8 x float> %653, i64 4
  store float %657, ptr %655, align 4
  %658 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %660 = getelementptr inbounds i8, ptr %35, i64 %447
  %661 = getelementptr inbounds i8, ptr %35, i64 %455
  %662 = extractelement <8 x float> %659, i64 0
  store float %662, ptr %660, align 4
  %663 = extractelement <8 x float> %659, i64 1
  %664 = extractelement <8 x float> %659, i64 2
  %665 = extractelement <8 x float> %659, i64 3
  %666 = extractelement <8 x float> %659, i64 4
  store float %666, ptr %661, align 4
  %667 = extractelement <8 x float> %659, i64 5
  %668 = extractelement <8 x float> %659, i64 6
  %669 = extractelement <8 x float> %659, i64 7
  %670 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %671 = select <8 x i1> %670, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %672 = getelementptr inbounds i8, ptr %36, i64 %447
  %673 = getelementptr inbounds i8, ptr %36, i64 %455
  %674 = extractelement <8 x float> %671, i64 0
  store float %674, ptr %672, align 4
  %675 = extractelement <8 x float> %671, i64 1
  %676 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %677 = insertelement <4 x float> %676, float %663, i64 2
  %678 = insertelement <4 x float> %677, float %675, i64 3
  store <4 x float> %678, ptr %643, align 4
  %679 = extractelement <8 x float> %671, i64 2
  %680 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %681 = insertelement <4 x float> %680, float %664, i64 2
  %682 = insertelement <4 x float> %681, float %679, i64 3
  store <4 x float> %682, ptr %644, align 4
  %683 = extractelement <8 x float> %671, i64 3
  %684 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %685 = insertelement <4 x float> %684, float %665, i64 2
  %686 = insertelement <4 x float> %685, float %683, i64 3
  store <4 x float> %686, ptr %645, align 4
  %687 = extractelement <8 x float> %671, i64 4
  store float %687, ptr %673, align 4
  %688 = extractelement <8 x float> %671, i64 5
  %689 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %690 = insertelement <4 x float> %689, float %667, i64 2
  %691 = insertelement <4 x float> %690, float %688, i64 3
  store <4 x float> %691, ptr %647, align 4
  %692 = extractelement <8 x float> %671, i64 6
  %693 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %694 = insertelement <4 x float> %693, float %668, i64 2
  %695 = insertelement <4 x float> %694, float %692, i64 3
  store <4 x float> %695, ptr %648, align 4
  %696 = extractelement <8 x float> %671, i64 7
  %697 = shufflevector <8 x float> %641, <8 x float> %653, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %698 = insertelement <4 x float> %697, float %669, i64 2
  %699 = insertelement <4 x float> %698, float %696, i64 3
  store <4 x float> %699, ptr %649, align 4
  %700 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %701 = select <8 x i1> %700, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %702 = getelementptr inbounds i8, ptr %37, i64 %447
  %703 = getelementptr inbounds i8, ptr %37, i64 %449
  %704 = getelementptr inbounds i8, ptr %37, i64 %451
  %705 = getelementptr inbounds i8, ptr %37, i64 %453
  %706 = getelementptr inbounds i8, ptr %37, i64 %455
  %707 = getelementptr inbounds i8, ptr %37, i64 %457
  %708 = getelementptr inbounds i8, ptr %37, i64 %459
  %709 = getelementptr inbounds i8, ptr %37, i64 %461
  %710 = extractelement <8 x float> %701, i64 0
  store float %710, ptr %702, align 4
  %711 = extractelement <8 x float> %701, i64 4
  store float %711, ptr %706, align 4
  %712 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %714 = getelementptr inbounds i8, ptr %38, i64 %447
  %715 = getelementptr inbounds i8, ptr %38, i64 %455
  %716 = extractelement <8 x float> %713, i64 0
  store float %716, ptr %714, align 4
  %717 = extractelement <8 x float> %713, i64 4
  store float %717, ptr %715, align 4
  %718 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %719 = select <8 x i1> %718, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %720 = getelementptr inbounds i8, ptr %39, i64 %447
  %721 = getelementptr inbounds i8, ptr %39, i64 %455
  %722 = extractelement <8 x float> %719, i64 0
  store float %722, ptr %720, align 4
  %723 = extractelement <8 x float> %719, i64 1
  %724 = extractelement <8 x float> %719, i64 2
  %725 = extractelement <8 x float> %719, i64 3
  %726 = extractelement <8 x float> %719, i64 4
  store float %726, ptr %721, align 4
  %727 = extractelement <8 x float> %719, i64 5
  %728 = extractelement <8 x float> %719, i64 6
  %729 = extractelement <8 x float> %719, i64 7
  %730 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %731 = select <8 x i1> %730, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %732 = getelementptr inbounds i8, ptr %40, i64 %447
  %733 = getelementptr inbounds i8, ptr %40, i64 %455
  %734 = extractelement <8 x float> %731, i64 0
  store float %734, ptr %732, align 4
  %735 = extractelement <8 x float> %731, i64 1
  %736 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %737 = insertelement <4 x float> %736, float %723, i64 2
  %738 = insertelement <4 x float> %737, float %735, i64 3
  store <4 x float> %738, ptr %703, align 4
  %739 = extractelement <8 x float> %731, i64 2
  %740 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %741 = insertelement <4 x float> %740, float %724, i64 2
  %742 = insertelement <4 x float> %741, float %739, i64 3
  store <4 x float> %742, ptr %704, align 4
  %743 = extractelement <8 x float> %731, i64 3
  %744 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %745 = insertelement <4 x float> %744, float %725, i64 2
  %746 = insertelement <4 x float> %745, float %743, i64 3
  store <4 x float> %746, ptr %705, align 4
  %747 = extractelement <8 x float> %731, i64 4
  store float %747, ptr %733, align 4
  %748 = extractelement <8 x float> %731, i64 5
  %749 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %750 = insertelement <4 x float> %749, float %727, i64 2
  %751 = insertelement <4 x float> %750, float %748, i64 3
  store <4 x float> %751, ptr %707, align 4
  %752 = extractelement <8 x float> %731, i64 6
  %753 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %754 = insertelement <4 x float> %753, float %728, i64 2
  %755 = insertelement <4 x float> %754, float %752, i64 3
  store <4 x float> %755, ptr %708, align 4
  %756 = extractelement <8 x float> %731, i64 7
  %757 = shufflevector <8 x float> %701, <8 x float> %713, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %758 = insertelement <4 x float> %757, float %729, i64 2
  %759 = insertelement <4 x float> %758, float %756, i64 3
  store <4 x float> %759, ptr %709, align 4
  %760 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %761 = select <8 x i1> %760, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %762 = getelementptr inbounds i8, ptr %41, i64 %447
  %763 = getelementptr inbounds i8, ptr %41, i64 %449
  %764 = getelementptr inbounds i8, ptr %41, i64 %451
  %765 = getelementptr inbounds i8, ptr %41, i64 %453
  %766 = getelementptr inbounds i8, ptr %41, i64 %455
  %767 = getelementptr inbounds i8, ptr %41, i64 %457
  %768 = getelementptr inbounds i8, ptr %41, i64 %459
  %769 = getelementptr inbounds i8, ptr %41, i64 %461
  %770 = extractelement <8 x float> %761, i64 0
  store float %770, ptr %762, align 4
  %771 = extractelement <8 x float> %761, i64 4
  store float %771, ptr %766, align 4
  %772 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %773 = select <8 x i1> %772, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %774 = getelementptr inbounds i8, ptr %42, i64 %447
  %775 = getelementptr inbounds i8, ptr %42, i64 %455
  %776 = extractelement <8 x float> %773, i64 0
  store float %776, ptr %774, align 4
  %777 = extractelement <8 x float> %773, i64 4
  store float %777, ptr %775, align 4
  %778 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %779 = select <8 x i1> %778, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %780 = getelementptr inbounds i8, ptr %43, i64 %447
  %781 = getelementptr inbounds i8, ptr %43, i64 %455
  %782 = extractelement <8 x float> %779, i64 0
  store float %782, ptr %780, align 4
  %783 = extractelement <8 x float> %779, i64 1
  %784 = extractelement <8 x float> %779, i64 2
  %785 = extractelement <8 x float> %779, i64 3
  %786 = extractelement <8 x float> %779, i64 4
  store float %786, ptr %781, align 4
  %787 = extractelement <8 x float> %779, i64 5
  %788 = extractelement <8 x float> %779, i64 6
  %789 = extractelement <8 x float> %779, i64 7
  %790 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %791 = select <8 x i1> %790, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %792 = getelementptr inbounds i8, ptr %44, i64 %447
  %793 = getelementptr inbounds i8, ptr %44, i64 %455
  %794 = extractelement <8 x float> %791, i64 0
  store float %794, ptr %792, align 4
  %795 = extractelement <8 x float> %791, i64 1
  %796 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %797 = insertelement <4 x float> %796, float %783, i64 2
  %798 = insertelement <4 x float> %797, float %795, i64 3
  store <4 x float> %798, ptr %763, align 4
  %799 = extractelement <8 x float> %791, i64 2
  %800 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %801 = insertelement <4 x float> %800, float %784, i64 2
  %802 = insertelement <4 x float> %801, float %799, i64 3
  store <4 x float> %802, ptr %764, align 4
  %803 = extractelement <8 x float> %791, i64 3
  %804 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %805 = insertelement <4 x float> %804, float %785, i64 2
  %806 = insertelement <4 x float> %805, float %803, i64 3
  store <4 x float> %806, ptr %765, align 4
  %807 = extractelement <8 x float> %791, i64 4
  store float %807, ptr %793, align 4
  %808 = extractelement <8 x float> %791, i64 5
  %809 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %810 = insertelement <4 x float> %809, float %787, i64 2
  %811 = insertelement <4 x float> %810, float %808, i64 3
  store <4 x float> %811, ptr %767, align 4
  %812 = extractelement <8 x float> %791, i64 6
  %813 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %814 = insertelement <4 x float> %813, float %788, i64 2
  %815 = insertelement <4 x float> %814, float %812, i64 3
  store <4 x float> %815, ptr %768, align 4
  %816 = extractelement <8 x float> %791, i64 7
  %817 = shufflevector <8 x float> %761, <8 x float> %773, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %818 = insertelement <4 x float> %817, float %789, i64 2
  %819 = insertelement <4 x float> %818, float %816, i64 3
  store <4 x float> %819, ptr %769, align 4
  %820 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %821 = select <8 x i1> %820, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %822 = getelementptr inbounds i8, ptr %45, i64 %447
  %823 = getelementptr inbounds i8, ptr %45, i64 %449
  %824 = getelementptr inbounds i8, ptr %45, i64 %451
  %825 = getelementptr inbounds i8, ptr %45, i64 %453
  %826 = getelementptr inbounds i8, ptr %45, i64 %455
  %827 = getelementptr inbounds i8, ptr %45, i64 %457
  %828 = getelementptr inbounds i8, ptr %45, i64 %459
  %829 = getelementptr inbounds i8, ptr %45, i64 %461
  %830 = extractelement <8 x float> %821, i64 0
  store float %830, ptr %822, align 4
  %831 = extractelement <8 x float> %821, i64 4
  store float %831, ptr %826, align 4
  %832 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %833 = select <8 x i1> %832, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %834 = getelementptr inbounds i8, ptr %46, i64 %447
  %835 = getelementptr inbounds i8, ptr %46, i64 %455
  %836 = extractelement <8 x float> %833, i64 0
  store float %836, ptr %834, align 4
  %837 = extractelement <8 x float> %833, i64 4
  store float %837, ptr %835, align 4
  %838 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %839 = select <8 x i1> %838, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %840 = getelementptr inbounds i8, ptr %47, i64 %447
  %841 = getelementptr inbounds i8, ptr %47, i64 %455
  %842 = extractelement <8 x float> %839, i64 0
  store float %842, ptr %840, align 4
  %843 = extractelement <8 x float> %839, i64 1
  %844 = extractelement <8 x float> %839, i64 2
  %845 = extractelement <8 x float> %839, i64 3
  %846 = extractelement <8 x float> %839, i64 4
  store float %846, ptr %841, align 4
  %847 = extractelement <8 x float> %839, i64 5
  %848 = extractelement <8 x float> %839, i64 6
  %849 = extractelement <8 x float> %839, i64 7
  %850 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %851 = select <8 x i1> %850, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %852 = getelementptr inbounds i8, ptr %48, i64 %447
  %853 = getelementptr inbounds i8, ptr %48, i64 %455
  %854 = extractelement <8 x float> %851, i64 0
  store float %854, ptr %852, align 4
  %855 = extractelement <8 x float> %851, i64 1
  %856 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %857 = insertelement <4 x float> %856, float %843, i64 2
  %858 = insertelement <4 x float> %857, float %855, i64 3
  store <4 x float> %858, ptr %823, align 4
  %859 = extractelement <8 x float> %851, i64 2
  %860 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %861 = insertelement <4 x float> %860, float %844, i64 2
  %862 = insertelement <4 x float> %861, float %859, i64 3
  store <4 x float> %862, ptr %824, align 4
  %863 = extractelement <8 x float> %851, i64 3
  %864 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %865 = insertelement <4 x float> %864, float %845, i64 2
  %866 = insertelement <4 x float> %865, float %863, i64 3
  store <4 x float> %866, ptr %825, align 4
  %867 = extractelement <8 x float> %851, i64 4
  store float %867, ptr %853, align 4
  %868 = extractelement <8 x float> %851, i64 5
  %869 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %870 = insertelement <4 x float> %869, float %847, i64 2
  %871 = insertelement <4 x float> %870, float %868, i64 3
  store <4 x float> %871, ptr %827, align 4
  %872 = extractelement <8 x float> %851, i64 6
  %873 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %874 = insertelement <4 x float> %873, float %848, i64 2
  %875 = insertelement <4 x float> %874, float %872, i64 3
  store <4 x float> %875, ptr %828, align 4
  %876 = extractelement <8 x float> %851, i64 7
  %877 = shufflevector <8 x float> %821, <8 x float> %833, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %878 = insertelement <4 x float> %877, float %849, i64 2
  %879 = insertelement <4 x float> %878, float %876, i64 3
  store <4 x float> %879, ptr %829, align 4
  %880 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %881 = select <8 x i1> %880, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %882 = getelementptr inbounds i8, ptr %49, i64 %447
  %883 = getelementptr inbounds i8, ptr %49, i64 %449
  %884 = getelementptr inbounds i8, ptr %49, i64 %451
  %885 = getelementptr inbounds i8, ptr %49, i64 %453
  %886 = getelementptr inbounds i8, ptr %49, i64 %455
  %887 = getelementptr inbounds i8, ptr %49, i64 %457
  %888 = getelementptr inbounds i8, ptr %49, i64 %459
  %889 = getelementptr inbounds i8, ptr %49, i64 %461
  %890 = extractelement <8 x float> %881, i64 0
  store float %890, ptr %882, align 4
  %891 = extractelement <8 x float> %881, i64 2
  store float %891, ptr %884, align 4
  %892 = extractelement <8 x float> %881, i64 3
  store float %892, ptr %885, align 4
  %893 = extractelement <8 x float> %881, i64 4
  store float %893, ptr %886, align 4
  %894 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %895 = select <8 x i1> %894, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %896 = getelementptr inbounds i8, ptr %50, i64 %447
  %897 = getelementptr inbounds i8, ptr %50, i64 %451
  %898 = getelementptr inbounds i8, ptr %50, i64 %453
  %899 = getelementptr inbounds i8, ptr %50, i64 %455
  %900 = extractelement <8 x float> %895, i64 0
  store float %900, ptr %896, align 4
  %901 = shufflevector <8 x float> %881, <8 x float> %895, <2 x i32> <i32 1, i32 9>
  store <2 x float> %901, ptr %883, align 4
  %902 = extractelement <8 x float> %895, i64 2
  store float %902, ptr %897, align 4
  %903 = extractelement <8 x float> %895, i64 3
  store float %903, ptr %898, align 4
  %904 = extractelement <8 x float> %895, i64 4
  store float %904, ptr %899, align 4
  %905 = shufflevector <8 x float> %881, <8 x float> %895, <2 x i32> <i32 5, i32 13>
  store <2 x float> %905, ptr %887, align 4
  %906 = shufflevector <8 x float> %881, <8 x float> %895, <2 x i32> <i32 6, i32 14>
  store <2 x float> %906, ptr %888, align 4
  %907 = shufflevector <8 x float> %881, <8 x float> %895, <2 x i32> <i32 7, i32 15>
  store <2 x float> %907, ptr %889, align 4
  %908 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %909 = select <8 x i1> %908, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %910 = getelementptr inbounds i8, ptr %51, i64 %447
  %911 = getelementptr inbounds i8, ptr %51, i64 %449
  %912 = getelementptr inbounds i8, ptr %51, i64 %451
  %913 = getelementptr inbounds i8, ptr %51, i64 %453
  %914 = getelementptr inbounds i8, ptr %51, i64 %455
  %915 = getelementptr inbounds i8, ptr %51, i64 %457
  %916 = getelementptr inbounds i8, ptr %51, i64 %459
  %917 = getelementptr inbounds i8, ptr %51, i64 %461
  %918 = extractelement <8 x float> %909, i64 0
  store float %918, ptr %910, align 4
  %919 = extractelement <8 x float> %909, i64 1
  store float %919, ptr %911, align 4
  %920 = extractelement <8 x float> %909, i64 2
  store float %920, ptr %912, align 4
  %921 = extractelement <8 x float> %909, i64 3
  store float %921, ptr %913, align 4
  %922 = extractelement <8 x float> %909, i64 4
  store float %922, ptr %914, align 4
  %923 = extractelement <8 x float> %909, i64 5
  store float %923, ptr %915, align 4
  %924 = extractelement <8 x float> %909, i64 6
  store float %924, ptr %916, align 4
  %925 = extractelement <8 x float> %909, i64 7
  store float %925, ptr %917, align 4
  %926 = getelementptr inbounds i8, ptr %52, i64 %447
  %927 = getelementptr inbounds i8, ptr %52, i64 %449
  %928 = getelementptr inbounds i8, ptr %52, i64 %451
  %929 = getelementptr inbounds i8, ptr %52, i64 %453
  %930 = getelementptr inbounds i8, ptr %52, i64 %455
  %931 = getelementptr inbounds i8, ptr %52, i64 %457
  %932 = getelementptr inbounds i8, ptr %52, i64 %459
  %933 = getelementptr inbounds i8, ptr %52, i64 %461
  store float 1.000000e+00, ptr %926, align 4
  store float 1.000000e+00, ptr %927, align 4
  store float 1.000000e+00, ptr %928, align 4
  store float 1.000000e+00, ptr %929, align 4
  store float 1.000000e+00, ptr %930, align 4
  store float 1.000000e+00, ptr %931, align 4
  store float 1.000000e+00, ptr %932, align 4
  store float 1.000000e+00, ptr %933, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %934 = icmp eq i64 %index.next, 32
  br i1 %934, label %t1.body.preheader, label %vector.body, !llvm.loop !0

t1.body.preheader:                                ; preds = %vector.body
  %935 = getelementptr i8, ptr %108, i64 %122
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02761 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %936 = shl nuw nsw i64 %t1.addr.02761, 9
  %gep3537 = getelementptr i8, ptr %invariant.gep3536, i64 %936
  %gep3539 = getelementptr i8, ptr %invariant.gep3538, i64 %936
  %gep3541 = getelementptr i8, ptr %invariant.gep3540, i64 %936
  %gep3543 = getelementptr i8, ptr %invariant.gep3542, i64 %936
  %937 = shl nuw nsw i64 %t1.addr.02761, 8
  %gep3545 = getelementptr i8, ptr %invariant.gep3544, i64 %937
  %938 = icmp sgt i64 %126, %t1.addr.02761
  br i1 %938, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3547 = getelementptr i8, ptr %invariant.gep3546, i64 %937
  %gep3549 = getelementptr i8, ptr %invariant.gep3548, i64 %937
  %gep3551 = getelementptr i8, ptr %invariant.gep3550, i64 %936
  %gep3553 = getelementptr i8, ptr %invariant.gep3552, i64 %936
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3547, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3549, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3545, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02761, 1
  %939 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %939, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3543, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3551, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3541, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %940 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %940, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3539, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3553, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3537, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %941 = mul i64 %13, %t1.addr.02761
  %scevgep3283 = getelementptr i8, ptr %935, i64 %941
  %942 = mul i64 %17, %t1.addr.02761
  %943 = add i64 %121, %942
  %scevgep3285 = getelementptr i8, ptr %k, i64 %943
  %scevgep3287 = getelementptr i8, ptr %v, i64 %943
  %944 = add i64 %120, %942
  %scevgep3289 = getelementptr i8, ptr %k, i64 %944
  %scevgep3291 = getelementptr i8, ptr %v, i64 %944
  %945 = add nuw nsw i64 %t1.addr.02761, %t0
  %946 = mul nsw i64 %945, %sq
  %947 = shl nuw nsw i64 %t1.addr.02761, 6
  %948 = getelementptr float, ptr %qh, i64 %946
  %949 = load <16 x float>, ptr %948, align 4
  %950 = fmul <16 x float> %949, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %951 = or disjoint i64 %947, 8192
  %952 = getelementptr inbounds float, ptr %Bk, i64 %951
  store <16 x float> %950, ptr %952, align 4
  %953 = getelementptr inbounds float, ptr %QK, i64 %947
  store <16 x float> %950, ptr %953, align 4
  %954 = getelementptr float, ptr %109, i64 %946
  %955 = load <16 x float>, ptr %954, align 4
  %956 = fmul <16 x float> %955, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %957 = or disjoint i64 %947, 16
  %958 = or i64 %947, 8208
  %959 = getelementptr inbounds float, ptr %Bk, i64 %958
  store <16 x float> %956, ptr %959, align 4
  %960 = getelementptr inbounds float, ptr %QK, i64 %957
  store <16 x float> %956, ptr %960, align 4
  %961 = getelementptr float, ptr %110, i64 %946
  %962 = load <16 x float>, ptr %961, align 4
  %963 = fmul <16 x float> %962, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %964 = or disjoint i64 %947, 32
  %965 = or i64 %947, 8224
  %966 = getelementptr inbounds float, ptr %Bk, i64 %965
  store <16 x float> %963, ptr %966, align 4
  %967 = getelementptr inbounds float, ptr %QK, i64 %964
  store <16 x float> %963, ptr %967, align 4
  %968 = getelementptr float, ptr %111, i64 %946
  %969 = load <16 x float>, ptr %968, align 4
  %970 = fmul <16 x float> %969, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %971 = or disjoint i64 %947, 48
  %972 = or i64 %947, 8240
  %973 = getelementptr inbounds float, ptr %Bk, i64 %972
  store <16 x float> %970, ptr %973, align 4
  %974 = getelementptr inbounds float, ptr %QK, i64 %971
  store <16 x float> %970, ptr %974, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3545, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3283, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02761, 1
  %975 = or disjoint i64 %t1.addr.02761, %t0
  %tau = shl nsw i64 %975, 1
  %976 = mul nsw i64 %tau, %H
  %977 = getelementptr inbounds float, ptr %betah, i64 %976
  %978 = load float, ptr %977, align 4
  %979 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %978, ptr %979, align 4
  %980 = mul nsw i64 %tau, %sq
  %981 = shl nuw nsw i64 %t1.addr.02761, 7
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3543, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3285, i64 256, i1 false)
  %982 = getelementptr float, ptr %kh, i64 %980
  %983 = load <16 x float>, ptr %982, align 4
  %984 = fneg <16 x float> %983
  %gep3555 = getelementptr inbounds float, ptr %invariant.gep3554, i64 %981
  store <16 x float> %984, ptr %gep3555, align 4
  %985 = getelementptr float, ptr %112, i64 %980
  %986 = load <16 x float>, ptr %985, align 4
  %987 = fneg <16 x float> %986
  %gep3557 = getelementptr inbounds float, ptr %invariant.gep3556, i64 %981
  store <16 x float> %987, ptr %gep3557, align 4
  %988 = getelementptr float, ptr %113, i64 %980
  %989 = load <16 x float>, ptr %988, align 4
  %990 = fneg <16 x float> %989
  %gep3559 = getelementptr inbounds float, ptr %invariant.gep3558, i64 %981
  store <16 x float> %990, ptr %gep3559, align 4
  %991 = getelementptr float, ptr %114, i64 %980
  %992 = load <16 x float>, ptr %991, align 4
  %993 = fneg <16 x float> %992
  %gep3561 = getelementptr inbounds float, ptr %invariant.gep3560, i64 %981
  store <16 x float> %993, ptr %gep3561, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3541, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3287, i64 256, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %994 = mul nsw i64 %tau1, %H
  %995 = getelementptr inbounds float, ptr %betah, i64 %994
  %996 = load float, ptr %995, align 4
  %997 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %996, ptr %997, align 4
  %998 = mul nsw i64 %tau1, %sq
  %999 = shl nuw nsw i64 %i7, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3539, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3289, i64 256, i1 false)
  %1000 = getelementptr float, ptr %kh, i64 %998
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = fneg <16 x float> %1001
  %gep3563 = getelementptr inbounds float, ptr %invariant.gep3562, i64 %999
  store <16 x float> %1002, ptr %gep3563, align 4
  %1003 = getelementptr float, ptr %112, i64 %998
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = fneg <16 x float> %1004
  %gep3565 = getelementptr inbounds float, ptr %invariant.gep3564, i64 %999
  store <16 x float> %1005, ptr %gep3565, align 4
  %1006 = getelementptr float, ptr %113, i64 %998
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = fneg <16 x float> %1007
  %gep3567 = getelementptr inbounds float, ptr %invariant.gep3566, i64 %999
  store <16 x float> %1008, ptr %gep3567, align 4
  %1009 = getelementptr float, ptr %114, i64 %998
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = fneg <16 x float> %1010
  %gep3569 = getelementptr inbounds float, ptr %invariant.gep3568, i64 %999
  store <16 x float> %1011, ptr %gep3569, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3537, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3291, i64 256, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02761, 1
  %exitcond3292.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond3292.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02763 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3338 = shl nsw i64 %i20.addr.02763, 8
  %invariant.gep3570 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3338
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.02762 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3571 = getelementptr inbounds float, ptr %invariant.gep3570, i64 %j16.addr.02762
  %1012 = getelementptr inbounds i8, ptr %gep3571, i64 40960
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = getelementptr inbounds i8, ptr %gep3571, i64 43008
  %1015 = load <16 x float>, ptr %1014, align 4
  %1016 = getelementptr inbounds i8, ptr %gep3571, i64 41216
  %1017 = load <16 x float>, ptr %1016, align 4
  %1018 = getelementptr inbounds i8, ptr %gep3571, i64 43264
  %1019 = load <16 x float>, ptr %1018, align 4
  %1020 = getelementptr inbounds i8, ptr %gep3571, i64 41472
  %1021 = load <16 x float>, ptr %1020, align 4
  %1022 = getelementptr inbounds i8, ptr %gep3571, i64 43520
  %1023 = load <16 x float>, ptr %1022, align 4
  %1024 = getelementptr inbounds i8, ptr %gep3571, i64 41728
  %1025 = load <16 x float>, ptr %1024, align 4
  %1026 = getelementptr inbounds i8, ptr %gep3571, i64 43776
  %1027 = load <16 x float>, ptr %1026, align 4
  %1028 = getelementptr inbounds i8, ptr %gep3571, i64 41984
  %1029 = load <16 x float>, ptr %1028, align 4
  %1030 = getelementptr inbounds i8, ptr %gep3571, i64 44032
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = getelementptr inbounds i8, ptr %gep3571, i64 42240
  %1033 = load <16 x float>, ptr %1032, align 4
  %1034 = getelementptr inbounds i8, ptr %gep3571, i64 44288
  %1035 = load <16 x float>, ptr %1034, align 4
  %1036 = getelementptr inbounds i8, ptr %gep3571, i64 42496
  %1037 = load <16 x float>, ptr %1036, align 4
  %1038 = getelementptr inbounds i8, ptr %gep3571, i64 44544
  %1039 = load <16 x float>, ptr %1038, align 4
  %1040 = getelementptr inbounds i8, ptr %gep3571, i64 42752
  %1041 = load <16 x float>, ptr %1040, align 4
  %1042 = getelementptr inbounds i8, ptr %gep3571, i64 44800
  %1043 = load <16 x float>, ptr %1042, align 4
  %1044 = shufflevector <16 x float> %1013, <16 x float> %1015, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1045 = shufflevector <16 x float> %1029, <16 x float> %1031, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1046 = shufflevector <16 x float> %1017, <16 x float> %1019, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1047 = shufflevector <16 x float> %1033, <16 x float> %1035, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1048 = shufflevector <16 x float> %1021, <16 x float> %1023, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1049 = shufflevector <16 x float> %1037, <16 x float> %1039, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1050 = shufflevector <16 x float> %1025, <16 x float> %1027, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1051 = shufflevector <16 x float> %1041, <16 x float> %1043, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1052 = shufflevector <16 x float> %1013, <16 x float> %1015, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1029, <16 x float> %1031, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1054 = shufflevector <16 x float> %1017, <16 x float> %1019, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1055 = shufflevector <16 x float> %1033, <16 x float> %1035, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1056 = shufflevector <16 x float> %1021, <16 x float> %1023, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1057 = shufflevector <16 x float> %1037, <16 x float> %1039, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1058 = shufflevector <16 x float> %1025, <16 x float> %1027, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1059 = shufflevector <16 x float> %1041, <16 x float> %1043, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1061 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1062 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1063 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1064 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1065 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1066 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1067 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1068 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1069 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1070 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1071 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1072 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1073 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1074 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1075 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1076 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1077 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1078 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1079 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1080 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1081 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1082 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1083 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1084 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1085 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1086 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1087 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1088 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1089 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1090 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1091 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1092 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1093 = shl nuw nsw i64 %j16.addr.02762, 6
  %1094 = add nuw nsw i64 %1093, %i20.addr.02763
  %1095 = getelementptr inbounds float, ptr %KT, i64 %1094
  store <16 x float> %1092, ptr %1095, align 4
  %1096 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1097 = or disjoint i64 %1094, 64
  %1098 = getelementptr inbounds float, ptr %KT, i64 %1097
  store <16 x float> %1096, ptr %1098, align 4
  %1099 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1100 = or disjoint i64 %1094, 128
  %1101 = getelementptr inbounds float, ptr %KT, i64 %1100
  store <16 x float> %1099, ptr %1101, align 4
  %1102 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1103 = or disjoint i64 %1094, 192
  %1104 = getelementptr inbounds float, ptr %KT, i64 %1103
  store <16 x float> %1102, ptr %1104, align 4
  %1105 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1106 = or disjoint i64 %1094, 256
  %1107 = getelementptr inbounds float, ptr %KT, i64 %1106
  store <16 x float> %1105, ptr %1107, align 4
  %1108 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1109 = or disjoint i64 %1094, 320
  %1110 = getelementptr inbounds float, ptr %KT, i64 %1109
  store <16 x float> %1108, ptr %1110, align 4
  %1111 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1112 = or disjoint i64 %1094, 384
  %1113 = getelementptr inbounds float, ptr %KT, i64 %1112
  store <16 x float> %1111, ptr %1113, align 4
  %1114 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1115 = or disjoint i64 %1094, 448
  %1116 = getelementptr inbounds float, ptr %KT, i64 %1115
  store <16 x float> %1114, ptr %1116, align 4
  %1117 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1118 = or disjoint i64 %1094, 512
  %1119 = getelementptr inbounds float, ptr %KT, i64 %1118
  store <16 x float> %1117, ptr %1119, align 4
  %1120 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1121 = or disjoint i64 %1094, 576
  %1122 = getelementptr inbounds float, ptr %KT, i64 %1121
  store <16 x float> %1120, ptr %1122, align 4
  %1123 = shufflevector <16 x float> %1086, <16 x float> %1087, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1124 = or disjoint i64 %1094, 640
  %1125 = getelementptr inbounds float, ptr %KT, i64 %1124
  store <16 x float> %1123, ptr %1125, align 4
  %1126 = shufflevector <16 x float> %1086, <16 x float> %1087, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1127 = or disjoint i64 %1094, 704
  %1128 = getelementptr inbounds float, ptr %KT, i64 %1127
  store <16 x float> %1126, ptr %1128, align 4
  %1129 = shufflevector <16 x float> %1088, <16 x float> %1089, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1130 = or disjoint i64 %1094, 768
  %1131 = getelementptr inbounds float, ptr %KT, i64 %1130
  store <16 x float> %1129, ptr %1131, align 4
  %1132 = shufflevector <16 x float> %1088, <16 x float> %1089, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1133 = or disjoint i64 %1094, 832
  %1134 = getelementptr inbounds float, ptr %KT, i64 %1133
  store <16 x float> %1132, ptr %1134, align 4
  %1135 = shufflevector <16 x float> %1090, <16 x float> %1091, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1136 = or disjoint i64 %1094, 896
  %1137 = getelementptr inbounds float, ptr %KT, i64 %1136
  store <16 x float> %1135, ptr %1137, align 4
  %1138 = shufflevector <16 x float> %1090, <16 x float> %1091, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1139 = or disjoint i64 %1094, 960
  %1140 = getelementptr inbounds float, ptr %KT, i64 %1139
  store <16 x float> %1138, ptr %1140, align 4
  %j16.next = add nuw nsw i64 %j16.addr.02762, 16
  %1141 = icmp ult i64 %j16.addr.02762, 48
  br i1 %1141, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02763, 16
  %1142 = icmp ult i64 %i20.addr.02763, 48
  br i1 %1142, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %1143 = phi i1 [ false, %j17.exit ], [ true, %j16.exit ]
  %i21.addr.02765 = phi i64 [ 16, %j17.exit ], [ 0, %j16.exit ]
  %1144 = shl nuw nsw i64 %i21.addr.02765, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.02764 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %1145 = add nuw nsw i64 %j17.addr.02764, %1144
  %1146 = or disjoint i64 %1145, 8192
  %1147 = getelementptr inbounds float, ptr %Bk, i64 %1146
  %1148 = load <16 x float>, ptr %1147, align 4
  %1149 = or disjoint i64 %1145, 8704
  %1150 = getelementptr inbounds float, ptr %Bk, i64 %1149
  %1151 = load <16 x float>, ptr %1150, align 4
  %1152 = or disjoint i64 %1145, 8256
  %1153 = getelementptr inbounds float, ptr %Bk, i64 %1152
  %1154 = load <16 x float>, ptr %1153, align 4
  %1155 = or disjoint i64 %1145, 8768
  %1156 = getelementptr inbounds float, ptr %Bk, i64 %1155
  %1157 = load <16 x float>, ptr %1156, align 4
  %1158 = or disjoint i64 %1145, 8320
  %1159 = getelementptr inbounds float, ptr %Bk, i64 %1158
  %1160 = load <16 x float>, ptr %1159, align 4
  %1161 = or disjoint i64 %1145, 8832
  %1162 = getelementptr inbounds float, ptr %Bk, i64 %1161
  %1163 = load <16 x float>, ptr %1162, align 4
  %1164 = or disjoint i64 %1145, 8384
  %1165 = getelementptr inbounds float, ptr %Bk, i64 %1164
  %1166 = load <16 x float>, ptr %1165, align 4
  %1167 = or disjoint i64 %1145, 8896
  %1168 = getelementptr inbounds float, ptr %Bk, i64 %1167
  %1169 = load <16 x float>, ptr %1168, align 4
  %1170 = or disjoint i64 %1145, 8448
  %1171 = getelementptr inbounds float, ptr %Bk, i64 %1170
  %1172 = load <16 x float>, ptr %1171, align 4
  %1173 = or disjoint i64 %1145, 8960
  %1174 = getelementptr inbounds float, ptr %Bk, i64 %1173
  %1175 = load <16 x float>, ptr %1174, align 4
  %1176 = or disjoint i64 %1145, 8512
  %1177 = getelementptr inbounds float, ptr %Bk, i64 %1176
  %1178 = load <16 x float>, ptr %1177, align 4
  %1179 = or disjoint i64 %1145, 9024
  %1180 = getelementptr inbounds float, ptr %Bk, i64 %1179
  %1181 = load <16 x float>, ptr %1180, align 4
  %1182 = or disjoint i64 %1145, 8576
  %1183 = getelementptr inbounds float, ptr %Bk, i64 %1182
  %1184 = load <16 x float>, ptr %1183, align 4
  %1185 = or disjoint i64 %1145, 9088
  %1186 = getelementptr inbounds float, ptr %Bk, i64 %1185
  %1187 = load <16 x float>, ptr %1186, align 4
  %1188 = or disjoint i64 %1145, 8640
  %1189 = getelementptr inbounds float, ptr %Bk, i64 %1188
  %1190 = load <16 x float>, ptr %1189, align 4
  %1191 = or disjoint i64 %1145, 9152
  %1192 = getelementptr inbounds float, ptr %Bk, i64 %1191
  %1193 = load <16 x float>, ptr %1192, align 4
  %1194 = shufflevector <16 x float> %1148, <16 x float> %1151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1195 = shufflevector <16 x float> %1172, <16 x float> %1175, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1196 = shufflevector <16 x float> %1154, <16 x float> %1157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1197 = shufflevector <16 x float> %1178, <16 x float> %1181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1198 = shufflevector <16 x float> %1160, <16 x float> %1163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1199 = shufflevector <16 x float> %1184, <16 x float> %1187, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1200 = shufflevector <16 x float> %1166, <16 x float> %1169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1201 = shufflevector <16 x float> %1190, <16 x float> %1193, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1202 = shufflevector <16 x float> %1148, <16 x float> %1151, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1203 = shufflevector <16 x float> %1172, <16 x float> %1175, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1204 = shufflevector <16 x float> %1154, <16 x float> %1157, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1205 = shufflevector <16 x float> %1178, <16 x float> %1181, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1206 = shufflevector <16 x float> %1160, <16 x float> %1163, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1207 = shufflevector <16 x float> %1184, <16 x float> %1187, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1208 = shufflevector <16 x float> %1166, <16 x float> %1169, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1209 = shufflevector <16 x float> %1190, <16 x float> %1193, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1210 = shufflevector <16 x float> %1194, <16 x float> %1195, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1211 = shufflevector <16 x float> %1198, <16 x float> %1199, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1212 = shufflevector <16 x float> %1196, <16 x float> %1197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1213 = shufflevector <16 x float> %1200, <16 x float> %1201, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1214 = shufflevector <16 x float> %1194, <16 x float> %1195, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1215 = shufflevector <16 x float> %1198, <16 x float> %1199, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1216 = shufflevector <16 x float> %1196, <16 x float> %1197, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1217 = shufflevector <16 x float> %1200, <16 x float> %1201, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1218 = shufflevector <16 x float> %1202, <16 x float> %1203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1219 = shufflevector <16 x float> %1206, <16 x float> %1207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1220 = shufflevector <16 x float> %1204, <16 x float> %1205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1221 = shufflevector <16 x float> %1208, <16 x float> %1209, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1222 = shufflevector <16 x float> %1202, <16 x float> %1203, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1223 = shufflevector <16 x float> %1206, <16 x float> %1207, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1224 = shufflevector <16 x float> %1204, <16 x float> %1205, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1225 = shufflevector <16 x float> %1208, <16 x float> %1209, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1226 = shufflevector <16 x float> %1210, <16 x float> %1211, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1227 = shufflevector <16 x float> %1212, <16 x float> %1213, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1228 = shufflevector <16 x float> %1210, <16 x float> %1211, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1229 = shufflevector <16 x float> %1212, <16 x float> %1213, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1230 = shufflevector <16 x float> %1214, <16 x float> %1215, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1231 = shufflevector <16 x float> %1216, <16 x float> %1217, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1232 = shufflevector <16 x float> %1214, <16 x float> %1215, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1233 = shufflevector <16 x float> %1216, <16 x float> %1217, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1234 = shufflevector <16 x float> %1218, <16 x float> %1219, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1235 = shufflevector <16 x float> %1220, <16 x float> %1221, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1236 = shufflevector <16 x float> %1218, <16 x float> %1219, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1237 = shufflevector <16 x float> %1220, <16 x float> %1221, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1238 = shufflevector <16 x float> %1222, <16 x float> %1223, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1239 = shufflevector <16 x float> %1224, <16 x float> %1225, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1240 = shufflevector <16 x float> %1222, <16 x float> %1223, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1241 = shufflevector <16 x float> %1224, <16 x float> %1225, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1242 = shufflevector <16 x float> %1226, <16 x float> %1227, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1243 = shl nuw nsw i64 %j17.addr.02764, 5
  %1244 = or disjoint i64 %1243, %i21.addr.02765
  %1245 = getelementptr inbounds float, ptr %QcT, i64 %1244
  store <16 x float> %1242, ptr %1245, align 4
  %1246 = shufflevector <16 x float> %1226, <16 x float> %1227, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1247 = or disjoint i64 %1244, 32
  %1248 = getelementptr inbounds float, ptr %QcT, i64 %1247
  store <16 x float> %1246, ptr %1248, align 4
  %1249 = shufflevector <16 x float> %1228, <16 x float> %1229, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1250 = or disjoint i64 %1244, 64
  %1251 = getelementptr inbounds float, ptr %QcT, i64 %1250
  store <16 x float> %1249, ptr %1251, align 4
  %1252 = shufflevector <16 x float> %1228, <16 x float> %1229, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1253 = or disjoint i64 %1244, 96
  %1254 = getelementptr inbounds float, ptr %QcT, i64 %1253
  store <16 x float> %1252, ptr %1254, align 4
  %1255 = shufflevector <16 x float> %1230, <16 x float> %1231, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1256 = or disjoint i64 %1244, 128
  %1257 = getelementptr inbounds float, ptr %QcT, i64 %1256
  store <16 x float> %1255, ptr %1257, align 4
  %1258 = shufflevector <16 x float> %1230, <16 x float> %1231, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1259 = or disjoint i64 %1244, 160
  %1260 = getelementptr inbounds float, ptr %QcT, i64 %1259
  store <16 x float> %1258, ptr %1260, align 4
  %1261 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1262 = or disjoint i64 %1244, 192
  %1263 = getelementptr inbounds float, ptr %QcT, i64 %1262
  store <16 x float> %1261, ptr %1263, align 4
  %1264 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1265 = or disjoint i64 %1244, 224
  %1266 = getelementptr inbounds float, ptr %QcT, i64 %1265
  store <16 x float> %1264, ptr %1266, align 4
  %1267 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1268 = or disjoint i64 %1244, 256
  %1269 = getelementptr inbounds float, ptr %QcT, i64 %1268
  store <16 x float> %1267, ptr %1269, align 4
  %1270 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1271 = or disjoint i64 %1244, 288
  %1272 = getelementptr inbounds float, ptr %QcT, i64 %1271
  store <16 x float> %1270, ptr %1272, align 4
  %1273 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1274 = or disjoint i64 %1244, 320
  %1275 = getelementptr inbounds float, ptr %QcT, i64 %1274
  store <16 x float> %1273, ptr %1275, align 4
  %1276 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1277 = or disjoint i64 %1244, 352
  %1278 = getelementptr inbounds float, ptr %QcT, i64 %1277
  store <16 x float> %1276, ptr %1278, align 4
  %1279 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1280 = or disjoint i64 %1244, 384
  %1281 = getelementptr inbounds float, ptr %QcT, i64 %1280
  store <16 x float> %1279, ptr %1281, align 4
  %1282 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1283 = or disjoint i64 %1244, 416
  %1284 = getelementptr inbounds float, ptr %QcT, i64 %1283
  store <16 x float> %1282, ptr %1284, align 4
  %1285 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1286 = or disjoint i64 %1244, 448
  %1287 = getelementptr inbounds float, ptr %QcT, i64 %1286
  store <16 x float> %1285, ptr %1287, align 4
  %1288 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1289 = or disjoint i64 %1244, 480
  %1290 = getelementptr inbounds float, ptr %QcT, i64 %1289
  store <16 x float> %1288, ptr %1290, align 4
  %j17.next = add nuw nsw i64 %j17.addr.02764, 16
  %1291 = icmp ult i64 %j17.addr.02764, 48
  br i1 %1291, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  br i1 %1143, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1292 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i22.addr.02767 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1293 = shl nuw nsw i64 %i22.addr.02767, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.02766 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %1294 = add nuw nsw i64 %j18.addr.02766, %1293
  %1295 = getelementptr inbounds float, ptr %OY, i64 %1294
  %1296 = load <16 x float>, ptr %1295, align 4
  %1297 = or disjoint i64 %1294, 512
  %1298 = getelementptr inbounds float, ptr %OY, i64 %1297
  %1299 = load <16 x float>, ptr %1298, align 4
  %1300 = or disjoint i64 %1294, 64
  %1301 = getelementptr inbounds float, ptr %OY, i64 %1300
  %1302 = load <16 x float>, ptr %1301, align 4
  %1303 = or disjoint i64 %1294, 576
  %1304 = getelementptr inbounds float, ptr %OY, i64 %1303
  %1305 = load <16 x float>, ptr %1304, align 4
  %1306 = or disjoint i64 %1294, 128
  %1307 = getelementptr inbounds float, ptr %OY, i64 %1306
  %1308 = load <16 x float>, ptr %1307, align 4
  %1309 = or disjoint i64 %1294, 640
  %1310 = getelementptr inbounds float, ptr %OY, i64 %1309
  %1311 = load <16 x float>, ptr %1310, align 4
  %1312 = or disjoint i64 %1294, 192
  %1313 = getelementptr inbounds float, ptr %OY, i64 %1312
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = or disjoint i64 %1294, 704
  %1316 = getelementptr inbounds float, ptr %OY, i64 %1315
  %1317 = load <16 x float>, ptr %1316, align 4
  %1318 = or disjoint i64 %1294, 256
  %1319 = getelementptr inbounds float, ptr %OY, i64 %1318
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = or disjoint i64 %1294, 768
  %1322 = getelementptr inbounds float, ptr %OY, i64 %1321
  %1323 = load <16 x float>, ptr %1322, align 4
  %1324 = or disjoint i64 %1294, 320
  %1325 = getelementptr inbounds float, ptr %OY, i64 %1324
  %1326 = load <16 x float>, ptr %1325, align 4
  %1327 = or disjoint i64 %1294, 832
  %1328 = getelementptr inbounds float, ptr %OY, i64 %1327
  %1329 = load <16 x float>, ptr %1328, align 4
  %1330 = or disjoint i64 %1294, 384
  %1331 = getelementptr inbounds float, ptr %OY, i64 %1330
  %1332 = load <16 x float>, ptr %1331, align 4
  %1333 = or disjoint i64 %1294, 896
  %1334 = getelementptr inbounds float, ptr %OY, i64 %1333
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = or disjoint i64 %1294, 448
  %1337 = getelementptr inbounds float, ptr %OY, i64 %1336
  %1338 = load <16 x float>, ptr %1337, align 4
  %1339 = or disjoint i64 %1294, 960
  %1340 = getelementptr inbounds float, ptr %OY, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = shufflevector <16 x float> %1296, <16 x float> %1299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1343 = shufflevector <16 x float> %1320, <16 x float> %1323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1344 = shufflevector <16 x float> %1302, <16 x float> %1305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1345 = shufflevector <16 x float> %1326, <16 x float> %1329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1346 = shufflevector <16 x float> %1308, <16 x float> %1311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1347 = shufflevector <16 x float> %1332, <16 x float> %1335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1348 = shufflevector <16 x float> %1314, <16 x float> %1317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1349 = shufflevector <16 x float> %1338, <16 x float> %1341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1350 = shufflevector <16 x float> %1296, <16 x float> %1299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1351 = shufflevector <16 x float> %1320, <16 x float> %1323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1352 = shufflevector <16 x float> %1302, <16 x float> %1305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1353 = shufflevector <16 x float> %1326, <16 x float> %1329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1354 = shufflevector <16 x float> %1308, <16 x float> %1311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1355 = shufflevector <16 x float> %1332, <16 x float> %1335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1356 = shufflevector <16 x float> %1314, <16 x float> %1317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1357 = shufflevector <16 x float> %1338, <16 x float> %1341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1358 = shufflevector <16 x float> %1342, <16 x float> %1343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1359 = shufflevector <16 x float> %1346, <16 x float> %1347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1360 = shufflevector <16 x float> %1344, <16 x float> %1345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1361 = shufflevector <16 x float> %1348, <16 x float> %1349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1362 = shufflevector <16 x float> %1342, <16 x float> %1343, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1363 = shufflevector <16 x float> %1346, <16 x float> %1347, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1364 = shufflevector <16 x float> %1344, <16 x float> %1345, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1365 = shufflevector <16 x float> %1348, <16 x float> %1349, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1366 = shufflevector <16 x float> %1350, <16 x float> %1351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1367 = shufflevector <16 x float> %1354, <16 x float> %1355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1368 = shufflevector <16 x float> %1352, <16 x float> %1353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1369 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1370 = shufflevector <16 x float> %1350, <16 x float> %1351, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1371 = shufflevector <16 x float> %1354, <16 x float> %1355, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1372 = shufflevector <16 x float> %1352, <16 x float> %1353, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1373 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1374 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1375 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1376 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1377 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1378 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1379 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1380 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1381 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1382 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1383 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1384 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1385 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1386 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1387 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1388 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1389 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1390 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1391 = shl nuw nsw i64 %j18.addr.02766, 5
  %1392 = or disjoint i64 %1391, %i22.addr.02767
  %1393 = getelementptr inbounds float, ptr %dOT, i64 %1392
  store <16 x float> %1390, ptr %1393, align 4
  %1394 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1395 = or disjoint i64 %1392, 32
  %1396 = getelementptr inbounds float, ptr %dOT, i64 %1395
  store <16 x float> %1394, ptr %1396, align 4
  %1397 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1398 = or disjoint i64 %1392, 64
  %1399 = getelementptr inbounds float, ptr %dOT, i64 %1398
  store <16 x float> %1397, ptr %1399, align 4
  %1400 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1401 = or disjoint i64 %1392, 96
  %1402 = getelementptr inbounds float, ptr %dOT, i64 %1401
  store <16 x float> %1400, ptr %1402, align 4
  %1403 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1404 = or disjoint i64 %1392, 128
  %1405 = getelementptr inbounds float, ptr %dOT, i64 %1404
  store <16 x float> %1403, ptr %1405, align 4
  %1406 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1407 = or disjoint i64 %1392, 160
  %1408 = getelementptr inbounds float, ptr %dOT, i64 %1407
  store <16 x float> %1406, ptr %1408, align 4
  %1409 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1410 = or disjoint i64 %1392, 192
  %1411 = getelementptr inbounds float, ptr %dOT, i64 %1410
  store <16 x float> %1409, ptr %1411, align 4
  %1412 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1413 = or disjoint i64 %1392, 224
  %1414 = getelementptr inbounds float, ptr %dOT, i64 %1413
  store <16 x float> %1412, ptr %1414, align 4
  %1415 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1416 = or disjoint i64 %1392, 256
  %1417 = getelementptr inbounds float, ptr %dOT, i64 %1416
  store <16 x float> %1415, ptr %1417, align 4
  %1418 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1419 = or disjoint i64 %1392, 288
  %1420 = getelementptr inbounds float, ptr %dOT, i64 %1419
  store <16 x float> %1418, ptr %1420, align 4
  %1421 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1422 = or disjoint i64 %1392, 320
  %1423 = getelementptr inbounds float, ptr %dOT, i64 %1422
  store <16 x float> %1421, ptr %1423, align 4
  %1424 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1425 = or disjoint i64 %1392, 352
  %1426 = getelementptr inbounds float, ptr %dOT, i64 %1425
  store <16 x float> %1424, ptr %1426, align 4
  %1427 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1428 = or disjoint i64 %1392, 384
  %1429 = getelementptr inbounds float, ptr %dOT, i64 %1428
  store <16 x float> %1427, ptr %1429, align 4
  %1430 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1431 = or disjoint i64 %1392, 416
  %1432 = getelementptr inbounds float, ptr %dOT, i64 %1431
  store <16 x float> %1430, ptr %1432, align 4
  %1433 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1434 = or disjoint i64 %1392, 448
  %1435 = getelementptr inbounds float, ptr %dOT, i64 %1434
  store <16 x float> %1433, ptr %1435, align 4
  %1436 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1437 = or disjoint i64 %1392, 480
  %1438 = getelementptr inbounds float, ptr %dOT, i64 %1437
  store <16 x float> %1436, ptr %1438, align 4
  %j18.next = add nuw nsw i64 %j18.addr.02766, 16
  %1439 = icmp ult i64 %j18.addr.02766, 48
  br i1 %1439, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1292, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.3, %p3.exit.2, %p3.exit.1, %p3.exit
  %1440 = icmp ult i64 %i23.addr.02778, 56
  br i1 %1440, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02778 = phi i64 [ %1441, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1441 = add nuw nsw i64 %i23.addr.02778, 8
  %1442 = shl nuw nsw i64 %i23.addr.02778, 6
  %.idx2725 = shl nuw nsw i64 %i23.addr.02778, 8
  %1443 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2725
  %1444 = or disjoint i64 %1442, 64
  %1445 = getelementptr inbounds float, ptr %Gm, i64 %1444
  %1446 = or disjoint i64 %1442, 128
  %1447 = getelementptr inbounds float, ptr %Gm, i64 %1446
  %1448 = or disjoint i64 %1442, 192
  %1449 = getelementptr inbounds float, ptr %Gm, i64 %1448
  %1450 = or disjoint i64 %1442, 256
  %1451 = getelementptr inbounds float, ptr %Gm, i64 %1450
  %1452 = or disjoint i64 %1442, 320
  %1453 = getelementptr inbounds float, ptr %Gm, i64 %1452
  %1454 = or disjoint i64 %1442, 384
  %1455 = getelementptr inbounds float, ptr %Gm, i64 %1454
  %1456 = or disjoint i64 %1442, 448
  %1457 = getelementptr inbounds float, ptr %Gm, i64 %1456
  %invariant.gep3572 = getelementptr inbounds float, ptr %Bk, i64 %1442
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02776 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1463, %p3.body ]
  %acc1.02775 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1468, %p3.body ]
  %acc2.02774 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1473, %p3.body ]
  %acc3.02773 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1478, %p3.body ]
  %acc4.02772 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1483, %p3.body ]
  %acc5.02771 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1488, %p3.body ]
  %acc6.02770 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1493, %p3.body ]
  %acc7.02769 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1498, %p3.body ]
  %p3.addr.02768 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2726 = shl nuw nsw i64 %p3.addr.02768, 8
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2726
  %1458 = load <16 x float>, ptr %gep, align 4
  %gep3573 = getelementptr inbounds float, ptr %invariant.gep3572, i64 %p3.addr.02768
  %1459 = getelementptr inbounds i8, ptr %gep3573, i64 40960
  %1460 = load float, ptr %1459, align 4
  %1461 = insertelement <16 x float> poison, float %1460, i64 0
  %1462 = shufflevector <16 x float> %1461, <16 x float> poison, <16 x i32> zeroinitializer
  %1463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1462, <16 x float> %1458, <16 x float> %acc.02776)
  %1464 = getelementptr inbounds i8, ptr %gep3573, i64 41216
  %1465 = load float, ptr %1464, align 4
  %1466 = insertelement <16 x float> poison, float %1465, i64 0
  %1467 = shufflevector <16 x float> %1466, <16 x float> poison, <16 x i32> zeroinitializer
  %1468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1467, <16 x float> %1458, <16 x float> %acc1.02775)
  %1469 = getelementptr inbounds i8, ptr %gep3573, i64 41472
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <16 x float> poison, float %1470, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1458, <16 x float> %acc2.02774)
  %1474 = getelementptr inbounds i8, ptr %gep3573, i64 41728
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <16 x float> poison, float %1475, i64 0
  %1477 = shufflevector <16 x float> %1476, <16 x float> poison, <16 x i32> zeroinitializer
  %1478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1477, <16 x float> %1458, <16 x float> %acc3.02773)
  %1479 = getelementptr inbounds i8, ptr %gep3573, i64 41984
  %1480 = load float, ptr %1479, align 4
  %1481 = insertelement <16 x float> poison, float %1480, i64 0
  %1482 = shufflevector <16 x float> %1481, <16 x float> poison, <16 x i32> zeroinitializer
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1482, <16 x float> %1458, <16 x float> %acc4.02772)
  %1484 = getelementptr inbounds i8, ptr %gep3573, i64 42240
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <16 x float> poison, float %1485, i64 0
  %1487 = shufflevector <16 x float> %1486, <16 x float> poison, <16 x i32> zeroinitializer
  %1488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1487, <16 x float> %1458, <16 x float> %acc5.02771)
  %1489 = getelementptr inbounds i8, ptr %gep3573, i64 42496
  %1490 = load float, ptr %1489, align 4
  %1491 = insertelement <16 x float> poison, float %1490, i64 0
  %1492 = shufflevector <16 x float> %1491, <16 x float> poison, <16 x i32> zeroinitializer
  %1493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1458, <16 x float> %acc6.02770)
  %1494 = getelementptr inbounds i8, ptr %gep3573, i64 42752
  %1495 = load float, ptr %1494, align 4
  %1496 = insertelement <16 x float> poison, float %1495, i64 0
  %1497 = shufflevector <16 x float> %1496, <16 x float> poison, <16 x i32> zeroinitializer
  %1498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1497, <16 x float> %1458, <16 x float> %acc7.02769)
  %p3.next = add nuw nsw i64 %p3.addr.02768, 1
  %exitcond3293.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3293.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1463, ptr %1443, align 4
  store <16 x float> %1468, ptr %1445, align 4
  store <16 x float> %1473, ptr %1447, align 4
  store <16 x float> %1478, ptr %1449, align 4
  store <16 x float> %1483, ptr %1451, align 4
  store <16 x float> %1488, ptr %1453, align 4
  store <16 x float> %1493, ptr %1455, align 4
  store <16 x float> %1498, ptr %1457, align 4
  %1499 = icmp ugt i64 %i23.addr.02778, 8
  br i1 %1499, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02776.1 = phi <16 x float> [ %1505, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02775.1 = phi <16 x float> [ %1510, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02774.1 = phi <16 x float> [ %1515, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02773.1 = phi <16 x float> [ %1520, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02772.1 = phi <16 x float> [ %1525, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02771.1 = phi <16 x float> [ %1530, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02770.1 = phi <16 x float> [ %1535, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02769.1 = phi <16 x float> [ %1540, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02768.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2726.1 = shl nuw nsw i64 %p3.addr.02768.1, 8
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2726.1
  %1500 = load <16 x float>, ptr %gep.1, align 4
  %gep3573.1 = getelementptr inbounds float, ptr %invariant.gep3572, i64 %p3.addr.02768.1
  %1501 = getelementptr inbounds i8, ptr %gep3573.1, i64 40960
  %1502 = load float, ptr %1501, align 4
  %1503 = insertelement <16 x float> poison, float %1502, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1500, <16 x float> %acc.02776.1)
  %1506 = getelementptr inbounds i8, ptr %gep3573.1, i64 41216
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1500, <16 x float> %acc1.02775.1)
  %1511 = getelementptr inbounds i8, ptr %gep3573.1, i64 41472
  %1512 = load float, ptr %1511, align 4
  %1513 = insertelement <16 x float> poison, float %1512, i64 0
  %1514 = shufflevector <16 x float> %1513, <16 x float> poison, <16 x i32> zeroinitializer
  %1515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1514, <16 x float> %1500, <16 x float> %acc2.02774.1)
  %1516 = getelementptr inbounds i8, ptr %gep3573.1, i64 41728
  %1517 = load float, ptr %1516, align 4
  %1518 = insertelement <16 x float> poison, float %1517, i64 0
  %1519 = shufflevector <16 x float> %1518, <16 x float> poison, <16 x i32> zeroinitializer
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1519, <16 x float> %1500, <16 x float> %acc3.02773.1)
  %1521 = getelementptr inbounds i8, ptr %gep3573.1, i64 41984
  %1522 = load float, ptr %1521, align 4
  %1523 = insertelement <16 x float> poison, float %1522, i64 0
  %1524 = shufflevector <16 x float> %1523, <16 x float> poison, <16 x i32> zeroinitializer
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1500, <16 x float> %acc4.02772.1)
  %1526 = getelementptr inbounds i8, ptr %gep3573.1, i64 42240
  %1527 = load float, ptr %1526, align 4
  %1528 = insertelement <16 x float> poison, float %1527, i64 0
  %1529 = shufflevector <16 x float> %1528, <16 x float> poison, <16 x i32> zeroinitializer
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1529, <16 x float> %1500, <16 x float> %acc5.02771.1)
  %1531 = getelementptr inbounds i8, ptr %gep3573.1, i64 42496
  %1532 = load float, ptr %1531, align 4
  %1533 = insertelement <16 x float> poison, float %1532, i64 0
  %1534 = shufflevector <16 x float> %1533, <16 x float> poison, <16 x i32> zeroinitializer
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1500, <16 x float> %acc6.02770.1)
  %1536 = getelementptr inbounds i8, ptr %gep3573.1, i64 42752
  %1537 = load float, ptr %1536, align 4
  %1538 = insertelement <16 x float> poison, float %1537, i64 0
  %1539 = shufflevector <16 x float> %1538, <16 x float> poison, <16 x i32> zeroinitializer
  %1540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1539, <16 x float> %1500, <16 x float> %acc7.02769.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02768.1, 1
  %exitcond3293.not.1 = icmp eq i64 %p3.next.1, 64
  br i1 %exitcond3293.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1541 = getelementptr inbounds i8, ptr %1443, i64 64
  store <16 x float> %1505, ptr %1541, align 4
  %1542 = getelementptr inbounds i8, ptr %1445, i64 64
  store <16 x float> %1510, ptr %1542, align 4
  %1543 = getelementptr inbounds i8, ptr %1447, i64 64
  store <16 x float> %1515, ptr %1543, align 4
  %1544 = getelementptr inbounds i8, ptr %1449, i64 64
  store <16 x float> %1520, ptr %1544, align 4
  %1545 = getelementptr inbounds i8, ptr %1451, i64 64
  store <16 x float> %1525, ptr %1545, align 4
  %1546 = getelementptr inbounds i8, ptr %1453, i64 64
  store <16 x float> %1530, ptr %1546, align 4
  %1547 = getelementptr inbounds i8, ptr %1455, i64 64
  store <16 x float> %1535, ptr %1547, align 4
  %1548 = getelementptr inbounds i8, ptr %1457, i64 64
  store <16 x float> %1540, ptr %1548, align 4
  %1549 = icmp ugt i64 %i23.addr.02778, 24
  br i1 %1549, label %p3.body.2, label %i23.head.loopexit

p3.body.2:                                        ; preds = %p3.exit.1, %p3.body.2
  %acc.02776.2 = phi <16 x float> [ %1555, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc1.02775.2 = phi <16 x float> [ %1560, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc2.02774.2 = phi <16 x float> [ %1565, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc3.02773.2 = phi <16 x float> [ %1570, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc4.02772.2 = phi <16 x float> [ %1575, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc5.02771.2 = phi <16 x float> [ %1580, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc6.02770.2 = phi <16 x float> [ %1585, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc7.02769.2 = phi <16 x float> [ %1590, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %p3.addr.02768.2 = phi i64 [ %p3.next.2, %p3.body.2 ], [ 0, %p3.exit.1 ]
  %.idx2726.2 = shl nuw nsw i64 %p3.addr.02768.2, 8
  %gep.2 = getelementptr inbounds i8, ptr %invariant.gep.2, i64 %.idx2726.2
  %1550 = load <16 x float>, ptr %gep.2, align 4
  %gep3573.2 = getelementptr inbounds float, ptr %invariant.gep3572, i64 %p3.addr.02768.2
  %1551 = getelementptr inbounds i8, ptr %gep3573.2, i64 40960
  %1552 = load float, ptr %1551, align 4
  %1553 = insertelement <16 x float> poison, float %1552, i64 0
  %1554 = shufflevector <16 x float> %1553, <16 x float> poison, <16 x i32> zeroinitializer
  %1555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1554, <16 x float> %1550, <16 x float> %acc.02776.2)
  %1556 = getelementptr inbounds i8, ptr %gep3573.2, i64 41216
  %1557 = load float, ptr %1556, align 4
  %1558 = insertelement <16 x float> poison, float %1557, i64 0
  %1559 = shufflevector <16 x float> %1558, <16 x float> poison, <16 x i32> zeroinitializer
  %1560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1550, <16 x float> %acc1.02775.2)
  %1561 = getelementptr inbounds i8, ptr %gep3573.2, i64 41472
  %1562 = load float, ptr %1561, align 4
  %1563 = insertelement <16 x float> poison, float %1562, i64 0
  %1564 = shufflevector <16 x float> %1563, <16 x float> poison, <16 x i32> zeroinitializer
  %1565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1564, <16 x float> %1550, <16 x float> %acc2.02774.2)
  %1566 = getelementptr inbounds i8, ptr %gep3573.2, i64 41728
  %1567 = load float, ptr %1566, align 4
  %1568 = insertelement <16 x float> poison, float %1567, i64 0
  %1569 = shufflevector <16 x float> %1568, <16 x float> poison, <16 x i32> zeroinitializer
  %1570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1569, <16 x float> %1550, <16 x float> %acc3.02773.2)
  %1571 = getelementptr inbounds i8, ptr %gep3573.2, i64 41984
  %1572 = load float, ptr %1571, align 4
  %1573 = insertelement <16 x float> poison, float %1572, i64 0
  %1574 = shufflevector <16 x float> %1573, <16 x float> poison, <16 x i32> zeroinitializer
  %1575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1574, <16 x float> %1550, <16 x float> %acc4.02772.2)
  %1576 = getelementptr inbounds i8, ptr %gep3573.2, i64 42240
  %1577 = load float, ptr %1576, align 4
  %1578 = insertelement <16 x float> poison, float %1577, i64 0
  %1579 = shufflevector <16 x float> %1578, <16 x float> poison, <16 x i32> zeroinitializer
  %1580 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1579, <16 x float> %1550, <16 x float> %acc5.02771.2)
  %1581 = getelementptr inbounds i8, ptr %gep3573.2, i64 42496
  %1582 = load float, ptr %1581, align 4
  %1583 = insertelement <16 x float> poison, float %1582, i64 0
  %1584 = shufflevector <16 x float> %1583, <16 x float> poison, <16 x i32> zeroinitializer
  %1585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1584, <16 x float> %1550, <16 x float> %acc6.02770.2)
  %1586 = getelementptr inbounds i8, ptr %gep3573.2, i64 42752
  %1587 = load float, ptr %1586, align 4
  %1588 = insertelement <16 x float> poison, float %1587, i64 0
  %1589 = shufflevector <16 x float> %1588, <16 x float> poison, <16 x i32> zeroinitializer
  %1590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1589, <16 x float> %1550, <16 x float> %acc7.02769.2)
  %p3.next.2 = add nuw nsw i64 %p3.addr.02768.2, 1
  %exitcond3293.not.2 = icmp eq i64 %p3.next.2, 64
  br i1 %exitcond3293.not.2, label %p3.exit.2, label %p3.body.2

p3.exit.2:                                        ; preds = %p3.body.2
  %1591 = getelementptr inbounds i8, ptr %1443, i64 128
  store <16 x float> %1555, ptr %1591, align 4
  %1592 = getelementptr inbounds i8, ptr %1445, i64 128
  store <16 x float> %1560, ptr %1592, align 4
  %1593 = getelementptr inbounds i8, ptr %1447, i64 128
  store <16 x float> %1565, ptr %1593, align 4
  %1594 = getelementptr inbounds i8, ptr %1449, i64 128
  store <16 x float> %1570, ptr %1594, align 4
  %1595 = getelementptr inbounds i8, ptr %1451, i64 128
  store <16 x float> %1575, ptr %1595, align 4
  %1596 = getelementptr inbounds i8, ptr %1453, i64 128
  store <16 x float> %1580, ptr %1596, align 4
  %1597 = getelementptr inbounds i8, ptr %1455, i64 128
  store <16 x float> %1585, ptr %1597, align 4
  %1598 = getelementptr inbounds i8, ptr %1457, i64 128
  store <16 x float> %1590, ptr %1598, align 4
  %1599 = icmp ugt i64 %i23.addr.02778, 40
  br i1 %1599, label %p3.body.3, label %i23.head.loopexit

p3.body.3:                                        ; preds = %p3.exit.2, %p3.body.3
  %acc.02776.3 = phi <16 x float> [ %1605, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc1.02775.3 = phi <16 x float> [ %1610, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc2.02774.3 = phi <16 x float> [ %1615, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc3.02773.3 = phi <16 x float> [ %1620, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc4.02772.3 = phi <16 x float> [ %1625, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc5.02771.3 = phi <16 x float> [ %1630, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc6.02770.3 = phi <16 x float> [ %1635, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc7.02769.3 = phi <16 x float> [ %1640, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %p3.addr.02768.3 = phi i64 [ %p3.next.3, %p3.body.3 ], [ 0, %p3.exit.2 ]
  %.idx2726.3 = shl nuw nsw i64 %p3.addr.02768.3, 8
  %gep.3 = getelementptr inbounds i8, ptr %invariant.gep.3, i64 %.idx2726.3
  %1600 = load <16 x float>, ptr %gep.3, align 4
  %gep3573.3 = getelementptr inbounds float, ptr %invariant.gep3572, i64 %p3.addr.02768.3
  %1601 = getelementptr inbounds i8, ptr %gep3573.3, i64 40960
  %1602 = load float, ptr %1601, align 4
  %1603 = insertelement <16 x float> poison, float %1602, i64 0
  %1604 = shufflevector <16 x float> %1603, <16 x float> poison, <16 x i32> zeroinitializer
  %1605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1604, <16 x float> %1600, <16 x float> %acc.02776.3)
  %1606 = getelementptr inbounds i8, ptr %gep3573.3, i64 41216
  %1607 = load float, ptr %1606, align 4
  %1608 = insertelement <16 x float> poison, float %1607, i64 0
  %1609 = shufflevector <16 x float> %1608, <16 x float> poison, <16 x i32> zeroinitializer
  %1610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1609, <16 x float> %1600, <16 x float> %acc1.02775.3)
  %1611 = getelementptr inbounds i8, ptr %gep3573.3, i64 41472
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <16 x float> poison, float %1612, i64 0
  %1614 = shufflevector <16 x float> %1613, <16 x float> poison, <16 x i32> zeroinitializer
  %1615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1600, <16 x float> %acc2.02774.3)
  %1616 = getelementptr inbounds i8, ptr %gep3573.3, i64 41728
  %1617 = load float, ptr %1616, align 4
  %1618 = insertelement <16 x float> poison, float %1617, i64 0
  %1619 = shufflevector <16 x float> %1618, <16 x float> poison, <16 x i32> zeroinitializer
  %1620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1619, <16 x float> %1600, <16 x float> %acc3.02773.3)
  %1621 = getelementptr inbounds i8, ptr %gep3573.3, i64 41984
  %1622 = load float, ptr %1621, align 4
  %1623 = insertelement <16 x float> poison, float %1622, i64 0
  %1624 = shufflevector <16 x float> %1623, <16 x float> poison, <16 x i32> zeroinitializer
  %1625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1600, <16 x float> %acc4.02772.3)
  %1626 = getelementptr inbounds i8, ptr %gep3573.3, i64 42240
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1600, <16 x float> %acc5.02771.3)
  %1631 = getelementptr inbounds i8, ptr %gep3573.3, i64 42496
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <16 x float> poison, float %1632, i64 0
  %1634 = shufflevector <16 x float> %1633, <16 x float> poison, <16 x i32> zeroinitializer
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1600, <16 x float> %acc6.02770.3)
  %1636 = getelementptr inbounds i8, ptr %gep3573.3, i64 42752
  %1637 = load float, ptr %1636, align 4
  %1638 = insertelement <16 x float> poison, float %1637, i64 0
  %1639 = shufflevector <16 x float> %1638, <16 x float> poison, <16 x i32> zeroinitializer
  %1640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1639, <16 x float> %1600, <16 x float> %acc7.02769.3)
  %p3.next.3 = add nuw nsw i64 %p3.addr.02768.3, 1
  %exitcond3293.not.3 = icmp eq i64 %p3.next.3, 64
  br i1 %exitcond3293.not.3, label %p3.exit.3, label %p3.body.3

p3.exit.3:                                        ; preds = %p3.body.3
  %1641 = getelementptr inbounds i8, ptr %1443, i64 192
  store <16 x float> %1605, ptr %1641, align 4
  %1642 = getelementptr inbounds i8, ptr %1445, i64 192
  store <16 x float> %1610, ptr %1642, align 4
  %1643 = getelementptr inbounds i8, ptr %1447, i64 192
  store <16 x float> %1615, ptr %1643, align 4
  %1644 = getelementptr inbounds i8, ptr %1449, i64 192
  store <16 x float> %1620, ptr %1644, align 4
  %1645 = getelementptr inbounds i8, ptr %1451, i64 192
  store <16 x float> %1625, ptr %1645, align 4
  %1646 = getelementptr inbounds i8, ptr %1453, i64 192
  store <16 x float> %1630, ptr %1646, align 4
  %1647 = getelementptr inbounds i8, ptr %1455, i64 192
  store <16 x float> %1635, ptr %1647, align 4
  %1648 = getelementptr inbounds i8, ptr %1457, i64 192
  store <16 x float> %1640, ptr %1648, align 4
  br label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.02797 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1649 = shl nuw nsw i64 %i24.addr.02797, 6
  %1650 = shl nuw nsw i64 %i24.addr.02797, 7
  %1651 = or disjoint i64 %1650, 128
  %1652 = or disjoint i64 %1650, 256
  %1653 = or disjoint i64 %1650, 384
  %invariant.gep3574 = getelementptr inbounds float, ptr %Bk, i64 %1649
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.02795 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1670, %p4.body ]
  %acc9.02794 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1671, %p4.body ]
  %acc10.02793 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1672, %p4.body ]
  %acc11.02792 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1673, %p4.body ]
  %acc12.02791 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1678, %p4.body ]
  %acc13.02790 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1679, %p4.body ]
  %acc14.02789 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1680, %p4.body ]
  %acc15.02788 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1681, %p4.body ]
  %acc16.02787 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1686, %p4.body ]
  %acc17.02786 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1687, %p4.body ]
  %acc18.02785 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1688, %p4.body ]
  %acc19.02784 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1689, %p4.body ]
  %acc20.02783 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1694, %p4.body ]
  %acc21.02782 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1695, %p4.body ]
  %acc22.02781 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1696, %p4.body ]
  %acc23.02780 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1697, %p4.body ]
  %p4.addr.02779 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1654 = shl nuw nsw i64 %p4.addr.02779, 7
  %1655 = getelementptr inbounds float, ptr %work, i64 %1654
  %1656 = load <16 x float>, ptr %1655, align 4
  %1657 = or disjoint i64 %1654, 16
  %1658 = getelementptr inbounds float, ptr %work, i64 %1657
  %1659 = load <16 x float>, ptr %1658, align 4
  %1660 = or disjoint i64 %1654, 32
  %1661 = getelementptr inbounds float, ptr %work, i64 %1660
  %1662 = load <16 x float>, ptr %1661, align 4
  %1663 = or disjoint i64 %1654, 48
  %1664 = getelementptr inbounds float, ptr %work, i64 %1663
  %1665 = load <16 x float>, ptr %1664, align 4
  %gep3575 = getelementptr inbounds float, ptr %invariant.gep3574, i64 %p4.addr.02779
  %1666 = getelementptr inbounds i8, ptr %gep3575, i64 40960
  %1667 = load float, ptr %1666, align 4
  %1668 = insertelement <16 x float> poison, float %1667, i64 0
  %1669 = shufflevector <16 x float> %1668, <16 x float> poison, <16 x i32> zeroinitializer
  %1670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1656, <16 x float> %acc8.02795)
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1659, <16 x float> %acc9.02794)
  %1672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1662, <16 x float> %acc10.02793)
  %1673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1665, <16 x float> %acc11.02792)
  %1674 = getelementptr inbounds i8, ptr %gep3575, i64 41216
  %1675 = load float, ptr %1674, align 4
  %1676 = insertelement <16 x float> poison, float %1675, i64 0
  %1677 = shufflevector <16 x float> %1676, <16 x float> poison, <16 x i32> zeroinitializer
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1656, <16 x float> %acc12.02791)
  %1679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1659, <16 x float> %acc13.02790)
  %1680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1662, <16 x float> %acc14.02789)
  %1681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1665, <16 x float> %acc15.02788)
  %1682 = getelementptr inbounds i8, ptr %gep3575, i64 41472
  %1683 = load float, ptr %1682, align 4
  %1684 = insertelement <16 x float> poison, float %1683, i64 0
  %1685 = shufflevector <16 x float> %1684, <16 x float> poison, <16 x i32> zeroinitializer
  %1686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1656, <16 x float> %acc16.02787)
  %1687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1659, <16 x float> %acc17.02786)
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1662, <16 x float> %acc18.02785)
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1665, <16 x float> %acc19.02784)
  %1690 = getelementptr inbounds i8, ptr %gep3575, i64 41728
  %1691 = load float, ptr %1690, align 4
  %1692 = insertelement <16 x float> poison, float %1691, i64 0
  %1693 = shufflevector <16 x float> %1692, <16 x float> poison, <16 x i32> zeroinitializer
  %1694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1656, <16 x float> %acc20.02783)
  %1695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1659, <16 x float> %acc21.02782)
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1662, <16 x float> %acc22.02781)
  %1697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1665, <16 x float> %acc23.02780)
  %p4.next = add nuw nsw i64 %p4.addr.02779, 1
  %exitcond3294.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3294.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1698 = getelementptr inbounds float, ptr %KSdS, i64 %1650
  store <16 x float> %1670, ptr %1698, align 4
  %1699 = or disjoint i64 %1650, 16
  %1700 = getelementptr inbounds float, ptr %KSdS, i64 %1699
  store <16 x float> %1671, ptr %1700, align 4
  %1701 = or disjoint i64 %1650, 32
  %1702 = getelementptr inbounds float, ptr %KSdS, i64 %1701
  store <16 x float> %1672, ptr %1702, align 4
  %1703 = or disjoint i64 %1650, 48
  %1704 = getelementptr inbounds float, ptr %KSdS, i64 %1703
  store <16 x float> %1673, ptr %1704, align 4
  %1705 = getelementptr inbounds float, ptr %KSdS, i64 %1651
  store <16 x float> %1678, ptr %1705, align 4
  %1706 = or disjoint i64 %1650, 144
  %1707 = getelementptr inbounds float, ptr %KSdS, i64 %1706
  store <16 x float> %1679, ptr %1707, align 4
  %1708 = or disjoint i64 %1650, 160
  %1709 = getelementptr inbounds float, ptr %KSdS, i64 %1708
  store <16 x float> %1680, ptr %1709, align 4
  %1710 = or disjoint i64 %1650, 176
  %1711 = getelementptr inbounds float, ptr %KSdS, i64 %1710
  store <16 x float> %1681, ptr %1711, align 4
  %1712 = getelementptr inbounds float, ptr %KSdS, i64 %1652
  store <16 x float> %1686, ptr %1712, align 4
  %1713 = or disjoint i64 %1650, 272
  %1714 = getelementptr inbounds float, ptr %KSdS, i64 %1713
  store <16 x float> %1687, ptr %1714, align 4
  %1715 = or disjoint i64 %1650, 288
  %1716 = getelementptr inbounds float, ptr %KSdS, i64 %1715
  store <16 x float> %1688, ptr %1716, align 4
  %1717 = or disjoint i64 %1650, 304
  %1718 = getelementptr inbounds float, ptr %KSdS, i64 %1717
  store <16 x float> %1689, ptr %1718, align 4
  %1719 = getelementptr inbounds float, ptr %KSdS, i64 %1653
  store <16 x float> %1694, ptr %1719, align 4
  %1720 = or disjoint i64 %1650, 400
  %1721 = getelementptr inbounds float, ptr %KSdS, i64 %1720
  store <16 x float> %1695, ptr %1721, align 4
  %1722 = or disjoint i64 %1650, 416
  %1723 = getelementptr inbounds float, ptr %KSdS, i64 %1722
  store <16 x float> %1696, ptr %1723, align 4
  %1724 = or disjoint i64 %1650, 432
  %1725 = getelementptr inbounds float, ptr %KSdS, i64 %1724
  store <16 x float> %1697, ptr %1725, align 4
  %invariant.gep3576 = getelementptr inbounds float, ptr %Bk, i64 %1649
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.02795.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1743, %p4.body.1 ]
  %acc9.02794.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1744, %p4.body.1 ]
  %acc10.02793.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1745, %p4.body.1 ]
  %acc11.02792.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1746, %p4.body.1 ]
  %acc12.02791.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1751, %p4.body.1 ]
  %acc13.02790.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1752, %p4.body.1 ]
  %acc14.02789.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1753, %p4.body.1 ]
  %acc15.02788.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1754, %p4.body.1 ]
  %acc16.02787.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1759, %p4.body.1 ]
  %acc17.02786.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1760, %p4.body.1 ]
  %acc18.02785.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1761, %p4.body.1 ]
  %acc19.02784.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1762, %p4.body.1 ]
  %acc20.02783.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1767, %p4.body.1 ]
  %acc21.02782.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1768, %p4.body.1 ]
  %acc22.02781.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1769, %p4.body.1 ]
  %acc23.02780.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1770, %p4.body.1 ]
  %p4.addr.02779.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1726 = shl nuw nsw i64 %p4.addr.02779.1, 7
  %1727 = or disjoint i64 %1726, 64
  %1728 = getelementptr inbounds float, ptr %work, i64 %1727
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = or disjoint i64 %1726, 80
  %1731 = getelementptr inbounds float, ptr %work, i64 %1730
  %1732 = load <16 x float>, ptr %1731, align 4
  %1733 = or disjoint i64 %1726, 96
  %1734 = getelementptr inbounds float, ptr %work, i64 %1733
  %1735 = load <16 x float>, ptr %1734, align 4
  %1736 = or disjoint i64 %1726, 112
  %1737 = getelementptr inbounds float, ptr %work, i64 %1736
  %1738 = load <16 x float>, ptr %1737, align 4
  %gep3577 = getelementptr inbounds float, ptr %invariant.gep3576, i64 %p4.addr.02779.1
  %1739 = getelementptr inbounds i8, ptr %gep3577, i64 40960
  %1740 = load float, ptr %1739, align 4
  %1741 = insertelement <16 x float> poison, float %1740, i64 0
  %1742 = shufflevector <16 x float> %1741, <16 x float> poison, <16 x i32> zeroinitializer
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1729, <16 x float> %acc8.02795.1)
  %1744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1732, <16 x float> %acc9.02794.1)
  %1745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1735, <16 x float> %acc10.02793.1)
  %1746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1738, <16 x float> %acc11.02792.1)
  %1747 = getelementptr inbounds i8, ptr %gep3577, i64 41216
  %1748 = load float, ptr %1747, align 4
  %1749 = insertelement <16 x float> poison, float %1748, i64 0
  %1750 = shufflevector <16 x float> %1749, <16 x float> poison, <16 x i32> zeroinitializer
  %1751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1750, <16 x float> %1729, <16 x float> %acc12.02791.1)
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1750, <16 x float> %1732, <16 x float> %acc13.02790.1)
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1750, <16 x float> %1735, <16 x float> %acc14.02789.1)
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1750, <16 x float> %1738, <16 x float> %acc15.02788.1)
  %1755 = getelementptr inbounds i8, ptr %gep3577, i64 41472
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <16 x float> poison, float %1756, i64 0
  %1758 = shufflevector <16 x float> %1757, <16 x float> poison, <16 x i32> zeroinitializer
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1729, <16 x float> %acc16.02787.1)
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1732, <16 x float> %acc17.02786.1)
  %1761 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1735, <16 x float> %acc18.02785.1)
  %1762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1738, <16 x float> %acc19.02784.1)
  %1763 = getelementptr inbounds i8, ptr %gep3577, i64 41728
  %1764 = load float, ptr %1763, align 4
  %1765 = insertelement <16 x float> poison, float %1764, i64 0
  %1766 = shufflevector <16 x float> %1765, <16 x float> poison, <16 x i32> zeroinitializer
  %1767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1729, <16 x float> %acc20.02783.1)
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1732, <16 x float> %acc21.02782.1)
  %1769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1735, <16 x float> %acc22.02781.1)
  %1770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1738, <16 x float> %acc23.02780.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.02779.1, 1
  %exitcond3294.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3294.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1771 = or disjoint i64 %1650, 64
  %1772 = getelementptr inbounds float, ptr %KSdS, i64 %1771
  store <16 x float> %1743, ptr %1772, align 4
  %1773 = or disjoint i64 %1650, 80
  %1774 = getelementptr inbounds float, ptr %KSdS, i64 %1773
  store <16 x float> %1744, ptr %1774, align 4
  %1775 = or disjoint i64 %1650, 96
  %1776 = getelementptr inbounds float, ptr %KSdS, i64 %1775
  store <16 x float> %1745, ptr %1776, align 4
  %1777 = or disjoint i64 %1650, 112
  %1778 = getelementptr inbounds float, ptr %KSdS, i64 %1777
  store <16 x float> %1746, ptr %1778, align 4
  %1779 = or disjoint i64 %1650, 192
  %1780 = getelementptr inbounds float, ptr %KSdS, i64 %1779
  store <16 x float> %1751, ptr %1780, align 4
  %1781 = or disjoint i64 %1650, 208
  %1782 = getelementptr inbounds float, ptr %KSdS, i64 %1781
  store <16 x float> %1752, ptr %1782, align 4
  %1783 = or disjoint i64 %1650, 224
  %1784 = getelementptr inbounds float, ptr %KSdS, i64 %1783
  store <16 x float> %1753, ptr %1784, align 4
  %1785 = or disjoint i64 %1650, 240
  %1786 = getelementptr inbounds float, ptr %KSdS, i64 %1785
  store <16 x float> %1754, ptr %1786, align 4
  %1787 = or disjoint i64 %1650, 320
  %1788 = getelementptr inbounds float, ptr %KSdS, i64 %1787
  store <16 x float> %1759, ptr %1788, align 4
  %1789 = or disjoint i64 %1650, 336
  %1790 = getelementptr inbounds float, ptr %KSdS, i64 %1789
  store <16 x float> %1760, ptr %1790, align 4
  %1791 = or disjoint i64 %1650, 352
  %1792 = getelementptr inbounds float, ptr %KSdS, i64 %1791
  store <16 x float> %1761, ptr %1792, align 4
  %1793 = or disjoint i64 %1650, 368
  %1794 = getelementptr inbounds float, ptr %KSdS, i64 %1793
  store <16 x float> %1762, ptr %1794, align 4
  %1795 = or disjoint i64 %1650, 448
  %1796 = getelementptr inbounds float, ptr %KSdS, i64 %1795
  store <16 x float> %1767, ptr %1796, align 4
  %1797 = or disjoint i64 %1650, 464
  %1798 = getelementptr inbounds float, ptr %KSdS, i64 %1797
  store <16 x float> %1768, ptr %1798, align 4
  %1799 = or disjoint i64 %1650, 480
  %1800 = getelementptr inbounds float, ptr %KSdS, i64 %1799
  store <16 x float> %1769, ptr %1800, align 4
  %1801 = or disjoint i64 %1650, 496
  %1802 = getelementptr inbounds float, ptr %KSdS, i64 %1801
  store <16 x float> %1770, ptr %1802, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02797, 4
  %1803 = icmp ult i64 %i24.addr.02797, 60
  br i1 %1803, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.02799 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3063 = shl nsw i64 %i25.addr.02799, 8
  %1804 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3063
  %1805 = load <16 x float>, ptr %1804, align 4
  %.idx3064 = shl nsw i64 %i25.addr.02799, 9
  %1806 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3064
  %1807 = load <16 x float>, ptr %1806, align 4
  %1808 = fsub <16 x float> %1805, %1807
  store <16 x float> %1808, ptr %1804, align 4
  %1809 = getelementptr inbounds i8, ptr %53, i64 %.idx3063
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = getelementptr inbounds i8, ptr %54, i64 %.idx3064
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = fsub <16 x float> %1810, %1812
  store <16 x float> %1813, ptr %1809, align 4
  %1814 = getelementptr inbounds i8, ptr %55, i64 %.idx3063
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = getelementptr inbounds i8, ptr %56, i64 %.idx3064
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = fsub <16 x float> %1815, %1817
  store <16 x float> %1818, ptr %1814, align 4
  %1819 = getelementptr inbounds i8, ptr %57, i64 %.idx3063
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = getelementptr inbounds i8, ptr %58, i64 %.idx3064
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = fsub <16 x float> %1820, %1822
  store <16 x float> %1823, ptr %1819, align 4
  %i25.next = or disjoint i64 %i25.addr.02799, 1
  %.idx3063.1 = shl nsw i64 %i25.next, 8
  %1824 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3063.1
  %1825 = load <16 x float>, ptr %1824, align 4
  %.idx3064.1 = shl nsw i64 %i25.next, 9
  %1826 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3064.1
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = fsub <16 x float> %1825, %1827
  store <16 x float> %1828, ptr %1824, align 4
  %1829 = getelementptr inbounds i8, ptr %53, i64 %.idx3063.1
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = getelementptr inbounds i8, ptr %54, i64 %.idx3064.1
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = fsub <16 x float> %1830, %1832
  store <16 x float> %1833, ptr %1829, align 4
  %1834 = getelementptr inbounds i8, ptr %55, i64 %.idx3063.1
  %1835 = load <16 x float>, ptr %1834, align 4
  %1836 = getelementptr inbounds i8, ptr %56, i64 %.idx3064.1
  %1837 = load <16 x float>, ptr %1836, align 4
  %1838 = fsub <16 x float> %1835, %1837
  store <16 x float> %1838, ptr %1834, align 4
  %1839 = getelementptr inbounds i8, ptr %57, i64 %.idx3063.1
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = getelementptr inbounds i8, ptr %58, i64 %.idx3064.1
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = fsub <16 x float> %1840, %1842
  store <16 x float> %1843, ptr %1839, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.02799, 2
  %exitcond3295.not.1 = icmp eq i64 %i25.next.1, 64
  br i1 %exitcond3295.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.02832 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02832, 2
  %.not3065 = icmp eq i64 %ib.addr.02832, 0
  br i1 %.not3065, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2724 = shl nuw nsw i64 %ib.addr.02832, 10
  %1844 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2724
  %1845 = shl nuw nsw i64 %ib.addr.02832, 8
  %1846 = or disjoint i64 %1845, 64
  %1847 = getelementptr inbounds float, ptr %Gm, i64 %1846
  %1848 = or disjoint i64 %1845, 128
  %1849 = getelementptr inbounds float, ptr %Gm, i64 %1848
  %1850 = or disjoint i64 %1845, 192
  %1851 = getelementptr inbounds float, ptr %Gm, i64 %1850
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.02816 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1868, %j21.body ]
  %acc25.02815 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1869, %j21.body ]
  %acc26.02814 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1870, %j21.body ]
  %acc27.02813 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1871, %j21.body ]
  %acc28.02812 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1876, %j21.body ]
  %acc29.02811 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1877, %j21.body ]
  %acc30.02810 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1878, %j21.body ]
  %acc31.02809 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1879, %j21.body ]
  %acc32.02808 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1884, %j21.body ]
  %acc33.02807 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1885, %j21.body ]
  %acc34.02806 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1886, %j21.body ]
  %acc35.02805 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1887, %j21.body ]
  %acc36.02804 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1892, %j21.body ]
  %acc37.02803 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1893, %j21.body ]
  %acc38.02802 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1894, %j21.body ]
  %acc39.02801 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1895, %j21.body ]
  %j21.addr.02800 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1852 = shl nsw i64 %j21.addr.02800, 6
  %1853 = getelementptr inbounds float, ptr %Vn, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %1852, 16
  %1856 = getelementptr inbounds float, ptr %Vn, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = or disjoint i64 %1852, 32
  %1859 = getelementptr inbounds float, ptr %Vn, i64 %1858
  %1860 = load <16 x float>, ptr %1859, align 4
  %1861 = or disjoint i64 %1852, 48
  %1862 = getelementptr inbounds float, ptr %Vn, i64 %1861
  %1863 = load <16 x float>, ptr %1862, align 4
  %1864 = getelementptr inbounds float, ptr %1844, i64 %j21.addr.02800
  %1865 = load float, ptr %1864, align 4
  %1866 = insertelement <16 x float> poison, float %1865, i64 0
  %1867 = shufflevector <16 x float> %1866, <16 x float> poison, <16 x i32> zeroinitializer
  %1868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1854, <16 x float> %acc24.02816)
  %1869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1857, <16 x float> %acc25.02815)
  %1870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1860, <16 x float> %acc26.02814)
  %1871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1863, <16 x float> %acc27.02813)
  %1872 = getelementptr inbounds float, ptr %1847, i64 %j21.addr.02800
  %1873 = load float, ptr %1872, align 4
  %1874 = insertelement <16 x float> poison, float %1873, i64 0
  %1875 = shufflevector <16 x float> %1874, <16 x float> poison, <16 x i32> zeroinitializer
  %1876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1854, <16 x float> %acc28.02812)
  %1877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1857, <16 x float> %acc29.02811)
  %1878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1860, <16 x float> %acc30.02810)
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1863, <16 x float> %acc31.02809)
  %1880 = getelementptr inbounds float, ptr %1849, i64 %j21.addr.02800
  %1881 = load float, ptr %1880, align 4
  %1882 = insertelement <16 x float> poison, float %1881, i64 0
  %1883 = shufflevector <16 x float> %1882, <16 x float> poison, <16 x i32> zeroinitializer
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1854, <16 x float> %acc32.02808)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1857, <16 x float> %acc33.02807)
  %1886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1860, <16 x float> %acc34.02806)
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1863, <16 x float> %acc35.02805)
  %1888 = getelementptr inbounds float, ptr %1851, i64 %j21.addr.02800
  %1889 = load float, ptr %1888, align 4
  %1890 = insertelement <16 x float> poison, float %1889, i64 0
  %1891 = shufflevector <16 x float> %1890, <16 x float> poison, <16 x i32> zeroinitializer
  %1892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1854, <16 x float> %acc36.02804)
  %1893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1857, <16 x float> %acc37.02803)
  %1894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1860, <16 x float> %acc38.02802)
  %1895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1863, <16 x float> %acc39.02801)
  %j21.next = add nuw nsw i64 %j21.addr.02800, 1
  %exitcond3296.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3296.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1845, %j21.body ]
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1895, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1894, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1893, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1892, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1887, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1886, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1885, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1884, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1879, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1878, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1877, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1876, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1871, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1870, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1869, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1868, %j21.body ]
  %1896 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1897 = load float, ptr %1896, align 4
  %1898 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1899 = load <16 x float>, ptr %1898, align 4
  %1900 = fsub <16 x float> %1899, %acc24.0.lcssa
  store <16 x float> %1900, ptr %1898, align 4
  %1901 = insertelement <16 x float> poison, float %1897, i64 0
  %1902 = shufflevector <16 x float> %1901, <16 x float> poison, <16 x i32> zeroinitializer
  %1903 = fmul <16 x float> %1902, %1900
  %1904 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1903, ptr %1904, align 4
  %1905 = mul nuw nsw i64 %ib.addr.02832, 896
  %1906 = getelementptr inbounds float, ptr %Ak, i64 %1905
  store <16 x float> %1903, ptr %1906, align 4
  %1907 = or disjoint i64 %.pre-phi, 16
  %1908 = getelementptr inbounds float, ptr %Rr, i64 %1907
  %1909 = load <16 x float>, ptr %1908, align 4
  %1910 = fsub <16 x float> %1909, %acc25.0.lcssa
  store <16 x float> %1910, ptr %1908, align 4
  %1911 = fmul <16 x float> %1902, %1910
  %1912 = getelementptr inbounds float, ptr %Vn, i64 %1907
  store <16 x float> %1911, ptr %1912, align 4
  %1913 = or disjoint i64 %1905, 16
  %1914 = getelementptr inbounds float, ptr %Ak, i64 %1913
  store <16 x float> %1911, ptr %1914, align 4
  %1915 = or disjoint i64 %.pre-phi, 32
  %1916 = getelementptr inbounds float, ptr %Rr, i64 %1915
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = fsub <16 x float> %1917, %acc26.0.lcssa
  store <16 x float> %1918, ptr %1916, align 4
  %1919 = fmul <16 x float> %1902, %1918
  %1920 = getelementptr inbounds float, ptr %Vn, i64 %1915
  store <16 x float> %1919, ptr %1920, align 4
  %1921 = or disjoint i64 %1905, 32
  %1922 = getelementptr inbounds float, ptr %Ak, i64 %1921
  store <16 x float> %1919, ptr %1922, align 4
  %1923 = or disjoint i64 %.pre-phi, 48
  %1924 = getelementptr inbounds float, ptr %Rr, i64 %1923
  %1925 = load <16 x float>, ptr %1924, align 4
  %1926 = fsub <16 x float> %1925, %acc27.0.lcssa
  store <16 x float> %1926, ptr %1924, align 4
  %1927 = fmul <16 x float> %1902, %1926
  %1928 = getelementptr inbounds float, ptr %Vn, i64 %1923
  store <16 x float> %1927, ptr %1928, align 4
  %1929 = or disjoint i64 %1905, 48
  %1930 = getelementptr inbounds float, ptr %Ak, i64 %1929
  store <16 x float> %1927, ptr %1930, align 4
  %i26 = or disjoint i64 %i0, 1
  %1931 = shl nuw nsw i64 %i26, 6
  %1932 = or disjoint i64 %1931, %i0
  %1933 = getelementptr inbounds float, ptr %Gm, i64 %1932
  %1934 = load float, ptr %1933, align 4
  %1935 = insertelement <16 x float> poison, float %1934, i64 0
  %1936 = shufflevector <16 x float> %1935, <16 x float> poison, <16 x i32> zeroinitializer
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1903, <16 x float> %acc28.0.lcssa)
  %1938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1911, <16 x float> %acc29.0.lcssa)
  %1939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1919, <16 x float> %acc30.0.lcssa)
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1927, <16 x float> %acc31.0.lcssa)
  %1941 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1942 = load float, ptr %1941, align 4
  %1943 = getelementptr inbounds float, ptr %Rr, i64 %1931
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = fsub <16 x float> %1944, %1937
  store <16 x float> %1945, ptr %1943, align 4
  %1946 = insertelement <16 x float> poison, float %1942, i64 0
  %1947 = shufflevector <16 x float> %1946, <16 x float> poison, <16 x i32> zeroinitializer
  %1948 = fmul <16 x float> %1947, %1945
  %1949 = getelementptr inbounds float, ptr %Vn, i64 %1931
  store <16 x float> %1948, ptr %1949, align 4
  %1950 = mul nuw nsw i64 %i26, 224
  %1951 = getelementptr inbounds float, ptr %Ak, i64 %1950
  store <16 x float> %1948, ptr %1951, align 4
  %1952 = or disjoint i64 %1931, 16
  %1953 = getelementptr inbounds float, ptr %Rr, i64 %1952
  %1954 = load <16 x float>, ptr %1953, align 4
  %1955 = fsub <16 x float> %1954, %1938
  store <16 x float> %1955, ptr %1953, align 4
  %1956 = fmul <16 x float> %1947, %1955
  %1957 = getelementptr inbounds float, ptr %Vn, i64 %1952
  store <16 x float> %1956, ptr %1957, align 4
  %1958 = or disjoint i64 %1950, 16
  %1959 = getelementptr inbounds float, ptr %Ak, i64 %1958
  store <16 x float> %1956, ptr %1959, align 4
  %1960 = or disjoint i64 %1931, 32
  %1961 = getelementptr inbounds float, ptr %Rr, i64 %1960
  %1962 = load <16 x float>, ptr %1961, align 4
  %1963 = fsub <16 x float> %1962, %1939
  store <16 x float> %1963, ptr %1961, align 4
  %1964 = fmul <16 x float> %1947, %1963
  %1965 = getelementptr inbounds float, ptr %Vn, i64 %1960
  store <16 x float> %1964, ptr %1965, align 4
  %1966 = getelementptr inbounds i8, ptr %1951, i64 128
  store <16 x float> %1964, ptr %1966, align 4
  %1967 = or disjoint i64 %1931, 48
  %1968 = getelementptr inbounds float, ptr %Rr, i64 %1967
  %1969 = load <16 x float>, ptr %1968, align 4
  %1970 = fsub <16 x float> %1969, %1940
  store <16 x float> %1970, ptr %1968, align 4
  %1971 = fmul <16 x float> %1947, %1970
  %1972 = getelementptr inbounds float, ptr %Vn, i64 %1967
  store <16 x float> %1971, ptr %1972, align 4
  %1973 = getelementptr inbounds i8, ptr %1951, i64 192
  store <16 x float> %1971, ptr %1973, align 4
  %i27 = or disjoint i64 %i0, 2
  %1974 = shl nuw nsw i64 %i27, 6
  %1975 = or disjoint i64 %1974, %i0
  %1976 = getelementptr inbounds float, ptr %Gm, i64 %1975
  %1977 = load float, ptr %1976, align 4
  %1978 = insertelement <16 x float> poison, float %1977, i64 0
  %1979 = shufflevector <16 x float> %1978, <16 x float> poison, <16 x i32> zeroinitializer
  %1980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1903, <16 x float> %acc32.0.lcssa)
  %1981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1911, <16 x float> %acc33.0.lcssa)
  %1982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1919, <16 x float> %acc34.0.lcssa)
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1927, <16 x float> %acc35.0.lcssa)
  %1984 = or disjoint i64 %1974, %i26
  %1985 = getelementptr inbounds float, ptr %Gm, i64 %1984
  %1986 = load float, ptr %1985, align 4
  %1987 = insertelement <16 x float> poison, float %1986, i64 0
  %1988 = shufflevector <16 x float> %1987, <16 x float> poison, <16 x i32> zeroinitializer
  %1989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1948, <16 x float> %1980)
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1956, <16 x float> %1981)
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1964, <16 x float> %1982)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1971, <16 x float> %1983)
  %1993 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1994 = load float, ptr %1993, align 4
  %1995 = getelementptr inbounds float, ptr %Rr, i64 %1974
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = fsub <16 x float> %1996, %1989
  store <16 x float> %1997, ptr %1995, align 4
  %1998 = insertelement <16 x float> poison, float %1994, i64 0
  %1999 = shufflevector <16 x float> %1998, <16 x float> poison, <16 x i32> zeroinitializer
  %2000 = fmul <16 x float> %1999, %1997
  %2001 = getelementptr inbounds float, ptr %Vn, i64 %1974
  store <16 x float> %2000, ptr %2001, align 4
  %2002 = mul nuw nsw i64 %i27, 224
  %2003 = getelementptr inbounds float, ptr %Ak, i64 %2002
  store <16 x float> %2000, ptr %2003, align 4
  %2004 = or disjoint i64 %1974, 16
  %2005 = getelementptr inbounds float, ptr %Rr, i64 %2004
  %2006 = load <16 x float>, ptr %2005, align 4
  %2007 = fsub <16 x float> %2006, %1990
  store <16 x float> %2007, ptr %2005, align 4
  %2008 = fmul <16 x float> %1999, %2007
  %2009 = getelementptr inbounds float, ptr %Vn, i64 %2004
  store <16 x float> %2008, ptr %2009, align 4
  %2010 = or disjoint i64 %2002, 16
  %2011 = getelementptr inbounds float, ptr %Ak, i64 %2010
  store <16 x float> %2008, ptr %2011, align 4
  %2012 = or disjoint i64 %1974, 32
  %2013 = getelementptr inbounds float, ptr %Rr, i64 %2012
  %2014 = load <16 x float>, ptr %2013, align 4
  %2015 = fsub <16 x float> %2014, %1991
  store <16 x float> %2015, ptr %2013, align 4
  %2016 = fmul <16 x float> %1999, %2015
  %2017 = getelementptr inbounds float, ptr %Vn, i64 %2012
  store <16 x float> %2016, ptr %2017, align 4
  %2018 = or disjoint i64 %2002, 32
  %2019 = getelementptr inbounds float, ptr %Ak, i64 %2018
  store <16 x float> %2016, ptr %2019, align 4
  %2020 = or disjoint i64 %1974, 48
  %2021 = getelementptr inbounds float, ptr %Rr, i64 %2020
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = fsub <16 x float> %2022, %1992
  store <16 x float> %2023, ptr %2021, align 4
  %2024 = fmul <16 x float> %1999, %2023
  %2025 = getelementptr inbounds float, ptr %Vn, i64 %2020
  store <16 x float> %2024, ptr %2025, align 4
  %2026 = or disjoint i64 %2002, 48
  %2027 = getelementptr inbounds float, ptr %Ak, i64 %2026
  store <16 x float> %2024, ptr %2027, align 4
  %i28 = or disjoint i64 %i0, 3
  %2028 = shl nuw nsw i64 %i28, 6
  %2029 = or disjoint i64 %2028, %i0
  %2030 = getelementptr inbounds float, ptr %Gm, i64 %2029
  %2031 = load float, ptr %2030, align 4
  %2032 = insertelement <16 x float> poison, float %2031, i64 0
  %2033 = shufflevector <16 x float> %2032, <16 x float> poison, <16 x i32> zeroinitializer
  %2034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %1903, <16 x float> %acc36.0.lcssa)
  %2035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %1911, <16 x float> %acc37.0.lcssa)
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %1919, <16 x float> %acc38.0.lcssa)
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %1927, <16 x float> %acc39.0.lcssa)
  %2038 = or disjoint i64 %2028, %i26
  %2039 = getelementptr inbounds float, ptr %Gm, i64 %2038
  %2040 = load float, ptr %2039, align 4
  %2041 = insertelement <16 x float> poison, float %2040, i64 0
  %2042 = shufflevector <16 x float> %2041, <16 x float> poison, <16 x i32> zeroinitializer
  %2043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %1948, <16 x float> %2034)
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %1956, <16 x float> %2035)
  %2045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %1964, <16 x float> %2036)
  %2046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %1971, <16 x float> %2037)
  %2047 = or disjoint i64 %2028, %i27
  %2048 = getelementptr inbounds float, ptr %Gm, i64 %2047
  %2049 = load float, ptr %2048, align 4
  %2050 = insertelement <16 x float> poison, float %2049, i64 0
  %2051 = shufflevector <16 x float> %2050, <16 x float> poison, <16 x i32> zeroinitializer
  %2052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2051, <16 x float> %2000, <16 x float> %2043)
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2051, <16 x float> %2008, <16 x float> %2044)
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2051, <16 x float> %2016, <16 x float> %2045)
  %2055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2051, <16 x float> %2024, <16 x float> %2046)
  %2056 = getelementptr inbounds float, ptr %bet, i64 %i28
  %2057 = load float, ptr %2056, align 4
  %2058 = getelementptr inbounds float, ptr %Rr, i64 %2028
  %2059 = load <16 x float>, ptr %2058, align 4
  %2060 = fsub <16 x float> %2059, %2052
  store <16 x float> %2060, ptr %2058, align 4
  %2061 = insertelement <16 x float> poison, float %2057, i64 0
  %2062 = shufflevector <16 x float> %2061, <16 x float> poison, <16 x i32> zeroinitializer
  %2063 = fmul <16 x float> %2062, %2060
  %2064 = getelementptr inbounds float, ptr %Vn, i64 %2028
  store <16 x float> %2063, ptr %2064, align 4
  %2065 = mul nuw nsw i64 %i28, 224
  %2066 = getelementptr inbounds float, ptr %Ak, i64 %2065
  store <16 x float> %2063, ptr %2066, align 4
  %2067 = or disjoint i64 %2028, 16
  %2068 = getelementptr inbounds float, ptr %Rr, i64 %2067
  %2069 = load <16 x float>, ptr %2068, align 4
  %2070 = fsub <16 x float> %2069, %2053
  store <16 x float> %2070, ptr %2068, align 4
  %2071 = fmul <16 x float> %2062, %2070
  %2072 = getelementptr inbounds float, ptr %Vn, i64 %2067
  store <16 x float> %2071, ptr %2072, align 4
  %2073 = or disjoint i64 %2065, 16
  %2074 = getelementptr inbounds float, ptr %Ak, i64 %2073
  store <16 x float> %2071, ptr %2074, align 4
  %2075 = or disjoint i64 %2028, 32
  %2076 = getelementptr inbounds float, ptr %Rr, i64 %2075
  %2077 = load <16 x float>, ptr %2076, align 4
  %2078 = fsub <16 x float> %2077, %2054
  store <16 x float> %2078, ptr %2076, align 4
  %2079 = fmul <16 x float> %2062, %2078
  %2080 = getelementptr inbounds float, ptr %Vn, i64 %2075
  store <16 x float> %2079, ptr %2080, align 4
  %2081 = getelementptr inbounds i8, ptr %2066, i64 128
  store <16 x float> %2079, ptr %2081, align 4
  %2082 = or disjoint i64 %2028, 48
  %2083 = getelementptr inbounds float, ptr %Rr, i64 %2082
  %2084 = load <16 x float>, ptr %2083, align 4
  %2085 = fsub <16 x float> %2084, %2055
  store <16 x float> %2085, ptr %2083, align 4
  %2086 = fmul <16 x float> %2062, %2085
  %2087 = getelementptr inbounds float, ptr %Vn, i64 %2082
  store <16 x float> %2086, ptr %2087, align 4
  %2088 = getelementptr inbounds i8, ptr %2066, i64 192
  store <16 x float> %2086, ptr %2088, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02832, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3297.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3297.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02834 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %2089 = shl nuw nsw i64 %i29.addr.02834, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.02833 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %2090 = add nuw nsw i64 %j22.addr.02833, %2089
  %2091 = getelementptr inbounds float, ptr %Vn, i64 %2090
  %2092 = load <16 x float>, ptr %2091, align 4
  %2093 = or disjoint i64 %2090, 512
  %2094 = getelementptr inbounds float, ptr %Vn, i64 %2093
  %2095 = load <16 x float>, ptr %2094, align 4
  %2096 = or disjoint i64 %2090, 64
  %2097 = getelementptr inbounds float, ptr %Vn, i64 %2096
  %2098 = load <16 x float>, ptr %2097, align 4
  %2099 = or disjoint i64 %2090, 576
  %2100 = getelementptr inbounds float, ptr %Vn, i64 %2099
  %2101 = load <16 x float>, ptr %2100, align 4
  %2102 = or disjoint i64 %2090, 128
  %2103 = getelementptr inbounds float, ptr %Vn, i64 %2102
  %2104 = load <16 x float>, ptr %2103, align 4
  %2105 = or disjoint i64 %2090, 640
  %2106 = getelementptr inbounds float, ptr %Vn, i64 %2105
  %2107 = load <16 x float>, ptr %2106, align 4
  %2108 = or disjoint i64 %2090, 192
  %2109 = getelementptr inbounds float, ptr %Vn, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = or disjoint i64 %2090, 704
  %2112 = getelementptr inbounds float, ptr %Vn, i64 %2111
  %2113 = load <16 x float>, ptr %2112, align 4
  %2114 = or disjoint i64 %2090, 256
  %2115 = getelementptr inbounds float, ptr %Vn, i64 %2114
  %2116 = load <16 x float>, ptr %2115, align 4
  %2117 = or disjoint i64 %2090, 768
  %2118 = getelementptr inbounds float, ptr %Vn, i64 %2117
  %2119 = load <16 x float>, ptr %2118, align 4
  %2120 = or disjoint i64 %2090, 320
  %2121 = getelementptr inbounds float, ptr %Vn, i64 %2120
  %2122 = load <16 x float>, ptr %2121, align 4
  %2123 = or disjoint i64 %2090, 832
  %2124 = getelementptr inbounds float, ptr %Vn, i64 %2123
  %2125 = load <16 x float>, ptr %2124, align 4
  %2126 = or disjoint i64 %2090, 384
  %2127 = getelementptr inbounds float, ptr %Vn, i64 %2126
  %2128 = load <16 x float>, ptr %2127, align 4
  %2129 = or disjoint i64 %2090, 896
  %2130 = getelementptr inbounds float, ptr %Vn, i64 %2129
  %2131 = load <16 x float>, ptr %2130, align 4
  %2132 = or disjoint i64 %2090, 448
  %2133 = getelementptr inbounds float, ptr %Vn, i64 %2132
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = or disjoint i64 %2090, 960
  %2136 = getelementptr inbounds float, ptr %Vn, i64 %2135
  %2137 = load <16 x float>, ptr %2136, align 4
  %2138 = shufflevector <16 x float> %2092, <16 x float> %2095, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2139 = shufflevector <16 x float> %2116, <16 x float> %2119, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2140 = shufflevector <16 x float> %2098, <16 x float> %2101, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2141 = shufflevector <16 x float> %2122, <16 x float> %2125, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2142 = shufflevector <16 x float> %2104, <16 x float> %2107, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2143 = shufflevector <16 x float> %2128, <16 x float> %2131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2144 = shufflevector <16 x float> %2110, <16 x float> %2113, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2145 = shufflevector <16 x float> %2134, <16 x float> %2137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2146 = shufflevector <16 x float> %2092, <16 x float> %2095, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2147 = shufflevector <16 x float> %2116, <16 x float> %2119, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2148 = shufflevector <16 x float> %2098, <16 x float> %2101, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2149 = shufflevector <16 x float> %2122, <16 x float> %2125, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2150 = shufflevector <16 x float> %2104, <16 x float> %2107, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2151 = shufflevector <16 x float> %2128, <16 x float> %2131, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2152 = shufflevector <16 x float> %2110, <16 x float> %2113, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2153 = shufflevector <16 x float> %2134, <16 x float> %2137, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2154 = shufflevector <16 x float> %2138, <16 x float> %2139, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2155 = shufflevector <16 x float> %2142, <16 x float> %2143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2156 = shufflevector <16 x float> %2140, <16 x float> %2141, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2157 = shufflevector <16 x float> %2144, <16 x float> %2145, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2158 = shufflevector <16 x float> %2138, <16 x float> %2139, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2159 = shufflevector <16 x float> %2142, <16 x float> %2143, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2160 = shufflevector <16 x float> %2140, <16 x float> %2141, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2161 = shufflevector <16 x float> %2144, <16 x float> %2145, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2162 = shufflevector <16 x float> %2146, <16 x float> %2147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2163 = shufflevector <16 x float> %2150, <16 x float> %2151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2164 = shufflevector <16 x float> %2148, <16 x float> %2149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2165 = shufflevector <16 x float> %2152, <16 x float> %2153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2166 = shufflevector <16 x float> %2146, <16 x float> %2147, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2167 = shufflevector <16 x float> %2150, <16 x float> %2151, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2168 = shufflevector <16 x float> %2148, <16 x float> %2149, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2169 = shufflevector <16 x float> %2152, <16 x float> %2153, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2170 = shufflevector <16 x float> %2154, <16 x float> %2155, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2171 = shufflevector <16 x float> %2156, <16 x float> %2157, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2172 = shufflevector <16 x float> %2154, <16 x float> %2155, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2173 = shufflevector <16 x float> %2156, <16 x float> %2157, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2174 = shufflevector <16 x float> %2158, <16 x float> %2159, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2175 = shufflevector <16 x float> %2160, <16 x float> %2161, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2176 = shufflevector <16 x float> %2158, <16 x float> %2159, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2177 = shufflevector <16 x float> %2160, <16 x float> %2161, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2178 = shufflevector <16 x float> %2162, <16 x float> %2163, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2179 = shufflevector <16 x float> %2164, <16 x float> %2165, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2180 = shufflevector <16 x float> %2162, <16 x float> %2163, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2181 = shufflevector <16 x float> %2164, <16 x float> %2165, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2182 = shufflevector <16 x float> %2166, <16 x float> %2167, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2183 = shufflevector <16 x float> %2168, <16 x float> %2169, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2184 = shufflevector <16 x float> %2166, <16 x float> %2167, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2185 = shufflevector <16 x float> %2168, <16 x float> %2169, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2186 = shufflevector <16 x float> %2170, <16 x float> %2171, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2187 = shl nuw nsw i64 %j22.addr.02833, 6
  %2188 = add nuw nsw i64 %2187, %i29.addr.02834
  %2189 = getelementptr inbounds float, ptr %VnT, i64 %2188
  store <16 x float> %2186, ptr %2189, align 4
  %2190 = shufflevector <16 x float> %2170, <16 x float> %2171, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2191 = or disjoint i64 %2188, 64
  %2192 = getelementptr inbounds float, ptr %VnT, i64 %2191
  store <16 x float> %2190, ptr %2192, align 4
  %2193 = shufflevector <16 x float> %2172, <16 x float> %2173, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2194 = or disjoint i64 %2188, 128
  %2195 = getelementptr inbounds float, ptr %VnT, i64 %2194
  store <16 x float> %2193, ptr %2195, align 4
  %2196 = shufflevector <16 x float> %2172, <16 x float> %2173, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2197 = or disjoint i64 %2188, 192
  %2198 = getelementptr inbounds float, ptr %VnT, i64 %2197
  store <16 x float> %2196, ptr %2198, align 4
  %2199 = shufflevector <16 x float> %2174, <16 x float> %2175, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2200 = or disjoint i64 %2188, 256
  %2201 = getelementptr inbounds float, ptr %VnT, i64 %2200
  store <16 x float> %2199, ptr %2201, align 4
  %2202 = shufflevector <16 x float> %2174, <16 x float> %2175, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2203 = or disjoint i64 %2188, 320
  %2204 = getelementptr inbounds float, ptr %VnT, i64 %2203
  store <16 x float> %2202, ptr %2204, align 4
  %2205 = shufflevector <16 x float> %2176, <16 x float> %2177, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2206 = or disjoint i64 %2188, 384
  %2207 = getelementptr inbounds float, ptr %VnT, i64 %2206
  store <16 x float> %2205, ptr %2207, align 4
  %2208 = shufflevector <16 x float> %2176, <16 x float> %2177, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2209 = or disjoint i64 %2188, 448
  %2210 = getelementptr inbounds float, ptr %VnT, i64 %2209
  store <16 x float> %2208, ptr %2210, align 4
  %2211 = shufflevector <16 x float> %2178, <16 x float> %2179, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2212 = or disjoint i64 %2188, 512
  %2213 = getelementptr inbounds float, ptr %VnT, i64 %2212
  store <16 x float> %2211, ptr %2213, align 4
  %2214 = shufflevector <16 x float> %2178, <16 x float> %2179, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2215 = or disjoint i64 %2188, 576
  %2216 = getelementptr inbounds float, ptr %VnT, i64 %2215
  store <16 x float> %2214, ptr %2216, align 4
  %2217 = shufflevector <16 x float> %2180, <16 x float> %2181, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2218 = or disjoint i64 %2188, 640
  %2219 = getelementptr inbounds float, ptr %VnT, i64 %2218
  store <16 x float> %2217, ptr %2219, align 4
  %2220 = shufflevector <16 x float> %2180, <16 x float> %2181, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2221 = or disjoint i64 %2188, 704
  %2222 = getelementptr inbounds float, ptr %VnT, i64 %2221
  store <16 x float> %2220, ptr %2222, align 4
  %2223 = shufflevector <16 x float> %2182, <16 x float> %2183, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2224 = or disjoint i64 %2188, 768
  %2225 = getelementptr inbounds float, ptr %VnT, i64 %2224
  store <16 x float> %2223, ptr %2225, align 4
  %2226 = shufflevector <16 x float> %2182, <16 x float> %2183, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2227 = or disjoint i64 %2188, 832
  %2228 = getelementptr inbounds float, ptr %VnT, i64 %2227
  store <16 x float> %2226, ptr %2228, align 4
  %2229 = shufflevector <16 x float> %2184, <16 x float> %2185, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2230 = or disjoint i64 %2188, 896
  %2231 = getelementptr inbounds float, ptr %VnT, i64 %2230
  store <16 x float> %2229, ptr %2231, align 4
  %2232 = shufflevector <16 x float> %2184, <16 x float> %2185, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2233 = or disjoint i64 %2188, 960
  %2234 = getelementptr inbounds float, ptr %VnT, i64 %2233
  store <16 x float> %2232, ptr %2234, align 4
  %j22.next = add nuw nsw i64 %j22.addr.02833, 16
  %2235 = icmp ult i64 %j22.addr.02833, 48
  br i1 %2235, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02834, 16
  %2236 = icmp ult i64 %i29.addr.02834, 48
  br i1 %2236, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02852 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3339 = shl nsw i64 %i30.addr.02852, 8
  %invariant.gep3578 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3339
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.02851 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2247, %p6.body ]
  %acc41.02850 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2248, %p6.body ]
  %acc42.02849 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2253, %p6.body ]
  %acc43.02848 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2254, %p6.body ]
  %acc44.02847 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2259, %p6.body ]
  %acc45.02846 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2260, %p6.body ]
  %acc46.02845 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2265, %p6.body ]
  %acc47.02844 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2266, %p6.body ]
  %acc48.02843 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2271, %p6.body ]
  %acc49.02842 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2272, %p6.body ]
  %acc50.02841 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2277, %p6.body ]
  %acc51.02840 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2278, %p6.body ]
  %acc52.02839 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2283, %p6.body ]
  %acc53.02838 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2284, %p6.body ]
  %acc54.02837 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2289, %p6.body ]
  %acc55.02836 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2290, %p6.body ]
  %p6.addr.02835 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %2237 = shl nuw nsw i64 %p6.addr.02835, 5
  %2238 = getelementptr inbounds float, ptr %QcT, i64 %2237
  %2239 = load <16 x float>, ptr %2238, align 4
  %2240 = or disjoint i64 %2237, 16
  %2241 = getelementptr inbounds float, ptr %QcT, i64 %2240
  %2242 = load <16 x float>, ptr %2241, align 4
  %gep3579 = getelementptr inbounds float, ptr %invariant.gep3578, i64 %p6.addr.02835
  %2243 = getelementptr inbounds i8, ptr %gep3579, i64 40960
  %2244 = load float, ptr %2243, align 4
  %2245 = insertelement <16 x float> poison, float %2244, i64 0
  %2246 = shufflevector <16 x float> %2245, <16 x float> poison, <16 x i32> zeroinitializer
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2239, <16 x float> %acc40.02851)
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2242, <16 x float> %acc41.02850)
  %2249 = getelementptr inbounds i8, ptr %gep3579, i64 41216
  %2250 = load float, ptr %2249, align 4
  %2251 = insertelement <16 x float> poison, float %2250, i64 0
  %2252 = shufflevector <16 x float> %2251, <16 x float> poison, <16 x i32> zeroinitializer
  %2253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2239, <16 x float> %acc42.02849)
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2242, <16 x float> %acc43.02848)
  %2255 = getelementptr inbounds i8, ptr %gep3579, i64 41472
  %2256 = load float, ptr %2255, align 4
  %2257 = insertelement <16 x float> poison, float %2256, i64 0
  %2258 = shufflevector <16 x float> %2257, <16 x float> poison, <16 x i32> zeroinitializer
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2239, <16 x float> %acc44.02847)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2242, <16 x float> %acc45.02846)
  %2261 = getelementptr inbounds i8, ptr %gep3579, i64 41728
  %2262 = load float, ptr %2261, align 4
  %2263 = insertelement <16 x float> poison, float %2262, i64 0
  %2264 = shufflevector <16 x float> %2263, <16 x float> poison, <16 x i32> zeroinitializer
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2239, <16 x float> %acc46.02845)
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2242, <16 x float> %acc47.02844)
  %2267 = getelementptr inbounds i8, ptr %gep3579, i64 41984
  %2268 = load float, ptr %2267, align 4
  %2269 = insertelement <16 x float> poison, float %2268, i64 0
  %2270 = shufflevector <16 x float> %2269, <16 x float> poison, <16 x i32> zeroinitializer
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2239, <16 x float> %acc48.02843)
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2242, <16 x float> %acc49.02842)
  %2273 = getelementptr inbounds i8, ptr %gep3579, i64 42240
  %2274 = load float, ptr %2273, align 4
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2239, <16 x float> %acc50.02841)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2242, <16 x float> %acc51.02840)
  %2279 = getelementptr inbounds i8, ptr %gep3579, i64 42496
  %2280 = load float, ptr %2279, align 4
  %2281 = insertelement <16 x float> poison, float %2280, i64 0
  %2282 = shufflevector <16 x float> %2281, <16 x float> poison, <16 x i32> zeroinitializer
  %2283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2282, <16 x float> %2239, <16 x float> %acc52.02839)
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2282, <16 x float> %2242, <16 x float> %acc53.02838)
  %2285 = getelementptr inbounds i8, ptr %gep3579, i64 42752
  %2286 = load float, ptr %2285, align 4
  %2287 = insertelement <16 x float> poison, float %2286, i64 0
  %2288 = shufflevector <16 x float> %2287, <16 x float> poison, <16 x i32> zeroinitializer
  %2289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2288, <16 x float> %2239, <16 x float> %acc54.02837)
  %2290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2288, <16 x float> %2242, <16 x float> %acc55.02836)
  %p6.next = add nuw nsw i64 %p6.addr.02835, 1
  %exitcond3298.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3298.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %2291 = shl nuw nsw i64 %i30.addr.02852, 5
  %2292 = getelementptr inbounds float, ptr %PT, i64 %2291
  store <16 x float> %2247, ptr %2292, align 4
  %2293 = or disjoint i64 %2291, 16
  %2294 = getelementptr inbounds float, ptr %PT, i64 %2293
  store <16 x float> %2248, ptr %2294, align 4
  %2295 = or disjoint i64 %2291, 32
  %2296 = getelementptr inbounds float, ptr %PT, i64 %2295
  store <16 x float> %2253, ptr %2296, align 4
  %2297 = or disjoint i64 %2291, 48
  %2298 = getelementptr inbounds float, ptr %PT, i64 %2297
  store <16 x float> %2254, ptr %2298, align 4
  %2299 = or disjoint i64 %2291, 64
  %2300 = getelementptr inbounds float, ptr %PT, i64 %2299
  store <16 x float> %2259, ptr %2300, align 4
  %2301 = or disjoint i64 %2291, 80
  %2302 = getelementptr inbounds float, ptr %PT, i64 %2301
  store <16 x float> %2260, ptr %2302, align 4
  %2303 = or disjoint i64 %2291, 96
  %2304 = getelementptr inbounds float, ptr %PT, i64 %2303
  store <16 x float> %2265, ptr %2304, align 4
  %2305 = or disjoint i64 %2291, 112
  %2306 = getelementptr inbounds float, ptr %PT, i64 %2305
  store <16 x float> %2266, ptr %2306, align 4
  %2307 = or disjoint i64 %2291, 128
  %2308 = getelementptr inbounds float, ptr %PT, i64 %2307
  store <16 x float> %2271, ptr %2308, align 4
  %2309 = or disjoint i64 %2291, 144
  %2310 = getelementptr inbounds float, ptr %PT, i64 %2309
  store <16 x float> %2272, ptr %2310, align 4
  %2311 = or disjoint i64 %2291, 160
  %2312 = getelementptr inbounds float, ptr %PT, i64 %2311
  store <16 x float> %2277, ptr %2312, align 4
  %2313 = or disjoint i64 %2291, 176
  %2314 = getelementptr inbounds float, ptr %PT, i64 %2313
  store <16 x float> %2278, ptr %2314, align 4
  %2315 = or disjoint i64 %2291, 192
  %2316 = getelementptr inbounds float, ptr %PT, i64 %2315
  store <16 x float> %2283, ptr %2316, align 4
  %2317 = or disjoint i64 %2291, 208
  %2318 = getelementptr inbounds float, ptr %PT, i64 %2317
  store <16 x float> %2284, ptr %2318, align 4
  %2319 = or disjoint i64 %2291, 224
  %2320 = getelementptr inbounds float, ptr %PT, i64 %2319
  store <16 x float> %2289, ptr %2320, align 4
  %2321 = or disjoint i64 %2291, 240
  %2322 = getelementptr inbounds float, ptr %PT, i64 %2321
  store <16 x float> %2290, ptr %2322, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02852, 8
  %2323 = icmp ult i64 %i30.addr.02852, 56
  br i1 %2323, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02855 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3066 = shl nsw i64 %t2.addr.02855, 8
  %2324 = getelementptr inbounds i8, ptr %PT, i64 %.idx3066
  %2325 = load <16 x float>, ptr %2324, align 4
  %.idx3067 = shl nsw i64 %t2.addr.02855, 7
  %2326 = getelementptr inbounds i8, ptr %M, i64 %.idx3067
  %2327 = load <16 x float>, ptr %2326, align 4
  %2328 = fmul <16 x float> %2325, %2327
  store <16 x float> %2328, ptr %2324, align 4
  %2329 = getelementptr inbounds i8, ptr %59, i64 %.idx3066
  %2330 = load <16 x float>, ptr %2329, align 4
  %2331 = getelementptr inbounds i8, ptr %37, i64 %.idx3067
  %2332 = load <16 x float>, ptr %2331, align 4
  %2333 = fmul <16 x float> %2330, %2332
  store <16 x float> %2333, ptr %2329, align 4
  %2334 = getelementptr inbounds i8, ptr %2324, i64 128
  %2335 = load <16 x float>, ptr %2334, align 4
  %2336 = load <16 x float>, ptr %2326, align 4
  %2337 = fmul <16 x float> %2335, %2336
  store <16 x float> %2337, ptr %2334, align 4
  %2338 = getelementptr inbounds i8, ptr %2329, i64 128
  %2339 = load <16 x float>, ptr %2338, align 4
  %2340 = load <16 x float>, ptr %2331, align 4
  %2341 = fmul <16 x float> %2339, %2340
  store <16 x float> %2341, ptr %2338, align 4
  %t2.next = or disjoint i64 %t2.addr.02855, 1
  %.idx3066.1 = shl nsw i64 %t2.next, 8
  %2342 = getelementptr inbounds i8, ptr %PT, i64 %.idx3066.1
  %2343 = load <16 x float>, ptr %2342, align 4
  %.idx3067.1 = shl nsw i64 %t2.next, 7
  %2344 = getelementptr inbounds i8, ptr %M, i64 %.idx3067.1
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = fmul <16 x float> %2343, %2345
  store <16 x float> %2346, ptr %2342, align 4
  %2347 = getelementptr inbounds i8, ptr %59, i64 %.idx3066.1
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = getelementptr inbounds i8, ptr %37, i64 %.idx3067.1
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = fmul <16 x float> %2348, %2350
  store <16 x float> %2351, ptr %2347, align 4
  %2352 = getelementptr inbounds i8, ptr %2342, i64 128
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = load <16 x float>, ptr %2344, align 4
  %2355 = fmul <16 x float> %2353, %2354
  store <16 x float> %2355, ptr %2352, align 4
  %2356 = getelementptr inbounds i8, ptr %2347, i64 128
  %2357 = load <16 x float>, ptr %2356, align 4
  %2358 = load <16 x float>, ptr %2349, align 4
  %2359 = fmul <16 x float> %2357, %2358
  store <16 x float> %2359, ptr %2356, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02855, 2
  %exitcond3299.not.1 = icmp eq i64 %t2.next.1, 32
  br i1 %exitcond3299.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02857 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3070 = shl nsw i64 %i33.addr.02857, 9
  %gep3581 = getelementptr inbounds i8, ptr %invariant.gep3580, i64 %.idx3070
  %2360 = load <16 x float>, ptr %gep3581, align 4
  %.idx3071 = shl nsw i64 %i33.addr.02857, 8
  %gep3583 = getelementptr inbounds i8, ptr %invariant.gep3582, i64 %.idx3071
  store <16 x float> %2360, ptr %gep3583, align 4
  %gep3585 = getelementptr inbounds i8, ptr %invariant.gep3584, i64 %.idx3070
  %2361 = load <16 x float>, ptr %gep3585, align 4
  %gep3587 = getelementptr inbounds i8, ptr %invariant.gep3586, i64 %.idx3071
  store <16 x float> %2361, ptr %gep3587, align 4
  %gep3589 = getelementptr inbounds i8, ptr %invariant.gep3588, i64 %.idx3070
  %2362 = load <16 x float>, ptr %gep3589, align 4
  %gep3591 = getelementptr inbounds i8, ptr %invariant.gep3590, i64 %.idx3071
  store <16 x float> %2362, ptr %gep3591, align 4
  %gep3593 = getelementptr inbounds i8, ptr %invariant.gep3592, i64 %.idx3070
  %2363 = load <16 x float>, ptr %gep3593, align 4
  %gep3595 = getelementptr inbounds i8, ptr %invariant.gep3594, i64 %.idx3071
  store <16 x float> %2363, ptr %gep3595, align 4
  %i33.next = or disjoint i64 %i33.addr.02857, 1
  %.idx3070.1 = shl nsw i64 %i33.next, 9
  %gep3581.1 = getelementptr inbounds i8, ptr %invariant.gep3580, i64 %.idx3070.1
  %2364 = load <16 x float>, ptr %gep3581.1, align 4
  %.idx3071.1 = shl nsw i64 %i33.next, 8
  %gep3583.1 = getelementptr inbounds i8, ptr %invariant.gep3582, i64 %.idx3071.1
  store <16 x float> %2364, ptr %gep3583.1, align 4
  %gep3585.1 = getelementptr inbounds i8, ptr %invariant.gep3584, i64 %.idx3070.1
  %2365 = load <16 x float>, ptr %gep3585.1, align 4
  %gep3587.1 = getelementptr inbounds i8, ptr %invariant.gep3586, i64 %.idx3071.1
  store <16 x float> %2365, ptr %gep3587.1, align 4
  %gep3589.1 = getelementptr inbounds i8, ptr %invariant.gep3588, i64 %.idx3070.1
  %2366 = load <16 x float>, ptr %gep3589.1, align 4
  %gep3591.1 = getelementptr inbounds i8, ptr %invariant.gep3590, i64 %.idx3071.1
  store <16 x float> %2366, ptr %gep3591.1, align 4
  %gep3593.1 = getelementptr inbounds i8, ptr %invariant.gep3592, i64 %.idx3070.1
  %2367 = load <16 x float>, ptr %gep3593.1, align 4
  %gep3595.1 = getelementptr inbounds i8, ptr %invariant.gep3594, i64 %.idx3071.1
  store <16 x float> %2367, ptr %gep3595.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02857, 2
  %.idx3070.2 = shl nsw i64 %i33.next.1, 9
  %gep3581.2 = getelementptr inbounds i8, ptr %invariant.gep3580, i64 %.idx3070.2
  %2368 = load <16 x float>, ptr %gep3581.2, align 4
  %.idx3071.2 = shl nsw i64 %i33.next.1, 8
  %gep3583.2 = getelementptr inbounds i8, ptr %invariant.gep3582, i64 %.idx3071.2
  store <16 x float> %2368, ptr %gep3583.2, align 4
  %gep3585.2 = getelementptr inbounds i8, ptr %invariant.gep3584, i64 %.idx3070.2
  %2369 = load <16 x float>, ptr %gep3585.2, align 4
  %gep3587.2 = getelementptr inbounds i8, ptr %invariant.gep3586, i64 %.idx3071.2
  store <16 x float> %2369, ptr %gep3587.2, align 4
  %gep3589.2 = getelementptr inbounds i8, ptr %invariant.gep3588, i64 %.idx3070.2
  %2370 = load <16 x float>, ptr %gep3589.2, align 4
  %gep3591.2 = getelementptr inbounds i8, ptr %invariant.gep3590, i64 %.idx3071.2
  store <16 x float> %2370, ptr %gep3591.2, align 4
  %gep3593.2 = getelementptr inbounds i8, ptr %invariant.gep3592, i64 %.idx3070.2
  %2371 = load <16 x float>, ptr %gep3593.2, align 4
  %gep3595.2 = getelementptr inbounds i8, ptr %invariant.gep3594, i64 %.idx3071.2
  store <16 x float> %2371, ptr %gep3595.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02857, 3
  %.idx3070.3 = shl nsw i64 %i33.next.2, 9
  %gep3581.3 = getelementptr inbounds i8, ptr %invariant.gep3580, i64 %.idx3070.3
  %2372 = load <16 x float>, ptr %gep3581.3, align 4
  %.idx3071.3 = shl nsw i64 %i33.next.2, 8
  %gep3583.3 = getelementptr inbounds i8, ptr %invariant.gep3582, i64 %.idx3071.3
  store <16 x float> %2372, ptr %gep3583.3, align 4
  %gep3585.3 = getelementptr inbounds i8, ptr %invariant.gep3584, i64 %.idx3070.3
  %2373 = load <16 x float>, ptr %gep3585.3, align 4
  %gep3587.3 = getelementptr inbounds i8, ptr %invariant.gep3586, i64 %.idx3071.3
  store <16 x float> %2373, ptr %gep3587.3, align 4
  %gep3589.3 = getelementptr inbounds i8, ptr %invariant.gep3588, i64 %.idx3070.3
  %2374 = load <16 x float>, ptr %gep3589.3, align 4
  %gep3591.3 = getelementptr inbounds i8, ptr %invariant.gep3590, i64 %.idx3071.3
  store <16 x float> %2374, ptr %gep3591.3, align 4
  %gep3593.3 = getelementptr inbounds i8, ptr %invariant.gep3592, i64 %.idx3070.3
  %2375 = load <16 x float>, ptr %gep3593.3, align 4
  %gep3595.3 = getelementptr inbounds i8, ptr %invariant.gep3594, i64 %.idx3071.3
  store <16 x float> %2375, ptr %gep3595.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.02857, 4
  %exitcond3302.not.3 = icmp eq i64 %i33.next.3, 64
  br i1 %exitcond3302.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02875 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2731 = shl nuw nsw i64 %i34.addr.02875, 8
  %2376 = getelementptr inbounds i8, ptr %OY, i64 %.idx2731
  %2377 = getelementptr inbounds i8, ptr %2376, i64 8192
  %2378 = load <16 x float>, ptr %2377, align 4
  %2379 = getelementptr inbounds i8, ptr %2376, i64 8256
  %2380 = load <16 x float>, ptr %2379, align 4
  %2381 = getelementptr inbounds i8, ptr %2376, i64 8320
  %2382 = load <16 x float>, ptr %2381, align 4
  %2383 = getelementptr inbounds i8, ptr %2376, i64 8384
  %2384 = load <16 x float>, ptr %2383, align 4
  %2385 = or disjoint i64 %i34.addr.02875, 1
  %.idx2732 = shl nuw nsw i64 %2385, 8
  %2386 = getelementptr inbounds i8, ptr %OY, i64 %.idx2732
  %2387 = getelementptr inbounds i8, ptr %2386, i64 8192
  %2388 = load <16 x float>, ptr %2387, align 4
  %2389 = getelementptr inbounds i8, ptr %2386, i64 8256
  %2390 = load <16 x float>, ptr %2389, align 4
  %2391 = getelementptr inbounds i8, ptr %2386, i64 8320
  %2392 = load <16 x float>, ptr %2391, align 4
  %2393 = getelementptr inbounds i8, ptr %2386, i64 8384
  %2394 = load <16 x float>, ptr %2393, align 4
  %2395 = or disjoint i64 %i34.addr.02875, 2
  %.idx2733 = shl nuw nsw i64 %2395, 8
  %2396 = getelementptr inbounds i8, ptr %OY, i64 %.idx2733
  %2397 = getelementptr inbounds i8, ptr %2396, i64 8192
  %2398 = load <16 x float>, ptr %2397, align 4
  %2399 = getelementptr inbounds i8, ptr %2396, i64 8256
  %2400 = load <16 x float>, ptr %2399, align 4
  %2401 = getelementptr inbounds i8, ptr %2396, i64 8320
  %2402 = load <16 x float>, ptr %2401, align 4
  %2403 = getelementptr inbounds i8, ptr %2396, i64 8384
  %2404 = load <16 x float>, ptr %2403, align 4
  %2405 = or disjoint i64 %i34.addr.02875, 3
  %.idx2734 = shl nuw nsw i64 %2405, 8
  %2406 = getelementptr inbounds i8, ptr %OY, i64 %.idx2734
  %2407 = getelementptr inbounds i8, ptr %2406, i64 8192
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = getelementptr inbounds i8, ptr %2406, i64 8256
  %2410 = load <16 x float>, ptr %2409, align 4
  %2411 = getelementptr inbounds i8, ptr %2406, i64 8320
  %2412 = load <16 x float>, ptr %2411, align 4
  %2413 = getelementptr inbounds i8, ptr %2406, i64 8384
  %2414 = load <16 x float>, ptr %2413, align 4
  %.idx3072 = shl nsw i64 %i34.addr.02875, 7
  %.idx3073 = shl nsw i64 %2385, 7
  %.idx3074 = shl nsw i64 %2395, 7
  %.idx3075 = shl nsw i64 %2405, 7
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02874 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc71.02873 = phi <16 x float> [ %2414, %i34.body ], [ %2459, %p7.body ]
  %acc70.02872 = phi <16 x float> [ %2412, %i34.body ], [ %2458, %p7.body ]
  %acc69.02871 = phi <16 x float> [ %2410, %i34.body ], [ %2457, %p7.body ]
  %acc68.02870 = phi <16 x float> [ %2408, %i34.body ], [ %2456, %p7.body ]
  %acc67.02869 = phi <16 x float> [ %2404, %i34.body ], [ %2451, %p7.body ]
  %acc66.02868 = phi <16 x float> [ %2402, %i34.body ], [ %2450, %p7.body ]
  %acc65.02867 = phi <16 x float> [ %2400, %i34.body ], [ %2449, %p7.body ]
  %acc64.02866 = phi <16 x float> [ %2398, %i34.body ], [ %2448, %p7.body ]
  %acc63.02865 = phi <16 x float> [ %2394, %i34.body ], [ %2443, %p7.body ]
  %acc62.02864 = phi <16 x float> [ %2392, %i34.body ], [ %2442, %p7.body ]
  %acc61.02863 = phi <16 x float> [ %2390, %i34.body ], [ %2441, %p7.body ]
  %acc60.02862 = phi <16 x float> [ %2388, %i34.body ], [ %2440, %p7.body ]
  %acc59.02861 = phi <16 x float> [ %2384, %i34.body ], [ %2435, %p7.body ]
  %acc58.02860 = phi <16 x float> [ %2382, %i34.body ], [ %2434, %p7.body ]
  %acc57.02859 = phi <16 x float> [ %2380, %i34.body ], [ %2433, %p7.body ]
  %acc56.02858 = phi <16 x float> [ %2378, %i34.body ], [ %2432, %p7.body ]
  %2415 = shl nuw nsw i64 %p7.addr.02874, 6
  %2416 = getelementptr inbounds float, ptr %OY, i64 %2415
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = or disjoint i64 %2415, 16
  %2419 = getelementptr inbounds float, ptr %OY, i64 %2418
  %2420 = load <16 x float>, ptr %2419, align 4
  %2421 = or disjoint i64 %2415, 32
  %2422 = getelementptr inbounds float, ptr %OY, i64 %2421
  %2423 = load <16 x float>, ptr %2422, align 4
  %2424 = or disjoint i64 %2415, 48
  %2425 = getelementptr inbounds float, ptr %OY, i64 %2424
  %2426 = load <16 x float>, ptr %2425, align 4
  %2427 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02874
  %2428 = getelementptr inbounds i8, ptr %2427, i64 %.idx3072
  %2429 = load float, ptr %2428, align 4
  %2430 = insertelement <16 x float> poison, float %2429, i64 0
  %2431 = shufflevector <16 x float> %2430, <16 x float> poison, <16 x i32> zeroinitializer
  %2432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2417, <16 x float> %acc56.02858)
  %2433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2420, <16 x float> %acc57.02859)
  %2434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2423, <16 x float> %acc58.02860)
  %2435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2426, <16 x float> %acc59.02861)
  %2436 = getelementptr inbounds i8, ptr %2427, i64 %.idx3073
  %2437 = load float, ptr %2436, align 4
  %2438 = insertelement <16 x float> poison, float %2437, i64 0
  %2439 = shufflevector <16 x float> %2438, <16 x float> poison, <16 x i32> zeroinitializer
  %2440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2439, <16 x float> %2417, <16 x float> %acc60.02862)
  %2441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2439, <16 x float> %2420, <16 x float> %acc61.02863)
  %2442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2439, <16 x float> %2423, <16 x float> %acc62.02864)
  %2443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2439, <16 x float> %2426, <16 x float> %acc63.02865)
  %2444 = getelementptr inbounds i8, ptr %2427, i64 %.idx3074
  %2445 = load float, ptr %2444, align 4
  %2446 = insertelement <16 x float> poison, float %2445, i64 0
  %2447 = shufflevector <16 x float> %2446, <16 x float> poison, <16 x i32> zeroinitializer
  %2448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2447, <16 x float> %2417, <16 x float> %acc64.02866)
  %2449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2447, <16 x float> %2420, <16 x float> %acc65.02867)
  %2450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2447, <16 x float> %2423, <16 x float> %acc66.02868)
  %2451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2447, <16 x float> %2426, <16 x float> %acc67.02869)
  %2452 = getelementptr inbounds i8, ptr %2427, i64 %.idx3075
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2417, <16 x float> %acc68.02870)
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2420, <16 x float> %acc69.02871)
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2423, <16 x float> %acc70.02872)
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2426, <16 x float> %acc71.02873)
  %p7.next = add nuw nsw i64 %p7.addr.02874, 1
  %exitcond3303.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3303.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2432, ptr %2377, align 4
  store <16 x float> %2433, ptr %2379, align 4
  store <16 x float> %2434, ptr %2381, align 4
  store <16 x float> %2435, ptr %2383, align 4
  store <16 x float> %2440, ptr %2387, align 4
  store <16 x float> %2441, ptr %2389, align 4
  store <16 x float> %2442, ptr %2391, align 4
  store <16 x float> %2443, ptr %2393, align 4
  store <16 x float> %2448, ptr %2397, align 4
  store <16 x float> %2449, ptr %2399, align 4
  store <16 x float> %2450, ptr %2401, align 4
  store <16 x float> %2451, ptr %2403, align 4
  store <16 x float> %2456, ptr %2407, align 4
  store <16 x float> %2457, ptr %2409, align 4
  store <16 x float> %2458, ptr %2411, align 4
  store <16 x float> %2459, ptr %2413, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02875, 4
  %2460 = icmp ult i64 %i34.addr.02875, 60
  br i1 %2460, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02893 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2461 = shl nuw nsw i64 %i35.addr.02893, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02892 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.02891 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2523, %p8.body ]
  %acc86.02890 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2522, %p8.body ]
  %acc85.02889 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2516, %p8.body ]
  %acc84.02888 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2515, %p8.body ]
  %acc83.02887 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2509, %p8.body ]
  %acc82.02886 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2508, %p8.body ]
  %acc81.02885 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2502, %p8.body ]
  %acc80.02884 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2501, %p8.body ]
  %acc79.02883 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2495, %p8.body ]
  %acc78.02882 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2494, %p8.body ]
  %acc77.02881 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2488, %p8.body ]
  %acc76.02880 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2487, %p8.body ]
  %acc75.02879 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2481, %p8.body ]
  %acc74.02878 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2480, %p8.body ]
  %acc73.02877 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2474, %p8.body ]
  %acc72.02876 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2473, %p8.body ]
  %2462 = shl nuw nsw i64 %p8.addr.02892, 5
  %2463 = getelementptr inbounds float, ptr %dOT, i64 %2462
  %2464 = load <16 x float>, ptr %2463, align 4
  %2465 = or disjoint i64 %2462, 16
  %2466 = getelementptr inbounds float, ptr %dOT, i64 %2465
  %2467 = load <16 x float>, ptr %2466, align 4
  %2468 = add nuw nsw i64 %p8.addr.02892, %2461
  %2469 = getelementptr inbounds float, ptr %Vn, i64 %2468
  %2470 = load float, ptr %2469, align 4
  %2471 = insertelement <16 x float> poison, float %2470, i64 0
  %2472 = shufflevector <16 x float> %2471, <16 x float> poison, <16 x i32> zeroinitializer
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2464, <16 x float> %acc72.02876)
  %2474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2467, <16 x float> %acc73.02877)
  %2475 = or disjoint i64 %2468, 64
  %2476 = getelementptr inbounds float, ptr %Vn, i64 %2475
  %2477 = load float, ptr %2476, align 4
  %2478 = insertelement <16 x float> poison, float %2477, i64 0
  %2479 = shufflevector <16 x float> %2478, <16 x float> poison, <16 x i32> zeroinitializer
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2464, <16 x float> %acc74.02878)
  %2481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2467, <16 x float> %acc75.02879)
  %2482 = or disjoint i64 %2468, 128
  %2483 = getelementptr inbounds float, ptr %Vn, i64 %2482
  %2484 = load float, ptr %2483, align 4
  %2485 = insertelement <16 x float> poison, float %2484, i64 0
  %2486 = shufflevector <16 x float> %2485, <16 x float> poison, <16 x i32> zeroinitializer
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2464, <16 x float> %acc76.02880)
  %2488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2467, <16 x float> %acc77.02881)
  %2489 = or disjoint i64 %2468, 192
  %2490 = getelementptr inbounds float, ptr %Vn, i64 %2489
  %2491 = load float, ptr %2490, align 4
  %2492 = insertelement <16 x float> poison, float %2491, i64 0
  %2493 = shufflevector <16 x float> %2492, <16 x float> poison, <16 x i32> zeroinitializer
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2464, <16 x float> %acc78.02882)
  %2495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2467, <16 x float> %acc79.02883)
  %2496 = or disjoint i64 %2468, 256
  %2497 = getelementptr inbounds float, ptr %Vn, i64 %2496
  %2498 = load float, ptr %2497, align 4
  %2499 = insertelement <16 x float> poison, float %2498, i64 0
  %2500 = shufflevector <16 x float> %2499, <16 x float> poison, <16 x i32> zeroinitializer
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2464, <16 x float> %acc80.02884)
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2467, <16 x float> %acc81.02885)
  %2503 = or disjoint i64 %2468, 320
  %2504 = getelementptr inbounds float, ptr %Vn, i64 %2503
  %2505 = load float, ptr %2504, align 4
  %2506 = insertelement <16 x float> poison, float %2505, i64 0
  %2507 = shufflevector <16 x float> %2506, <16 x float> poison, <16 x i32> zeroinitializer
  %2508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2507, <16 x float> %2464, <16 x float> %acc82.02886)
  %2509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2507, <16 x float> %2467, <16 x float> %acc83.02887)
  %2510 = or disjoint i64 %2468, 384
  %2511 = getelementptr inbounds float, ptr %Vn, i64 %2510
  %2512 = load float, ptr %2511, align 4
  %2513 = insertelement <16 x float> poison, float %2512, i64 0
  %2514 = shufflevector <16 x float> %2513, <16 x float> poison, <16 x i32> zeroinitializer
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2464, <16 x float> %acc84.02888)
  %2516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2467, <16 x float> %acc85.02889)
  %2517 = or disjoint i64 %2468, 448
  %2518 = getelementptr inbounds float, ptr %Vn, i64 %2517
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <16 x float> poison, float %2519, i64 0
  %2521 = shufflevector <16 x float> %2520, <16 x float> poison, <16 x i32> zeroinitializer
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2464, <16 x float> %acc86.02890)
  %2523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2467, <16 x float> %acc87.02891)
  %p8.next = add nuw nsw i64 %p8.addr.02892, 1
  %exitcond3304.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3304.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2524 = mul nuw nsw i64 %i35.addr.02893, 224
  %2525 = or disjoint i64 %2524, 128
  %2526 = getelementptr inbounds float, ptr %Ak, i64 %2525
  store <16 x float> %2473, ptr %2526, align 4
  %2527 = or disjoint i64 %2524, 144
  %2528 = getelementptr inbounds float, ptr %Ak, i64 %2527
  store <16 x float> %2474, ptr %2528, align 4
  %2529 = getelementptr inbounds float, ptr %Ak, i64 %2524
  %2530 = getelementptr inbounds i8, ptr %2529, i64 1408
  store <16 x float> %2480, ptr %2530, align 4
  %2531 = getelementptr inbounds i8, ptr %2529, i64 1472
  store <16 x float> %2481, ptr %2531, align 4
  %2532 = getelementptr inbounds i8, ptr %2529, i64 2304
  store <16 x float> %2487, ptr %2532, align 4
  %2533 = getelementptr inbounds i8, ptr %2529, i64 2368
  store <16 x float> %2488, ptr %2533, align 4
  %2534 = getelementptr inbounds i8, ptr %2529, i64 3200
  store <16 x float> %2494, ptr %2534, align 4
  %2535 = getelementptr inbounds i8, ptr %2529, i64 3264
  store <16 x float> %2495, ptr %2535, align 4
  %2536 = getelementptr inbounds i8, ptr %2529, i64 4096
  store <16 x float> %2501, ptr %2536, align 4
  %2537 = getelementptr inbounds i8, ptr %2529, i64 4160
  store <16 x float> %2502, ptr %2537, align 4
  %2538 = getelementptr inbounds i8, ptr %2529, i64 4992
  store <16 x float> %2508, ptr %2538, align 4
  %2539 = getelementptr inbounds i8, ptr %2529, i64 5056
  store <16 x float> %2509, ptr %2539, align 4
  %2540 = getelementptr inbounds i8, ptr %2529, i64 5888
  store <16 x float> %2515, ptr %2540, align 4
  %2541 = getelementptr inbounds i8, ptr %2529, i64 5952
  store <16 x float> %2516, ptr %2541, align 4
  %2542 = getelementptr inbounds i8, ptr %2529, i64 6784
  store <16 x float> %2522, ptr %2542, align 4
  %2543 = getelementptr inbounds i8, ptr %2529, i64 6848
  store <16 x float> %2523, ptr %2543, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02893, 8
  %2544 = icmp ult i64 %i35.addr.02893, 56
  br i1 %2544, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.02896 = phi i64 [ %t3.next.3, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3076 = mul nuw nsw i64 %t3.addr.02896, 1792
  %2545 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3076
  %2546 = getelementptr inbounds i8, ptr %2545, i64 512
  %2547 = load <16 x float>, ptr %2546, align 4
  %.idx3077 = shl nsw i64 %t3.addr.02896, 7
  %2548 = getelementptr inbounds i8, ptr %M, i64 %.idx3077
  %2549 = load <16 x float>, ptr %2548, align 4
  %2550 = fmul <16 x float> %2547, %2549
  store <16 x float> %2550, ptr %2546, align 4
  %2551 = getelementptr inbounds i8, ptr %60, i64 %.idx3076
  %2552 = getelementptr inbounds i8, ptr %2551, i64 512
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = getelementptr inbounds i8, ptr %37, i64 %.idx3077
  %2555 = load <16 x float>, ptr %2554, align 4
  %2556 = fmul <16 x float> %2553, %2555
  store <16 x float> %2556, ptr %2552, align 4
  %2557 = getelementptr inbounds i8, ptr %2545, i64 1408
  %2558 = load <16 x float>, ptr %2557, align 4
  %2559 = load <16 x float>, ptr %2548, align 4
  %2560 = fmul <16 x float> %2558, %2559
  store <16 x float> %2560, ptr %2557, align 4
  %2561 = getelementptr inbounds i8, ptr %2551, i64 1408
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = load <16 x float>, ptr %2554, align 4
  %2564 = fmul <16 x float> %2562, %2563
  store <16 x float> %2564, ptr %2561, align 4
  %t3.next = or disjoint i64 %t3.addr.02896, 1
  %.idx3076.1 = mul nuw nsw i64 %t3.next, 1792
  %2565 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3076.1
  %2566 = getelementptr inbounds i8, ptr %2565, i64 512
  %2567 = load <16 x float>, ptr %2566, align 4
  %.idx3077.1 = shl nsw i64 %t3.next, 7
  %2568 = getelementptr inbounds i8, ptr %M, i64 %.idx3077.1
  %2569 = load <16 x float>, ptr %2568, align 4
  %2570 = fmul <16 x float> %2567, %2569
  store <16 x float> %2570, ptr %2566, align 4
  %2571 = getelementptr inbounds i8, ptr %60, i64 %.idx3076.1
  %2572 = getelementptr inbounds i8, ptr %2571, i64 512
  %2573 = load <16 x float>, ptr %2572, align 4
  %2574 = getelementptr inbounds i8, ptr %37, i64 %.idx3077.1
  %2575 = load <16 x float>, ptr %2574, align 4
  %2576 = fmul <16 x float> %2573, %2575
  store <16 x float> %2576, ptr %2572, align 4
  %2577 = getelementptr inbounds i8, ptr %2565, i64 1408
  %2578 = load <16 x float>, ptr %2577, align 4
  %2579 = load <16 x float>, ptr %2568, align 4
  %2580 = fmul <16 x float> %2578, %2579
  store <16 x float> %2580, ptr %2577, align 4
  %2581 = getelementptr inbounds i8, ptr %2571, i64 1408
  %2582 = load <16 x float>, ptr %2581, align 4
  %2583 = load <16 x float>, ptr %2574, align 4
  %2584 = fmul <16 x float> %2582, %2583
  store <16 x float> %2584, ptr %2581, align 4
  %t3.next.1 = or disjoint i64 %t3.addr.02896, 2
  %.idx3076.2 = mul nuw nsw i64 %t3.next.1, 1792
  %2585 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3076.2
  %2586 = getelementptr inbounds i8, ptr %2585, i64 512
  %2587 = load <16 x float>, ptr %2586, align 4
  %.idx3077.2 = shl nsw i64 %t3.next.1, 7
  %2588 = getelementptr inbounds i8, ptr %M, i64 %.idx3077.2
  %2589 = load <16 x float>, ptr %2588, align 4
  %2590 = fmul <16 x float> %2587, %2589
  store <16 x float> %2590, ptr %2586, align 4
  %2591 = getelementptr inbounds i8, ptr %60, i64 %.idx3076.2
  %2592 = getelementptr inbounds i8, ptr %2591, i64 512
  %2593 = load <16 x float>, ptr %2592, align 4
  %2594 = getelementptr inbounds i8, ptr %37, i64 %.idx3077.2
  %2595 = load <16 x float>, ptr %2594, align 4
  %2596 = fmul <16 x float> %2593, %2595
  store <16 x float> %2596, ptr %2592, align 4
  %2597 = getelementptr inbounds i8, ptr %2585, i64 1408
  %2598 = load <16 x float>, ptr %2597, align 4
  %2599 = load <16 x float>, ptr %2588, align 4
  %2600 = fmul <16 x float> %2598, %2599
  store <16 x float> %2600, ptr %2597, align 4
  %2601 = getelementptr inbounds i8, ptr %2591, i64 1408
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = load <16 x float>, ptr %2594, align 4
  %2604 = fmul <16 x float> %2602, %2603
  store <16 x float> %2604, ptr %2601, align 4
  %t3.next.2 = or disjoint i64 %t3.addr.02896, 3
  %.idx3076.3 = mul nuw nsw i64 %t3.next.2, 1792
  %2605 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3076.3
  %2606 = getelementptr inbounds i8, ptr %2605, i64 512
  %2607 = load <16 x float>, ptr %2606, align 4
  %.idx3077.3 = shl nsw i64 %t3.next.2, 7
  %2608 = getelementptr inbounds i8, ptr %M, i64 %.idx3077.3
  %2609 = load <16 x float>, ptr %2608, align 4
  %2610 = fmul <16 x float> %2607, %2609
  store <16 x float> %2610, ptr %2606, align 4
  %2611 = getelementptr inbounds i8, ptr %60, i64 %.idx3076.3
  %2612 = getelementptr inbounds i8, ptr %2611, i64 512
  %2613 = load <16 x float>, ptr %2612, align 4
  %2614 = getelementptr inbounds i8, ptr %37, i64 %.idx3077.3
  %2615 = load <16 x float>, ptr %2614, align 4
  %2616 = fmul <16 x float> %2613, %2615
  store <16 x float> %2616, ptr %2612, align 4
  %2617 = getelementptr inbounds i8, ptr %2605, i64 1408
  %2618 = load <16 x float>, ptr %2617, align 4
  %2619 = load <16 x float>, ptr %2608, align 4
  %2620 = fmul <16 x float> %2618, %2619
  store <16 x float> %2620, ptr %2617, align 4
  %2621 = getelementptr inbounds i8, ptr %2611, i64 1408
  %2622 = load <16 x float>, ptr %2621, align 4
  %2623 = load <16 x float>, ptr %2614, align 4
  %2624 = fmul <16 x float> %2622, %2623
  store <16 x float> %2624, ptr %2621, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.02896, 4
  %exitcond3305.not.3 = icmp eq i64 %t3.next.3, 32
  br i1 %exitcond3305.not.3, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02914 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2625 = shl nuw nsw i64 %i38.addr.02914, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02913 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.02912 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2674, %p9.body ]
  %acc102.02911 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2673, %p9.body ]
  %acc101.02910 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2672, %p9.body ]
  %acc100.02909 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2671, %p9.body ]
  %acc99.02908 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2665, %p9.body ]
  %acc98.02907 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2664, %p9.body ]
  %acc97.02906 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2663, %p9.body ]
  %acc96.02905 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2662, %p9.body ]
  %acc95.02904 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2656, %p9.body ]
  %acc94.02903 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2655, %p9.body ]
  %acc93.02902 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2654, %p9.body ]
  %acc92.02901 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2653, %p9.body ]
  %acc91.02900 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2647, %p9.body ]
  %acc90.02899 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2646, %p9.body ]
  %acc89.02898 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2645, %p9.body ]
  %acc88.02897 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2644, %p9.body ]
  %2626 = shl nuw nsw i64 %p9.addr.02913, 6
  %2627 = or disjoint i64 %2626, 4096
  %2628 = getelementptr inbounds float, ptr %Bk, i64 %2627
  %2629 = load <16 x float>, ptr %2628, align 4
  %2630 = or disjoint i64 %2626, 4112
  %2631 = getelementptr inbounds float, ptr %Bk, i64 %2630
  %2632 = load <16 x float>, ptr %2631, align 4
  %2633 = or disjoint i64 %2626, 4128
  %2634 = getelementptr inbounds float, ptr %Bk, i64 %2633
  %2635 = load <16 x float>, ptr %2634, align 4
  %2636 = or disjoint i64 %2626, 4144
  %2637 = getelementptr inbounds float, ptr %Bk, i64 %2636
  %2638 = load <16 x float>, ptr %2637, align 4
  %2639 = add nuw nsw i64 %p9.addr.02913, %2625
  %2640 = getelementptr inbounds float, ptr %OY, i64 %2639
  %2641 = load float, ptr %2640, align 4
  %2642 = insertelement <16 x float> poison, float %2641, i64 0
  %2643 = shufflevector <16 x float> %2642, <16 x float> poison, <16 x i32> zeroinitializer
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2629, <16 x float> %acc88.02897)
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2632, <16 x float> %acc89.02898)
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2635, <16 x float> %acc90.02899)
  %2647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2638, <16 x float> %acc91.02900)
  %2648 = or disjoint i64 %2639, 64
  %2649 = getelementptr inbounds float, ptr %OY, i64 %2648
  %2650 = load float, ptr %2649, align 4
  %2651 = insertelement <16 x float> poison, float %2650, i64 0
  %2652 = shufflevector <16 x float> %2651, <16 x float> poison, <16 x i32> zeroinitializer
  %2653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2629, <16 x float> %acc92.02901)
  %2654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2632, <16 x float> %acc93.02902)
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2635, <16 x float> %acc94.02903)
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2638, <16 x float> %acc95.02904)
  %2657 = or disjoint i64 %2639, 128
  %2658 = getelementptr inbounds float, ptr %OY, i64 %2657
  %2659 = load float, ptr %2658, align 4
  %2660 = insertelement <16 x float> poison, float %2659, i64 0
  %2661 = shufflevector <16 x float> %2660, <16 x float> poison, <16 x i32> zeroinitializer
  %2662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2629, <16 x float> %acc96.02905)
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2632, <16 x float> %acc97.02906)
  %2664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2635, <16 x float> %acc98.02907)
  %2665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2638, <16 x float> %acc99.02908)
  %2666 = or disjoint i64 %2639, 192
  %2667 = getelementptr inbounds float, ptr %OY, i64 %2666
  %2668 = load float, ptr %2667, align 4
  %2669 = insertelement <16 x float> poison, float %2668, i64 0
  %2670 = shufflevector <16 x float> %2669, <16 x float> poison, <16 x i32> zeroinitializer
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2629, <16 x float> %acc100.02909)
  %2672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2632, <16 x float> %acc101.02910)
  %2673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2635, <16 x float> %acc102.02911)
  %2674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2638, <16 x float> %acc103.02912)
  %p9.next = add nuw nsw i64 %p9.addr.02913, 1
  %exitcond3306.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3306.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2675 = getelementptr inbounds float, ptr %dQc, i64 %2625
  store <16 x float> %2644, ptr %2675, align 4
  %2676 = or disjoint i64 %2625, 16
  %2677 = getelementptr inbounds float, ptr %dQc, i64 %2676
  store <16 x float> %2645, ptr %2677, align 4
  %2678 = or disjoint i64 %2625, 32
  %2679 = getelementptr inbounds float, ptr %dQc, i64 %2678
  store <16 x float> %2646, ptr %2679, align 4
  %2680 = or disjoint i64 %2625, 48
  %2681 = getelementptr inbounds float, ptr %dQc, i64 %2680
  store <16 x float> %2647, ptr %2681, align 4
  %2682 = or disjoint i64 %2625, 64
  %2683 = getelementptr inbounds float, ptr %dQc, i64 %2682
  store <16 x float> %2653, ptr %2683, align 4
  %2684 = or disjoint i64 %2625, 80
  %2685 = getelementptr inbounds float, ptr %dQc, i64 %2684
  store <16 x float> %2654, ptr %2685, align 4
  %2686 = or disjoint i64 %2625, 96
  %2687 = getelementptr inbounds float, ptr %dQc, i64 %2686
  store <16 x float> %2655, ptr %2687, align 4
  %2688 = or disjoint i64 %2625, 112
  %2689 = getelementptr inbounds float, ptr %dQc, i64 %2688
  store <16 x float> %2656, ptr %2689, align 4
  %2690 = or disjoint i64 %2625, 128
  %2691 = getelementptr inbounds float, ptr %dQc, i64 %2690
  store <16 x float> %2662, ptr %2691, align 4
  %2692 = or disjoint i64 %2625, 144
  %2693 = getelementptr inbounds float, ptr %dQc, i64 %2692
  store <16 x float> %2663, ptr %2693, align 4
  %2694 = or disjoint i64 %2625, 160
  %2695 = getelementptr inbounds float, ptr %dQc, i64 %2694
  store <16 x float> %2664, ptr %2695, align 4
  %2696 = or disjoint i64 %2625, 176
  %2697 = getelementptr inbounds float, ptr %dQc, i64 %2696
  store <16 x float> %2665, ptr %2697, align 4
  %2698 = or disjoint i64 %2625, 192
  %2699 = getelementptr inbounds float, ptr %dQc, i64 %2698
  store <16 x float> %2671, ptr %2699, align 4
  %2700 = or disjoint i64 %2625, 208
  %2701 = getelementptr inbounds float, ptr %dQc, i64 %2700
  store <16 x float> %2672, ptr %2701, align 4
  %2702 = or disjoint i64 %2625, 224
  %2703 = getelementptr inbounds float, ptr %dQc, i64 %2702
  store <16 x float> %2673, ptr %2703, align 4
  %2704 = or disjoint i64 %2625, 240
  %2705 = getelementptr inbounds float, ptr %dQc, i64 %2704
  store <16 x float> %2674, ptr %2705, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02914, 4
  %2706 = icmp ult i64 %i38.addr.02914, 28
  br i1 %2706, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %p10.exit
  %i39.addr.02932 = phi i64 [ %i39.next, %p10.exit ], [ 0, %p9.exit ]
  %2707 = shl nuw nsw i64 %i39.addr.02932, 6
  %2708 = getelementptr inbounds float, ptr %dQc, i64 %2707
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = or disjoint i64 %2707, 16
  %2711 = getelementptr inbounds float, ptr %dQc, i64 %2710
  %2712 = load <16 x float>, ptr %2711, align 4
  %2713 = or disjoint i64 %2707, 32
  %2714 = getelementptr inbounds float, ptr %dQc, i64 %2713
  %2715 = load <16 x float>, ptr %2714, align 4
  %2716 = or disjoint i64 %2707, 48
  %2717 = getelementptr inbounds float, ptr %dQc, i64 %2716
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = or disjoint i64 %i39.addr.02932, 1
  %2720 = shl nuw nsw i64 %2719, 6
  %2721 = getelementptr inbounds float, ptr %dQc, i64 %2720
  %2722 = load <16 x float>, ptr %2721, align 4
  %2723 = or disjoint i64 %2720, 16
  %2724 = getelementptr inbounds float, ptr %dQc, i64 %2723
  %2725 = load <16 x float>, ptr %2724, align 4
  %2726 = or disjoint i64 %2720, 32
  %2727 = getelementptr inbounds float, ptr %dQc, i64 %2726
  %2728 = load <16 x float>, ptr %2727, align 4
  %2729 = or disjoint i64 %2720, 48
  %2730 = getelementptr inbounds float, ptr %dQc, i64 %2729
  %2731 = load <16 x float>, ptr %2730, align 4
  %2732 = or disjoint i64 %i39.addr.02932, 2
  %2733 = shl nuw nsw i64 %2732, 6
  %2734 = getelementptr inbounds float, ptr %dQc, i64 %2733
  %2735 = load <16 x float>, ptr %2734, align 4
  %2736 = or disjoint i64 %2733, 16
  %2737 = getelementptr inbounds float, ptr %dQc, i64 %2736
  %2738 = load <16 x float>, ptr %2737, align 4
  %2739 = or disjoint i64 %2733, 32
  %2740 = getelementptr inbounds float, ptr %dQc, i64 %2739
  %2741 = load <16 x float>, ptr %2740, align 4
  %2742 = or disjoint i64 %2733, 48
  %2743 = getelementptr inbounds float, ptr %dQc, i64 %2742
  %2744 = load <16 x float>, ptr %2743, align 4
  %2745 = or disjoint i64 %i39.addr.02932, 3
  %2746 = shl nuw nsw i64 %2745, 6
  %2747 = getelementptr inbounds float, ptr %dQc, i64 %2746
  %2748 = load <16 x float>, ptr %2747, align 4
  %2749 = or disjoint i64 %2746, 16
  %2750 = getelementptr inbounds float, ptr %dQc, i64 %2749
  %2751 = load <16 x float>, ptr %2750, align 4
  %2752 = or disjoint i64 %2746, 32
  %2753 = getelementptr inbounds float, ptr %dQc, i64 %2752
  %2754 = load <16 x float>, ptr %2753, align 4
  %2755 = or disjoint i64 %2746, 48
  %2756 = getelementptr inbounds float, ptr %dQc, i64 %2755
  %2757 = load <16 x float>, ptr %2756, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02931 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.02930 = phi <16 x float> [ %2757, %i39.body ], [ %2804, %p10.body ]
  %acc118.02929 = phi <16 x float> [ %2754, %i39.body ], [ %2803, %p10.body ]
  %acc117.02928 = phi <16 x float> [ %2751, %i39.body ], [ %2802, %p10.body ]
  %acc116.02927 = phi <16 x float> [ %2748, %i39.body ], [ %2801, %p10.body ]
  %acc115.02926 = phi <16 x float> [ %2744, %i39.body ], [ %2795, %p10.body ]
  %acc114.02925 = phi <16 x float> [ %2741, %i39.body ], [ %2794, %p10.body ]
  %acc113.02924 = phi <16 x float> [ %2738, %i39.body ], [ %2793, %p10.body ]
  %acc112.02923 = phi <16 x float> [ %2735, %i39.body ], [ %2792, %p10.body ]
  %acc111.02922 = phi <16 x float> [ %2731, %i39.body ], [ %2786, %p10.body ]
  %acc110.02921 = phi <16 x float> [ %2728, %i39.body ], [ %2785, %p10.body ]
  %acc109.02920 = phi <16 x float> [ %2725, %i39.body ], [ %2784, %p10.body ]
  %acc108.02919 = phi <16 x float> [ %2722, %i39.body ], [ %2783, %p10.body ]
  %acc107.02918 = phi <16 x float> [ %2718, %i39.body ], [ %2777, %p10.body ]
  %acc106.02917 = phi <16 x float> [ %2715, %i39.body ], [ %2776, %p10.body ]
  %acc105.02916 = phi <16 x float> [ %2712, %i39.body ], [ %2775, %p10.body ]
  %acc104.02915 = phi <16 x float> [ %2709, %i39.body ], [ %2774, %p10.body ]
  %.idx2730 = shl nuw nsw i64 %p10.addr.02931, 8
  %2758 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2730
  %2759 = getelementptr inbounds i8, ptr %2758, i64 40960
  %2760 = load <16 x float>, ptr %2759, align 4
  %2761 = getelementptr inbounds i8, ptr %2758, i64 41024
  %2762 = load <16 x float>, ptr %2761, align 4
  %2763 = getelementptr inbounds i8, ptr %2758, i64 41088
  %2764 = load <16 x float>, ptr %2763, align 4
  %2765 = getelementptr inbounds i8, ptr %2758, i64 41152
  %2766 = load <16 x float>, ptr %2765, align 4
  %2767 = mul nuw nsw i64 %p10.addr.02931, 224
  %2768 = add nuw nsw i64 %2767, 128
  %2769 = or disjoint i64 %2768, %i39.addr.02932
  %2770 = getelementptr inbounds float, ptr %Ak, i64 %2769
  %2771 = load float, ptr %2770, align 4
  %2772 = insertelement <16 x float> poison, float %2771, i64 0
  %2773 = shufflevector <16 x float> %2772, <16 x float> poison, <16 x i32> zeroinitializer
  %2774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2760, <16 x float> %acc104.02915)
  %2775 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2762, <16 x float> %acc105.02916)
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2764, <16 x float> %acc106.02917)
  %2777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2766, <16 x float> %acc107.02918)
  %2778 = or disjoint i64 %2768, %2719
  %2779 = getelementptr inbounds float, ptr %Ak, i64 %2778
  %2780 = load float, ptr %2779, align 4
  %2781 = insertelement <16 x float> poison, float %2780, i64 0
  %2782 = shufflevector <16 x float> %2781, <16 x float> poison, <16 x i32> zeroinitializer
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2760, <16 x float> %acc108.02919)
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2762, <16 x float> %acc109.02920)
  %2785 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2764, <16 x float> %acc110.02921)
  %2786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2766, <16 x float> %acc111.02922)
  %2787 = or disjoint i64 %2768, %2732
  %2788 = getelementptr inbounds float, ptr %Ak, i64 %2787
  %2789 = load float, ptr %2788, align 4
  %2790 = insertelement <16 x float> poison, float %2789, i64 0
  %2791 = shufflevector <16 x float> %2790, <16 x float> poison, <16 x i32> zeroinitializer
  %2792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2791, <16 x float> %2760, <16 x float> %acc112.02923)
  %2793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2791, <16 x float> %2762, <16 x float> %acc113.02924)
  %2794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2791, <16 x float> %2764, <16 x float> %acc114.02925)
  %2795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2791, <16 x float> %2766, <16 x float> %acc115.02926)
  %2796 = or disjoint i64 %2768, %2745
  %2797 = getelementptr inbounds float, ptr %Ak, i64 %2796
  %2798 = load float, ptr %2797, align 4
  %2799 = insertelement <16 x float> poison, float %2798, i64 0
  %2800 = shufflevector <16 x float> %2799, <16 x float> poison, <16 x i32> zeroinitializer
  %2801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2760, <16 x float> %acc116.02927)
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2762, <16 x float> %acc117.02928)
  %2803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2764, <16 x float> %acc118.02929)
  %2804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2766, <16 x float> %acc119.02930)
  %p10.next = add nuw nsw i64 %p10.addr.02931, 1
  %exitcond3307.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3307.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2774, ptr %2708, align 4
  store <16 x float> %2775, ptr %2711, align 4
  store <16 x float> %2776, ptr %2714, align 4
  store <16 x float> %2777, ptr %2717, align 4
  store <16 x float> %2783, ptr %2721, align 4
  store <16 x float> %2784, ptr %2724, align 4
  store <16 x float> %2785, ptr %2727, align 4
  store <16 x float> %2786, ptr %2730, align 4
  store <16 x float> %2792, ptr %2734, align 4
  store <16 x float> %2793, ptr %2737, align 4
  store <16 x float> %2794, ptr %2740, align 4
  store <16 x float> %2795, ptr %2743, align 4
  store <16 x float> %2801, ptr %2747, align 4
  store <16 x float> %2802, ptr %2750, align 4
  store <16 x float> %2803, ptr %2753, align 4
  store <16 x float> %2804, ptr %2756, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02932, 4
  %2805 = icmp ult i64 %i39.addr.02932, 28
  br i1 %2805, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %p10.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02967 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2806 = shl nuw nsw i64 %ib1.addr.02967, 2
  %i01 = sub nuw nsw i64 60, %2806
  %2807 = shl nuw nsw i64 %i01, 6
  %2808 = getelementptr inbounds float, ptr %OY, i64 %2807
  %2809 = getelementptr inbounds i8, ptr %2808, i64 8192
  %2810 = load <16 x float>, ptr %2809, align 4
  %2811 = getelementptr inbounds i8, ptr %2808, i64 8256
  %2812 = load <16 x float>, ptr %2811, align 4
  %2813 = getelementptr inbounds i8, ptr %2808, i64 8320
  %2814 = load <16 x float>, ptr %2813, align 4
  %2815 = getelementptr inbounds i8, ptr %2808, i64 8384
  %2816 = load <16 x float>, ptr %2815, align 4
  %2817 = sub nuw nsw i64 61, %2806
  %2818 = shl nuw nsw i64 %2817, 6
  %2819 = getelementptr inbounds float, ptr %OY, i64 %2818
  %2820 = getelementptr inbounds i8, ptr %2819, i64 8192
  %2821 = load <16 x float>, ptr %2820, align 4
  %2822 = getelementptr inbounds i8, ptr %2819, i64 8256
  %2823 = load <16 x float>, ptr %2822, align 4
  %2824 = getelementptr inbounds i8, ptr %2819, i64 8320
  %2825 = load <16 x float>, ptr %2824, align 4
  %2826 = getelementptr inbounds i8, ptr %2819, i64 8384
  %2827 = load <16 x float>, ptr %2826, align 4
  %2828 = sub nuw nsw i64 62, %2806
  %2829 = shl nuw nsw i64 %2828, 6
  %2830 = getelementptr inbounds float, ptr %OY, i64 %2829
  %2831 = getelementptr inbounds i8, ptr %2830, i64 8192
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = getelementptr inbounds i8, ptr %2830, i64 8256
  %2834 = load <16 x float>, ptr %2833, align 4
  %2835 = getelementptr inbounds i8, ptr %2830, i64 8320
  %2836 = load <16 x float>, ptr %2835, align 4
  %2837 = getelementptr inbounds i8, ptr %2830, i64 8384
  %2838 = load <16 x float>, ptr %2837, align 4
  %2839 = sub nuw nsw i64 63, %2806
  %2840 = shl nuw nsw i64 %2839, 6
  %2841 = getelementptr inbounds float, ptr %OY, i64 %2840
  %2842 = getelementptr inbounds i8, ptr %2841, i64 8192
  %2843 = load <16 x float>, ptr %2842, align 4
  %2844 = getelementptr inbounds i8, ptr %2841, i64 8256
  %2845 = load <16 x float>, ptr %2844, align 4
  %2846 = getelementptr inbounds i8, ptr %2841, i64 8320
  %2847 = load <16 x float>, ptr %2846, align 4
  %2848 = getelementptr inbounds i8, ptr %2841, i64 8384
  %2849 = load <16 x float>, ptr %2848, align 4
  %.not3080 = icmp eq i64 %ib1.addr.02967, 0
  br i1 %.not3080, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2850 = sub nuw nsw i64 64, %2806
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02950 = phi i64 [ %j30.next, %j30.body ], [ %2850, %j30.body.preheader ]
  %acc135.02949 = phi <16 x float> [ %2900, %j30.body ], [ %2849, %j30.body.preheader ]
  %acc134.02948 = phi <16 x float> [ %2899, %j30.body ], [ %2847, %j30.body.preheader ]
  %acc133.02947 = phi <16 x float> [ %2898, %j30.body ], [ %2845, %j30.body.preheader ]
  %acc132.02946 = phi <16 x float> [ %2897, %j30.body ], [ %2843, %j30.body.preheader ]
  %acc131.02945 = phi <16 x float> [ %2890, %j30.body ], [ %2838, %j30.body.preheader ]
  %acc130.02944 = phi <16 x float> [ %2889, %j30.body ], [ %2836, %j30.body.preheader ]
  %acc129.02943 = phi <16 x float> [ %2888, %j30.body ], [ %2834, %j30.body.preheader ]
  %acc128.02942 = phi <16 x float> [ %2887, %j30.body ], [ %2832, %j30.body.preheader ]
  %acc127.02941 = phi <16 x float> [ %2880, %j30.body ], [ %2827, %j30.body.preheader ]
  %acc126.02940 = phi <16 x float> [ %2879, %j30.body ], [ %2825, %j30.body.preheader ]
  %acc125.02939 = phi <16 x float> [ %2878, %j30.body ], [ %2823, %j30.body.preheader ]
  %acc124.02938 = phi <16 x float> [ %2877, %j30.body ], [ %2821, %j30.body.preheader ]
  %acc123.02937 = phi <16 x float> [ %2870, %j30.body ], [ %2816, %j30.body.preheader ]
  %acc122.02936 = phi <16 x float> [ %2869, %j30.body ], [ %2814, %j30.body.preheader ]
  %acc121.02935 = phi <16 x float> [ %2868, %j30.body ], [ %2812, %j30.body.preheader ]
  %acc120.02934 = phi <16 x float> [ %2867, %j30.body ], [ %2810, %j30.body.preheader ]
  %2851 = shl nuw nsw i64 %j30.addr.02950, 6
  %2852 = getelementptr inbounds float, ptr %OY, i64 %2851
  %2853 = getelementptr inbounds i8, ptr %2852, i64 8192
  %2854 = load <16 x float>, ptr %2853, align 4
  %2855 = getelementptr inbounds i8, ptr %2852, i64 8256
  %2856 = load <16 x float>, ptr %2855, align 4
  %2857 = getelementptr inbounds i8, ptr %2852, i64 8320
  %2858 = load <16 x float>, ptr %2857, align 4
  %2859 = getelementptr inbounds i8, ptr %2852, i64 8384
  %2860 = load <16 x float>, ptr %2859, align 4
  %2861 = or disjoint i64 %2851, %i01
  %2862 = getelementptr inbounds float, ptr %Gm, i64 %2861
  %2863 = load float, ptr %2862, align 4
  %2864 = fneg float %2863
  %2865 = insertelement <16 x float> poison, float %2864, i64 0
  %2866 = shufflevector <16 x float> %2865, <16 x float> poison, <16 x i32> zeroinitializer
  %2867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2866, <16 x float> %2854, <16 x float> %acc120.02934)
  %2868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2866, <16 x float> %2856, <16 x float> %acc121.02935)
  %2869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2866, <16 x float> %2858, <16 x float> %acc122.02936)
  %2870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2866, <16 x float> %2860, <16 x float> %acc123.02937)
  %2871 = or disjoint i64 %2851, %2817
  %2872 = getelementptr inbounds float, ptr %Gm, i64 %2871
  %2873 = load float, ptr %2872, align 4
  %2874 = fneg float %2873
  %2875 = insertelement <16 x float> poison, float %2874, i64 0
  %2876 = shufflevector <16 x float> %2875, <16 x float> poison, <16 x i32> zeroinitializer
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2854, <16 x float> %acc124.02938)
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2856, <16 x float> %acc125.02939)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2858, <16 x float> %acc126.02940)
  %2880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2860, <16 x float> %acc127.02941)
  %2881 = or disjoint i64 %2851, %2828
  %2882 = getelementptr inbounds float, ptr %Gm, i64 %2881
  %2883 = load float, ptr %2882, align 4
  %2884 = fneg float %2883
  %2885 = insertelement <16 x float> poison, float %2884, i64 0
  %2886 = shufflevector <16 x float> %2885, <16 x float> poison, <16 x i32> zeroinitializer
  %2887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2854, <16 x float> %acc128.02942)
  %2888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2856, <16 x float> %acc129.02943)
  %2889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2858, <16 x float> %acc130.02944)
  %2890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2860, <16 x float> %acc131.02945)
  %2891 = or disjoint i64 %2851, %2839
  %2892 = getelementptr inbounds float, ptr %Gm, i64 %2891
  %2893 = load float, ptr %2892, align 4
  %2894 = fneg float %2893
  %2895 = insertelement <16 x float> poison, float %2894, i64 0
  %2896 = shufflevector <16 x float> %2895, <16 x float> poison, <16 x i32> zeroinitializer
  %2897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2854, <16 x float> %acc132.02946)
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2856, <16 x float> %acc133.02947)
  %2899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2858, <16 x float> %acc134.02948)
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2860, <16 x float> %acc135.02949)
  %j30.next = add nuw nsw i64 %j30.addr.02950, 1
  %2901 = icmp ult i64 %j30.addr.02950, 63
  br i1 %2901, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2810, %ib1.body ], [ %2867, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2812, %ib1.body ], [ %2868, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2814, %ib1.body ], [ %2869, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2816, %ib1.body ], [ %2870, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2821, %ib1.body ], [ %2877, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2823, %ib1.body ], [ %2878, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2825, %ib1.body ], [ %2879, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2827, %ib1.body ], [ %2880, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2832, %ib1.body ], [ %2887, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2834, %ib1.body ], [ %2888, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2836, %ib1.body ], [ %2889, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2838, %ib1.body ], [ %2890, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2843, %ib1.body ], [ %2897, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2845, %ib1.body ], [ %2898, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2847, %ib1.body ], [ %2899, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2849, %ib1.body ], [ %2900, %j30.body ]
  %2902 = getelementptr inbounds float, ptr %Rr, i64 %2840
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2903, <16 x float> zeroinitializer)
  %2905 = or disjoint i64 %2840, 16
  %2906 = getelementptr inbounds float, ptr %Rr, i64 %2905
  %2907 = load <16 x float>, ptr %2906, align 4
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2907, <16 x float> %2904)
  %2909 = or disjoint i64 %2840, 32
  %2910 = getelementptr inbounds float, ptr %Rr, i64 %2909
  %2911 = load <16 x float>, ptr %2910, align 4
  %2912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2911, <16 x float> %2908)
  %2913 = or disjoint i64 %2840, 48
  %2914 = getelementptr inbounds float, ptr %Rr, i64 %2913
  %2915 = load <16 x float>, ptr %2914, align 4
  %2916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2915, <16 x float> %2912)
  %2917 = shufflevector <16 x float> %2916, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2918 = shufflevector <16 x float> %2916, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2919 = fadd <8 x float> %2917, %2918
  %2920 = shufflevector <8 x float> %2919, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2921 = shufflevector <8 x float> %2919, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2922 = fadd <4 x float> %2920, %2921
  %2923 = shufflevector <4 x float> %2922, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2924 = shufflevector <4 x float> %2922, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2925 = fadd <2 x float> %2923, %2924
  %2926 = shufflevector <2 x float> %2925, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2927 = shufflevector <2 x float> %2925, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2928 = getelementptr inbounds float, ptr %bet, i64 %2839
  %2929 = load float, ptr %2928, align 4
  %2930 = insertelement <16 x float> poison, float %2929, i64 0
  %2931 = shufflevector <16 x float> %2930, <16 x float> poison, <16 x i32> zeroinitializer
  %2932 = fmul <16 x float> %acc132.0.lcssa, %2931
  store <16 x float> %2932, ptr %2842, align 4
  %2933 = fneg <16 x float> %2932
  %2934 = mul nuw nsw i64 %2839, 224
  %2935 = or disjoint i64 %2934, 64
  %2936 = getelementptr inbounds float, ptr %Ak, i64 %2935
  store <16 x float> %2933, ptr %2936, align 4
  %2937 = fmul <16 x float> %acc133.0.lcssa, %2931
  store <16 x float> %2937, ptr %2844, align 4
  %2938 = fneg <16 x float> %2937
  %2939 = or disjoint i64 %2934, 80
  %2940 = getelementptr inbounds float, ptr %Ak, i64 %2939
  store <16 x float> %2938, ptr %2940, align 4
  %2941 = fmul <16 x float> %acc134.0.lcssa, %2931
  store <16 x float> %2941, ptr %2846, align 4
  %2942 = fneg <16 x float> %2941
  %2943 = getelementptr inbounds float, ptr %Ak, i64 %2934
  %2944 = getelementptr inbounds i8, ptr %2943, i64 384
  store <16 x float> %2942, ptr %2944, align 4
  %2945 = fmul <16 x float> %acc135.0.lcssa, %2931
  store <16 x float> %2945, ptr %2848, align 4
  %2946 = fneg <16 x float> %2945
  %2947 = getelementptr inbounds i8, ptr %2943, i64 448
  store <16 x float> %2946, ptr %2947, align 4
  %2948 = or disjoint i64 %2840, %2828
  %2949 = getelementptr inbounds float, ptr %Gm, i64 %2948
  %2950 = load float, ptr %2949, align 4
  %2951 = fneg float %2950
  %2952 = insertelement <16 x float> poison, float %2951, i64 0
  %2953 = shufflevector <16 x float> %2952, <16 x float> poison, <16 x i32> zeroinitializer
  %2954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2953, <16 x float> %2932, <16 x float> %acc128.0.lcssa)
  %2955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2953, <16 x float> %2937, <16 x float> %acc129.0.lcssa)
  %2956 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2953, <16 x float> %2941, <16 x float> %acc130.0.lcssa)
  %2957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2953, <16 x float> %2945, <16 x float> %acc131.0.lcssa)
  %2958 = getelementptr inbounds float, ptr %Rr, i64 %2829
  %2959 = load <16 x float>, ptr %2958, align 4
  %2960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2954, <16 x float> %2959, <16 x float> zeroinitializer)
  %2961 = or disjoint i64 %2829, 16
  %2962 = getelementptr inbounds float, ptr %Rr, i64 %2961
  %2963 = load <16 x float>, ptr %2962, align 4
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2955, <16 x float> %2963, <16 x float> %2960)
  %2965 = or disjoint i64 %2829, 32
  %2966 = getelementptr inbounds float, ptr %Rr, i64 %2965
  %2967 = load <16 x float>, ptr %2966, align 4
  %2968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2956, <16 x float> %2967, <16 x float> %2964)
  %2969 = or disjoint i64 %2829, 48
  %2970 = getelementptr inbounds float, ptr %Rr, i64 %2969
  %2971 = load <16 x float>, ptr %2970, align 4
  %2972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2971, <16 x float> %2968)
  %2973 = shufflevector <16 x float> %2972, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2974 = shufflevector <16 x float> %2972, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2975 = fadd <8 x float> %2973, %2974
  %2976 = shufflevector <8 x float> %2975, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2977 = shufflevector <8 x float> %2975, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2978 = fadd <4 x float> %2976, %2977
  %2979 = shufflevector <4 x float> %2978, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2980 = shufflevector <4 x float> %2978, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2981 = fadd <2 x float> %2979, %2980
  %2982 = shufflevector <2 x float> %2981, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2983 = shufflevector <2 x float> %2981, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2984 = getelementptr inbounds float, ptr %bet, i64 %2828
  %2985 = load float, ptr %2984, align 4
  %2986 = insertelement <16 x float> poison, float %2985, i64 0
  %2987 = shufflevector <16 x float> %2986, <16 x float> poison, <16 x i32> zeroinitializer
  %2988 = fmul <16 x float> %2954, %2987
  store <16 x float> %2988, ptr %2831, align 4
  %2989 = fneg <16 x float> %2988
  %.idx2728 = mul nuw nsw i64 %2828, 896
  %2990 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2728
  %2991 = getelementptr inbounds i8, ptr %2990, i64 256
  store <16 x float> %2989, ptr %2991, align 4
  %2992 = fmul <16 x float> %2955, %2987
  store <16 x float> %2992, ptr %2833, align 4
  %2993 = fneg <16 x float> %2992
  %2994 = getelementptr inbounds i8, ptr %2990, i64 320
  store <16 x float> %2993, ptr %2994, align 4
  %2995 = fmul <16 x float> %2956, %2987
  store <16 x float> %2995, ptr %2835, align 4
  %2996 = fneg <16 x float> %2995
  %2997 = getelementptr inbounds i8, ptr %2990, i64 384
  store <16 x float> %2996, ptr %2997, align 4
  %2998 = fmul <16 x float> %2957, %2987
  store <16 x float> %2998, ptr %2837, align 4
  %2999 = fneg <16 x float> %2998
  %3000 = getelementptr inbounds i8, ptr %2990, i64 448
  store <16 x float> %2999, ptr %3000, align 4
  %3001 = or disjoint i64 %2829, %2817
  %3002 = getelementptr inbounds float, ptr %Gm, i64 %3001
  %3003 = load float, ptr %3002, align 4
  %3004 = fneg float %3003
  %3005 = insertelement <16 x float> poison, float %3004, i64 0
  %3006 = shufflevector <16 x float> %3005, <16 x float> poison, <16 x i32> zeroinitializer
  %3007 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3006, <16 x float> %2988, <16 x float> %acc124.0.lcssa)
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3006, <16 x float> %2992, <16 x float> %acc125.0.lcssa)
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3006, <16 x float> %2995, <16 x float> %acc126.0.lcssa)
  %3010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3006, <16 x float> %2998, <16 x float> %acc127.0.lcssa)
  %3011 = or disjoint i64 %2840, %2817
  %3012 = getelementptr inbounds float, ptr %Gm, i64 %3011
  %3013 = load float, ptr %3012, align 4
  %3014 = fneg float %3013
  %3015 = insertelement <16 x float> poison, float %3014, i64 0
  %3016 = shufflevector <16 x float> %3015, <16 x float> poison, <16 x i32> zeroinitializer
  %3017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3016, <16 x float> %2932, <16 x float> %3007)
  %3018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3016, <16 x float> %2937, <16 x float> %3008)
  %3019 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3016, <16 x float> %2941, <16 x float> %3009)
  %3020 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3016, <16 x float> %2945, <16 x float> %3010)
  %3021 = getelementptr inbounds float, ptr %Rr, i64 %2818
  %3022 = load <16 x float>, ptr %3021, align 4
  %3023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3017, <16 x float> %3022, <16 x float> zeroinitializer)
  %3024 = or disjoint i64 %2818, 16
  %3025 = getelementptr inbounds float, ptr %Rr, i64 %3024
  %3026 = load <16 x float>, ptr %3025, align 4
  %3027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3018, <16 x float> %3026, <16 x float> %3023)
  %3028 = or disjoint i64 %2818, 32
  %3029 = getelementptr inbounds float, ptr %Rr, i64 %3028
  %3030 = load <16 x float>, ptr %3029, align 4
  %3031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3019, <16 x float> %3030, <16 x float> %3027)
  %3032 = or disjoint i64 %2818, 48
  %3033 = getelementptr inbounds float, ptr %Rr, i64 %3032
  %3034 = load <16 x float>, ptr %3033, align 4
  %3035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3020, <16 x float> %3034, <16 x float> %3031)
  %3036 = shufflevector <16 x float> %3035, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3037 = shufflevector <16 x float> %3035, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3038 = fadd <8 x float> %3036, %3037
  %3039 = shufflevector <8 x float> %3038, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3040 = shufflevector <8 x float> %3038, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3041 = fadd <4 x float> %3039, %3040
  %3042 = shufflevector <4 x float> %3041, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3043 = shufflevector <4 x float> %3041, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3044 = fadd <2 x float> %3042, %3043
  %3045 = getelementptr inbounds float, ptr %bet, i64 %2817
  %3046 = load float, ptr %3045, align 4
  %3047 = insertelement <16 x float> poison, float %3046, i64 0
  %3048 = shufflevector <16 x float> %3047, <16 x float> poison, <16 x i32> zeroinitializer
  %3049 = fmul <16 x float> %3017, %3048
  store <16 x float> %3049, ptr %2820, align 4
  %3050 = fneg <16 x float> %3049
  %.idx2729 = mul nuw nsw i64 %2817, 896
  %3051 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2729
  %3052 = getelementptr inbounds i8, ptr %3051, i64 256
  store <16 x float> %3050, ptr %3052, align 4
  %3053 = fmul <16 x float> %3018, %3048
  store <16 x float> %3053, ptr %2822, align 4
  %3054 = fneg <16 x float> %3053
  %3055 = getelementptr inbounds i8, ptr %3051, i64 320
  store <16 x float> %3054, ptr %3055, align 4
  %3056 = fmul <16 x float> %3019, %3048
  store <16 x float> %3056, ptr %2824, align 4
  %3057 = fneg <16 x float> %3056
  %3058 = getelementptr inbounds i8, ptr %3051, i64 384
  store <16 x float> %3057, ptr %3058, align 4
  %3059 = fmul <16 x float> %3020, %3048
  store <16 x float> %3059, ptr %2826, align 4
  %3060 = fneg <16 x float> %3059
  %3061 = getelementptr inbounds i8, ptr %3051, i64 448
  store <16 x float> %3060, ptr %3061, align 4
  %3062 = or disjoint i64 %2818, %i01
  %3063 = getelementptr inbounds float, ptr %Gm, i64 %3062
  %3064 = load float, ptr %3063, align 4
  %3065 = fneg float %3064
  %3066 = insertelement <16 x float> poison, float %3065, i64 0
  %3067 = shufflevector <16 x float> %3066, <16 x float> poison, <16 x i32> zeroinitializer
  %3068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3049, <16 x float> %acc120.0.lcssa)
  %3069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3053, <16 x float> %acc121.0.lcssa)
  %3070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3056, <16 x float> %acc122.0.lcssa)
  %3071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3059, <16 x float> %acc123.0.lcssa)
  %3072 = or disjoint i64 %2829, %i01
  %3073 = getelementptr inbounds float, ptr %Gm, i64 %3072
  %3074 = load float, ptr %3073, align 4
  %3075 = fneg float %3074
  %3076 = insertelement <16 x float> poison, float %3075, i64 0
  %3077 = shufflevector <16 x float> %3076, <16 x float> poison, <16 x i32> zeroinitializer
  %3078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %2988, <16 x float> %3068)
  %3079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %2992, <16 x float> %3069)
  %3080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %2995, <16 x float> %3070)
  %3081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %2998, <16 x float> %3071)
  %3082 = or disjoint i64 %2840, %i01
  %3083 = getelementptr inbounds float, ptr %Gm, i64 %3082
  %3084 = load float, ptr %3083, align 4
  %3085 = fneg float %3084
  %3086 = insertelement <16 x float> poison, float %3085, i64 0
  %3087 = shufflevector <16 x float> %3086, <16 x float> poison, <16 x i32> zeroinitializer
  %3088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3087, <16 x float> %2932, <16 x float> %3078)
  %3089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3087, <16 x float> %2937, <16 x float> %3079)
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3087, <16 x float> %2941, <16 x float> %3080)
  %3091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3087, <16 x float> %2945, <16 x float> %3081)
  %3092 = getelementptr inbounds float, ptr %Rr, i64 %2807
  %3093 = load <16 x float>, ptr %3092, align 4
  %3094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3093, <16 x float> zeroinitializer)
  %3095 = or disjoint i64 %2807, 16
  %3096 = getelementptr inbounds float, ptr %Rr, i64 %3095
  %3097 = load <16 x float>, ptr %3096, align 4
  %3098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3089, <16 x float> %3097, <16 x float> %3094)
  %3099 = or disjoint i64 %2807, 32
  %3100 = getelementptr inbounds float, ptr %Rr, i64 %3099
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3090, <16 x float> %3101, <16 x float> %3098)
  %3103 = or disjoint i64 %2807, 48
  %3104 = getelementptr inbounds float, ptr %Rr, i64 %3103
  %3105 = load <16 x float>, ptr %3104, align 4
  %3106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3091, <16 x float> %3105, <16 x float> %3102)
  %3107 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3108 = shufflevector <16 x float> %3106, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3109 = shufflevector <16 x float> %3106, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3110 = fadd <8 x float> %3108, %3109
  %3111 = shufflevector <8 x float> %3110, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3112 = shufflevector <8 x float> %3110, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3113 = fadd <4 x float> %3111, %3112
  %3114 = shufflevector <4 x float> %3113, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3115 = shufflevector <4 x float> %3113, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3116 = fadd <2 x float> %3114, %3115
  %3117 = load <4 x float>, ptr %3107, align 4
  %3118 = shufflevector <2 x float> %3116, <2 x float> %3044, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3119 = shufflevector <4 x float> %3118, <4 x float> %2983, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3120 = shufflevector <4 x float> %3119, <4 x float> %2927, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3121 = shufflevector <2 x float> %3116, <2 x float> %3044, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3122 = shufflevector <4 x float> %3121, <4 x float> %2982, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3123 = shufflevector <4 x float> %3122, <4 x float> %2926, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3124 = fadd <4 x float> %3120, %3123
  %3125 = fadd <4 x float> %3117, %3124
  store <4 x float> %3125, ptr %3107, align 4
  %3126 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3127 = load float, ptr %3126, align 4
  %3128 = insertelement <16 x float> poison, float %3127, i64 0
  %3129 = shufflevector <16 x float> %3128, <16 x float> poison, <16 x i32> zeroinitializer
  %3130 = fmul <16 x float> %3088, %3129
  store <16 x float> %3130, ptr %2809, align 4
  %3131 = fneg <16 x float> %3130
  %3132 = mul nuw nsw i64 %i01, 224
  %3133 = or disjoint i64 %3132, 64
  %3134 = getelementptr inbounds float, ptr %Ak, i64 %3133
  store <16 x float> %3131, ptr %3134, align 4
  %3135 = fmul <16 x float> %3089, %3129
  store <16 x float> %3135, ptr %2811, align 4
  %3136 = fneg <16 x float> %3135
  %3137 = or disjoint i64 %3132, 80
  %3138 = getelementptr inbounds float, ptr %Ak, i64 %3137
  store <16 x float> %3136, ptr %3138, align 4
  %3139 = fmul <16 x float> %3090, %3129
  store <16 x float> %3139, ptr %2813, align 4
  %3140 = fneg <16 x float> %3139
  %3141 = or disjoint i64 %3132, 96
  %3142 = getelementptr inbounds float, ptr %Ak, i64 %3141
  store <16 x float> %3140, ptr %3142, align 4
  %3143 = fmul <16 x float> %3091, %3129
  store <16 x float> %3143, ptr %2815, align 4
  %3144 = fneg <16 x float> %3143
  %3145 = or disjoint i64 %3132, 112
  %3146 = getelementptr inbounds float, ptr %Ak, i64 %3145
  store <16 x float> %3144, ptr %3146, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02967, 1
  %exitcond3308.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3308.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02985 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %3147 = shl nuw nsw i64 %i44.addr.02985, 7
  %3148 = or disjoint i64 %3147, 64
  %3149 = getelementptr inbounds float, ptr %work, i64 %3148
  %3150 = load <16 x float>, ptr %3149, align 4
  %3151 = or disjoint i64 %3147, 80
  %3152 = getelementptr inbounds float, ptr %work, i64 %3151
  %3153 = load <16 x float>, ptr %3152, align 4
  %3154 = or disjoint i64 %3147, 96
  %3155 = getelementptr inbounds float, ptr %work, i64 %3154
  %3156 = load <16 x float>, ptr %3155, align 4
  %3157 = or disjoint i64 %3147, 112
  %3158 = getelementptr inbounds float, ptr %work, i64 %3157
  %3159 = load <16 x float>, ptr %3158, align 4
  %3160 = or disjoint i64 %i44.addr.02985, 1
  %3161 = shl nuw nsw i64 %3160, 7
  %3162 = or disjoint i64 %3161, 64
  %3163 = getelementptr inbounds float, ptr %work, i64 %3162
  %3164 = load <16 x float>, ptr %3163, align 4
  %3165 = or disjoint i64 %3161, 80
  %3166 = getelementptr inbounds float, ptr %work, i64 %3165
  %3167 = load <16 x float>, ptr %3166, align 4
  %3168 = or disjoint i64 %3161, 96
  %3169 = getelementptr inbounds float, ptr %work, i64 %3168
  %3170 = load <16 x float>, ptr %3169, align 4
  %3171 = or disjoint i64 %3161, 112
  %3172 = getelementptr inbounds float, ptr %work, i64 %3171
  %3173 = load <16 x float>, ptr %3172, align 4
  %3174 = or disjoint i64 %i44.addr.02985, 2
  %3175 = shl nuw nsw i64 %3174, 7
  %3176 = or disjoint i64 %3175, 64
  %3177 = getelementptr inbounds float, ptr %work, i64 %3176
  %3178 = load <16 x float>, ptr %3177, align 4
  %3179 = or disjoint i64 %3175, 80
  %3180 = getelementptr inbounds float, ptr %work, i64 %3179
  %3181 = load <16 x float>, ptr %3180, align 4
  %3182 = or disjoint i64 %3175, 96
  %3183 = getelementptr inbounds float, ptr %work, i64 %3182
  %3184 = load <16 x float>, ptr %3183, align 4
  %3185 = or disjoint i64 %3175, 112
  %3186 = getelementptr inbounds float, ptr %work, i64 %3185
  %3187 = load <16 x float>, ptr %3186, align 4
  %3188 = or disjoint i64 %i44.addr.02985, 3
  %3189 = shl nuw nsw i64 %3188, 7
  %3190 = or disjoint i64 %3189, 64
  %3191 = getelementptr inbounds float, ptr %work, i64 %3190
  %3192 = load <16 x float>, ptr %3191, align 4
  %3193 = or disjoint i64 %3189, 80
  %3194 = getelementptr inbounds float, ptr %work, i64 %3193
  %3195 = load <16 x float>, ptr %3194, align 4
  %3196 = or disjoint i64 %3189, 96
  %3197 = getelementptr inbounds float, ptr %work, i64 %3196
  %3198 = load <16 x float>, ptr %3197, align 4
  %3199 = or disjoint i64 %3189, 112
  %3200 = getelementptr inbounds float, ptr %work, i64 %3199
  %3201 = load <16 x float>, ptr %3200, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02984 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc151.02983 = phi <16 x float> [ %3201, %i44.body ], [ %3249, %p11.body ]
  %acc150.02982 = phi <16 x float> [ %3198, %i44.body ], [ %3248, %p11.body ]
  %acc149.02981 = phi <16 x float> [ %3195, %i44.body ], [ %3247, %p11.body ]
  %acc148.02980 = phi <16 x float> [ %3192, %i44.body ], [ %3246, %p11.body ]
  %acc147.02979 = phi <16 x float> [ %3187, %i44.body ], [ %3240, %p11.body ]
  %acc146.02978 = phi <16 x float> [ %3184, %i44.body ], [ %3239, %p11.body ]
  %acc145.02977 = phi <16 x float> [ %3181, %i44.body ], [ %3238, %p11.body ]
  %acc144.02976 = phi <16 x float> [ %3178, %i44.body ], [ %3237, %p11.body ]
  %acc143.02975 = phi <16 x float> [ %3173, %i44.body ], [ %3231, %p11.body ]
  %acc142.02974 = phi <16 x float> [ %3170, %i44.body ], [ %3230, %p11.body ]
  %acc141.02973 = phi <16 x float> [ %3167, %i44.body ], [ %3229, %p11.body ]
  %acc140.02972 = phi <16 x float> [ %3164, %i44.body ], [ %3228, %p11.body ]
  %acc139.02971 = phi <16 x float> [ %3159, %i44.body ], [ %3222, %p11.body ]
  %acc138.02970 = phi <16 x float> [ %3156, %i44.body ], [ %3221, %p11.body ]
  %acc137.02969 = phi <16 x float> [ %3153, %i44.body ], [ %3220, %p11.body ]
  %acc136.02968 = phi <16 x float> [ %3150, %i44.body ], [ %3219, %p11.body ]
  %3202 = shl nuw nsw i64 %p11.addr.02984, 6
  %3203 = getelementptr inbounds float, ptr %OY, i64 %3202
  %3204 = load <16 x float>, ptr %3203, align 4
  %3205 = or disjoint i64 %3202, 16
  %3206 = getelementptr inbounds float, ptr %OY, i64 %3205
  %3207 = load <16 x float>, ptr %3206, align 4
  %3208 = or disjoint i64 %3202, 32
  %3209 = getelementptr inbounds float, ptr %OY, i64 %3208
  %3210 = load <16 x float>, ptr %3209, align 4
  %3211 = or disjoint i64 %3202, 48
  %3212 = getelementptr inbounds float, ptr %OY, i64 %3211
  %3213 = load <16 x float>, ptr %3212, align 4
  %3214 = or disjoint i64 %3202, %i44.addr.02985
  %3215 = getelementptr inbounds float, ptr %QK, i64 %3214
  %3216 = load float, ptr %3215, align 4
  %3217 = insertelement <16 x float> poison, float %3216, i64 0
  %3218 = shufflevector <16 x float> %3217, <16 x float> poison, <16 x i32> zeroinitializer
  %3219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3204, <16 x float> %acc136.02968)
  %3220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3207, <16 x float> %acc137.02969)
  %3221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3210, <16 x float> %acc138.02970)
  %3222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3213, <16 x float> %acc139.02971)
  %3223 = or disjoint i64 %3202, %3160
  %3224 = getelementptr inbounds float, ptr %QK, i64 %3223
  %3225 = load float, ptr %3224, align 4
  %3226 = insertelement <16 x float> poison, float %3225, i64 0
  %3227 = shufflevector <16 x float> %3226, <16 x float> poison, <16 x i32> zeroinitializer
  %3228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3227, <16 x float> %3204, <16 x float> %acc140.02972)
  %3229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3227, <16 x float> %3207, <16 x float> %acc141.02973)
  %3230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3227, <16 x float> %3210, <16 x float> %acc142.02974)
  %3231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3227, <16 x float> %3213, <16 x float> %acc143.02975)
  %3232 = or disjoint i64 %3202, %3174
  %3233 = getelementptr inbounds float, ptr %QK, i64 %3232
  %3234 = load float, ptr %3233, align 4
  %3235 = insertelement <16 x float> poison, float %3234, i64 0
  %3236 = shufflevector <16 x float> %3235, <16 x float> poison, <16 x i32> zeroinitializer
  %3237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3236, <16 x float> %3204, <16 x float> %acc144.02976)
  %3238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3236, <16 x float> %3207, <16 x float> %acc145.02977)
  %3239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3236, <16 x float> %3210, <16 x float> %acc146.02978)
  %3240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3236, <16 x float> %3213, <16 x float> %acc147.02979)
  %3241 = or disjoint i64 %3202, %3188
  %3242 = getelementptr inbounds float, ptr %QK, i64 %3241
  %3243 = load float, ptr %3242, align 4
  %3244 = insertelement <16 x float> poison, float %3243, i64 0
  %3245 = shufflevector <16 x float> %3244, <16 x float> poison, <16 x i32> zeroinitializer
  %3246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3245, <16 x float> %3204, <16 x float> %acc148.02980)
  %3247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3245, <16 x float> %3207, <16 x float> %acc149.02981)
  %3248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3245, <16 x float> %3210, <16 x float> %acc150.02982)
  %3249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3245, <16 x float> %3213, <16 x float> %acc151.02983)
  %p11.next = add nuw nsw i64 %p11.addr.02984, 1
  %exitcond3309.not = icmp eq i64 %p11.next, 96
  br i1 %exitcond3309.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3219, ptr %3149, align 4
  store <16 x float> %3220, ptr %3152, align 4
  store <16 x float> %3221, ptr %3155, align 4
  store <16 x float> %3222, ptr %3158, align 4
  store <16 x float> %3228, ptr %3163, align 4
  store <16 x float> %3229, ptr %3166, align 4
  store <16 x float> %3230, ptr %3169, align 4
  store <16 x float> %3231, ptr %3172, align 4
  store <16 x float> %3237, ptr %3177, align 4
  store <16 x float> %3238, ptr %3180, align 4
  store <16 x float> %3239, ptr %3183, align 4
  store <16 x float> %3240, ptr %3186, align 4
  store <16 x float> %3246, ptr %3191, align 4
  store <16 x float> %3247, ptr %3194, align 4
  store <16 x float> %3248, ptr %3197, align 4
  store <16 x float> %3249, ptr %3200, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02985, 4
  %3250 = icmp ult i64 %i44.addr.02985, 60
  br i1 %3250, label %i44.body, label %i45.body

i45.head.loopexit:                                ; preds = %p12.exit.3, %p12.exit.2, %p12.exit.1, %p12.exit
  %3251 = icmp ult i64 %i45.addr.02998, 56
  br i1 %3251, label %i45.body, label %t4.body

i45.body:                                         ; preds = %p11.exit, %i45.head.loopexit
  %i45.addr.02998 = phi i64 [ %3252, %i45.head.loopexit ], [ 0, %p11.exit ]
  %3252 = add nuw nsw i64 %i45.addr.02998, 8
  %3253 = mul nuw nsw i64 %i45.addr.02998, 224
  %3254 = or disjoint i64 %3253, 160
  %3255 = getelementptr inbounds float, ptr %Ak, i64 %3254
  %.idx2716 = mul nuw nsw i64 %i45.addr.02998, 896
  %3256 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2716
  %3257 = getelementptr inbounds i8, ptr %3256, i64 1536
  %3258 = getelementptr inbounds i8, ptr %3256, i64 2432
  %3259 = getelementptr inbounds i8, ptr %3256, i64 3328
  %3260 = getelementptr inbounds i8, ptr %3256, i64 4224
  %3261 = getelementptr inbounds i8, ptr %3256, i64 5120
  %3262 = getelementptr inbounds i8, ptr %3256, i64 6016
  %3263 = getelementptr inbounds i8, ptr %3256, i64 6912
  %.idx3340 = shl nsw i64 %i45.addr.02998, 8
  %invariant.gep3596 = getelementptr inbounds i8, ptr %OY, i64 %.idx3340
  br label %p12.body

p12.body:                                         ; preds = %i45.body, %p12.body
  %p12.addr.02996 = phi i64 [ 0, %i45.body ], [ %p12.next, %p12.body ]
  %acc159.02995 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3304, %p12.body ]
  %acc158.02994 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3299, %p12.body ]
  %acc157.02993 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3294, %p12.body ]
  %acc156.02992 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3289, %p12.body ]
  %acc155.02991 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3284, %p12.body ]
  %acc154.02990 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3279, %p12.body ]
  %acc153.02989 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3274, %p12.body ]
  %acc152.02988 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %3269, %p12.body ]
  %.idx2723 = shl nuw nsw i64 %p12.addr.02996, 8
  %gep2987 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2723
  %3264 = load <16 x float>, ptr %gep2987, align 4
  %gep3597 = getelementptr inbounds float, ptr %invariant.gep3596, i64 %p12.addr.02996
  %3265 = getelementptr inbounds i8, ptr %gep3597, i64 8192
  %3266 = load float, ptr %3265, align 4
  %3267 = insertelement <16 x float> poison, float %3266, i64 0
  %3268 = shufflevector <16 x float> %3267, <16 x float> poison, <16 x i32> zeroinitializer
  %3269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3268, <16 x float> %3264, <16 x float> %acc152.02988)
  %3270 = getelementptr inbounds i8, ptr %gep3597, i64 8448
  %3271 = load float, ptr %3270, align 4
  %3272 = insertelement <16 x float> poison, float %3271, i64 0
  %3273 = shufflevector <16 x float> %3272, <16 x float> poison, <16 x i32> zeroinitializer
  %3274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3273, <16 x float> %3264, <16 x float> %acc153.02989)
  %3275 = getelementptr inbounds i8, ptr %gep3597, i64 8704
  %3276 = load float, ptr %3275, align 4
  %3277 = insertelement <16 x float> poison, float %3276, i64 0
  %3278 = shufflevector <16 x float> %3277, <16 x float> poison, <16 x i32> zeroinitializer
  %3279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3278, <16 x float> %3264, <16 x float> %acc154.02990)
  %3280 = getelementptr inbounds i8, ptr %gep3597, i64 8960
  %3281 = load float, ptr %3280, align 4
  %3282 = insertelement <16 x float> poison, float %3281, i64 0
  %3283 = shufflevector <16 x float> %3282, <16 x float> poison, <16 x i32> zeroinitializer
  %3284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3283, <16 x float> %3264, <16 x float> %acc155.02991)
  %3285 = getelementptr inbounds i8, ptr %gep3597, i64 9216
  %3286 = load float, ptr %3285, align 4
  %3287 = insertelement <16 x float> poison, float %3286, i64 0
  %3288 = shufflevector <16 x float> %3287, <16 x float> poison, <16 x i32> zeroinitializer
  %3289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3288, <16 x float> %3264, <16 x float> %acc156.02992)
  %3290 = getelementptr inbounds i8, ptr %gep3597, i64 9472
  %3291 = load float, ptr %3290, align 4
  %3292 = insertelement <16 x float> poison, float %3291, i64 0
  %3293 = shufflevector <16 x float> %3292, <16 x float> poison, <16 x i32> zeroinitializer
  %3294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3293, <16 x float> %3264, <16 x float> %acc157.02993)
  %3295 = getelementptr inbounds i8, ptr %gep3597, i64 9728
  %3296 = load float, ptr %3295, align 4
  %3297 = insertelement <16 x float> poison, float %3296, i64 0
  %3298 = shufflevector <16 x float> %3297, <16 x float> poison, <16 x i32> zeroinitializer
  %3299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3298, <16 x float> %3264, <16 x float> %acc158.02994)
  %3300 = getelementptr inbounds i8, ptr %gep3597, i64 9984
  %3301 = load float, ptr %3300, align 4
  %3302 = insertelement <16 x float> poison, float %3301, i64 0
  %3303 = shufflevector <16 x float> %3302, <16 x float> poison, <16 x i32> zeroinitializer
  %3304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3303, <16 x float> %3264, <16 x float> %acc159.02995)
  %p12.next = add nuw nsw i64 %p12.addr.02996, 1
  %exitcond3310.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3310.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3269, ptr %3255, align 4
  store <16 x float> %3274, ptr %3257, align 4
  store <16 x float> %3279, ptr %3258, align 4
  store <16 x float> %3284, ptr %3259, align 4
  store <16 x float> %3289, ptr %3260, align 4
  store <16 x float> %3294, ptr %3261, align 4
  store <16 x float> %3299, ptr %3262, align 4
  store <16 x float> %3304, ptr %3263, align 4
  %3305 = icmp ugt i64 %i45.addr.02998, 8
  br i1 %3305, label %p12.body.1, label %i45.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.02996.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc159.02995.1 = phi <16 x float> [ %3346, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc158.02994.1 = phi <16 x float> [ %3341, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc157.02993.1 = phi <16 x float> [ %3336, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc156.02992.1 = phi <16 x float> [ %3331, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc155.02991.1 = phi <16 x float> [ %3326, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc154.02990.1 = phi <16 x float> [ %3321, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc153.02989.1 = phi <16 x float> [ %3316, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc152.02988.1 = phi <16 x float> [ %3311, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2723.1 = shl nuw nsw i64 %p12.addr.02996.1, 8
  %gep2987.1 = getelementptr inbounds i8, ptr %invariant.gep2986.1, i64 %.idx2723.1
  %3306 = load <16 x float>, ptr %gep2987.1, align 4
  %gep3597.1 = getelementptr inbounds float, ptr %invariant.gep3596, i64 %p12.addr.02996.1
  %3307 = getelementptr inbounds i8, ptr %gep3597.1, i64 8192
  %3308 = load float, ptr %3307, align 4
  %3309 = insertelement <16 x float> poison, float %3308, i64 0
  %3310 = shufflevector <16 x float> %3309, <16 x float> poison, <16 x i32> zeroinitializer
  %3311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3310, <16 x float> %3306, <16 x float> %acc152.02988.1)
  %3312 = getelementptr inbounds i8, ptr %gep3597.1, i64 8448
  %3313 = load float, ptr %3312, align 4
  %3314 = insertelement <16 x float> poison, float %3313, i64 0
  %3315 = shufflevector <16 x float> %3314, <16 x float> poison, <16 x i32> zeroinitializer
  %3316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3315, <16 x float> %3306, <16 x float> %acc153.02989.1)
  %3317 = getelementptr inbounds i8, ptr %gep3597.1, i64 8704
  %3318 = load float, ptr %3317, align 4
  %3319 = insertelement <16 x float> poison, float %3318, i64 0
  %3320 = shufflevector <16 x float> %3319, <16 x float> poison, <16 x i32> zeroinitializer
  %3321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3320, <16 x float> %3306, <16 x float> %acc154.02990.1)
  %3322 = getelementptr inbounds i8, ptr %gep3597.1, i64 8960
  %3323 = load float, ptr %3322, align 4
  %3324 = insertelement <16 x float> poison, float %3323, i64 0
  %3325 = shufflevector <16 x float> %3324, <16 x float> poison, <16 x i32> zeroinitializer
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3306, <16 x float> %acc155.02991.1)
  %3327 = getelementptr inbounds i8, ptr %gep3597.1, i64 9216
  %3328 = load float, ptr %3327, align 4
  %3329 = insertelement <16 x float> poison, float %3328, i64 0
  %3330 = shufflevector <16 x float> %3329, <16 x float> poison, <16 x i32> zeroinitializer
  %3331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3330, <16 x float> %3306, <16 x float> %acc156.02992.1)
  %3332 = getelementptr inbounds i8, ptr %gep3597.1, i64 9472
  %3333 = load float, ptr %3332, align 4
  %3334 = insertelement <16 x float> poison, float %3333, i64 0
  %3335 = shufflevector <16 x float> %3334, <16 x float> poison, <16 x i32> zeroinitializer
  %3336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3306, <16 x float> %acc157.02993.1)
  %3337 = getelementptr inbounds i8, ptr %gep3597.1, i64 9728
  %3338 = load float, ptr %3337, align 4
  %3339 = insertelement <16 x float> poison, float %3338, i64 0
  %3340 = shufflevector <16 x float> %3339, <16 x float> poison, <16 x i32> zeroinitializer
  %3341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3340, <16 x float> %3306, <16 x float> %acc158.02994.1)
  %3342 = getelementptr inbounds i8, ptr %gep3597.1, i64 9984
  %3343 = load float, ptr %3342, align 4
  %3344 = insertelement <16 x float> poison, float %3343, i64 0
  %3345 = shufflevector <16 x float> %3344, <16 x float> poison, <16 x i32> zeroinitializer
  %3346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3306, <16 x float> %acc159.02995.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02996.1, 1
  %exitcond3310.not.1 = icmp eq i64 %p12.next.1, 64
  br i1 %exitcond3310.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %3347 = getelementptr inbounds i8, ptr %3255, i64 64
  store <16 x float> %3311, ptr %3347, align 4
  %3348 = getelementptr inbounds i8, ptr %3256, i64 1600
  store <16 x float> %3316, ptr %3348, align 4
  %3349 = getelementptr inbounds i8, ptr %3256, i64 2496
  store <16 x float> %3321, ptr %3349, align 4
  %3350 = getelementptr inbounds i8, ptr %3256, i64 3392
  store <16 x float> %3326, ptr %3350, align 4
  %3351 = getelementptr inbounds i8, ptr %3256, i64 4288
  store <16 x float> %3331, ptr %3351, align 4
  %3352 = getelementptr inbounds i8, ptr %3256, i64 5184
  store <16 x float> %3336, ptr %3352, align 4
  %3353 = getelementptr inbounds i8, ptr %3256, i64 6080
  store <16 x float> %3341, ptr %3353, align 4
  %3354 = getelementptr inbounds i8, ptr %3256, i64 6976
  store <16 x float> %3346, ptr %3354, align 4
  %3355 = icmp ugt i64 %i45.addr.02998, 24
  br i1 %3355, label %p12.body.2, label %i45.head.loopexit

p12.body.2:                                       ; preds = %p12.exit.1, %p12.body.2
  %p12.addr.02996.2 = phi i64 [ %p12.next.2, %p12.body.2 ], [ 0, %p12.exit.1 ]
  %acc159.02995.2 = phi <16 x float> [ %3396, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc158.02994.2 = phi <16 x float> [ %3391, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc157.02993.2 = phi <16 x float> [ %3386, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc156.02992.2 = phi <16 x float> [ %3381, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc155.02991.2 = phi <16 x float> [ %3376, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc154.02990.2 = phi <16 x float> [ %3371, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc153.02989.2 = phi <16 x float> [ %3366, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc152.02988.2 = phi <16 x float> [ %3361, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %.idx2723.2 = shl nuw nsw i64 %p12.addr.02996.2, 8
  %gep2987.2 = getelementptr inbounds i8, ptr %invariant.gep2986.2, i64 %.idx2723.2
  %3356 = load <16 x float>, ptr %gep2987.2, align 4
  %gep3597.2 = getelementptr inbounds float, ptr %invariant.gep3596, i64 %p12.addr.02996.2
  %3357 = getelementptr inbounds i8, ptr %gep3597.2, i64 8192
  %3358 = load float, ptr %3357, align 4
  %3359 = insertelement <16 x float> poison, float %3358, i64 0
  %3360 = shufflevector <16 x float> %3359, <16 x float> poison, <16 x i32> zeroinitializer
  %3361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3360, <16 x float> %3356, <16 x float> %acc152.02988.2)
  %3362 = getelementptr inbounds i8, ptr %gep3597.2, i64 8448
  %3363 = load float, ptr %3362, align 4
  %3364 = insertelement <16 x float> poison, float %3363, i64 0
  %3365 = shufflevector <16 x float> %3364, <16 x float> poison, <16 x i32> zeroinitializer
  %3366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3365, <16 x float> %3356, <16 x float> %acc153.02989.2)
  %3367 = getelementptr inbounds i8, ptr %gep3597.2, i64 8704
  %3368 = load float, ptr %3367, align 4
  %3369 = insertelement <16 x float> poison, float %3368, i64 0
  %3370 = shufflevector <16 x float> %3369, <16 x float> poison, <16 x i32> zeroinitializer
  %3371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3370, <16 x float> %3356, <16 x float> %acc154.02990.2)
  %3372 = getelementptr inbounds i8, ptr %gep3597.2, i64 8960
  %3373 = load float, ptr %3372, align 4
  %3374 = insertelement <16 x float> poison, float %3373, i64 0
  %3375 = shufflevector <16 x float> %3374, <16 x float> poison, <16 x i32> zeroinitializer
  %3376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3375, <16 x float> %3356, <16 x float> %acc155.02991.2)
  %3377 = getelementptr inbounds i8, ptr %gep3597.2, i64 9216
  %3378 = load float, ptr %3377, align 4
  %3379 = insertelement <16 x float> poison, float %3378, i64 0
  %3380 = shufflevector <16 x float> %3379, <16 x float> poison, <16 x i32> zeroinitializer
  %3381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3380, <16 x float> %3356, <16 x float> %acc156.02992.2)
  %3382 = getelementptr inbounds i8, ptr %gep3597.2, i64 9472
  %3383 = load float, ptr %3382, align 4
  %3384 = insertelement <16 x float> poison, float %3383, i64 0
  %3385 = shufflevector <16 x float> %3384, <16 x float> poison, <16 x i32> zeroinitializer
  %3386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3385, <16 x float> %3356, <16 x float> %acc157.02993.2)
  %3387 = getelementptr inbounds i8, ptr %gep3597.2, i64 9728
  %3388 = load float, ptr %3387, align 4
  %3389 = insertelement <16 x float> poison, float %3388, i64 0
  %3390 = shufflevector <16 x float> %3389, <16 x float> poison, <16 x i32> zeroinitializer
  %3391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3390, <16 x float> %3356, <16 x float> %acc158.02994.2)
  %3392 = getelementptr inbounds i8, ptr %gep3597.2, i64 9984
  %3393 = load float, ptr %3392, align 4
  %3394 = insertelement <16 x float> poison, float %3393, i64 0
  %3395 = shufflevector <16 x float> %3394, <16 x float> poison, <16 x i32> zeroinitializer
  %3396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3395, <16 x float> %3356, <16 x float> %acc159.02995.2)
  %p12.next.2 = add nuw nsw i64 %p12.addr.02996.2, 1
  %exitcond3310.not.2 = icmp eq i64 %p12.next.2, 64
  br i1 %exitcond3310.not.2, label %p12.exit.2, label %p12.body.2

p12.exit.2:                                       ; preds = %p12.body.2
  %3397 = getelementptr inbounds i8, ptr %3255, i64 128
  store <16 x float> %3361, ptr %3397, align 4
  %3398 = getelementptr inbounds i8, ptr %3256, i64 1664
  store <16 x float> %3366, ptr %3398, align 4
  %3399 = getelementptr inbounds i8, ptr %3256, i64 2560
  store <16 x float> %3371, ptr %3399, align 4
  %3400 = getelementptr inbounds i8, ptr %3256, i64 3456
  store <16 x float> %3376, ptr %3400, align 4
  %3401 = getelementptr inbounds i8, ptr %3256, i64 4352
  store <16 x float> %3381, ptr %3401, align 4
  %3402 = getelementptr inbounds i8, ptr %3256, i64 5248
  store <16 x float> %3386, ptr %3402, align 4
  %3403 = getelementptr inbounds i8, ptr %3256, i64 6144
  store <16 x float> %3391, ptr %3403, align 4
  %3404 = getelementptr inbounds i8, ptr %3256, i64 7040
  store <16 x float> %3396, ptr %3404, align 4
  %3405 = icmp ugt i64 %i45.addr.02998, 40
  br i1 %3405, label %p12.body.3, label %i45.head.loopexit

p12.body.3:                                       ; preds = %p12.exit.2, %p12.body.3
  %p12.addr.02996.3 = phi i64 [ %p12.next.3, %p12.body.3 ], [ 0, %p12.exit.2 ]
  %acc159.02995.3 = phi <16 x float> [ %3446, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc158.02994.3 = phi <16 x float> [ %3441, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc157.02993.3 = phi <16 x float> [ %3436, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc156.02992.3 = phi <16 x float> [ %3431, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc155.02991.3 = phi <16 x float> [ %3426, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc154.02990.3 = phi <16 x float> [ %3421, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc153.02989.3 = phi <16 x float> [ %3416, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc152.02988.3 = phi <16 x float> [ %3411, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %.idx2723.3 = shl nuw nsw i64 %p12.addr.02996.3, 8
  %gep2987.3 = getelementptr inbounds i8, ptr %invariant.gep2986.3, i64 %.idx2723.3
  %3406 = load <16 x float>, ptr %gep2987.3, align 4
  %gep3597.3 = getelementptr inbounds float, ptr %invariant.gep3596, i64 %p12.addr.02996.3
  %3407 = getelementptr inbounds i8, ptr %gep3597.3, i64 8192
  %3408 = load float, ptr %3407, align 4
  %3409 = insertelement <16 x float> poison, float %3408, i64 0
  %3410 = shufflevector <16 x float> %3409, <16 x float> poison, <16 x i32> zeroinitializer
  %3411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3410, <16 x float> %3406, <16 x float> %acc152.02988.3)
  %3412 = getelementptr inbounds i8, ptr %gep3597.3, i64 8448
  %3413 = load float, ptr %3412, align 4
  %3414 = insertelement <16 x float> poison, float %3413, i64 0
  %3415 = shufflevector <16 x float> %3414, <16 x float> poison, <16 x i32> zeroinitializer
  %3416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3415, <16 x float> %3406, <16 x float> %acc153.02989.3)
  %3417 = getelementptr inbounds i8, ptr %gep3597.3, i64 8704
  %3418 = load float, ptr %3417, align 4
  %3419 = insertelement <16 x float> poison, float %3418, i64 0
  %3420 = shufflevector <16 x float> %3419, <16 x float> poison, <16 x i32> zeroinitializer
  %3421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3420, <16 x float> %3406, <16 x float> %acc154.02990.3)
  %3422 = getelementptr inbounds i8, ptr %gep3597.3, i64 8960
  %3423 = load float, ptr %3422, align 4
  %3424 = insertelement <16 x float> poison, float %3423, i64 0
  %3425 = shufflevector <16 x float> %3424, <16 x float> poison, <16 x i32> zeroinitializer
  %3426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3425, <16 x float> %3406, <16 x float> %acc155.02991.3)
  %3427 = getelementptr inbounds i8, ptr %gep3597.3, i64 9216
  %3428 = load float, ptr %3427, align 4
  %3429 = insertelement <16 x float> poison, float %3428, i64 0
  %3430 = shufflevector <16 x float> %3429, <16 x float> poison, <16 x i32> zeroinitializer
  %3431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3430, <16 x float> %3406, <16 x float> %acc156.02992.3)
  %3432 = getelementptr inbounds i8, ptr %gep3597.3, i64 9472
  %3433 = load float, ptr %3432, align 4
  %3434 = insertelement <16 x float> poison, float %3433, i64 0
  %3435 = shufflevector <16 x float> %3434, <16 x float> poison, <16 x i32> zeroinitializer
  %3436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3435, <16 x float> %3406, <16 x float> %acc157.02993.3)
  %3437 = getelementptr inbounds i8, ptr %gep3597.3, i64 9728
  %3438 = load float, ptr %3437, align 4
  %3439 = insertelement <16 x float> poison, float %3438, i64 0
  %3440 = shufflevector <16 x float> %3439, <16 x float> poison, <16 x i32> zeroinitializer
  %3441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3440, <16 x float> %3406, <16 x float> %acc158.02994.3)
  %3442 = getelementptr inbounds i8, ptr %gep3597.3, i64 9984
  %3443 = load float, ptr %3442, align 4
  %3444 = insertelement <16 x float> poison, float %3443, i64 0
  %3445 = shufflevector <16 x float> %3444, <16 x float> poison, <16 x i32> zeroinitializer
  %3446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3445, <16 x float> %3406, <16 x float> %acc159.02995.3)
  %p12.next.3 = add nuw nsw i64 %p12.addr.02996.3, 1
  %exitcond3310.not.3 = icmp eq i64 %p12.next.3, 64
  br i1 %exitcond3310.not.3, label %p12.exit.3, label %p12.body.3

p12.exit.3:                                       ; preds = %p12.body.3
  %3447 = getelementptr inbounds i8, ptr %3255, i64 192
  store <16 x float> %3411, ptr %3447, align 4
  %3448 = getelementptr inbounds i8, ptr %3256, i64 1728
  store <16 x float> %3416, ptr %3448, align 4
  %3449 = getelementptr inbounds i8, ptr %3256, i64 2624
  store <16 x float> %3421, ptr %3449, align 4
  %3450 = getelementptr inbounds i8, ptr %3256, i64 3520
  store <16 x float> %3426, ptr %3450, align 4
  %3451 = getelementptr inbounds i8, ptr %3256, i64 4416
  store <16 x float> %3431, ptr %3451, align 4
  %3452 = getelementptr inbounds i8, ptr %3256, i64 5312
  store <16 x float> %3436, ptr %3452, align 4
  %3453 = getelementptr inbounds i8, ptr %3256, i64 6208
  store <16 x float> %3441, ptr %3453, align 4
  %3454 = getelementptr inbounds i8, ptr %3256, i64 7104
  store <16 x float> %3446, ptr %3454, align 4
  br label %i45.head.loopexit

t4.body:                                          ; preds = %i45.head.loopexit, %j34.exit
  %indvars.iv3315 = phi i64 [ %indvars.iv.next3316, %j34.exit ], [ 1, %i45.head.loopexit ]
  %t4.addr.03015 = phi i64 [ %t4.next, %j34.exit ], [ 0, %i45.head.loopexit ]
  %3455 = shl nuw nsw i64 %t4.addr.03015, 1
  %umax3990 = tail call i64 @llvm.umax.i64(i64 %3455, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.03015, 1
  %invariant.gep3003 = getelementptr float, ptr %invariant.gep2999, i64 %i46
  %.not3081 = icmp eq i64 %t4.addr.03015, 0
  br i1 %.not3081, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %.idx2714 = mul nuw nsw i64 %t4.addr.03015, 1792
  %gep3000 = getelementptr inbounds i8, ptr %invariant.gep2999, i64 %.idx2714
  %xtraiter = and i64 %umax3990, 7
  %3456 = icmp ult i64 %t4.addr.03015, 4
  br i1 %3456, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter = and i64 %umax3990, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.03005 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter.next.7, %j33.body ]
  %3457 = getelementptr inbounds float, ptr %gep3000, i64 %j33.addr.03005
  %3458 = load float, ptr %3457, align 4
  %3459 = fneg float %3458
  store float %3459, ptr %3457, align 4
  %.idx2715 = mul nuw nsw i64 %j33.addr.03005, 896
  %gep3004 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715
  store float %3459, ptr %gep3004, align 4
  %j33.next = or disjoint i64 %j33.addr.03005, 1
  %3460 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next
  %3461 = load float, ptr %3460, align 4
  %3462 = fneg float %3461
  store float %3462, ptr %3460, align 4
  %.idx2715.1 = mul nuw nsw i64 %j33.next, 896
  %gep3004.1 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.1
  store float %3462, ptr %gep3004.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.03005, 2
  %3463 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.1
  %3464 = load float, ptr %3463, align 4
  %3465 = fneg float %3464
  store float %3465, ptr %3463, align 4
  %.idx2715.2 = mul nuw nsw i64 %j33.next.1, 896
  %gep3004.2 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.2
  store float %3465, ptr %gep3004.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.03005, 3
  %3466 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.2
  %3467 = load float, ptr %3466, align 4
  %3468 = fneg float %3467
  store float %3468, ptr %3466, align 4
  %.idx2715.3 = mul nuw nsw i64 %j33.next.2, 896
  %gep3004.3 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.3
  store float %3468, ptr %gep3004.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.03005, 4
  %3469 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.3
  %3470 = load float, ptr %3469, align 4
  %3471 = fneg float %3470
  store float %3471, ptr %3469, align 4
  %.idx2715.4 = mul nuw nsw i64 %j33.next.3, 896
  %gep3004.4 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.4
  store float %3471, ptr %gep3004.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.03005, 5
  %3472 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.4
  %3473 = load float, ptr %3472, align 4
  %3474 = fneg float %3473
  store float %3474, ptr %3472, align 4
  %.idx2715.5 = mul nuw nsw i64 %j33.next.4, 896
  %gep3004.5 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.5
  store float %3474, ptr %gep3004.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.03005, 6
  %3475 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.5
  %3476 = load float, ptr %3475, align 4
  %3477 = fneg float %3476
  store float %3477, ptr %3475, align 4
  %.idx2715.6 = mul nuw nsw i64 %j33.next.5, 896
  %gep3004.6 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.6
  store float %3477, ptr %gep3004.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.03005, 7
  %3478 = getelementptr inbounds float, ptr %gep3000, i64 %j33.next.6
  %3479 = load float, ptr %3478, align 4
  %3480 = fneg float %3479
  store float %3480, ptr %3478, align 4
  %.idx2715.7 = mul nuw nsw i64 %j33.next.6, 896
  %gep3004.7 = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.7
  store float %3480, ptr %gep3004.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.03005, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.03005.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.03005.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.03005.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %3481 = getelementptr inbounds float, ptr %gep3000, i64 %j33.addr.03005.epil
  %3482 = load float, ptr %3481, align 4
  %3483 = fneg float %3482
  store float %3483, ptr %3481, align 4
  %.idx2715.epil = mul nuw nsw i64 %j33.addr.03005.epil, 896
  %gep3004.epil = getelementptr i8, ptr %invariant.gep3003, i64 %.idx2715.epil
  store float %3483, ptr %gep3004.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.03005.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !3

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2711.pre-phi = phi i64 [ 0, %t4.body ], [ %.idx2714, %j33.body.epil ], [ %.idx2714, %j33.exit.loopexit.unr-lcssa ]
  %gep3012 = getelementptr inbounds i8, ptr %invariant.gep2999, i64 %.idx2711.pre-phi
  %3484 = getelementptr inbounds float, ptr %gep3012, i64 %i46
  store float 0.000000e+00, ptr %3484, align 4
  %i47 = or disjoint i64 %i46, 1
  %.idx2712 = mul nuw nsw i64 %i47, 896
  %gep3014 = getelementptr inbounds i8, ptr %invariant.gep2999, i64 %.idx2712
  %invariant.gep3008 = getelementptr float, ptr %invariant.gep2999, i64 %i47
  %xtraiter3991 = and i64 %indvars.iv3315, 7
  %3485 = icmp ult i64 %t4.addr.03015, 4
  br i1 %3485, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3994 = and i64 %indvars.iv3315, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.03010 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3995 = phi i64 [ 0, %j33.exit.new ], [ %niter3995.next.7, %j34.body ]
  %3486 = getelementptr inbounds float, ptr %gep3014, i64 %j34.addr.03010
  %3487 = load float, ptr %3486, align 4
  %3488 = fneg float %3487
  store float %3488, ptr %3486, align 4
  %.idx2713 = mul nuw nsw i64 %j34.addr.03010, 896
  %gep3009 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713
  store float %3488, ptr %gep3009, align 4
  %j34.next = or disjoint i64 %j34.addr.03010, 1
  %3489 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next
  %3490 = load float, ptr %3489, align 4
  %3491 = fneg float %3490
  store float %3491, ptr %3489, align 4
  %.idx2713.1 = mul nuw nsw i64 %j34.next, 896
  %gep3009.1 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.1
  store float %3491, ptr %gep3009.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.03010, 2
  %3492 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.1
  %3493 = load float, ptr %3492, align 4
  %3494 = fneg float %3493
  store float %3494, ptr %3492, align 4
  %.idx2713.2 = mul nuw nsw i64 %j34.next.1, 896
  %gep3009.2 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.2
  store float %3494, ptr %gep3009.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.03010, 3
  %3495 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.2
  %3496 = load float, ptr %3495, align 4
  %3497 = fneg float %3496
  store float %3497, ptr %3495, align 4
  %.idx2713.3 = mul nuw nsw i64 %j34.next.2, 896
  %gep3009.3 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.3
  store float %3497, ptr %gep3009.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.03010, 4
  %3498 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.3
  %3499 = load float, ptr %3498, align 4
  %3500 = fneg float %3499
  store float %3500, ptr %3498, align 4
  %.idx2713.4 = mul nuw nsw i64 %j34.next.3, 896
  %gep3009.4 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.4
  store float %3500, ptr %gep3009.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.03010, 5
  %3501 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.4
  %3502 = load float, ptr %3501, align 4
  %3503 = fneg float %3502
  store float %3503, ptr %3501, align 4
  %.idx2713.5 = mul nuw nsw i64 %j34.next.4, 896
  %gep3009.5 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.5
  store float %3503, ptr %gep3009.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.03010, 6
  %3504 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.5
  %3505 = load float, ptr %3504, align 4
  %3506 = fneg float %3505
  store float %3506, ptr %3504, align 4
  %.idx2713.6 = mul nuw nsw i64 %j34.next.5, 896
  %gep3009.6 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.6
  store float %3506, ptr %gep3009.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.03010, 7
  %3507 = getelementptr inbounds float, ptr %gep3014, i64 %j34.next.6
  %3508 = load float, ptr %3507, align 4
  %3509 = fneg float %3508
  store float %3509, ptr %3507, align 4
  %.idx2713.7 = mul nuw nsw i64 %j34.next.6, 896
  %gep3009.7 = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.7
  store float %3509, ptr %gep3009.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.03010, 8
  %niter3995.next.7 = add i64 %niter3995, 8
  %niter3995.ncmp.7 = icmp eq i64 %niter3995.next.7, %unroll_iter3994
  br i1 %niter3995.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.03010.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3993.not = icmp eq i64 %xtraiter3991, 0
  br i1 %lcmp.mod3993.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.03010.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.03010.unr, %j34.exit.unr-lcssa ]
  %epil.iter3992 = phi i64 [ %epil.iter3992.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %3510 = getelementptr inbounds float, ptr %gep3014, i64 %j34.addr.03010.epil
  %3511 = load float, ptr %3510, align 4
  %3512 = fneg float %3511
  store float %3512, ptr %3510, align 4
  %.idx2713.epil = mul nuw nsw i64 %j34.addr.03010.epil, 896
  %gep3009.epil = getelementptr i8, ptr %invariant.gep3008, i64 %.idx2713.epil
  store float %3512, ptr %gep3009.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.03010.epil, 1
  %epil.iter3992.next = add i64 %epil.iter3992, 1
  %epil.iter3992.cmp.not = icmp eq i64 %epil.iter3992.next, %xtraiter3991
  br i1 %epil.iter3992.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !5

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %gep3599 = getelementptr inbounds i8, ptr %invariant.gep3598, i64 %.idx2712
  %3513 = getelementptr inbounds float, ptr %gep3599, i64 %i47
  store float 0.000000e+00, ptr %3513, align 4
  %t4.next = add nuw nsw i64 %t4.addr.03015, 1
  %indvars.iv.next3316 = add nuw nsw i64 %indvars.iv3315, 2
  %exitcond3318.not = icmp eq i64 %t4.next, 32
  br i1 %exitcond3318.not, label %p13.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p13.exit
  %3514 = icmp sgt i64 %126, 0
  br i1 %3514, label %j36.head.preheader, label %t5.exit

p13.head.preheader:                               ; preds = %j34.exit, %p13.exit
  %i48.addr.03033 = phi i64 [ %i48.next, %p13.exit ], [ 0, %j34.exit ]
  %.idx = mul nuw nsw i64 %i48.addr.03033, 896
  %3515 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3516 = getelementptr inbounds i8, ptr %3515, i64 896
  %3517 = getelementptr inbounds i8, ptr %3515, i64 1792
  %3518 = getelementptr inbounds i8, ptr %3515, i64 2688
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03032 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03031 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3562, %p13.body ]
  %acc174.03030 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3561, %p13.body ]
  %acc173.03029 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3560, %p13.body ]
  %acc172.03028 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3559, %p13.body ]
  %acc171.03027 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3554, %p13.body ]
  %acc170.03026 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3553, %p13.body ]
  %acc169.03025 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3552, %p13.body ]
  %acc168.03024 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3551, %p13.body ]
  %acc167.03023 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3546, %p13.body ]
  %acc166.03022 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3545, %p13.body ]
  %acc165.03021 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3544, %p13.body ]
  %acc164.03020 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3543, %p13.body ]
  %acc163.03019 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3538, %p13.body ]
  %acc162.03018 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3537, %p13.body ]
  %acc161.03017 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3536, %p13.body ]
  %acc160.03016 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3535, %p13.body ]
  %3519 = shl nuw nsw i64 %p13.addr.03032, 6
  %3520 = getelementptr inbounds float, ptr %Bk, i64 %3519
  %3521 = load <16 x float>, ptr %3520, align 4
  %3522 = or disjoint i64 %3519, 16
  %3523 = getelementptr inbounds float, ptr %Bk, i64 %3522
  %3524 = load <16 x float>, ptr %3523, align 4
  %3525 = or disjoint i64 %3519, 32
  %3526 = getelementptr inbounds float, ptr %Bk, i64 %3525
  %3527 = load <16 x float>, ptr %3526, align 4
  %3528 = or disjoint i64 %3519, 48
  %3529 = getelementptr inbounds float, ptr %Bk, i64 %3528
  %3530 = load <16 x float>, ptr %3529, align 4
  %3531 = getelementptr inbounds float, ptr %3515, i64 %p13.addr.03032
  %3532 = load float, ptr %3531, align 4
  %3533 = insertelement <16 x float> poison, float %3532, i64 0
  %3534 = shufflevector <16 x float> %3533, <16 x float> poison, <16 x i32> zeroinitializer
  %3535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3521, <16 x float> %acc160.03016)
  %3536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3524, <16 x float> %acc161.03017)
  %3537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3527, <16 x float> %acc162.03018)
  %3538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3530, <16 x float> %acc163.03019)
  %3539 = getelementptr inbounds float, ptr %3516, i64 %p13.addr.03032
  %3540 = load float, ptr %3539, align 4
  %3541 = insertelement <16 x float> poison, float %3540, i64 0
  %3542 = shufflevector <16 x float> %3541, <16 x float> poison, <16 x i32> zeroinitializer
  %3543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3521, <16 x float> %acc164.03020)
  %3544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3524, <16 x float> %acc165.03021)
  %3545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3527, <16 x float> %acc166.03022)
  %3546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3530, <16 x float> %acc167.03023)
  %3547 = getelementptr inbounds float, ptr %3517, i64 %p13.addr.03032
  %3548 = load float, ptr %3547, align 4
  %3549 = insertelement <16 x float> poison, float %3548, i64 0
  %3550 = shufflevector <16 x float> %3549, <16 x float> poison, <16 x i32> zeroinitializer
  %3551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3550, <16 x float> %3521, <16 x float> %acc168.03024)
  %3552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3550, <16 x float> %3524, <16 x float> %acc169.03025)
  %3553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3550, <16 x float> %3527, <16 x float> %acc170.03026)
  %3554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3550, <16 x float> %3530, <16 x float> %acc171.03027)
  %3555 = getelementptr inbounds float, ptr %3518, i64 %p13.addr.03032
  %3556 = load float, ptr %3555, align 4
  %3557 = insertelement <16 x float> poison, float %3556, i64 0
  %3558 = shufflevector <16 x float> %3557, <16 x float> poison, <16 x i32> zeroinitializer
  %3559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3521, <16 x float> %acc172.03028)
  %3560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3524, <16 x float> %acc173.03029)
  %3561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3527, <16 x float> %acc174.03030)
  %3562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3530, <16 x float> %acc175.03031)
  %p13.next = add nuw nsw i64 %p13.addr.03032, 1
  %exitcond3319.not = icmp eq i64 %p13.next, 224
  br i1 %exitcond3319.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3563 = shl nuw nsw i64 %i48.addr.03033, 6
  %3564 = getelementptr inbounds float, ptr %dKc, i64 %3563
  store <16 x float> %3535, ptr %3564, align 4
  %3565 = or disjoint i64 %3563, 16
  %3566 = getelementptr inbounds float, ptr %dKc, i64 %3565
  store <16 x float> %3536, ptr %3566, align 4
  %3567 = or disjoint i64 %3563, 32
  %3568 = getelementptr inbounds float, ptr %dKc, i64 %3567
  store <16 x float> %3537, ptr %3568, align 4
  %3569 = or disjoint i64 %3563, 48
  %3570 = getelementptr inbounds float, ptr %dKc, i64 %3569
  store <16 x float> %3538, ptr %3570, align 4
  %3571 = or disjoint i64 %3563, 64
  %3572 = getelementptr inbounds float, ptr %dKc, i64 %3571
  store <16 x float> %3543, ptr %3572, align 4
  %3573 = or disjoint i64 %3563, 80
  %3574 = getelementptr inbounds float, ptr %dKc, i64 %3573
  store <16 x float> %3544, ptr %3574, align 4
  %3575 = or disjoint i64 %3563, 96
  %3576 = getelementptr inbounds float, ptr %dKc, i64 %3575
  store <16 x float> %3545, ptr %3576, align 4
  %3577 = or disjoint i64 %3563, 112
  %3578 = getelementptr inbounds float, ptr %dKc, i64 %3577
  store <16 x float> %3546, ptr %3578, align 4
  %3579 = or disjoint i64 %3563, 128
  %3580 = getelementptr inbounds float, ptr %dKc, i64 %3579
  store <16 x float> %3551, ptr %3580, align 4
  %3581 = or disjoint i64 %3563, 144
  %3582 = getelementptr inbounds float, ptr %dKc, i64 %3581
  store <16 x float> %3552, ptr %3582, align 4
  %3583 = or disjoint i64 %3563, 160
  %3584 = getelementptr inbounds float, ptr %dKc, i64 %3583
  store <16 x float> %3553, ptr %3584, align 4
  %3585 = or disjoint i64 %3563, 176
  %3586 = getelementptr inbounds float, ptr %dKc, i64 %3585
  store <16 x float> %3554, ptr %3586, align 4
  %3587 = or disjoint i64 %3563, 192
  %3588 = getelementptr inbounds float, ptr %dKc, i64 %3587
  store <16 x float> %3559, ptr %3588, align 4
  %3589 = or disjoint i64 %3563, 208
  %3590 = getelementptr inbounds float, ptr %dKc, i64 %3589
  store <16 x float> %3560, ptr %3590, align 4
  %3591 = or disjoint i64 %3563, 224
  %3592 = getelementptr inbounds float, ptr %dKc, i64 %3591
  store <16 x float> %3561, ptr %3592, align 4
  %3593 = or disjoint i64 %3563, 240
  %3594 = getelementptr inbounds float, ptr %dKc, i64 %3593
  store <16 x float> %3562, ptr %3594, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03033, 4
  %3595 = icmp ult i64 %i48.addr.03033, 60
  br i1 %3595, label %p13.head.preheader, label %t5.head.preheader

j36.head.preheader:                               ; preds = %t5.head.preheader, %j36.head.preheader
  %t5.addr.03039 = phi i64 [ %t5.next, %j36.head.preheader ], [ 0, %t5.head.preheader ]
  %3596 = mul i64 %17, %t5.addr.03039
  %3597 = add i64 %120, %3596
  %scevgep3326 = getelementptr i8, ptr %dv, i64 %3597
  %3598 = shl nuw nsw i64 %t5.addr.03039, 9
  %gep3601 = getelementptr i8, ptr %invariant.gep3600, i64 %3598
  %scevgep3324 = getelementptr i8, ptr %dk, i64 %3597
  %gep3603 = getelementptr i8, ptr %invariant.gep3602, i64 %3598
  %3599 = add i64 %121, %3596
  %scevgep3322 = getelementptr i8, ptr %dv, i64 %3599
  %gep3605 = getelementptr i8, ptr %invariant.gep3604, i64 %3598
  %scevgep3320 = getelementptr i8, ptr %dk, i64 %3599
  %gep3607 = getelementptr i8, ptr %invariant.gep3606, i64 %3598
  %3600 = add nsw i64 %t5.addr.03039, %t0
  %3601 = mul nsw i64 %3600, %sq
  %.idx3083 = shl nsw i64 %t5.addr.03039, 8
  %3602 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3083
  %3603 = load <16 x float>, ptr %3602, align 4
  %3604 = fmul <16 x float> %3603, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3605 = getelementptr float, ptr %qh1, i64 %3601
  store <16 x float> %3604, ptr %3605, align 4
  %3606 = getelementptr inbounds i8, ptr %61, i64 %.idx3083
  %3607 = load <16 x float>, ptr %3606, align 4
  %3608 = fmul <16 x float> %3607, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3609 = getelementptr float, ptr %115, i64 %3601
  store <16 x float> %3608, ptr %3609, align 4
  %3610 = getelementptr inbounds i8, ptr %62, i64 %.idx3083
  %3611 = load <16 x float>, ptr %3610, align 4
  %3612 = fmul <16 x float> %3611, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3613 = getelementptr float, ptr %116, i64 %3601
  store <16 x float> %3612, ptr %3613, align 4
  %3614 = getelementptr inbounds i8, ptr %63, i64 %.idx3083
  %3615 = load <16 x float>, ptr %3614, align 4
  %3616 = fmul <16 x float> %3615, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3617 = getelementptr float, ptr %117, i64 %3601
  store <16 x float> %3616, ptr %3617, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3320, ptr noundef nonnull align 4 dereferenceable(256) %gep3607, i64 256, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.03039, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3322, ptr noundef nonnull align 4 dereferenceable(256) %gep3605, i64 256, i1 false)
  %tau2 = shl nsw i64 %3600, 1
  %3618 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %3619 = load float, ptr %3618, align 4
  %3620 = mul nsw i64 %tau2, %H
  %3621 = getelementptr inbounds float, ptr %betah1, i64 %3620
  store float %3619, ptr %3621, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324, ptr noundef nonnull align 4 dereferenceable(256) %gep3603, i64 256, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3326, ptr noundef nonnull align 4 dereferenceable(256) %gep3601, i64 256, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %3622 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %3623 = load float, ptr %3622, align 4
  %3624 = mul nsw i64 %tau3, %H
  %3625 = getelementptr inbounds float, ptr %betah1, i64 %3624
  store float %3623, ptr %3625, align 4
  %t5.next = add nuw nsw i64 %t5.addr.03039, 1
  %exitcond3330.not = icmp eq i64 %t5.next, %smax
  br i1 %exitcond3330.not, label %t5.exit, label %j36.head.preheader

t5.exit:                                          ; preds = %j36.head.preheader, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.03040, 1
  %indvars.iv.next3329 = add i64 %indvars.iv3328, 32
  %exitcond3332.not = icmp eq i64 %cc.next, %smax3331
  br i1 %exitcond3332.not, label %i56.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %j41.head.preheader, %i56.head.preheader
  %i56.addr.03042 = phi i64 [ 0, %i56.head.preheader ], [ %i56.next.7, %j41.head.preheader ]
  %3626 = shl nuw nsw i64 %i56.addr.03042, 8
  %scevgep3333 = getelementptr i8, ptr %118, i64 %3626
  %3627 = shl nuw nsw i64 %i56.addr.03042, 9
  %3628 = or disjoint i64 %3627, 256
  %scevgep3334 = getelementptr i8, ptr %work, i64 %3628
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334, i64 256, i1 false)
  %i56.next = or disjoint i64 %i56.addr.03042, 1
  %3629 = shl nuw nsw i64 %i56.next, 8
  %scevgep3333.1 = getelementptr i8, ptr %118, i64 %3629
  %3630 = shl nuw nsw i64 %i56.next, 9
  %3631 = or disjoint i64 %3630, 256
  %scevgep3334.1 = getelementptr i8, ptr %work, i64 %3631
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.1, i64 256, i1 false)
  %i56.next.1 = or disjoint i64 %i56.addr.03042, 2
  %3632 = shl nuw nsw i64 %i56.next.1, 8
  %scevgep3333.2 = getelementptr i8, ptr %118, i64 %3632
  %3633 = shl nuw nsw i64 %i56.next.1, 9
  %3634 = or disjoint i64 %3633, 256
  %scevgep3334.2 = getelementptr i8, ptr %work, i64 %3634
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.2, i64 256, i1 false)
  %i56.next.2 = or disjoint i64 %i56.addr.03042, 3
  %3635 = shl nuw nsw i64 %i56.next.2, 8
  %scevgep3333.3 = getelementptr i8, ptr %118, i64 %3635
  %3636 = shl nuw nsw i64 %i56.next.2, 9
  %3637 = or disjoint i64 %3636, 256
  %scevgep3334.3 = getelementptr i8, ptr %work, i64 %3637
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.3, i64 256, i1 false)
  %i56.next.3 = or disjoint i64 %i56.addr.03042, 4
  %3638 = shl nuw nsw i64 %i56.next.3, 8
  %scevgep3333.4 = getelementptr i8, ptr %118, i64 %3638
  %3639 = shl nuw nsw i64 %i56.next.3, 9
  %3640 = or disjoint i64 %3639, 256
  %scevgep3334.4 = getelementptr i8, ptr %work, i64 %3640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.4, i64 256, i1 false)
  %i56.next.4 = or disjoint i64 %i56.addr.03042, 5
  %3641 = shl nuw nsw i64 %i56.next.4, 8
  %scevgep3333.5 = getelementptr i8, ptr %118, i64 %3641
  %3642 = shl nuw nsw i64 %i56.next.4, 9
  %3643 = or disjoint i64 %3642, 256
  %scevgep3334.5 = getelementptr i8, ptr %work, i64 %3643
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.5, i64 256, i1 false)
  %i56.next.5 = or disjoint i64 %i56.addr.03042, 6
  %3644 = shl nuw nsw i64 %i56.next.5, 8
  %scevgep3333.6 = getelementptr i8, ptr %118, i64 %3644
  %3645 = shl nuw nsw i64 %i56.next.5, 9
  %3646 = or disjoint i64 %3645, 256
  %scevgep3334.6 = getelementptr i8, ptr %work, i64 %3646
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.6, i64 256, i1 false)
  %i56.next.6 = or disjoint i64 %i56.addr.03042, 7
  %3647 = shl nuw nsw i64 %i56.next.6, 8
  %scevgep3333.7 = getelementptr i8, ptr %118, i64 %3647
  %3648 = shl nuw nsw i64 %i56.next.6, 9
  %3649 = or disjoint i64 %3648, 256
  %scevgep3334.7 = getelementptr i8, ptr %work, i64 %3649
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3333.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3334.7, i64 256, i1 false)
  %i56.next.7 = add nuw nsw i64 %i56.addr.03042, 8
  %exitcond3335.not.7 = icmp eq i64 %i56.next.7, 64
  br i1 %exitcond3335.not.7, label %i56.exit, label %j41.head.preheader

i56.exit:                                         ; preds = %j41.head.preheader
  %bh.next = add nsw i64 %bh.addr.03043, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3336.not = icmp eq i64 %indvar.next, %21
  br i1 %exitcond3336.not, label %bh.exit, label %bh.body
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

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 6
  %8 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0208, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %bh.body, %i.body
  %acc.0189 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %16, %i.body ]
  %acc1.0188 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %20, %i.body ]
  %acc2.0187 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %24, %i.body ]
  %acc3.0186 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %28, %i.body ]
  %acc4.0185 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %37, %i.body ]
  %acc5.0184 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %41, %i.body ]
  %acc6.0183 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %45, %i.body ]
  %acc7.0182 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %49, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %bh.body ], [ %i.next, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0181, 6
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <16 x float>, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %10, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %13, <16 x float> %acc.0189)
  %17 = or disjoint i64 %11, 16
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %19, <16 x float> %acc1.0188)
  %21 = or disjoint i64 %11, 32
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <16 x float>, ptr %22, align 4
  %24 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %23, <16 x float> %acc2.0187)
  %25 = or disjoint i64 %11, 48
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %27, <16 x float> %acc3.0186)
  %29 = or disjoint i64 %i.addr.0181, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 6
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <16 x float>, ptr %33, align 4
  %35 = insertelement <16 x float> poison, float %31, i64 0
  %36 = shufflevector <16 x float> %35, <16 x float> poison, <16 x i32> zeroinitializer
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %34, <16 x float> %acc4.0185)
  %38 = or disjoint i64 %32, 16
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <16 x float>, ptr %39, align 4
  %41 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %40, <16 x float> %acc5.0184)
  %42 = or disjoint i64 %32, 32
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %44, <16 x float> %acc6.0183)
  %46 = or disjoint i64 %32, 48
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <16 x float>, ptr %47, align 4
  %49 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %48, <16 x float> %acc7.0182)
  %i.next = add nuw nsw i64 %i.addr.0181, 2
  %50 = icmp ult i64 %i.addr.0181, 62
  br i1 %50, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %51 = load float, ptr %betah, align 4
  %52 = load <16 x float>, ptr %vh, align 4
  %53 = fadd <16 x float> %37, %16
  %54 = fsub <16 x float> %52, %53
  %55 = insertelement <16 x float> poison, float %51, i64 0
  %56 = shufflevector <16 x float> %55, <16 x float> poison, <16 x i32> zeroinitializer
  %57 = fmul <16 x float> %56, %54
  %58 = getelementptr inbounds i8, ptr %vh, i64 64
  %59 = load <16 x float>, ptr %58, align 4
  %60 = fadd <16 x float> %41, %20
  %61 = fsub <16 x float> %59, %60
  %62 = fmul <16 x float> %56, %61
  %63 = getelementptr inbounds i8, ptr %vh, i64 128
  %64 = load <16 x float>, ptr %63, align 4
  %65 = fadd <16 x float> %45, %24
  %66 = fsub <16 x float> %64, %65
  %67 = fmul <16 x float> %56, %66
  %68 = getelementptr inbounds i8, ptr %vh, i64 192
  %69 = load <16 x float>, ptr %68, align 4
  %70 = fadd <16 x float> %49, %28
  %71 = fsub <16 x float> %69, %70
  %72 = fmul <16 x float> %56, %71
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %86, %i1.body ]
  %acc9.0197 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %91, %i1.body ]
  %acc10.0196 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %96, %i1.body ]
  %acc11.0195 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %101, %i1.body ]
  %acc12.0194 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %116, %i1.body ]
  %i1.addr.0193 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0192 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %131, %i1.body ]
  %acc14.0191 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %126, %i1.body ]
  %acc13.0190 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %121, %i1.body ]
  %73 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0193
  %74 = load float, ptr %73, align 4
  %75 = or disjoint i64 %i1.addr.0193, %sq
  %76 = getelementptr inbounds float, ptr %kh, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <16 x float> poison, float %74, i64 0
  %79 = shufflevector <16 x float> %78, <16 x float> poison, <16 x i32> zeroinitializer
  %80 = shl nuw nsw i64 %i1.addr.0193, 6
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %57, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %84 = insertelement <16 x float> poison, float %77, i64 0
  %85 = shufflevector <16 x float> %84, <16 x float> poison, <16 x i32> zeroinitializer
  %86 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %83, <16 x float> %acc832.0198)
  %87 = or disjoint i64 %80, 16
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <16 x float>, ptr %88, align 4
  %90 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %62, <16 x float> %89)
  store <16 x float> %90, ptr %88, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %90, <16 x float> %acc9.0197)
  %92 = or disjoint i64 %80, 32
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %67, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %96 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %95, <16 x float> %acc10.0196)
  %97 = or disjoint i64 %80, 48
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %72, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %100, <16 x float> %acc11.0195)
  %102 = or disjoint i64 %i1.addr.0193, 1
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = or disjoint i64 %102, %sq
  %106 = getelementptr inbounds float, ptr %kh, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <16 x float> poison, float %104, i64 0
  %109 = shufflevector <16 x float> %108, <16 x float> poison, <16 x i32> zeroinitializer
  %110 = shl nuw nsw i64 %102, 6
  %111 = getelementptr inbounds float, ptr %S, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %57, <16 x float> %112)
  store <16 x float> %113, ptr %111, align 4
  %114 = insertelement <16 x float> poison, float %107, i64 0
  %115 = shufflevector <16 x float> %114, <16 x float> poison, <16 x i32> zeroinitializer
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %113, <16 x float> %acc12.0194)
  %117 = or disjoint i64 %110, 16
  %118 = getelementptr inbounds float, ptr %S, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %62, <16 x float> %119)
  store <16 x float> %120, ptr %118, align 4
  %121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %120, <16 x float> %acc13.0190)
  %122 = or disjoint i64 %110, 32
  %123 = getelementptr inbounds float, ptr %S, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %67, <16 x float> %124)
  store <16 x float> %125, ptr %123, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %125, <16 x float> %acc14.0191)
  %127 = or disjoint i64 %110, 48
  %128 = getelementptr inbounds float, ptr %S, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %72, <16 x float> %129)
  store <16 x float> %130, ptr %128, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %130, <16 x float> %acc15.0192)
  %i1.next = add nuw nsw i64 %i1.addr.0193, 2
  %132 = icmp ult i64 %i1.addr.0193, 62
  br i1 %132, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %133 = getelementptr inbounds float, ptr %betah, i64 %H
  %134 = load float, ptr %133, align 4
  %135 = getelementptr inbounds float, ptr %vh, i64 %sq
  %136 = load <16 x float>, ptr %135, align 4
  %137 = fadd <16 x float> %116, %86
  %138 = fsub <16 x float> %136, %137
  %139 = insertelement <16 x float> poison, float %134, i64 0
  %140 = shufflevector <16 x float> %139, <16 x float> poison, <16 x i32> zeroinitializer
  %141 = fmul <16 x float> %140, %138
  %142 = getelementptr inbounds float, ptr %vh, i64 %2
  %143 = load <16 x float>, ptr %142, align 4
  %144 = fadd <16 x float> %121, %91
  %145 = fsub <16 x float> %143, %144
  %146 = fmul <16 x float> %140, %145
  %147 = getelementptr inbounds float, ptr %vh, i64 %3
  %148 = load <16 x float>, ptr %147, align 4
  %149 = fadd <16 x float> %126, %96
  %150 = fsub <16 x float> %148, %149
  %151 = fmul <16 x float> %140, %150
  %152 = getelementptr inbounds float, ptr %vh, i64 %4
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %131, %101
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %140, %155
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %acc19.0202 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %185, %i2.body ]
  %acc18.0201 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %180, %i2.body ]
  %acc17.0200 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %175, %i2.body ]
  %acc16.0199 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %170, %i2.body ]
  %157 = or disjoint i64 %i2.addr.0207, %sq
  %158 = getelementptr inbounds float, ptr %kh, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %161 = load float, ptr %160, align 4
  %162 = insertelement <16 x float> poison, float %159, i64 0
  %163 = shufflevector <16 x float> %162, <16 x float> poison, <16 x i32> zeroinitializer
  %164 = shl nuw nsw i64 %i2.addr.0207, 6
  %165 = getelementptr inbounds float, ptr %S, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %141, <16 x float> %166)
  store <16 x float> %167, ptr %165, align 4
  %168 = insertelement <16 x float> poison, float %161, i64 0
  %169 = shufflevector <16 x float> %168, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %167, <16 x float> %acc16.0199)
  %171 = or disjoint i64 %164, 16
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <16 x float>, ptr %172, align 4
  %174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %146, <16 x float> %173)
  store <16 x float> %174, ptr %172, align 4
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %174, <16 x float> %acc17.0200)
  %176 = or disjoint i64 %164, 32
  %177 = getelementptr inbounds float, ptr %S, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %151, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %179, <16 x float> %acc18.0201)
  %181 = or disjoint i64 %164, 48
  %182 = getelementptr inbounds float, ptr %S, i64 %181
  %183 = load <16 x float>, ptr %182, align 4
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %156, <16 x float> %183)
  store <16 x float> %184, ptr %182, align 4
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %184, <16 x float> %acc19.0202)
  %i2.next = add nuw nsw i64 %i2.addr.0207, 1
  %exitcond.not = icmp eq i64 %i2.next, 64
  br i1 %exitcond.not, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %186 = fmul <16 x float> %170, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  store <16 x float> %186, ptr %oh, align 4
  %187 = fmul <16 x float> %175, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %188 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %187, ptr %188, align 4
  %189 = fmul <16 x float> %180, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %190 = getelementptr inbounds i8, ptr %oh, i64 128
  store <16 x float> %189, ptr %190, align 4
  %191 = fmul <16 x float> %185, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %192 = getelementptr inbounds i8, ptr %oh, i64 192
  store <16 x float> %191, ptr %192, align 4
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %exitcond228.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond228.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
  %bh.addr.0220 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 14
  %scevgep252 = getelementptr i8, ptr %hT, i64 %10
  %scevgep247 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0220, %H
  %h = srem i64 %bh.addr.0220, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 6
  %15 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep247, i64 16384, i1 false)
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep252, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0220, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond253.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond253.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0217 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0217
  %18 = shl i64 %17, 14
  %gep280 = getelementptr i8, ptr %invariant.gep279, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %gep280, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0217, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0217, 7
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i1.head.preheader, %i2.body
  %acc.0193 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %30, %i2.body ]
  %acc1.0192 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %34, %i2.body ]
  %acc2.0191 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %38, %i2.body ]
  %acc3.0190 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %42, %i2.body ]
  %acc4.0189 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %52, %i2.body ]
  %acc5.0188 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %56, %i2.body ]
  %acc6.0187 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %60, %i2.body ]
  %acc7.0186 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %64, %i2.body ]
  %i2.addr.0185 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0185, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0185, 6
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.0193)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.0192)
  %35 = or disjoint i64 %25, 32
  %36 = getelementptr inbounds float, ptr %work, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %37, <16 x float> %acc2.0191)
  %39 = or disjoint i64 %25, 48
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %41, <16 x float> %acc3.0190)
  %43 = or disjoint i64 %i2.addr.0185, 1
  %44 = or disjoint i64 %43, %21
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %43, 6
  %48 = getelementptr inbounds float, ptr %work, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = insertelement <16 x float> poison, float %46, i64 0
  %51 = shufflevector <16 x float> %50, <16 x float> poison, <16 x i32> zeroinitializer
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %49, <16 x float> %acc4.0189)
  %53 = or disjoint i64 %47, 16
  %54 = getelementptr inbounds float, ptr %work, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %55, <16 x float> %acc5.0188)
  %57 = or disjoint i64 %47, 32
  %58 = getelementptr inbounds float, ptr %work, i64 %57
  %59 = load <16 x float>, ptr %58, align 4
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %59, <16 x float> %acc6.0187)
  %61 = or disjoint i64 %47, 48
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %63, <16 x float> %acc7.0186)
  %i2.next = add nuw nsw i64 %i2.addr.0185, 2
  %65 = icmp ult i64 %i2.addr.0185, 62
  br i1 %65, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %66 = icmp slt i64 %t0, %T
  br i1 %66, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %67 = mul nsw i64 %20, %H
  %68 = getelementptr inbounds float, ptr %betah, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = insertelement <16 x float> poison, float %69, i64 0
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <16 x i32> zeroinitializer
  %72 = or disjoint i64 %21, 48
  %73 = getelementptr inbounds float, ptr %vh, i64 %72
  %74 = load <16 x float>, ptr %73, align 4
  %75 = fadd <16 x float> %64, %42
  %76 = fsub <16 x float> %74, %75
  %77 = fmul <16 x float> %71, %76
  %78 = or disjoint i64 %21, 32
  %79 = getelementptr inbounds float, ptr %vh, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = fadd <16 x float> %60, %38
  %82 = fsub <16 x float> %80, %81
  %83 = fmul <16 x float> %71, %82
  %84 = or disjoint i64 %21, 16
  %85 = getelementptr inbounds float, ptr %vh, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = fadd <16 x float> %56, %34
  %88 = fsub <16 x float> %86, %87
  %89 = fmul <16 x float> %71, %88
  %90 = getelementptr inbounds float, ptr %vh, i64 %21
  %91 = load <16 x float>, ptr %90, align 4
  %92 = fadd <16 x float> %52, %30
  %93 = fsub <16 x float> %91, %92
  %94 = fmul <16 x float> %71, %93
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0216 = phi <16 x float> [ %239, %i4.exit ], [ %94, %t.body.preheader ]
  %delta1.0215 = phi <16 x float> [ %247, %i4.exit ], [ %89, %t.body.preheader ]
  %delta2.0214 = phi <16 x float> [ %255, %i4.exit ], [ %83, %t.body.preheader ]
  %delta3.0213 = phi <16 x float> [ %263, %i4.exit ], [ %77, %t.body.preheader ]
  %t.addr.0212 = phi i64 [ %95, %i4.exit ], [ %t0, %t.body.preheader ]
  %95 = add nuw nsw i64 %t.addr.0212, 1
  %96 = shl nuw nsw i64 %t.addr.0212, 1
  %97 = mul nsw i64 %96, %sq
  %98 = or disjoint i64 %96, 1
  %99 = mul nsw i64 %98, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0217, 1
  %exitcond250.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond250.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0202 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc15.0201 = phi <16 x float> [ zeroinitializer, %t.body ], [ %160, %i3.body ]
  %acc14.0200 = phi <16 x float> [ zeroinitializer, %t.body ], [ %155, %i3.body ]
  %acc13.0199 = phi <16 x float> [ zeroinitializer, %t.body ], [ %150, %i3.body ]
  %acc12.0198 = phi <16 x float> [ zeroinitializer, %t.body ], [ %145, %i3.body ]
  %acc11.0197 = phi <16 x float> [ zeroinitializer, %t.body ], [ %129, %i3.body ]
  %acc10.0196 = phi <16 x float> [ zeroinitializer, %t.body ], [ %124, %i3.body ]
  %acc9.0195 = phi <16 x float> [ zeroinitializer, %t.body ], [ %119, %i3.body ]
  %acc832.0194 = phi <16 x float> [ zeroinitializer, %t.body ], [ %114, %i3.body ]
  %100 = or disjoint i64 %i3.addr.0202, %97
  %101 = getelementptr inbounds float, ptr %kh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = or disjoint i64 %i3.addr.0202, %99
  %104 = getelementptr inbounds float, ptr %kh, i64 %103
  %105 = load float, ptr %104, align 4
  %106 = insertelement <16 x float> poison, float %102, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = shl nuw nsw i64 %i3.addr.0202, 6
  %109 = getelementptr inbounds float, ptr %work, i64 %108
  %110 = load <16 x float>, ptr %109, align 4
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta.0216, <16 x float> %110)
  store <16 x float> %111, ptr %109, align 4
  %112 = insertelement <16 x float> poison, float %105, i64 0
  %113 = shufflevector <16 x float> %112, <16 x float> poison, <16 x i32> zeroinitializer
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %111, <16 x float> %acc832.0194)
  %115 = or disjoint i64 %108, 16
  %116 = getelementptr inbounds float, ptr %work, i64 %115
  %117 = load <16 x float>, ptr %116, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta1.0215, <16 x float> %117)
  store <16 x float> %118, ptr %116, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %118, <16 x float> %acc9.0195)
  %120 = or disjoint i64 %108, 32
  %121 = getelementptr inbounds float, ptr %work, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta2.0214, <16 x float> %122)
  store <16 x float> %123, ptr %121, align 4
  %124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %123, <16 x float> %acc10.0196)
  %125 = or disjoint i64 %108, 48
  %126 = getelementptr inbounds float, ptr %work, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %delta3.0213, <16 x float> %127)
  store <16 x float> %128, ptr %126, align 4
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %128, <16 x float> %acc11.0197)
  %130 = or disjoint i64 %i3.addr.0202, 1
  %131 = or disjoint i64 %130, %97
  %132 = getelementptr inbounds float, ptr %kh, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = or disjoint i64 %130, %99
  %135 = getelementptr inbounds float, ptr %kh, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = shl nuw nsw i64 %130, 6
  %140 = getelementptr inbounds float, ptr %work, i64 %139
  %141 = load <16 x float>, ptr %140, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta.0216, <16 x float> %141)
  store <16 x float> %142, ptr %140, align 4
  %143 = insertelement <16 x float> poison, float %136, i64 0
  %144 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %142, <16 x float> %acc12.0198)
  %146 = or disjoint i64 %139, 16
  %147 = getelementptr inbounds float, ptr %work, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta1.0215, <16 x float> %148)
  store <16 x float> %149, ptr %147, align 4
  %150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %149, <16 x float> %acc13.0199)
  %151 = or disjoint i64 %139, 32
  %152 = getelementptr inbounds float, ptr %work, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta2.0214, <16 x float> %153)
  store <16 x float> %154, ptr %152, align 4
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %154, <16 x float> %acc14.0200)
  %156 = or disjoint i64 %139, 48
  %157 = getelementptr inbounds float, ptr %work, i64 %156
  %158 = load <16 x float>, ptr %157, align 4
  %159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %delta3.0213, <16 x float> %158)
  store <16 x float> %159, ptr %157, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %159, <16 x float> %acc15.0201)
  %i3.next = add nuw nsw i64 %i3.addr.0202, 2
  %161 = icmp ult i64 %i3.addr.0202, 62
  br i1 %161, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %95, i64 %4)
  %162 = mul nsw i64 %98, %H
  %163 = getelementptr inbounds float, ptr %betah, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = getelementptr inbounds float, ptr %vh, i64 %99
  %166 = load <16 x float>, ptr %165, align 4
  %167 = fadd <16 x float> %114, %145
  %168 = fsub <16 x float> %166, %167
  %169 = insertelement <16 x float> poison, float %164, i64 0
  %170 = shufflevector <16 x float> %169, <16 x float> poison, <16 x i32> zeroinitializer
  %171 = fmul <16 x float> %170, %168
  %172 = or disjoint i64 %99, 16
  %173 = getelementptr inbounds float, ptr %vh, i64 %172
  %174 = load <16 x float>, ptr %173, align 4
  %175 = fadd <16 x float> %119, %150
  %176 = fsub <16 x float> %174, %175
  %177 = fmul <16 x float> %170, %176
  %178 = or disjoint i64 %99, 32
  %179 = getelementptr inbounds float, ptr %vh, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = fadd <16 x float> %124, %155
  %182 = fsub <16 x float> %180, %181
  %183 = fmul <16 x float> %170, %182
  %184 = or disjoint i64 %99, 48
  %185 = getelementptr inbounds float, ptr %vh, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fadd <16 x float> %129, %160
  %188 = fsub <16 x float> %186, %187
  %189 = fmul <16 x float> %170, %188
  %190 = mul nsw i64 %t.addr.0212, %sq
  %191 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %190
  %invariant.gep277 = getelementptr float, ptr %kh, i64 %191
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %i4.addr.0211 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc23.0210 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %226, %i4.body ]
  %acc22.0209 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %220, %i4.body ]
  %acc21.0208 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %214, %i4.body ]
  %acc20.0207 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %208, %i4.body ]
  %acc19.0206 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %225, %i4.body ]
  %acc18.0205 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %219, %i4.body ]
  %acc17.0204 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %213, %i4.body ]
  %acc16.0203 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %205, %i4.body ]
  %192 = or disjoint i64 %i4.addr.0211, %99
  %193 = getelementptr inbounds float, ptr %kh, i64 %192
  %194 = load float, ptr %193, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0211
  %195 = load float, ptr %gep, align 4
  %gep278 = getelementptr float, ptr %invariant.gep277, i64 %i4.addr.0211
  %196 = load float, ptr %gep278, align 4
  %197 = insertelement <16 x float> poison, float %194, i64 0
  %198 = shufflevector <16 x float> %197, <16 x float> poison, <16 x i32> zeroinitializer
  %199 = shl nuw nsw i64 %i4.addr.0211, 6
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %171, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = insertelement <16 x float> poison, float %195, i64 0
  %204 = shufflevector <16 x float> %203, <16 x float> poison, <16 x i32> zeroinitializer
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %202, <16 x float> %acc16.0203)
  %206 = insertelement <16 x float> poison, float %196, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %202, <16 x float> %acc20.0207)
  %209 = or disjoint i64 %199, 16
  %210 = getelementptr inbounds float, ptr %work, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %177, <16 x float> %211)
  store <16 x float> %212, ptr %210, align 4
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %212, <16 x float> %acc17.0204)
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %212, <16 x float> %acc21.0208)
  %215 = or disjoint i64 %199, 32
  %216 = getelementptr inbounds float, ptr %work, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %183, <16 x float> %217)
  store <16 x float> %218, ptr %216, align 4
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %218, <16 x float> %acc18.0205)
  %220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %218, <16 x float> %acc22.0209)
  %221 = or disjoint i64 %199, 48
  %222 = getelementptr inbounds float, ptr %work, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %198, <16 x float> %189, <16 x float> %223)
  store <16 x float> %224, ptr %222, align 4
  %225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %224, <16 x float> %acc19.0206)
  %226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %224, <16 x float> %acc23.0210)
  %i4.next = add nuw nsw i64 %i4.addr.0211, 1
  %exitcond.not = icmp eq i64 %i4.next, 64
  br i1 %exitcond.not, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %227 = fmul <16 x float> %205, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %228 = getelementptr inbounds float, ptr %oh, i64 %190
  store <16 x float> %227, ptr %228, align 4
  %229 = shl nsw i64 %tn, 1
  %230 = mul nsw i64 %229, %H
  %231 = getelementptr inbounds float, ptr %betah, i64 %230
  %232 = load float, ptr %231, align 4
  %233 = mul nsw i64 %229, %sq
  %234 = getelementptr inbounds float, ptr %vh, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = fsub <16 x float> %235, %208
  %237 = insertelement <16 x float> poison, float %232, i64 0
  %238 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = fmul <16 x float> %238, %236
  %240 = fmul <16 x float> %213, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %241 = or disjoint i64 %190, 16
  %242 = getelementptr inbounds float, ptr %oh, i64 %241
  store <16 x float> %240, ptr %242, align 4
  %243 = or disjoint i64 %233, 16
  %244 = getelementptr inbounds float, ptr %vh, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = fsub <16 x float> %245, %214
  %247 = fmul <16 x float> %238, %246
  %248 = fmul <16 x float> %219, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %249 = or disjoint i64 %190, 32
  %250 = getelementptr inbounds float, ptr %oh, i64 %249
  store <16 x float> %248, ptr %250, align 4
  %251 = or disjoint i64 %233, 32
  %252 = getelementptr inbounds float, ptr %vh, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = fsub <16 x float> %253, %220
  %255 = fmul <16 x float> %238, %254
  %256 = fmul <16 x float> %225, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %257 = or disjoint i64 %190, 48
  %258 = getelementptr inbounds float, ptr %oh, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %259 = or disjoint i64 %233, 48
  %260 = getelementptr inbounds float, ptr %vh, i64 %259
  %261 = load <16 x float>, ptr %260, align 4
  %262 = fsub <16 x float> %261, %226
  %263 = fmul <16 x float> %238, %262
  %264 = icmp slt i64 %95, %t1
  br i1 %264, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
define void @dp_bwd_h2_k64_v64_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 114688
  %Bk = getelementptr inbounds i8, ptr %work, i64 32768
  %Gm = getelementptr inbounds i8, ptr %work, i64 442368
  %KSdS = getelementptr inbounds i8, ptr %work, i64 507904
  %KT = getelementptr inbounds i8, ptr %work, i64 376832
  %M = getelementptr inbounds i8, ptr %work, i64 772608
  %OY = getelementptr inbounds i8, ptr %work, i64 327680
  %PT = getelementptr inbounds i8, ptr %work, i64 671744
  %QK = getelementptr inbounds i8, ptr %work, i64 278528
  %QcT = getelementptr inbounds i8, ptr %work, i64 409600
  %Rr = getelementptr inbounds i8, ptr %work, i64 573440
  %Vn = getelementptr inbounds i8, ptr %work, i64 606208
  %VnT = getelementptr inbounds i8, ptr %work, i64 638976
  %bet = getelementptr inbounds i8, ptr %work, i64 753664
  %dKc = getelementptr inbounds i8, ptr %work, i64 720896
  %dOT = getelementptr inbounds i8, ptr %work, i64 425984
  %dQc = getelementptr inbounds i8, ptr %work, i64 704512
  %dbet = getelementptr i8, ptr %work, i64 754176
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2992 = getelementptr i8, ptr %work, i64 115456
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 14
  %7 = add i64 %6, -16384
  %8 = shl i64 %nc, 14
  %9 = shl nsw i64 %nc, 6
  %10 = add i64 %9, 72057594037927872
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -16384
  %13 = shl i64 %H, 8
  %14 = shl i64 %nc, 15
  %15 = add i64 %14, -32768
  %16 = shl i64 %T, 9
  %17 = mul i64 %H, -32768
  %18 = shl i64 %H, 9
  %19 = add i64 %14, -32512
  %20 = add i64 %T, 64
  %21 = sub i64 %20, %9
  %smax3321 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %22 = sub i64 %bh1, %bh0
  %invariant.gep3529 = getelementptr i8, ptr %work, i64 573696
  %invariant.gep3531 = getelementptr i8, ptr %work, i64 82176
  %invariant.gep3533 = getelementptr i8, ptr %work, i64 573440
  %invariant.gep3535 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3537 = getelementptr i8, ptr %work, i64 327680
  %invariant.gep3539 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3541 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3543 = getelementptr i8, ptr %work, i64 294912
  %invariant.gep3545 = getelementptr i8, ptr %work, i64 295168
  %invariant.gep3547 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3549 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3551 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3553 = getelementptr inbounds i8, ptr %work, i64 295104
  %invariant.gep3555 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3557 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3559 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3561 = getelementptr inbounds i8, ptr %work, i64 295104
  %23 = getelementptr inbounds i8, ptr %work, i64 573504
  %24 = getelementptr inbounds i8, ptr %work, i64 507968
  %25 = getelementptr inbounds i8, ptr %work, i64 573568
  %26 = getelementptr inbounds i8, ptr %work, i64 508032
  %27 = getelementptr inbounds i8, ptr %work, i64 573632
  %28 = getelementptr inbounds i8, ptr %work, i64 508096
  %29 = getelementptr inbounds i8, ptr %work, i64 671808
  %30 = getelementptr inbounds i8, ptr %work, i64 772672
  %31 = getelementptr inbounds i8, ptr %work, i64 671872
  %32 = getelementptr inbounds i8, ptr %work, i64 772736
  %33 = getelementptr inbounds i8, ptr %work, i64 671936
  %34 = getelementptr inbounds i8, ptr %work, i64 772800
  %invariant.gep3573 = getelementptr inbounds i8, ptr %work, i64 508160
  %invariant.gep3575 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3579 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3583 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3587 = getelementptr inbounds i8, ptr %work, i64 344256
  %35 = getelementptr inbounds i8, ptr %work, i64 114752
  %36 = getelementptr inbounds i8, ptr %work, i64 114816
  %37 = getelementptr inbounds i8, ptr %work, i64 114880
  %invariant.gep3591 = getelementptr inbounds i8, ptr %work, i64 115456
  %invariant.gep3593 = getelementptr i8, ptr %work, i64 344320
  %invariant.gep3595 = getelementptr i8, ptr %work, i64 721152
  %invariant.gep3597 = getelementptr i8, ptr %work, i64 344064
  %invariant.gep3599 = getelementptr i8, ptr %work, i64 720896
  %38 = getelementptr inbounds i8, ptr %work, i64 704576
  %39 = getelementptr inbounds i8, ptr %work, i64 704640
  %40 = getelementptr inbounds i8, ptr %work, i64 704704
  %invariant.gep3577 = getelementptr inbounds i8, ptr %work, i64 508224
  %invariant.gep3581 = getelementptr inbounds i8, ptr %work, i64 508288
  %invariant.gep3585 = getelementptr inbounds i8, ptr %work, i64 508352
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i56.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i56.exit ]
  %bh.addr.03036 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i56.exit ]
  %41 = add i64 %indvar, %bh0
  %42 = shl i64 %41, 14
  %43 = mul i64 %8, %indvar
  %44 = add i64 %7, %43
  %b = sdiv i64 %bh.addr.03036, %H
  %h = srem i64 %bh.addr.03036, %H
  %45 = mul i64 %b, %T
  %46 = mul i64 %45, %H
  %bT = add i64 %46, %h
  %47 = mul i64 %1, %45
  %bTn = add nsw i64 %47, %h
  %48 = shl nsw i64 %bT, 6
  %kh.idx = shl nsw i64 %bTn, 8
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %49 = getelementptr i8, ptr %dhT, i64 %42
  br label %j.head.preheader

bh.exit:                                          ; preds = %i56.exit, %entry
  ret void

j.head.preheader:                                 ; preds = %j.head.preheader, %bh.body
  %i.addr.02730 = phi i64 [ 0, %bh.body ], [ %i.next.7, %j.head.preheader ]
  %50 = shl nuw nsw i64 %i.addr.02730, 9
  %51 = or disjoint i64 %50, 256
  %scevgep = getelementptr i8, ptr %work, i64 %51
  %52 = shl nuw nsw i64 %i.addr.02730, 8
  %scevgep3257 = getelementptr i8, ptr %49, i64 %52
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.02730, 1
  %53 = shl nuw nsw i64 %i.next, 9
  %54 = or disjoint i64 %53, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %54
  %55 = shl nuw nsw i64 %i.next, 8
  %scevgep3257.1 = getelementptr i8, ptr %49, i64 %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.02730, 2
  %56 = shl nuw nsw i64 %i.next.1, 9
  %57 = or disjoint i64 %56, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %57
  %58 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3257.2 = getelementptr i8, ptr %49, i64 %58
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.02730, 3
  %59 = shl nuw nsw i64 %i.next.2, 9
  %60 = or disjoint i64 %59, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %60
  %61 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3257.3 = getelementptr i8, ptr %49, i64 %61
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.02730, 4
  %62 = shl nuw nsw i64 %i.next.3, 9
  %63 = or disjoint i64 %62, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %63
  %64 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3257.4 = getelementptr i8, ptr %49, i64 %64
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.02730, 5
  %65 = shl nuw nsw i64 %i.next.4, 9
  %66 = or disjoint i64 %65, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %66
  %67 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3257.5 = getelementptr i8, ptr %49, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.02730, 6
  %68 = shl nuw nsw i64 %i.next.5, 9
  %69 = or disjoint i64 %68, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %69
  %70 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3257.6 = getelementptr i8, ptr %49, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.02730, 7
  %71 = shl nuw nsw i64 %i.next.6, 9
  %72 = or disjoint i64 %71, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %72
  %73 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3257.7 = getelementptr i8, ptr %49, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3257.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.02730, 8
  %exitcond.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  %qh = getelementptr inbounds float, ptr %q, i64 %48
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %48
  br i1 %3, label %cc.body.lr.ph, label %i56.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %74 = mul nsw i64 %bh.addr.03036, %nc
  %75 = add i64 %11, %bT
  %76 = shl i64 %75, 8
  %77 = mul i64 %16, %b
  %78 = add i64 %15, %77
  %79 = mul i64 %78, %H
  %80 = shl i64 %h, 8
  %81 = add i64 %79, %80
  %82 = add i64 %19, %77
  %83 = mul i64 %82, %H
  %84 = add i64 %83, %80
  %85 = getelementptr i8, ptr %dout, i64 %76
  %86 = getelementptr i8, ptr %qh, i64 64
  %87 = getelementptr i8, ptr %qh, i64 128
  %88 = getelementptr i8, ptr %qh, i64 192
  %89 = getelementptr i8, ptr %kh, i64 64
  %90 = getelementptr i8, ptr %kh, i64 128
  %91 = getelementptr i8, ptr %kh, i64 192
  %92 = getelementptr i8, ptr %qh1, i64 64
  %93 = getelementptr i8, ptr %qh1, i64 128
  %94 = getelementptr i8, ptr %qh1, i64 192
  br label %cc.body

i56.head.preheader:                               ; preds = %t5.exit, %i.exit
  %95 = getelementptr i8, ptr %dh0, i64 %42
  br label %j41.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv3318 = phi i64 [ %21, %cc.body.lr.ph ], [ %indvars.iv.next3319, %t5.exit ]
  %cc.addr.03033 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv3318, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %96 = mul i64 %17, %cc.addr.03033
  %97 = add i64 %84, %96
  %98 = add i64 %81, %96
  %99 = mul i64 %12, %cc.addr.03033
  %100 = shl i64 %cc.addr.03033, 14
  %101 = sub i64 %44, %100
  %102 = xor i64 %cc.addr.03033, -1
  %ci = add nsw i64 %nc, %102
  %t0 = shl nsw i64 %ci, 6
  %103 = sub nsw i64 %T, %t0
  %104 = getelementptr i8, ptr %hs, i64 %101
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %105 = add nsw i64 %ci, %74
  %106 = shl nsw i64 %105, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.02732 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %107 = shl nuw nsw i64 %i1.addr.02732, 9
  %scevgep3258 = getelementptr i8, ptr %work, i64 %107
  %108 = shl nuw nsw i64 %i1.addr.02732, 8
  %scevgep3259 = getelementptr i8, ptr %104, i64 %108
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.02732, 1
  %109 = shl nuw nsw i64 %i1.next, 9
  %scevgep3258.1 = getelementptr i8, ptr %work, i64 %109
  %110 = shl nuw nsw i64 %i1.next, 8
  %scevgep3259.1 = getelementptr i8, ptr %104, i64 %110
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.02732, 2
  %111 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3258.2 = getelementptr i8, ptr %work, i64 %111
  %112 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3259.2 = getelementptr i8, ptr %104, i64 %112
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.02732, 3
  %113 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3258.3 = getelementptr i8, ptr %work, i64 %113
  %114 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3259.3 = getelementptr i8, ptr %104, i64 %114
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.02732, 4
  %115 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3258.4 = getelementptr i8, ptr %work, i64 %115
  %116 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3259.4 = getelementptr i8, ptr %104, i64 %116
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.02732, 5
  %117 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3258.5 = getelementptr i8, ptr %work, i64 %117
  %118 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3259.5 = getelementptr i8, ptr %104, i64 %118
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.02732, 6
  %119 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3258.6 = getelementptr i8, ptr %work, i64 %119
  %120 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3259.6 = getelementptr i8, ptr %104, i64 %120
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.02732, 7
  %121 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3258.7 = getelementptr i8, ptr %work, i64 %121
  %122 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3259.7 = getelementptr i8, ptr %104, i64 %122
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3258.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3259.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.02732, 8
  %exitcond3260.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3260.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.02734 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %123 = shl nuw nsw i64 %i2.addr.02734, 6
  %124 = or i64 %123, %106
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.02733 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %125 = or i64 %124, %j2.addr.02733
  %126 = getelementptr inbounds float, ptr %hs, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = or i64 %125, 512
  %129 = getelementptr inbounds float, ptr %hs, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = or i64 %125, 64
  %132 = getelementptr inbounds float, ptr %hs, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = or i64 %125, 576
  %135 = getelementptr inbounds float, ptr %hs, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or i64 %125, 128
  %138 = getelementptr inbounds float, ptr %hs, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = or i64 %125, 640
  %141 = getelementptr inbounds float, ptr %hs, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or i64 %125, 192
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or i64 %125, 704
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or i64 %125, 256
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = or i64 %125, 768
  %153 = getelementptr inbounds float, ptr %hs, i64 %152
  %154 = load <16 x float>, ptr %153, align 4
  %155 = or i64 %125, 320
  %156 = getelementptr inbounds float, ptr %hs, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = or i64 %125, 832
  %159 = getelementptr inbounds float, ptr %hs, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = or i64 %125, 384
  %162 = getelementptr inbounds float, ptr %hs, i64 %161
  %163 = load <16 x float>, ptr %162, align 4
  %164 = or i64 %125, 896
  %165 = getelementptr inbounds float, ptr %hs, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = or i64 %125, 448
  %168 = getelementptr inbounds float, ptr %hs, i64 %167
  %169 = load <16 x float>, ptr %168, align 4
  %170 = or i64 %125, 960
  %171 = getelementptr inbounds float, ptr %hs, i64 %170
  %172 = load <16 x float>, ptr %171, align 4
  %173 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %174 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %175 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %176 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %177 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %178 = shufflevector <16 x float> %163, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %179 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %180 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %181 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %186 = shufflevector <16 x float> %163, <16 x float> %166, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %187 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %188 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %189 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %190 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %191 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %192 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %193 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %194 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %195 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %196 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %197 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %198 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %199 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %200 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %201 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %202 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %203 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %204 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %205 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %206 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %207 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %208 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %209 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %210 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %211 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %212 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %213 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %214 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %215 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %216 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %217 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %218 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %219 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %220 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %221 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %222 = shl nuw nsw i64 %j2.addr.02733, 6
  %223 = add nuw nsw i64 %222, %i2.addr.02734
  %224 = or disjoint i64 %223, 4096
  %225 = getelementptr inbounds float, ptr %Bk, i64 %224
  store <16 x float> %221, ptr %225, align 4
  %226 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %227 = or disjoint i64 %223, 4160
  %228 = getelementptr inbounds float, ptr %Bk, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %230 = or disjoint i64 %223, 4224
  %231 = getelementptr inbounds float, ptr %Bk, i64 %230
  store <16 x float> %229, ptr %231, align 4
  %232 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %233 = or disjoint i64 %223, 4288
  %234 = getelementptr inbounds float, ptr %Bk, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %236 = or disjoint i64 %223, 4352
  %237 = getelementptr inbounds float, ptr %Bk, i64 %236
  store <16 x float> %235, ptr %237, align 4
  %238 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %239 = or disjoint i64 %223, 4416
  %240 = getelementptr inbounds float, ptr %Bk, i64 %239
  store <16 x float> %238, ptr %240, align 4
  %241 = shufflevector <16 x float> %211, <16 x float> %212, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %242 = or disjoint i64 %223, 4480
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %241, ptr %243, align 4
  %244 = shufflevector <16 x float> %211, <16 x float> %212, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %245 = or disjoint i64 %223, 4544
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %213, <16 x float> %214, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %248 = or disjoint i64 %223, 4608
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  %250 = shufflevector <16 x float> %213, <16 x float> %214, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %251 = or disjoint i64 %223, 4672
  %252 = getelementptr inbounds float, ptr %Bk, i64 %251
  store <16 x float> %250, ptr %252, align 4
  %253 = shufflevector <16 x float> %215, <16 x float> %216, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %254 = or disjoint i64 %223, 4736
  %255 = getelementptr inbounds float, ptr %Bk, i64 %254
  store <16 x float> %253, ptr %255, align 4
  %256 = shufflevector <16 x float> %215, <16 x float> %216, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %257 = or disjoint i64 %223, 4800
  %258 = getelementptr inbounds float, ptr %Bk, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %259 = shufflevector <16 x float> %217, <16 x float> %218, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %260 = or disjoint i64 %223, 4864
  %261 = getelementptr inbounds float, ptr %Bk, i64 %260
  store <16 x float> %259, ptr %261, align 4
  %262 = shufflevector <16 x float> %217, <16 x float> %218, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %263 = or disjoint i64 %223, 4928
  %264 = getelementptr inbounds float, ptr %Bk, i64 %263
  store <16 x float> %262, ptr %264, align 4
  %265 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %266 = or disjoint i64 %223, 4992
  %267 = getelementptr inbounds float, ptr %Bk, i64 %266
  store <16 x float> %265, ptr %267, align 4
  %268 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %269 = or disjoint i64 %223, 5056
  %270 = getelementptr inbounds float, ptr %Bk, i64 %269
  store <16 x float> %268, ptr %270, align 4
  %j2.next = add nuw nsw i64 %j2.addr.02733, 16
  %271 = icmp ult i64 %j2.addr.02733, 48
  br i1 %271, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.02734, 16
  %272 = icmp ult i64 %i2.addr.02734, 48
  br i1 %272, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.02736 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %273 = shl nuw nsw i64 %i3.addr.02736, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.02735 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %274 = add nuw nsw i64 %j3.addr.02735, %273
  %275 = or disjoint i64 %274, 64
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %274, 1088
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %274, 192
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %274, 1216
  %285 = getelementptr inbounds float, ptr %work, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = or disjoint i64 %274, 320
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %274, 1344
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = or disjoint i64 %274, 448
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %274, 1472
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %274, 576
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = or disjoint i64 %274, 1600
  %303 = getelementptr inbounds float, ptr %work, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = or disjoint i64 %274, 704
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = or disjoint i64 %274, 1728
  %309 = getelementptr inbounds float, ptr %work, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = or disjoint i64 %274, 832
  %312 = getelementptr inbounds float, ptr %work, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = or disjoint i64 %274, 1856
  %315 = getelementptr inbounds float, ptr %work, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = or disjoint i64 %274, 960
  %318 = getelementptr inbounds float, ptr %work, i64 %317
  %319 = load <16 x float>, ptr %318, align 4
  %320 = or disjoint i64 %274, 1984
  %321 = getelementptr inbounds float, ptr %work, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %324 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %325 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %326 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %327 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %328 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %329 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %330 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %331 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %336 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %337 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %338 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %339 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %340 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %341 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %342 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %343 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %344 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %345 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %346 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %347 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %348 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %349 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %350 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %351 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %352 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %353 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %354 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %355 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %356 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %357 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %358 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %359 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %360 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %361 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %362 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %363 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %364 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %365 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %366 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %367 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %368 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %369 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %370 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %371 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %372 = shl nuw nsw i64 %j3.addr.02735, 6
  %373 = add nuw nsw i64 %372, %i3.addr.02736
  %374 = getelementptr inbounds float, ptr %Bk, i64 %373
  store <16 x float> %371, ptr %374, align 4
  %375 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %376 = or disjoint i64 %373, 64
  %377 = getelementptr inbounds float, ptr %Bk, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %379 = or disjoint i64 %373, 128
  %380 = getelementptr inbounds float, ptr %Bk, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %382 = or disjoint i64 %373, 192
  %383 = getelementptr inbounds float, ptr %Bk, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %385 = or disjoint i64 %373, 256
  %386 = getelementptr inbounds float, ptr %Bk, i64 %385
  store <16 x float> %384, ptr %386, align 4
  %387 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %388 = or disjoint i64 %373, 320
  %389 = getelementptr inbounds float, ptr %Bk, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %391 = or disjoint i64 %373, 384
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %390, ptr %392, align 4
  %393 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %394 = or disjoint i64 %373, 448
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %397 = or disjoint i64 %373, 512
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  %399 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %400 = or disjoint i64 %373, 576
  %401 = getelementptr inbounds float, ptr %Bk, i64 %400
  store <16 x float> %399, ptr %401, align 4
  %402 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %403 = or disjoint i64 %373, 640
  %404 = getelementptr inbounds float, ptr %Bk, i64 %403
  store <16 x float> %402, ptr %404, align 4
  %405 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %406 = or disjoint i64 %373, 704
  %407 = getelementptr inbounds float, ptr %Bk, i64 %406
  store <16 x float> %405, ptr %407, align 4
  %408 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %409 = or disjoint i64 %373, 768
  %410 = getelementptr inbounds float, ptr %Bk, i64 %409
  store <16 x float> %408, ptr %410, align 4
  %411 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %412 = or disjoint i64 %373, 832
  %413 = getelementptr inbounds float, ptr %Bk, i64 %412
  store <16 x float> %411, ptr %413, align 4
  %414 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %415 = or disjoint i64 %373, 896
  %416 = getelementptr inbounds float, ptr %Bk, i64 %415
  store <16 x float> %414, ptr %416, align 4
  %417 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %418 = or disjoint i64 %373, 960
  %419 = getelementptr inbounds float, ptr %Bk, i64 %418
  store <16 x float> %417, ptr %419, align 4
  %j3.next = add nuw nsw i64 %j3.addr.02735, 16
  %420 = icmp ult i64 %j3.addr.02735, 48
  br i1 %420, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.02736, 16
  %421 = icmp ult i64 %i3.addr.02736, 48
  br i1 %421, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02738 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02738, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx3043 = shl nsw i64 %s.addr.02738, 8
  %invariant.gep3527 = getelementptr inbounds i8, ptr %M, i64 %.idx3043
  %422 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %423 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %424 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %425 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %426 = select <8 x i1> %422, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %427 = select <8 x i1> %423, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %428 = select <8 x i1> %424, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %429 = select <8 x i1> %425, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %430 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 32
  %431 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 64
  %432 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 96
  store <8 x float> %426, ptr %invariant.gep3527, align 4
  store <8 x float> %427, ptr %430, align 4
  store <8 x float> %428, ptr %431, align 4
  store <8 x float> %429, ptr %432, align 4
  %433 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %434 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %435 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %436 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %437 = select <8 x i1> %433, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %438 = select <8 x i1> %434, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %439 = select <8 x i1> %435, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %440 = select <8 x i1> %436, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %441 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 128
  %442 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 160
  %443 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 192
  %444 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 224
  store <8 x float> %437, ptr %441, align 4
  store <8 x float> %438, ptr %442, align 4
  store <8 x float> %439, ptr %443, align 4
  store <8 x float> %440, ptr %444, align 4
  %s.next = add nuw nsw i64 %s.addr.02738, 1
  %exitcond3262.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3262.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %445 = getelementptr i8, ptr %85, i64 %99
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02754 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %446 = shl nuw nsw i64 %t1.addr.02754, 9
  %gep3530 = getelementptr i8, ptr %invariant.gep3529, i64 %446
  %gep3532 = getelementptr i8, ptr %invariant.gep3531, i64 %446
  %gep3534 = getelementptr i8, ptr %invariant.gep3533, i64 %446
  %gep3536 = getelementptr i8, ptr %invariant.gep3535, i64 %446
  %447 = shl nuw nsw i64 %t1.addr.02754, 8
  %gep3538 = getelementptr i8, ptr %invariant.gep3537, i64 %447
  %448 = icmp sgt i64 %103, %t1.addr.02754
  br i1 %448, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3540 = getelementptr i8, ptr %invariant.gep3539, i64 %447
  %gep3542 = getelementptr i8, ptr %invariant.gep3541, i64 %447
  %gep3544 = getelementptr i8, ptr %invariant.gep3543, i64 %446
  %gep3546 = getelementptr i8, ptr %invariant.gep3545, i64 %446
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3540, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3542, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3538, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02754, 1
  %449 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %449, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3536, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3544, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3534, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %450 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %450, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3532, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3546, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3530, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %451 = mul i64 %13, %t1.addr.02754
  %scevgep3273 = getelementptr i8, ptr %445, i64 %451
  %452 = mul i64 %18, %t1.addr.02754
  %453 = add i64 %98, %452
  %scevgep3275 = getelementptr i8, ptr %k, i64 %453
  %scevgep3277 = getelementptr i8, ptr %v, i64 %453
  %454 = add i64 %97, %452
  %scevgep3279 = getelementptr i8, ptr %k, i64 %454
  %scevgep3281 = getelementptr i8, ptr %v, i64 %454
  %455 = add nuw nsw i64 %t1.addr.02754, %t0
  %456 = mul nsw i64 %455, %sq
  %457 = shl nuw nsw i64 %t1.addr.02754, 6
  %458 = getelementptr float, ptr %qh, i64 %456
  %459 = load <16 x float>, ptr %458, align 4
  %460 = fmul <16 x float> %459, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %461 = or disjoint i64 %457, 8192
  %462 = getelementptr inbounds float, ptr %Bk, i64 %461
  store <16 x float> %460, ptr %462, align 4
  %463 = getelementptr inbounds float, ptr %QK, i64 %457
  store <16 x float> %460, ptr %463, align 4
  %464 = getelementptr float, ptr %86, i64 %456
  %465 = load <16 x float>, ptr %464, align 4
  %466 = fmul <16 x float> %465, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %467 = or disjoint i64 %457, 16
  %468 = or i64 %457, 8208
  %469 = getelementptr inbounds float, ptr %Bk, i64 %468
  store <16 x float> %466, ptr %469, align 4
  %470 = getelementptr inbounds float, ptr %QK, i64 %467
  store <16 x float> %466, ptr %470, align 4
  %471 = getelementptr float, ptr %87, i64 %456
  %472 = load <16 x float>, ptr %471, align 4
  %473 = fmul <16 x float> %472, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %474 = or disjoint i64 %457, 32
  %475 = or i64 %457, 8224
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  store <16 x float> %473, ptr %476, align 4
  %477 = getelementptr inbounds float, ptr %QK, i64 %474
  store <16 x float> %473, ptr %477, align 4
  %478 = getelementptr float, ptr %88, i64 %456
  %479 = load <16 x float>, ptr %478, align 4
  %480 = fmul <16 x float> %479, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %481 = or disjoint i64 %457, 48
  %482 = or i64 %457, 8240
  %483 = getelementptr inbounds float, ptr %Bk, i64 %482
  store <16 x float> %480, ptr %483, align 4
  %484 = getelementptr inbounds float, ptr %QK, i64 %481
  store <16 x float> %480, ptr %484, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3538, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3273, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02754, 1
  %485 = or disjoint i64 %t1.addr.02754, %t0
  %tau = shl nsw i64 %485, 1
  %486 = mul nsw i64 %tau, %H
  %487 = getelementptr inbounds float, ptr %betah, i64 %486
  %488 = load float, ptr %487, align 4
  %489 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %488, ptr %489, align 4
  %490 = mul nsw i64 %tau, %sq
  %491 = shl nuw nsw i64 %t1.addr.02754, 7
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3536, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3275, i64 256, i1 false)
  %492 = getelementptr float, ptr %kh, i64 %490
  %493 = load <16 x float>, ptr %492, align 4
  %494 = fneg <16 x float> %493
  %gep3548 = getelementptr inbounds float, ptr %invariant.gep3547, i64 %491
  store <16 x float> %494, ptr %gep3548, align 4
  %495 = getelementptr float, ptr %89, i64 %490
  %496 = load <16 x float>, ptr %495, align 4
  %497 = fneg <16 x float> %496
  %gep3550 = getelementptr inbounds float, ptr %invariant.gep3549, i64 %491
  store <16 x float> %497, ptr %gep3550, align 4
  %498 = getelementptr float, ptr %90, i64 %490
  %499 = load <16 x float>, ptr %498, align 4
  %500 = fneg <16 x float> %499
  %gep3552 = getelementptr inbounds float, ptr %invariant.gep3551, i64 %491
  store <16 x float> %500, ptr %gep3552, align 4
  %501 = getelementptr float, ptr %91, i64 %490
  %502 = load <16 x float>, ptr %501, align 4
  %503 = fneg <16 x float> %502
  %gep3554 = getelementptr inbounds float, ptr %invariant.gep3553, i64 %491
  store <16 x float> %503, ptr %gep3554, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3534, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3277, i64 256, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %504 = mul nsw i64 %tau1, %H
  %505 = getelementptr inbounds float, ptr %betah, i64 %504
  %506 = load float, ptr %505, align 4
  %507 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %506, ptr %507, align 4
  %508 = mul nsw i64 %tau1, %sq
  %509 = shl nuw nsw i64 %i7, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3532, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3279, i64 256, i1 false)
  %510 = getelementptr float, ptr %kh, i64 %508
  %511 = load <16 x float>, ptr %510, align 4
  %512 = fneg <16 x float> %511
  %gep3556 = getelementptr inbounds float, ptr %invariant.gep3555, i64 %509
  store <16 x float> %512, ptr %gep3556, align 4
  %513 = getelementptr float, ptr %89, i64 %508
  %514 = load <16 x float>, ptr %513, align 4
  %515 = fneg <16 x float> %514
  %gep3558 = getelementptr inbounds float, ptr %invariant.gep3557, i64 %509
  store <16 x float> %515, ptr %gep3558, align 4
  %516 = getelementptr float, ptr %90, i64 %508
  %517 = load <16 x float>, ptr %516, align 4
  %518 = fneg <16 x float> %517
  %gep3560 = getelementptr inbounds float, ptr %invariant.gep3559, i64 %509
  store <16 x float> %518, ptr %gep3560, align 4
  %519 = getelementptr float, ptr %91, i64 %508
  %520 = load <16 x float>, ptr %519, align 4
  %521 = fneg <16 x float> %520
  %gep3562 = getelementptr inbounds float, ptr %invariant.gep3561, i64 %509
  store <16 x float> %521, ptr %gep3562, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3530, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3281, i64 256, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02754, 1
  %exitcond3282.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond3282.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02756 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3327 = shl nsw i64 %i20.addr.02756, 8
  %invariant.gep3563 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3327
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.02755 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3564 = getelementptr inbounds float, ptr %invariant.gep3563, i64 %j16.addr.02755
  %522 = getelementptr inbounds i8, ptr %gep3564, i64 49152
  %523 = load <16 x float>, ptr %522, align 4
  %524 = getelementptr inbounds i8, ptr %gep3564, i64 51200
  %525 = load <16 x float>, ptr %524, align 4
  %526 = getelementptr inbounds i8, ptr %gep3564, i64 49408
  %527 = load <16 x float>, ptr %526, align 4
  %528 = getelementptr inbounds i8, ptr %gep3564, i64 51456
  %529 = load <16 x float>, ptr %528, align 4
  %530 = getelementptr inbounds i8, ptr %gep3564, i64 49664
  %531 = load <16 x float>, ptr %530, align 4
  %532 = getelementptr inbounds i8, ptr %gep3564, i64 51712
  %533 = load <16 x float>, ptr %532, align 4
  %534 = getelementptr inbounds i8, ptr %gep3564, i64 49920
  %535 = load <16 x float>, ptr %534, align 4
  %536 = getelementptr inbounds i8, ptr %gep3564, i64 51968
  %537 = load <16 x float>, ptr %536, align 4
  %538 = getelementptr inbounds i8, ptr %gep3564, i64 50176
  %539 = load <16 x float>, ptr %538, align 4
  %540 = getelementptr inbounds i8, ptr %gep3564, i64 52224
  %541 = load <16 x float>, ptr %540, align 4
  %542 = getelementptr inbounds i8, ptr %gep3564, i64 50432
  %543 = load <16 x float>, ptr %542, align 4
  %544 = getelementptr inbounds i8, ptr %gep3564, i64 52480
  %545 = load <16 x float>, ptr %544, align 4
  %546 = getelementptr inbounds i8, ptr %gep3564, i64 50688
  %547 = load <16 x float>, ptr %546, align 4
  %548 = getelementptr inbounds i8, ptr %gep3564, i64 52736
  %549 = load <16 x float>, ptr %548, align 4
  %550 = getelementptr inbounds i8, ptr %gep3564, i64 50944
  %551 = load <16 x float>, ptr %550, align 4
  %552 = getelementptr inbounds i8, ptr %gep3564, i64 52992
  %553 = load <16 x float>, ptr %552, align 4
  %554 = shufflevector <16 x float> %523, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %555 = shufflevector <16 x float> %539, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %556 = shufflevector <16 x float> %527, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %557 = shufflevector <16 x float> %543, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %558 = shufflevector <16 x float> %531, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %559 = shufflevector <16 x float> %547, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %560 = shufflevector <16 x float> %535, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %561 = shufflevector <16 x float> %551, <16 x float> %553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %562 = shufflevector <16 x float> %523, <16 x float> %525, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %539, <16 x float> %541, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %527, <16 x float> %529, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %565 = shufflevector <16 x float> %543, <16 x float> %545, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %566 = shufflevector <16 x float> %531, <16 x float> %533, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %567 = shufflevector <16 x float> %547, <16 x float> %549, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %568 = shufflevector <16 x float> %535, <16 x float> %537, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %569 = shufflevector <16 x float> %551, <16 x float> %553, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %570 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %571 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %572 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %573 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %574 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %575 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %576 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %577 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %578 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %579 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %580 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %581 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %582 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %583 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %584 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %585 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %586 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %587 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %588 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %589 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %590 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %591 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %592 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %593 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %594 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %595 = shufflevector <16 x float> %580, <16 x float> %581, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %596 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %597 = shufflevector <16 x float> %580, <16 x float> %581, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %598 = shufflevector <16 x float> %582, <16 x float> %583, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %599 = shufflevector <16 x float> %584, <16 x float> %585, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %600 = shufflevector <16 x float> %582, <16 x float> %583, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %601 = shufflevector <16 x float> %584, <16 x float> %585, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %602 = shufflevector <16 x float> %586, <16 x float> %587, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %603 = shl nuw nsw i64 %j16.addr.02755, 7
  %604 = add nuw nsw i64 %603, %i20.addr.02756
  %605 = getelementptr inbounds float, ptr %KT, i64 %604
  store <16 x float> %602, ptr %605, align 4
  %606 = shufflevector <16 x float> %586, <16 x float> %587, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %607 = or disjoint i64 %604, 128
  %608 = getelementptr inbounds float, ptr %KT, i64 %607
  store <16 x float> %606, ptr %608, align 4
  %609 = shufflevector <16 x float> %588, <16 x float> %589, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %610 = or disjoint i64 %604, 256
  %611 = getelementptr inbounds float, ptr %KT, i64 %610
  store <16 x float> %609, ptr %611, align 4
  %612 = shufflevector <16 x float> %588, <16 x float> %589, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %613 = or disjoint i64 %604, 384
  %614 = getelementptr inbounds float, ptr %KT, i64 %613
  store <16 x float> %612, ptr %614, align 4
  %615 = shufflevector <16 x float> %590, <16 x float> %591, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %616 = or disjoint i64 %604, 512
  %617 = getelementptr inbounds float, ptr %KT, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = shufflevector <16 x float> %590, <16 x float> %591, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %619 = or disjoint i64 %604, 640
  %620 = getelementptr inbounds float, ptr %KT, i64 %619
  store <16 x float> %618, ptr %620, align 4
  %621 = shufflevector <16 x float> %592, <16 x float> %593, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %622 = or disjoint i64 %604, 768
  %623 = getelementptr inbounds float, ptr %KT, i64 %622
  store <16 x float> %621, ptr %623, align 4
  %624 = shufflevector <16 x float> %592, <16 x float> %593, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %625 = or disjoint i64 %604, 896
  %626 = getelementptr inbounds float, ptr %KT, i64 %625
  store <16 x float> %624, ptr %626, align 4
  %627 = shufflevector <16 x float> %594, <16 x float> %595, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %628 = or disjoint i64 %604, 1024
  %629 = getelementptr inbounds float, ptr %KT, i64 %628
  store <16 x float> %627, ptr %629, align 4
  %630 = shufflevector <16 x float> %594, <16 x float> %595, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %631 = or disjoint i64 %604, 1152
  %632 = getelementptr inbounds float, ptr %KT, i64 %631
  store <16 x float> %630, ptr %632, align 4
  %633 = shufflevector <16 x float> %596, <16 x float> %597, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %634 = or disjoint i64 %604, 1280
  %635 = getelementptr inbounds float, ptr %KT, i64 %634
  store <16 x float> %633, ptr %635, align 4
  %636 = shufflevector <16 x float> %596, <16 x float> %597, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %637 = or disjoint i64 %604, 1408
  %638 = getelementptr inbounds float, ptr %KT, i64 %637
  store <16 x float> %636, ptr %638, align 4
  %639 = shufflevector <16 x float> %598, <16 x float> %599, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %640 = or disjoint i64 %604, 1536
  %641 = getelementptr inbounds float, ptr %KT, i64 %640
  store <16 x float> %639, ptr %641, align 4
  %642 = shufflevector <16 x float> %598, <16 x float> %599, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %643 = or disjoint i64 %604, 1664
  %644 = getelementptr inbounds float, ptr %KT, i64 %643
  store <16 x float> %642, ptr %644, align 4
  %645 = shufflevector <16 x float> %600, <16 x float> %601, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %646 = or disjoint i64 %604, 1792
  %647 = getelementptr inbounds float, ptr %KT, i64 %646
  store <16 x float> %645, ptr %647, align 4
  %648 = shufflevector <16 x float> %600, <16 x float> %601, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %649 = or disjoint i64 %604, 1920
  %650 = getelementptr inbounds float, ptr %KT, i64 %649
  store <16 x float> %648, ptr %650, align 4
  %j16.next = add nuw nsw i64 %j16.addr.02755, 16
  %651 = icmp ult i64 %j16.addr.02755, 48
  br i1 %651, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02756, 16
  %652 = icmp ult i64 %i20.addr.02756, 112
  br i1 %652, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02758 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %653 = shl nuw nsw i64 %i21.addr.02758, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.02757 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %654 = add nuw nsw i64 %j17.addr.02757, %653
  %655 = or disjoint i64 %654, 8192
  %656 = getelementptr inbounds float, ptr %Bk, i64 %655
  %657 = load <16 x float>, ptr %656, align 4
  %658 = or disjoint i64 %654, 8704
  %659 = getelementptr inbounds float, ptr %Bk, i64 %658
  %660 = load <16 x float>, ptr %659, align 4
  %661 = or disjoint i64 %654, 8256
  %662 = getelementptr inbounds float, ptr %Bk, i64 %661
  %663 = load <16 x float>, ptr %662, align 4
  %664 = or disjoint i64 %654, 8768
  %665 = getelementptr inbounds float, ptr %Bk, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = or disjoint i64 %654, 8320
  %668 = getelementptr inbounds float, ptr %Bk, i64 %667
  %669 = load <16 x float>, ptr %668, align 4
  %670 = or disjoint i64 %654, 8832
  %671 = getelementptr inbounds float, ptr %Bk, i64 %670
  %672 = load <16 x float>, ptr %671, align 4
  %673 = or disjoint i64 %654, 8384
  %674 = getelementptr inbounds float, ptr %Bk, i64 %673
  %675 = load <16 x float>, ptr %674, align 4
  %676 = or disjoint i64 %654, 8896
  %677 = getelementptr inbounds float, ptr %Bk, i64 %676
  %678 = load <16 x float>, ptr %677, align 4
  %679 = or disjoint i64 %654, 8448
  %680 = getelementptr inbounds float, ptr %Bk, i64 %679
  %681 = load <16 x float>, ptr %680, align 4
  %682 = or disjoint i64 %654, 8960
  %683 = getelementptr inbounds float, ptr %Bk, i64 %682
  %684 = load <16 x float>, ptr %683, align 4
  %685 = or disjoint i64 %654, 8512
  %686 = getelementptr inbounds float, ptr %Bk, i64 %685
  %687 = load <16 x float>, ptr %686, align 4
  %688 = or disjoint i64 %654, 9024
  %689 = getelementptr inbounds float, ptr %Bk, i64 %688
  %690 = load <16 x float>, ptr %689, align 4
  %691 = or disjoint i64 %654, 8576
  %692 = getelementptr inbounds float, ptr %Bk, i64 %691
  %693 = load <16 x float>, ptr %692, align 4
  %694 = or disjoint i64 %654, 9088
  %695 = getelementptr inbounds float, ptr %Bk, i64 %694
  %696 = load <16 x float>, ptr %695, align 4
  %697 = or disjoint i64 %654, 8640
  %698 = getelementptr inbounds float, ptr %Bk, i64 %697
  %699 = load <16 x float>, ptr %698, align 4
  %700 = or disjoint i64 %654, 9152
  %701 = getelementptr inbounds float, ptr %Bk, i64 %700
  %702 = load <16 x float>, ptr %701, align 4
  %703 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %704 = shufflevector <16 x float> %681, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %705 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %706 = shufflevector <16 x float> %687, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %707 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %708 = shufflevector <16 x float> %693, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %709 = shufflevector <16 x float> %675, <16 x float> %678, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %710 = shufflevector <16 x float> %699, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %711 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %681, <16 x float> %684, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %714 = shufflevector <16 x float> %687, <16 x float> %690, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %715 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %716 = shufflevector <16 x float> %693, <16 x float> %696, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %717 = shufflevector <16 x float> %675, <16 x float> %678, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %718 = shufflevector <16 x float> %699, <16 x float> %702, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %719 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %720 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %721 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %722 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %723 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %724 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %725 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %726 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %727 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %728 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %729 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %730 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %731 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %732 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %733 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %734 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %735 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %736 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %737 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %738 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %739 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %740 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %741 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %742 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %743 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %744 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %745 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %746 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %747 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %748 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %749 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %750 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %751 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %752 = shl nuw nsw i64 %j17.addr.02757, 6
  %753 = add nuw nsw i64 %752, %i21.addr.02758
  %754 = getelementptr inbounds float, ptr %QcT, i64 %753
  store <16 x float> %751, ptr %754, align 4
  %755 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %756 = or disjoint i64 %753, 64
  %757 = getelementptr inbounds float, ptr %QcT, i64 %756
  store <16 x float> %755, ptr %757, align 4
  %758 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %759 = or disjoint i64 %753, 128
  %760 = getelementptr inbounds float, ptr %QcT, i64 %759
  store <16 x float> %758, ptr %760, align 4
  %761 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %762 = or disjoint i64 %753, 192
  %763 = getelementptr inbounds float, ptr %QcT, i64 %762
  store <16 x float> %761, ptr %763, align 4
  %764 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %765 = or disjoint i64 %753, 256
  %766 = getelementptr inbounds float, ptr %QcT, i64 %765
  store <16 x float> %764, ptr %766, align 4
  %767 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %768 = or disjoint i64 %753, 320
  %769 = getelementptr inbounds float, ptr %QcT, i64 %768
  store <16 x float> %767, ptr %769, align 4
  %770 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %771 = or disjoint i64 %753, 384
  %772 = getelementptr inbounds float, ptr %QcT, i64 %771
  store <16 x float> %770, ptr %772, align 4
  %773 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %774 = or disjoint i64 %753, 448
  %775 = getelementptr inbounds float, ptr %QcT, i64 %774
  store <16 x float> %773, ptr %775, align 4
  %776 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %777 = or disjoint i64 %753, 512
  %778 = getelementptr inbounds float, ptr %QcT, i64 %777
  store <16 x float> %776, ptr %778, align 4
  %779 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %780 = or disjoint i64 %753, 576
  %781 = getelementptr inbounds float, ptr %QcT, i64 %780
  store <16 x float> %779, ptr %781, align 4
  %782 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %783 = or disjoint i64 %753, 640
  %784 = getelementptr inbounds float, ptr %QcT, i64 %783
  store <16 x float> %782, ptr %784, align 4
  %785 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %786 = or disjoint i64 %753, 704
  %787 = getelementptr inbounds float, ptr %QcT, i64 %786
  store <16 x float> %785, ptr %787, align 4
  %788 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %789 = or disjoint i64 %753, 768
  %790 = getelementptr inbounds float, ptr %QcT, i64 %789
  store <16 x float> %788, ptr %790, align 4
  %791 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %792 = or disjoint i64 %753, 832
  %793 = getelementptr inbounds float, ptr %QcT, i64 %792
  store <16 x float> %791, ptr %793, align 4
  %794 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %795 = or disjoint i64 %753, 896
  %796 = getelementptr inbounds float, ptr %QcT, i64 %795
  store <16 x float> %794, ptr %796, align 4
  %797 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %798 = or disjoint i64 %753, 960
  %799 = getelementptr inbounds float, ptr %QcT, i64 %798
  store <16 x float> %797, ptr %799, align 4
  %j17.next = add nuw nsw i64 %j17.addr.02757, 16
  %800 = icmp ult i64 %j17.addr.02757, 48
  br i1 %800, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02758, 16
  %801 = icmp ult i64 %i21.addr.02758, 48
  br i1 %801, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02760 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %802 = shl nuw nsw i64 %i22.addr.02760, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.02759 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %803 = add nuw nsw i64 %j18.addr.02759, %802
  %804 = getelementptr inbounds float, ptr %OY, i64 %803
  %805 = load <16 x float>, ptr %804, align 4
  %806 = or disjoint i64 %803, 512
  %807 = getelementptr inbounds float, ptr %OY, i64 %806
  %808 = load <16 x float>, ptr %807, align 4
  %809 = or disjoint i64 %803, 64
  %810 = getelementptr inbounds float, ptr %OY, i64 %809
  %811 = load <16 x float>, ptr %810, align 4
  %812 = or disjoint i64 %803, 576
  %813 = getelementptr inbounds float, ptr %OY, i64 %812
  %814 = load <16 x float>, ptr %813, align 4
  %815 = or disjoint i64 %803, 128
  %816 = getelementptr inbounds float, ptr %OY, i64 %815
  %817 = load <16 x float>, ptr %816, align 4
  %818 = or disjoint i64 %803, 640
  %819 = getelementptr inbounds float, ptr %OY, i64 %818
  %820 = load <16 x float>, ptr %819, align 4
  %821 = or disjoint i64 %803, 192
  %822 = getelementptr inbounds float, ptr %OY, i64 %821
  %823 = load <16 x float>, ptr %822, align 4
  %824 = or disjoint i64 %803, 704
  %825 = getelementptr inbounds float, ptr %OY, i64 %824
  %826 = load <16 x float>, ptr %825, align 4
  %827 = or disjoint i64 %803, 256
  %828 = getelementptr inbounds float, ptr %OY, i64 %827
  %829 = load <16 x float>, ptr %828, align 4
  %830 = or disjoint i64 %803, 768
  %831 = getelementptr inbounds float, ptr %OY, i64 %830
  %832 = load <16 x float>, ptr %831, align 4
  %833 = or disjoint i64 %803, 320
  %834 = getelementptr inbounds float, ptr %OY, i64 %833
  %835 = load <16 x float>, ptr %834, align 4
  %836 = or disjoint i64 %803, 832
  %837 = getelementptr inbounds float, ptr %OY, i64 %836
  %838 = load <16 x float>, ptr %837, align 4
  %839 = or disjoint i64 %803, 384
  %840 = getelementptr inbounds float, ptr %OY, i64 %839
  %841 = load <16 x float>, ptr %840, align 4
  %842 = or disjoint i64 %803, 896
  %843 = getelementptr inbounds float, ptr %OY, i64 %842
  %844 = load <16 x float>, ptr %843, align 4
  %845 = or disjoint i64 %803, 448
  %846 = getelementptr inbounds float, ptr %OY, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = or disjoint i64 %803, 960
  %849 = getelementptr inbounds float, ptr %OY, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = shufflevector <16 x float> %805, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %852 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %853 = shufflevector <16 x float> %811, <16 x float> %814, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %854 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %855 = shufflevector <16 x float> %817, <16 x float> %820, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %856 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %857 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %858 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %859 = shufflevector <16 x float> %805, <16 x float> %808, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %811, <16 x float> %814, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %862 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %863 = shufflevector <16 x float> %817, <16 x float> %820, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %864 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %865 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %866 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %867 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %868 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %869 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %870 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %871 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %872 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %873 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %874 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %875 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %876 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %877 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %878 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %879 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %880 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %881 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %884 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %885 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %886 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %887 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %888 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %889 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %890 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %891 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %892 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %893 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %894 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %895 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %896 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %897 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %898 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %899 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %900 = shl nuw nsw i64 %j18.addr.02759, 6
  %901 = add nuw nsw i64 %900, %i22.addr.02760
  %902 = getelementptr inbounds float, ptr %dOT, i64 %901
  store <16 x float> %899, ptr %902, align 4
  %903 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %904 = or disjoint i64 %901, 64
  %905 = getelementptr inbounds float, ptr %dOT, i64 %904
  store <16 x float> %903, ptr %905, align 4
  %906 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %907 = or disjoint i64 %901, 128
  %908 = getelementptr inbounds float, ptr %dOT, i64 %907
  store <16 x float> %906, ptr %908, align 4
  %909 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %910 = or disjoint i64 %901, 192
  %911 = getelementptr inbounds float, ptr %dOT, i64 %910
  store <16 x float> %909, ptr %911, align 4
  %912 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %913 = or disjoint i64 %901, 256
  %914 = getelementptr inbounds float, ptr %dOT, i64 %913
  store <16 x float> %912, ptr %914, align 4
  %915 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %916 = or disjoint i64 %901, 320
  %917 = getelementptr inbounds float, ptr %dOT, i64 %916
  store <16 x float> %915, ptr %917, align 4
  %918 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %919 = or disjoint i64 %901, 384
  %920 = getelementptr inbounds float, ptr %dOT, i64 %919
  store <16 x float> %918, ptr %920, align 4
  %921 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %922 = or disjoint i64 %901, 448
  %923 = getelementptr inbounds float, ptr %dOT, i64 %922
  store <16 x float> %921, ptr %923, align 4
  %924 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %925 = or disjoint i64 %901, 512
  %926 = getelementptr inbounds float, ptr %dOT, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %928 = or disjoint i64 %901, 576
  %929 = getelementptr inbounds float, ptr %dOT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %931 = or disjoint i64 %901, 640
  %932 = getelementptr inbounds float, ptr %dOT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %934 = or disjoint i64 %901, 704
  %935 = getelementptr inbounds float, ptr %dOT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  %936 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %937 = or disjoint i64 %901, 768
  %938 = getelementptr inbounds float, ptr %dOT, i64 %937
  store <16 x float> %936, ptr %938, align 4
  %939 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %940 = or disjoint i64 %901, 832
  %941 = getelementptr inbounds float, ptr %dOT, i64 %940
  store <16 x float> %939, ptr %941, align 4
  %942 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %943 = or disjoint i64 %901, 896
  %944 = getelementptr inbounds float, ptr %dOT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %946 = or disjoint i64 %901, 960
  %947 = getelementptr inbounds float, ptr %dOT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %j18.next = add nuw nsw i64 %j18.addr.02759, 16
  %948 = icmp ult i64 %j18.addr.02759, 48
  br i1 %948, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02760, 16
  %949 = icmp ult i64 %i22.addr.02760, 48
  br i1 %949, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %950 = icmp ult i64 %i23.addr.02771, 120
  br i1 %950, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02771 = phi i64 [ %951, %i23.head.loopexit ], [ 0, %j18.exit ]
  %951 = add nuw nsw i64 %i23.addr.02771, 8
  %.idx2721 = shl nuw nsw i64 %i23.addr.02771, 9
  %952 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2721
  %953 = shl nuw nsw i64 %i23.addr.02771, 7
  %954 = or disjoint i64 %953, 128
  %955 = getelementptr inbounds float, ptr %Gm, i64 %954
  %956 = or disjoint i64 %953, 256
  %957 = getelementptr inbounds float, ptr %Gm, i64 %956
  %958 = or disjoint i64 %953, 384
  %959 = getelementptr inbounds float, ptr %Gm, i64 %958
  %960 = or disjoint i64 %953, 512
  %961 = getelementptr inbounds float, ptr %Gm, i64 %960
  %962 = or disjoint i64 %953, 640
  %963 = getelementptr inbounds float, ptr %Gm, i64 %962
  %964 = or disjoint i64 %953, 768
  %965 = getelementptr inbounds float, ptr %Gm, i64 %964
  %966 = or disjoint i64 %953, 896
  %967 = getelementptr inbounds float, ptr %Gm, i64 %966
  %.idx3328 = shl nsw i64 %i23.addr.02771, 8
  %invariant.gep3565 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3328
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02770 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02770
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02769 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %973, %p3.body ]
  %acc1.02768 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %978, %p3.body ]
  %acc2.02767 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %983, %p3.body ]
  %acc3.02766 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %988, %p3.body ]
  %acc4.02765 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %993, %p3.body ]
  %acc5.02764 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %998, %p3.body ]
  %acc6.02763 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1003, %p3.body ]
  %acc7.02762 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1008, %p3.body ]
  %p3.addr.02761 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2722 = shl nuw nsw i64 %p3.addr.02761, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2722
  %968 = load <16 x float>, ptr %gep, align 4
  %gep3566 = getelementptr inbounds float, ptr %invariant.gep3565, i64 %p3.addr.02761
  %969 = getelementptr inbounds i8, ptr %gep3566, i64 49152
  %970 = load float, ptr %969, align 4
  %971 = insertelement <16 x float> poison, float %970, i64 0
  %972 = shufflevector <16 x float> %971, <16 x float> poison, <16 x i32> zeroinitializer
  %973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %972, <16 x float> %968, <16 x float> %acc.02769)
  %974 = getelementptr inbounds i8, ptr %gep3566, i64 49408
  %975 = load float, ptr %974, align 4
  %976 = insertelement <16 x float> poison, float %975, i64 0
  %977 = shufflevector <16 x float> %976, <16 x float> poison, <16 x i32> zeroinitializer
  %978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %968, <16 x float> %acc1.02768)
  %979 = getelementptr inbounds i8, ptr %gep3566, i64 49664
  %980 = load float, ptr %979, align 4
  %981 = insertelement <16 x float> poison, float %980, i64 0
  %982 = shufflevector <16 x float> %981, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %982, <16 x float> %968, <16 x float> %acc2.02767)
  %984 = getelementptr inbounds i8, ptr %gep3566, i64 49920
  %985 = load float, ptr %984, align 4
  %986 = insertelement <16 x float> poison, float %985, i64 0
  %987 = shufflevector <16 x float> %986, <16 x float> poison, <16 x i32> zeroinitializer
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %987, <16 x float> %968, <16 x float> %acc3.02766)
  %989 = getelementptr inbounds i8, ptr %gep3566, i64 50176
  %990 = load float, ptr %989, align 4
  %991 = insertelement <16 x float> poison, float %990, i64 0
  %992 = shufflevector <16 x float> %991, <16 x float> poison, <16 x i32> zeroinitializer
  %993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %992, <16 x float> %968, <16 x float> %acc4.02765)
  %994 = getelementptr inbounds i8, ptr %gep3566, i64 50432
  %995 = load float, ptr %994, align 4
  %996 = insertelement <16 x float> poison, float %995, i64 0
  %997 = shufflevector <16 x float> %996, <16 x float> poison, <16 x i32> zeroinitializer
  %998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %997, <16 x float> %968, <16 x float> %acc5.02764)
  %999 = getelementptr inbounds i8, ptr %gep3566, i64 50688
  %1000 = load float, ptr %999, align 4
  %1001 = insertelement <16 x float> poison, float %1000, i64 0
  %1002 = shufflevector <16 x float> %1001, <16 x float> poison, <16 x i32> zeroinitializer
  %1003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %968, <16 x float> %acc6.02763)
  %1004 = getelementptr inbounds i8, ptr %gep3566, i64 50944
  %1005 = load float, ptr %1004, align 4
  %1006 = insertelement <16 x float> poison, float %1005, i64 0
  %1007 = shufflevector <16 x float> %1006, <16 x float> poison, <16 x i32> zeroinitializer
  %1008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1007, <16 x float> %968, <16 x float> %acc7.02762)
  %p3.next = add nuw nsw i64 %p3.addr.02761, 1
  %exitcond3283.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3283.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1009 = getelementptr inbounds float, ptr %952, i64 %j19.addr.02770
  store <16 x float> %973, ptr %1009, align 4
  %1010 = getelementptr inbounds float, ptr %955, i64 %j19.addr.02770
  store <16 x float> %978, ptr %1010, align 4
  %1011 = getelementptr inbounds float, ptr %957, i64 %j19.addr.02770
  store <16 x float> %983, ptr %1011, align 4
  %1012 = getelementptr inbounds float, ptr %959, i64 %j19.addr.02770
  store <16 x float> %988, ptr %1012, align 4
  %1013 = getelementptr inbounds float, ptr %961, i64 %j19.addr.02770
  store <16 x float> %993, ptr %1013, align 4
  %1014 = getelementptr inbounds float, ptr %963, i64 %j19.addr.02770
  store <16 x float> %998, ptr %1014, align 4
  %1015 = getelementptr inbounds float, ptr %965, i64 %j19.addr.02770
  store <16 x float> %1003, ptr %1015, align 4
  %1016 = getelementptr inbounds float, ptr %967, i64 %j19.addr.02770
  store <16 x float> %1008, ptr %1016, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02770, 16
  %1017 = icmp ult i64 %j19.next, %951
  br i1 %1017, label %p3.head.preheader, label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.02790 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1018 = shl nuw nsw i64 %i24.addr.02790, 6
  %1019 = shl nuw nsw i64 %i24.addr.02790, 7
  %1020 = or disjoint i64 %1019, 128
  %1021 = or disjoint i64 %1019, 256
  %1022 = or disjoint i64 %1019, 384
  %invariant.gep3567 = getelementptr inbounds float, ptr %Bk, i64 %1018
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.02788 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1039, %p4.body ]
  %acc9.02787 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1040, %p4.body ]
  %acc10.02786 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1041, %p4.body ]
  %acc11.02785 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1042, %p4.body ]
  %acc12.02784 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1047, %p4.body ]
  %acc13.02783 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1048, %p4.body ]
  %acc14.02782 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1049, %p4.body ]
  %acc15.02781 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1050, %p4.body ]
  %acc16.02780 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1055, %p4.body ]
  %acc17.02779 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1056, %p4.body ]
  %acc18.02778 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1057, %p4.body ]
  %acc19.02777 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1058, %p4.body ]
  %acc20.02776 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1063, %p4.body ]
  %acc21.02775 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1064, %p4.body ]
  %acc22.02774 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1065, %p4.body ]
  %acc23.02773 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1066, %p4.body ]
  %p4.addr.02772 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1023 = shl nuw nsw i64 %p4.addr.02772, 7
  %1024 = getelementptr inbounds float, ptr %work, i64 %1023
  %1025 = load <16 x float>, ptr %1024, align 4
  %1026 = or disjoint i64 %1023, 16
  %1027 = getelementptr inbounds float, ptr %work, i64 %1026
  %1028 = load <16 x float>, ptr %1027, align 4
  %1029 = or disjoint i64 %1023, 32
  %1030 = getelementptr inbounds float, ptr %work, i64 %1029
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = or disjoint i64 %1023, 48
  %1033 = getelementptr inbounds float, ptr %work, i64 %1032
  %1034 = load <16 x float>, ptr %1033, align 4
  %gep3568 = getelementptr inbounds float, ptr %invariant.gep3567, i64 %p4.addr.02772
  %1035 = getelementptr inbounds i8, ptr %gep3568, i64 49152
  %1036 = load float, ptr %1035, align 4
  %1037 = insertelement <16 x float> poison, float %1036, i64 0
  %1038 = shufflevector <16 x float> %1037, <16 x float> poison, <16 x i32> zeroinitializer
  %1039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1038, <16 x float> %1025, <16 x float> %acc8.02788)
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1038, <16 x float> %1028, <16 x float> %acc9.02787)
  %1041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1038, <16 x float> %1031, <16 x float> %acc10.02786)
  %1042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1038, <16 x float> %1034, <16 x float> %acc11.02785)
  %1043 = getelementptr inbounds i8, ptr %gep3568, i64 49408
  %1044 = load float, ptr %1043, align 4
  %1045 = insertelement <16 x float> poison, float %1044, i64 0
  %1046 = shufflevector <16 x float> %1045, <16 x float> poison, <16 x i32> zeroinitializer
  %1047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1046, <16 x float> %1025, <16 x float> %acc12.02784)
  %1048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1046, <16 x float> %1028, <16 x float> %acc13.02783)
  %1049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1046, <16 x float> %1031, <16 x float> %acc14.02782)
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1046, <16 x float> %1034, <16 x float> %acc15.02781)
  %1051 = getelementptr inbounds i8, ptr %gep3568, i64 49664
  %1052 = load float, ptr %1051, align 4
  %1053 = insertelement <16 x float> poison, float %1052, i64 0
  %1054 = shufflevector <16 x float> %1053, <16 x float> poison, <16 x i32> zeroinitializer
  %1055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1025, <16 x float> %acc16.02780)
  %1056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1028, <16 x float> %acc17.02779)
  %1057 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1031, <16 x float> %acc18.02778)
  %1058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1034, <16 x float> %acc19.02777)
  %1059 = getelementptr inbounds i8, ptr %gep3568, i64 49920
  %1060 = load float, ptr %1059, align 4
  %1061 = insertelement <16 x float> poison, float %1060, i64 0
  %1062 = shufflevector <16 x float> %1061, <16 x float> poison, <16 x i32> zeroinitializer
  %1063 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1062, <16 x float> %1025, <16 x float> %acc20.02776)
  %1064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1062, <16 x float> %1028, <16 x float> %acc21.02775)
  %1065 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1062, <16 x float> %1031, <16 x float> %acc22.02774)
  %1066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1062, <16 x float> %1034, <16 x float> %acc23.02773)
  %p4.next = add nuw nsw i64 %p4.addr.02772, 1
  %exitcond3284.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3284.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1067 = getelementptr inbounds float, ptr %KSdS, i64 %1019
  store <16 x float> %1039, ptr %1067, align 4
  %1068 = or disjoint i64 %1019, 16
  %1069 = getelementptr inbounds float, ptr %KSdS, i64 %1068
  store <16 x float> %1040, ptr %1069, align 4
  %1070 = or disjoint i64 %1019, 32
  %1071 = getelementptr inbounds float, ptr %KSdS, i64 %1070
  store <16 x float> %1041, ptr %1071, align 4
  %1072 = or disjoint i64 %1019, 48
  %1073 = getelementptr inbounds float, ptr %KSdS, i64 %1072
  store <16 x float> %1042, ptr %1073, align 4
  %1074 = getelementptr inbounds float, ptr %KSdS, i64 %1020
  store <16 x float> %1047, ptr %1074, align 4
  %1075 = or disjoint i64 %1019, 144
  %1076 = getelementptr inbounds float, ptr %KSdS, i64 %1075
  store <16 x float> %1048, ptr %1076, align 4
  %1077 = or disjoint i64 %1019, 160
  %1078 = getelementptr inbounds float, ptr %KSdS, i64 %1077
  store <16 x float> %1049, ptr %1078, align 4
  %1079 = or disjoint i64 %1019, 176
  %1080 = getelementptr inbounds float, ptr %KSdS, i64 %1079
  store <16 x float> %1050, ptr %1080, align 4
  %1081 = getelementptr inbounds float, ptr %KSdS, i64 %1021
  store <16 x float> %1055, ptr %1081, align 4
  %1082 = or disjoint i64 %1019, 272
  %1083 = getelementptr inbounds float, ptr %KSdS, i64 %1082
  store <16 x float> %1056, ptr %1083, align 4
  %1084 = or disjoint i64 %1019, 288
  %1085 = getelementptr inbounds float, ptr %KSdS, i64 %1084
  store <16 x float> %1057, ptr %1085, align 4
  %1086 = or disjoint i64 %1019, 304
  %1087 = getelementptr inbounds float, ptr %KSdS, i64 %1086
  store <16 x float> %1058, ptr %1087, align 4
  %1088 = getelementptr inbounds float, ptr %KSdS, i64 %1022
  store <16 x float> %1063, ptr %1088, align 4
  %1089 = or disjoint i64 %1019, 400
  %1090 = getelementptr inbounds float, ptr %KSdS, i64 %1089
  store <16 x float> %1064, ptr %1090, align 4
  %1091 = or disjoint i64 %1019, 416
  %1092 = getelementptr inbounds float, ptr %KSdS, i64 %1091
  store <16 x float> %1065, ptr %1092, align 4
  %1093 = or disjoint i64 %1019, 432
  %1094 = getelementptr inbounds float, ptr %KSdS, i64 %1093
  store <16 x float> %1066, ptr %1094, align 4
  %invariant.gep3569 = getelementptr inbounds float, ptr %Bk, i64 %1018
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.02788.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1112, %p4.body.1 ]
  %acc9.02787.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1113, %p4.body.1 ]
  %acc10.02786.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1114, %p4.body.1 ]
  %acc11.02785.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1115, %p4.body.1 ]
  %acc12.02784.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1120, %p4.body.1 ]
  %acc13.02783.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1121, %p4.body.1 ]
  %acc14.02782.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1122, %p4.body.1 ]
  %acc15.02781.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1123, %p4.body.1 ]
  %acc16.02780.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1128, %p4.body.1 ]
  %acc17.02779.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1129, %p4.body.1 ]
  %acc18.02778.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1130, %p4.body.1 ]
  %acc19.02777.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1131, %p4.body.1 ]
  %acc20.02776.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1136, %p4.body.1 ]
  %acc21.02775.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1137, %p4.body.1 ]
  %acc22.02774.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1138, %p4.body.1 ]
  %acc23.02773.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1139, %p4.body.1 ]
  %p4.addr.02772.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1095 = shl nuw nsw i64 %p4.addr.02772.1, 7
  %1096 = or disjoint i64 %1095, 64
  %1097 = getelementptr inbounds float, ptr %work, i64 %1096
  %1098 = load <16 x float>, ptr %1097, align 4
  %1099 = or disjoint i64 %1095, 80
  %1100 = getelementptr inbounds float, ptr %work, i64 %1099
  %1101 = load <16 x float>, ptr %1100, align 4
  %1102 = or disjoint i64 %1095, 96
  %1103 = getelementptr inbounds float, ptr %work, i64 %1102
  %1104 = load <16 x float>, ptr %1103, align 4
  %1105 = or disjoint i64 %1095, 112
  %1106 = getelementptr inbounds float, ptr %work, i64 %1105
  %1107 = load <16 x float>, ptr %1106, align 4
  %gep3570 = getelementptr inbounds float, ptr %invariant.gep3569, i64 %p4.addr.02772.1
  %1108 = getelementptr inbounds i8, ptr %gep3570, i64 49152
  %1109 = load float, ptr %1108, align 4
  %1110 = insertelement <16 x float> poison, float %1109, i64 0
  %1111 = shufflevector <16 x float> %1110, <16 x float> poison, <16 x i32> zeroinitializer
  %1112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1098, <16 x float> %acc8.02788.1)
  %1113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1101, <16 x float> %acc9.02787.1)
  %1114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1104, <16 x float> %acc10.02786.1)
  %1115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1107, <16 x float> %acc11.02785.1)
  %1116 = getelementptr inbounds i8, ptr %gep3570, i64 49408
  %1117 = load float, ptr %1116, align 4
  %1118 = insertelement <16 x float> poison, float %1117, i64 0
  %1119 = shufflevector <16 x float> %1118, <16 x float> poison, <16 x i32> zeroinitializer
  %1120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1098, <16 x float> %acc12.02784.1)
  %1121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1101, <16 x float> %acc13.02783.1)
  %1122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1104, <16 x float> %acc14.02782.1)
  %1123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1107, <16 x float> %acc15.02781.1)
  %1124 = getelementptr inbounds i8, ptr %gep3570, i64 49664
  %1125 = load float, ptr %1124, align 4
  %1126 = insertelement <16 x float> poison, float %1125, i64 0
  %1127 = shufflevector <16 x float> %1126, <16 x float> poison, <16 x i32> zeroinitializer
  %1128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1127, <16 x float> %1098, <16 x float> %acc16.02780.1)
  %1129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1127, <16 x float> %1101, <16 x float> %acc17.02779.1)
  %1130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1127, <16 x float> %1104, <16 x float> %acc18.02778.1)
  %1131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1127, <16 x float> %1107, <16 x float> %acc19.02777.1)
  %1132 = getelementptr inbounds i8, ptr %gep3570, i64 49920
  %1133 = load float, ptr %1132, align 4
  %1134 = insertelement <16 x float> poison, float %1133, i64 0
  %1135 = shufflevector <16 x float> %1134, <16 x float> poison, <16 x i32> zeroinitializer
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1098, <16 x float> %acc20.02776.1)
  %1137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1101, <16 x float> %acc21.02775.1)
  %1138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1104, <16 x float> %acc22.02774.1)
  %1139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1107, <16 x float> %acc23.02773.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.02772.1, 1
  %exitcond3284.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3284.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1140 = or disjoint i64 %1019, 64
  %1141 = getelementptr inbounds float, ptr %KSdS, i64 %1140
  store <16 x float> %1112, ptr %1141, align 4
  %1142 = or disjoint i64 %1019, 80
  %1143 = getelementptr inbounds float, ptr %KSdS, i64 %1142
  store <16 x float> %1113, ptr %1143, align 4
  %1144 = or disjoint i64 %1019, 96
  %1145 = getelementptr inbounds float, ptr %KSdS, i64 %1144
  store <16 x float> %1114, ptr %1145, align 4
  %1146 = or disjoint i64 %1019, 112
  %1147 = getelementptr inbounds float, ptr %KSdS, i64 %1146
  store <16 x float> %1115, ptr %1147, align 4
  %1148 = or disjoint i64 %1019, 192
  %1149 = getelementptr inbounds float, ptr %KSdS, i64 %1148
  store <16 x float> %1120, ptr %1149, align 4
  %1150 = or disjoint i64 %1019, 208
  %1151 = getelementptr inbounds float, ptr %KSdS, i64 %1150
  store <16 x float> %1121, ptr %1151, align 4
  %1152 = or disjoint i64 %1019, 224
  %1153 = getelementptr inbounds float, ptr %KSdS, i64 %1152
  store <16 x float> %1122, ptr %1153, align 4
  %1154 = or disjoint i64 %1019, 240
  %1155 = getelementptr inbounds float, ptr %KSdS, i64 %1154
  store <16 x float> %1123, ptr %1155, align 4
  %1156 = or disjoint i64 %1019, 320
  %1157 = getelementptr inbounds float, ptr %KSdS, i64 %1156
  store <16 x float> %1128, ptr %1157, align 4
  %1158 = or disjoint i64 %1019, 336
  %1159 = getelementptr inbounds float, ptr %KSdS, i64 %1158
  store <16 x float> %1129, ptr %1159, align 4
  %1160 = or disjoint i64 %1019, 352
  %1161 = getelementptr inbounds float, ptr %KSdS, i64 %1160
  store <16 x float> %1130, ptr %1161, align 4
  %1162 = or disjoint i64 %1019, 368
  %1163 = getelementptr inbounds float, ptr %KSdS, i64 %1162
  store <16 x float> %1131, ptr %1163, align 4
  %1164 = or disjoint i64 %1019, 448
  %1165 = getelementptr inbounds float, ptr %KSdS, i64 %1164
  store <16 x float> %1136, ptr %1165, align 4
  %1166 = or disjoint i64 %1019, 464
  %1167 = getelementptr inbounds float, ptr %KSdS, i64 %1166
  store <16 x float> %1137, ptr %1167, align 4
  %1168 = or disjoint i64 %1019, 480
  %1169 = getelementptr inbounds float, ptr %KSdS, i64 %1168
  store <16 x float> %1138, ptr %1169, align 4
  %1170 = or disjoint i64 %1019, 496
  %1171 = getelementptr inbounds float, ptr %KSdS, i64 %1170
  store <16 x float> %1139, ptr %1171, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02790, 4
  %1172 = icmp ult i64 %i24.addr.02790, 124
  br i1 %1172, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.02792 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3056 = shl nsw i64 %i25.addr.02792, 8
  %1173 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3056
  %1174 = load <16 x float>, ptr %1173, align 4
  %.idx3057 = shl nsw i64 %i25.addr.02792, 9
  %1175 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3057
  %1176 = load <16 x float>, ptr %1175, align 4
  %1177 = fsub <16 x float> %1174, %1176
  store <16 x float> %1177, ptr %1173, align 4
  %1178 = getelementptr inbounds i8, ptr %23, i64 %.idx3056
  %1179 = load <16 x float>, ptr %1178, align 4
  %1180 = getelementptr inbounds i8, ptr %24, i64 %.idx3057
  %1181 = load <16 x float>, ptr %1180, align 4
  %1182 = fsub <16 x float> %1179, %1181
  store <16 x float> %1182, ptr %1178, align 4
  %1183 = getelementptr inbounds i8, ptr %25, i64 %.idx3056
  %1184 = load <16 x float>, ptr %1183, align 4
  %1185 = getelementptr inbounds i8, ptr %26, i64 %.idx3057
  %1186 = load <16 x float>, ptr %1185, align 4
  %1187 = fsub <16 x float> %1184, %1186
  store <16 x float> %1187, ptr %1183, align 4
  %1188 = getelementptr inbounds i8, ptr %27, i64 %.idx3056
  %1189 = load <16 x float>, ptr %1188, align 4
  %1190 = getelementptr inbounds i8, ptr %28, i64 %.idx3057
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = fsub <16 x float> %1189, %1191
  store <16 x float> %1192, ptr %1188, align 4
  %i25.next = or disjoint i64 %i25.addr.02792, 1
  %.idx3056.1 = shl nsw i64 %i25.next, 8
  %1193 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3056.1
  %1194 = load <16 x float>, ptr %1193, align 4
  %.idx3057.1 = shl nsw i64 %i25.next, 9
  %1195 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3057.1
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = fsub <16 x float> %1194, %1196
  store <16 x float> %1197, ptr %1193, align 4
  %1198 = getelementptr inbounds i8, ptr %23, i64 %.idx3056.1
  %1199 = load <16 x float>, ptr %1198, align 4
  %1200 = getelementptr inbounds i8, ptr %24, i64 %.idx3057.1
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = fsub <16 x float> %1199, %1201
  store <16 x float> %1202, ptr %1198, align 4
  %1203 = getelementptr inbounds i8, ptr %25, i64 %.idx3056.1
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = getelementptr inbounds i8, ptr %26, i64 %.idx3057.1
  %1206 = load <16 x float>, ptr %1205, align 4
  %1207 = fsub <16 x float> %1204, %1206
  store <16 x float> %1207, ptr %1203, align 4
  %1208 = getelementptr inbounds i8, ptr %27, i64 %.idx3056.1
  %1209 = load <16 x float>, ptr %1208, align 4
  %1210 = getelementptr inbounds i8, ptr %28, i64 %.idx3057.1
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = fsub <16 x float> %1209, %1211
  store <16 x float> %1212, ptr %1208, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.02792, 2
  %exitcond3285.not.1 = icmp eq i64 %i25.next.1, 128
  br i1 %exitcond3285.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.02825 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02825, 2
  %.not3058 = icmp eq i64 %ib.addr.02825, 0
  br i1 %.not3058, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2720 = shl nuw nsw i64 %ib.addr.02825, 11
  %1213 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2720
  %1214 = shl nuw nsw i64 %ib.addr.02825, 9
  %1215 = or disjoint i64 %1214, 128
  %1216 = getelementptr inbounds float, ptr %Gm, i64 %1215
  %1217 = or disjoint i64 %1214, 256
  %1218 = getelementptr inbounds float, ptr %Gm, i64 %1217
  %1219 = or disjoint i64 %1214, 384
  %1220 = getelementptr inbounds float, ptr %Gm, i64 %1219
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.02809 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1237, %j21.body ]
  %acc25.02808 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1238, %j21.body ]
  %acc26.02807 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1239, %j21.body ]
  %acc27.02806 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1240, %j21.body ]
  %acc28.02805 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1245, %j21.body ]
  %acc29.02804 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1246, %j21.body ]
  %acc30.02803 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1247, %j21.body ]
  %acc31.02802 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1248, %j21.body ]
  %acc32.02801 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1253, %j21.body ]
  %acc33.02800 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1254, %j21.body ]
  %acc34.02799 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1255, %j21.body ]
  %acc35.02798 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1256, %j21.body ]
  %acc36.02797 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1261, %j21.body ]
  %acc37.02796 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1262, %j21.body ]
  %acc38.02795 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1263, %j21.body ]
  %acc39.02794 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1264, %j21.body ]
  %j21.addr.02793 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1221 = shl nsw i64 %j21.addr.02793, 6
  %1222 = getelementptr inbounds float, ptr %Vn, i64 %1221
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = or disjoint i64 %1221, 16
  %1225 = getelementptr inbounds float, ptr %Vn, i64 %1224
  %1226 = load <16 x float>, ptr %1225, align 4
  %1227 = or disjoint i64 %1221, 32
  %1228 = getelementptr inbounds float, ptr %Vn, i64 %1227
  %1229 = load <16 x float>, ptr %1228, align 4
  %1230 = or disjoint i64 %1221, 48
  %1231 = getelementptr inbounds float, ptr %Vn, i64 %1230
  %1232 = load <16 x float>, ptr %1231, align 4
  %1233 = getelementptr inbounds float, ptr %1213, i64 %j21.addr.02793
  %1234 = load float, ptr %1233, align 4
  %1235 = insertelement <16 x float> poison, float %1234, i64 0
  %1236 = shufflevector <16 x float> %1235, <16 x float> poison, <16 x i32> zeroinitializer
  %1237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1236, <16 x float> %1223, <16 x float> %acc24.02809)
  %1238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1236, <16 x float> %1226, <16 x float> %acc25.02808)
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1236, <16 x float> %1229, <16 x float> %acc26.02807)
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1236, <16 x float> %1232, <16 x float> %acc27.02806)
  %1241 = getelementptr inbounds float, ptr %1216, i64 %j21.addr.02793
  %1242 = load float, ptr %1241, align 4
  %1243 = insertelement <16 x float> poison, float %1242, i64 0
  %1244 = shufflevector <16 x float> %1243, <16 x float> poison, <16 x i32> zeroinitializer
  %1245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1244, <16 x float> %1223, <16 x float> %acc28.02805)
  %1246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1244, <16 x float> %1226, <16 x float> %acc29.02804)
  %1247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1244, <16 x float> %1229, <16 x float> %acc30.02803)
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1244, <16 x float> %1232, <16 x float> %acc31.02802)
  %1249 = getelementptr inbounds float, ptr %1218, i64 %j21.addr.02793
  %1250 = load float, ptr %1249, align 4
  %1251 = insertelement <16 x float> poison, float %1250, i64 0
  %1252 = shufflevector <16 x float> %1251, <16 x float> poison, <16 x i32> zeroinitializer
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1223, <16 x float> %acc32.02801)
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1226, <16 x float> %acc33.02800)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1229, <16 x float> %acc34.02799)
  %1256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1232, <16 x float> %acc35.02798)
  %1257 = getelementptr inbounds float, ptr %1220, i64 %j21.addr.02793
  %1258 = load float, ptr %1257, align 4
  %1259 = insertelement <16 x float> poison, float %1258, i64 0
  %1260 = shufflevector <16 x float> %1259, <16 x float> poison, <16 x i32> zeroinitializer
  %1261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1260, <16 x float> %1223, <16 x float> %acc36.02797)
  %1262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1260, <16 x float> %1226, <16 x float> %acc37.02796)
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1260, <16 x float> %1229, <16 x float> %acc38.02795)
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1260, <16 x float> %1232, <16 x float> %acc39.02794)
  %j21.next = add nuw nsw i64 %j21.addr.02793, 1
  %exitcond3286.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3286.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1264, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1263, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1262, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1261, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1256, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1255, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1254, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1253, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1248, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1247, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1246, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1245, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1240, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1239, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1238, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1237, %j21.body ]
  %1265 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1266 = load float, ptr %1265, align 4
  %1267 = shl nuw nsw i64 %ib.addr.02825, 8
  %1268 = getelementptr inbounds float, ptr %Rr, i64 %1267
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = fsub <16 x float> %1269, %acc24.0.lcssa
  store <16 x float> %1270, ptr %1268, align 4
  %1271 = insertelement <16 x float> poison, float %1266, i64 0
  %1272 = shufflevector <16 x float> %1271, <16 x float> poison, <16 x i32> zeroinitializer
  %1273 = fmul <16 x float> %1272, %1270
  %1274 = getelementptr inbounds float, ptr %Vn, i64 %1267
  store <16 x float> %1273, ptr %1274, align 4
  %1275 = mul nuw nsw i64 %ib.addr.02825, 1280
  %1276 = getelementptr inbounds float, ptr %Ak, i64 %1275
  store <16 x float> %1273, ptr %1276, align 4
  %1277 = or disjoint i64 %1267, 16
  %1278 = getelementptr inbounds float, ptr %Rr, i64 %1277
  %1279 = load <16 x float>, ptr %1278, align 4
  %1280 = fsub <16 x float> %1279, %acc25.0.lcssa
  store <16 x float> %1280, ptr %1278, align 4
  %1281 = fmul <16 x float> %1272, %1280
  %1282 = getelementptr inbounds float, ptr %Vn, i64 %1277
  store <16 x float> %1281, ptr %1282, align 4
  %1283 = or disjoint i64 %1275, 16
  %1284 = getelementptr inbounds float, ptr %Ak, i64 %1283
  store <16 x float> %1281, ptr %1284, align 4
  %1285 = or disjoint i64 %1267, 32
  %1286 = getelementptr inbounds float, ptr %Rr, i64 %1285
  %1287 = load <16 x float>, ptr %1286, align 4
  %1288 = fsub <16 x float> %1287, %acc26.0.lcssa
  store <16 x float> %1288, ptr %1286, align 4
  %1289 = fmul <16 x float> %1272, %1288
  %1290 = getelementptr inbounds float, ptr %Vn, i64 %1285
  store <16 x float> %1289, ptr %1290, align 4
  %1291 = or disjoint i64 %1275, 32
  %1292 = getelementptr inbounds float, ptr %Ak, i64 %1291
  store <16 x float> %1289, ptr %1292, align 4
  %1293 = or disjoint i64 %1267, 48
  %1294 = getelementptr inbounds float, ptr %Rr, i64 %1293
  %1295 = load <16 x float>, ptr %1294, align 4
  %1296 = fsub <16 x float> %1295, %acc27.0.lcssa
  store <16 x float> %1296, ptr %1294, align 4
  %1297 = fmul <16 x float> %1272, %1296
  %1298 = getelementptr inbounds float, ptr %Vn, i64 %1293
  store <16 x float> %1297, ptr %1298, align 4
  %1299 = or disjoint i64 %1275, 48
  %1300 = getelementptr inbounds float, ptr %Ak, i64 %1299
  store <16 x float> %1297, ptr %1300, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx3059 = shl nsw i64 %i26, 9
  %1301 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3059
  %1302 = getelementptr inbounds float, ptr %1301, i64 %i0
  %1303 = load float, ptr %1302, align 4
  %1304 = insertelement <16 x float> poison, float %1303, i64 0
  %1305 = shufflevector <16 x float> %1304, <16 x float> poison, <16 x i32> zeroinitializer
  %1306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1305, <16 x float> %1273, <16 x float> %acc28.0.lcssa)
  %1307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1305, <16 x float> %1281, <16 x float> %acc29.0.lcssa)
  %1308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1305, <16 x float> %1289, <16 x float> %acc30.0.lcssa)
  %1309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1305, <16 x float> %1297, <16 x float> %acc31.0.lcssa)
  %1310 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1311 = load float, ptr %1310, align 4
  %1312 = shl nuw nsw i64 %i26, 6
  %1313 = getelementptr inbounds float, ptr %Rr, i64 %1312
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = fsub <16 x float> %1314, %1306
  store <16 x float> %1315, ptr %1313, align 4
  %1316 = insertelement <16 x float> poison, float %1311, i64 0
  %1317 = shufflevector <16 x float> %1316, <16 x float> poison, <16 x i32> zeroinitializer
  %1318 = fmul <16 x float> %1317, %1315
  %1319 = getelementptr inbounds float, ptr %Vn, i64 %1312
  store <16 x float> %1318, ptr %1319, align 4
  %1320 = mul nuw nsw i64 %i26, 320
  %1321 = getelementptr inbounds float, ptr %Ak, i64 %1320
  store <16 x float> %1318, ptr %1321, align 4
  %1322 = or disjoint i64 %1312, 16
  %1323 = getelementptr inbounds float, ptr %Rr, i64 %1322
  %1324 = load <16 x float>, ptr %1323, align 4
  %1325 = fsub <16 x float> %1324, %1307
  store <16 x float> %1325, ptr %1323, align 4
  %1326 = fmul <16 x float> %1317, %1325
  %1327 = getelementptr inbounds float, ptr %Vn, i64 %1322
  store <16 x float> %1326, ptr %1327, align 4
  %1328 = or disjoint i64 %1320, 16
  %1329 = getelementptr inbounds float, ptr %Ak, i64 %1328
  store <16 x float> %1326, ptr %1329, align 4
  %1330 = or disjoint i64 %1312, 32
  %1331 = getelementptr inbounds float, ptr %Rr, i64 %1330
  %1332 = load <16 x float>, ptr %1331, align 4
  %1333 = fsub <16 x float> %1332, %1308
  store <16 x float> %1333, ptr %1331, align 4
  %1334 = fmul <16 x float> %1317, %1333
  %1335 = getelementptr inbounds float, ptr %Vn, i64 %1330
  store <16 x float> %1334, ptr %1335, align 4
  %1336 = or disjoint i64 %1320, 32
  %1337 = getelementptr inbounds float, ptr %Ak, i64 %1336
  store <16 x float> %1334, ptr %1337, align 4
  %1338 = or disjoint i64 %1312, 48
  %1339 = getelementptr inbounds float, ptr %Rr, i64 %1338
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = fsub <16 x float> %1340, %1309
  store <16 x float> %1341, ptr %1339, align 4
  %1342 = fmul <16 x float> %1317, %1341
  %1343 = getelementptr inbounds float, ptr %Vn, i64 %1338
  store <16 x float> %1342, ptr %1343, align 4
  %1344 = or disjoint i64 %1320, 48
  %1345 = getelementptr inbounds float, ptr %Ak, i64 %1344
  store <16 x float> %1342, ptr %1345, align 4
  %i27 = or disjoint i64 %i0, 2
  %1346 = shl nuw nsw i64 %i27, 7
  %1347 = or disjoint i64 %1346, %i0
  %1348 = getelementptr inbounds float, ptr %Gm, i64 %1347
  %1349 = load float, ptr %1348, align 4
  %1350 = insertelement <16 x float> poison, float %1349, i64 0
  %1351 = shufflevector <16 x float> %1350, <16 x float> poison, <16 x i32> zeroinitializer
  %1352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1273, <16 x float> %acc32.0.lcssa)
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1281, <16 x float> %acc33.0.lcssa)
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1289, <16 x float> %acc34.0.lcssa)
  %1355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1297, <16 x float> %acc35.0.lcssa)
  %1356 = or disjoint i64 %1346, %i26
  %1357 = getelementptr inbounds float, ptr %Gm, i64 %1356
  %1358 = load float, ptr %1357, align 4
  %1359 = insertelement <16 x float> poison, float %1358, i64 0
  %1360 = shufflevector <16 x float> %1359, <16 x float> poison, <16 x i32> zeroinitializer
  %1361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1360, <16 x float> %1318, <16 x float> %1352)
  %1362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1360, <16 x float> %1326, <16 x float> %1353)
  %1363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1360, <16 x float> %1334, <16 x float> %1354)
  %1364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1360, <16 x float> %1342, <16 x float> %1355)
  %1365 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1366 = load float, ptr %1365, align 4
  %1367 = shl nuw nsw i64 %i27, 6
  %1368 = getelementptr inbounds float, ptr %Rr, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = fsub <16 x float> %1369, %1361
  store <16 x float> %1370, ptr %1368, align 4
  %1371 = insertelement <16 x float> poison, float %1366, i64 0
  %1372 = shufflevector <16 x float> %1371, <16 x float> poison, <16 x i32> zeroinitializer
  %1373 = fmul <16 x float> %1372, %1370
  %1374 = getelementptr inbounds float, ptr %Vn, i64 %1367
  store <16 x float> %1373, ptr %1374, align 4
  %1375 = mul nuw nsw i64 %i27, 320
  %1376 = getelementptr inbounds float, ptr %Ak, i64 %1375
  store <16 x float> %1373, ptr %1376, align 4
  %1377 = or disjoint i64 %1367, 16
  %1378 = getelementptr inbounds float, ptr %Rr, i64 %1377
  %1379 = load <16 x float>, ptr %1378, align 4
  %1380 = fsub <16 x float> %1379, %1362
  store <16 x float> %1380, ptr %1378, align 4
  %1381 = fmul <16 x float> %1372, %1380
  %1382 = getelementptr inbounds float, ptr %Vn, i64 %1377
  store <16 x float> %1381, ptr %1382, align 4
  %1383 = or disjoint i64 %1375, 16
  %1384 = getelementptr inbounds float, ptr %Ak, i64 %1383
  store <16 x float> %1381, ptr %1384, align 4
  %1385 = or disjoint i64 %1367, 32
  %1386 = getelementptr inbounds float, ptr %Rr, i64 %1385
  %1387 = load <16 x float>, ptr %1386, align 4
  %1388 = fsub <16 x float> %1387, %1363
  store <16 x float> %1388, ptr %1386, align 4
  %1389 = fmul <16 x float> %1372, %1388
  %1390 = getelementptr inbounds float, ptr %Vn, i64 %1385
  store <16 x float> %1389, ptr %1390, align 4
  %1391 = or disjoint i64 %1375, 32
  %1392 = getelementptr inbounds float, ptr %Ak, i64 %1391
  store <16 x float> %1389, ptr %1392, align 4
  %1393 = or disjoint i64 %1367, 48
  %1394 = getelementptr inbounds float, ptr %Rr, i64 %1393
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = fsub <16 x float> %1395, %1364
  store <16 x float> %1396, ptr %1394, align 4
  %1397 = fmul <16 x float> %1372, %1396
  %1398 = getelementptr inbounds float, ptr %Vn, i64 %1393
  store <16 x float> %1397, ptr %1398, align 4
  %1399 = or disjoint i64 %1375, 48
  %1400 = getelementptr inbounds float, ptr %Ak, i64 %1399
  store <16 x float> %1397, ptr %1400, align 4
  %i28 = or disjoint i64 %i0, 3
  %1401 = shl nuw nsw i64 %i28, 7
  %1402 = or disjoint i64 %1401, %i0
  %1403 = getelementptr inbounds float, ptr %Gm, i64 %1402
  %1404 = load float, ptr %1403, align 4
  %1405 = insertelement <16 x float> poison, float %1404, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1273, <16 x float> %acc36.0.lcssa)
  %1408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1281, <16 x float> %acc37.0.lcssa)
  %1409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1289, <16 x float> %acc38.0.lcssa)
  %1410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1297, <16 x float> %acc39.0.lcssa)
  %1411 = or disjoint i64 %1401, %i26
  %1412 = getelementptr inbounds float, ptr %Gm, i64 %1411
  %1413 = load float, ptr %1412, align 4
  %1414 = insertelement <16 x float> poison, float %1413, i64 0
  %1415 = shufflevector <16 x float> %1414, <16 x float> poison, <16 x i32> zeroinitializer
  %1416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1318, <16 x float> %1407)
  %1417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1326, <16 x float> %1408)
  %1418 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1334, <16 x float> %1409)
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1342, <16 x float> %1410)
  %1420 = or disjoint i64 %1401, %i27
  %1421 = getelementptr inbounds float, ptr %Gm, i64 %1420
  %1422 = load float, ptr %1421, align 4
  %1423 = insertelement <16 x float> poison, float %1422, i64 0
  %1424 = shufflevector <16 x float> %1423, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1373, <16 x float> %1416)
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1381, <16 x float> %1417)
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1389, <16 x float> %1418)
  %1428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1397, <16 x float> %1419)
  %1429 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1430 = load float, ptr %1429, align 4
  %1431 = shl nuw nsw i64 %i28, 6
  %1432 = getelementptr inbounds float, ptr %Rr, i64 %1431
  %1433 = load <16 x float>, ptr %1432, align 4
  %1434 = fsub <16 x float> %1433, %1425
  store <16 x float> %1434, ptr %1432, align 4
  %1435 = insertelement <16 x float> poison, float %1430, i64 0
  %1436 = shufflevector <16 x float> %1435, <16 x float> poison, <16 x i32> zeroinitializer
  %1437 = fmul <16 x float> %1436, %1434
  %1438 = getelementptr inbounds float, ptr %Vn, i64 %1431
  store <16 x float> %1437, ptr %1438, align 4
  %1439 = mul nuw nsw i64 %i28, 320
  %1440 = getelementptr inbounds float, ptr %Ak, i64 %1439
  store <16 x float> %1437, ptr %1440, align 4
  %1441 = or disjoint i64 %1431, 16
  %1442 = getelementptr inbounds float, ptr %Rr, i64 %1441
  %1443 = load <16 x float>, ptr %1442, align 4
  %1444 = fsub <16 x float> %1443, %1426
  store <16 x float> %1444, ptr %1442, align 4
  %1445 = fmul <16 x float> %1436, %1444
  %1446 = getelementptr inbounds float, ptr %Vn, i64 %1441
  store <16 x float> %1445, ptr %1446, align 4
  %1447 = or disjoint i64 %1439, 16
  %1448 = getelementptr inbounds float, ptr %Ak, i64 %1447
  store <16 x float> %1445, ptr %1448, align 4
  %1449 = or disjoint i64 %1431, 32
  %1450 = getelementptr inbounds float, ptr %Rr, i64 %1449
  %1451 = load <16 x float>, ptr %1450, align 4
  %1452 = fsub <16 x float> %1451, %1427
  store <16 x float> %1452, ptr %1450, align 4
  %1453 = fmul <16 x float> %1436, %1452
  %1454 = getelementptr inbounds float, ptr %Vn, i64 %1449
  store <16 x float> %1453, ptr %1454, align 4
  %1455 = or disjoint i64 %1439, 32
  %1456 = getelementptr inbounds float, ptr %Ak, i64 %1455
  store <16 x float> %1453, ptr %1456, align 4
  %1457 = or disjoint i64 %1431, 48
  %1458 = getelementptr inbounds float, ptr %Rr, i64 %1457
  %1459 = load <16 x float>, ptr %1458, align 4
  %1460 = fsub <16 x float> %1459, %1428
  store <16 x float> %1460, ptr %1458, align 4
  %1461 = fmul <16 x float> %1436, %1460
  %1462 = getelementptr inbounds float, ptr %Vn, i64 %1457
  store <16 x float> %1461, ptr %1462, align 4
  %1463 = or disjoint i64 %1439, 48
  %1464 = getelementptr inbounds float, ptr %Ak, i64 %1463
  store <16 x float> %1461, ptr %1464, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02825, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3287.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3287.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02827 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1465 = shl nuw nsw i64 %i29.addr.02827, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.02826 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %1466 = add nuw nsw i64 %j22.addr.02826, %1465
  %1467 = getelementptr inbounds float, ptr %Vn, i64 %1466
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = or disjoint i64 %1466, 512
  %1470 = getelementptr inbounds float, ptr %Vn, i64 %1469
  %1471 = load <16 x float>, ptr %1470, align 4
  %1472 = or disjoint i64 %1466, 64
  %1473 = getelementptr inbounds float, ptr %Vn, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = or disjoint i64 %1466, 576
  %1476 = getelementptr inbounds float, ptr %Vn, i64 %1475
  %1477 = load <16 x float>, ptr %1476, align 4
  %1478 = or disjoint i64 %1466, 128
  %1479 = getelementptr inbounds float, ptr %Vn, i64 %1478
  %1480 = load <16 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1466, 640
  %1482 = getelementptr inbounds float, ptr %Vn, i64 %1481
  %1483 = load <16 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1466, 192
  %1485 = getelementptr inbounds float, ptr %Vn, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1466, 704
  %1488 = getelementptr inbounds float, ptr %Vn, i64 %1487
  %1489 = load <16 x float>, ptr %1488, align 4
  %1490 = or disjoint i64 %1466, 256
  %1491 = getelementptr inbounds float, ptr %Vn, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = or disjoint i64 %1466, 768
  %1494 = getelementptr inbounds float, ptr %Vn, i64 %1493
  %1495 = load <16 x float>, ptr %1494, align 4
  %1496 = or disjoint i64 %1466, 320
  %1497 = getelementptr inbounds float, ptr %Vn, i64 %1496
  %1498 = load <16 x float>, ptr %1497, align 4
  %1499 = or disjoint i64 %1466, 832
  %1500 = getelementptr inbounds float, ptr %Vn, i64 %1499
  %1501 = load <16 x float>, ptr %1500, align 4
  %1502 = or disjoint i64 %1466, 384
  %1503 = getelementptr inbounds float, ptr %Vn, i64 %1502
  %1504 = load <16 x float>, ptr %1503, align 4
  %1505 = or disjoint i64 %1466, 896
  %1506 = getelementptr inbounds float, ptr %Vn, i64 %1505
  %1507 = load <16 x float>, ptr %1506, align 4
  %1508 = or disjoint i64 %1466, 448
  %1509 = getelementptr inbounds float, ptr %Vn, i64 %1508
  %1510 = load <16 x float>, ptr %1509, align 4
  %1511 = or disjoint i64 %1466, 960
  %1512 = getelementptr inbounds float, ptr %Vn, i64 %1511
  %1513 = load <16 x float>, ptr %1512, align 4
  %1514 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1515 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1516 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1517 = shufflevector <16 x float> %1498, <16 x float> %1501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1518 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1519 = shufflevector <16 x float> %1504, <16 x float> %1507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1520 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1521 = shufflevector <16 x float> %1510, <16 x float> %1513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1522 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1523 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1524 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1525 = shufflevector <16 x float> %1498, <16 x float> %1501, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1526 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1527 = shufflevector <16 x float> %1504, <16 x float> %1507, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1528 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1529 = shufflevector <16 x float> %1510, <16 x float> %1513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1530 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1531 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1532 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1533 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1534 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1535 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1536 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1537 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1538 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1539 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1540 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1541 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1542 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1544 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1545 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1546 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1547 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1548 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1549 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1550 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1551 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1552 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1553 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1555 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1556 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1557 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1558 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1559 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1560 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1561 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1562 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1563 = shl nuw nsw i64 %j22.addr.02826, 7
  %1564 = add nuw nsw i64 %1563, %i29.addr.02827
  %1565 = getelementptr inbounds float, ptr %VnT, i64 %1564
  store <16 x float> %1562, ptr %1565, align 4
  %1566 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1567 = or disjoint i64 %1564, 128
  %1568 = getelementptr inbounds float, ptr %VnT, i64 %1567
  store <16 x float> %1566, ptr %1568, align 4
  %1569 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1570 = or disjoint i64 %1564, 256
  %1571 = getelementptr inbounds float, ptr %VnT, i64 %1570
  store <16 x float> %1569, ptr %1571, align 4
  %1572 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1573 = or disjoint i64 %1564, 384
  %1574 = getelementptr inbounds float, ptr %VnT, i64 %1573
  store <16 x float> %1572, ptr %1574, align 4
  %1575 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1576 = or disjoint i64 %1564, 512
  %1577 = getelementptr inbounds float, ptr %VnT, i64 %1576
  store <16 x float> %1575, ptr %1577, align 4
  %1578 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1579 = or disjoint i64 %1564, 640
  %1580 = getelementptr inbounds float, ptr %VnT, i64 %1579
  store <16 x float> %1578, ptr %1580, align 4
  %1581 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1582 = or disjoint i64 %1564, 768
  %1583 = getelementptr inbounds float, ptr %VnT, i64 %1582
  store <16 x float> %1581, ptr %1583, align 4
  %1584 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1585 = or disjoint i64 %1564, 896
  %1586 = getelementptr inbounds float, ptr %VnT, i64 %1585
  store <16 x float> %1584, ptr %1586, align 4
  %1587 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1588 = or disjoint i64 %1564, 1024
  %1589 = getelementptr inbounds float, ptr %VnT, i64 %1588
  store <16 x float> %1587, ptr %1589, align 4
  %1590 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1591 = or disjoint i64 %1564, 1152
  %1592 = getelementptr inbounds float, ptr %VnT, i64 %1591
  store <16 x float> %1590, ptr %1592, align 4
  %1593 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1594 = or disjoint i64 %1564, 1280
  %1595 = getelementptr inbounds float, ptr %VnT, i64 %1594
  store <16 x float> %1593, ptr %1595, align 4
  %1596 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1597 = or disjoint i64 %1564, 1408
  %1598 = getelementptr inbounds float, ptr %VnT, i64 %1597
  store <16 x float> %1596, ptr %1598, align 4
  %1599 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1600 = or disjoint i64 %1564, 1536
  %1601 = getelementptr inbounds float, ptr %VnT, i64 %1600
  store <16 x float> %1599, ptr %1601, align 4
  %1602 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1603 = or disjoint i64 %1564, 1664
  %1604 = getelementptr inbounds float, ptr %VnT, i64 %1603
  store <16 x float> %1602, ptr %1604, align 4
  %1605 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1606 = or disjoint i64 %1564, 1792
  %1607 = getelementptr inbounds float, ptr %VnT, i64 %1606
  store <16 x float> %1605, ptr %1607, align 4
  %1608 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1609 = or disjoint i64 %1564, 1920
  %1610 = getelementptr inbounds float, ptr %VnT, i64 %1609
  store <16 x float> %1608, ptr %1610, align 4
  %j22.next = add nuw nsw i64 %j22.addr.02826, 16
  %1611 = icmp ult i64 %j22.addr.02826, 48
  br i1 %1611, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02827, 16
  %1612 = icmp ult i64 %i29.addr.02827, 112
  br i1 %1612, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02845 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1613 = shl nuw nsw i64 %i30.addr.02845, 6
  %invariant.gep3571 = getelementptr inbounds float, ptr %Bk, i64 %1613
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.02844 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1630, %p6.body ]
  %acc41.02843 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1631, %p6.body ]
  %acc42.02842 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1632, %p6.body ]
  %acc43.02841 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1633, %p6.body ]
  %acc44.02840 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1638, %p6.body ]
  %acc45.02839 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1639, %p6.body ]
  %acc46.02838 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1640, %p6.body ]
  %acc47.02837 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1641, %p6.body ]
  %acc48.02836 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1646, %p6.body ]
  %acc49.02835 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1647, %p6.body ]
  %acc50.02834 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1648, %p6.body ]
  %acc51.02833 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1649, %p6.body ]
  %acc52.02832 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1654, %p6.body ]
  %acc53.02831 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1655, %p6.body ]
  %acc54.02830 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1656, %p6.body ]
  %acc55.02829 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1657, %p6.body ]
  %p6.addr.02828 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1614 = shl nuw nsw i64 %p6.addr.02828, 6
  %1615 = getelementptr inbounds float, ptr %QcT, i64 %1614
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = or disjoint i64 %1614, 16
  %1618 = getelementptr inbounds float, ptr %QcT, i64 %1617
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = or disjoint i64 %1614, 32
  %1621 = getelementptr inbounds float, ptr %QcT, i64 %1620
  %1622 = load <16 x float>, ptr %1621, align 4
  %1623 = or disjoint i64 %1614, 48
  %1624 = getelementptr inbounds float, ptr %QcT, i64 %1623
  %1625 = load <16 x float>, ptr %1624, align 4
  %gep3572 = getelementptr inbounds float, ptr %invariant.gep3571, i64 %p6.addr.02828
  %1626 = getelementptr inbounds i8, ptr %gep3572, i64 49152
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1616, <16 x float> %acc40.02844)
  %1631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1619, <16 x float> %acc41.02843)
  %1632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1622, <16 x float> %acc42.02842)
  %1633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1625, <16 x float> %acc43.02841)
  %1634 = getelementptr inbounds i8, ptr %gep3572, i64 49408
  %1635 = load float, ptr %1634, align 4
  %1636 = insertelement <16 x float> poison, float %1635, i64 0
  %1637 = shufflevector <16 x float> %1636, <16 x float> poison, <16 x i32> zeroinitializer
  %1638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1637, <16 x float> %1616, <16 x float> %acc44.02840)
  %1639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1637, <16 x float> %1619, <16 x float> %acc45.02839)
  %1640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1637, <16 x float> %1622, <16 x float> %acc46.02838)
  %1641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1637, <16 x float> %1625, <16 x float> %acc47.02837)
  %1642 = getelementptr inbounds i8, ptr %gep3572, i64 49664
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <16 x float> poison, float %1643, i64 0
  %1645 = shufflevector <16 x float> %1644, <16 x float> poison, <16 x i32> zeroinitializer
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1616, <16 x float> %acc48.02836)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1619, <16 x float> %acc49.02835)
  %1648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1622, <16 x float> %acc50.02834)
  %1649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1625, <16 x float> %acc51.02833)
  %1650 = getelementptr inbounds i8, ptr %gep3572, i64 49920
  %1651 = load float, ptr %1650, align 4
  %1652 = insertelement <16 x float> poison, float %1651, i64 0
  %1653 = shufflevector <16 x float> %1652, <16 x float> poison, <16 x i32> zeroinitializer
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1616, <16 x float> %acc52.02832)
  %1655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1619, <16 x float> %acc53.02831)
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1622, <16 x float> %acc54.02830)
  %1657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1625, <16 x float> %acc55.02829)
  %p6.next = add nuw nsw i64 %p6.addr.02828, 1
  %exitcond3288.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3288.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1658 = getelementptr inbounds float, ptr %PT, i64 %1613
  store <16 x float> %1630, ptr %1658, align 4
  %1659 = or disjoint i64 %1613, 16
  %1660 = getelementptr inbounds float, ptr %PT, i64 %1659
  store <16 x float> %1631, ptr %1660, align 4
  %1661 = or disjoint i64 %1613, 32
  %1662 = getelementptr inbounds float, ptr %PT, i64 %1661
  store <16 x float> %1632, ptr %1662, align 4
  %1663 = or disjoint i64 %1613, 48
  %1664 = getelementptr inbounds float, ptr %PT, i64 %1663
  store <16 x float> %1633, ptr %1664, align 4
  %1665 = or disjoint i64 %1613, 64
  %1666 = getelementptr inbounds float, ptr %PT, i64 %1665
  store <16 x float> %1638, ptr %1666, align 4
  %1667 = or disjoint i64 %1613, 80
  %1668 = getelementptr inbounds float, ptr %PT, i64 %1667
  store <16 x float> %1639, ptr %1668, align 4
  %1669 = or disjoint i64 %1613, 96
  %1670 = getelementptr inbounds float, ptr %PT, i64 %1669
  store <16 x float> %1640, ptr %1670, align 4
  %1671 = or disjoint i64 %1613, 112
  %1672 = getelementptr inbounds float, ptr %PT, i64 %1671
  store <16 x float> %1641, ptr %1672, align 4
  %1673 = or disjoint i64 %1613, 128
  %1674 = getelementptr inbounds float, ptr %PT, i64 %1673
  store <16 x float> %1646, ptr %1674, align 4
  %1675 = or disjoint i64 %1613, 144
  %1676 = getelementptr inbounds float, ptr %PT, i64 %1675
  store <16 x float> %1647, ptr %1676, align 4
  %1677 = or disjoint i64 %1613, 160
  %1678 = getelementptr inbounds float, ptr %PT, i64 %1677
  store <16 x float> %1648, ptr %1678, align 4
  %1679 = or disjoint i64 %1613, 176
  %1680 = getelementptr inbounds float, ptr %PT, i64 %1679
  store <16 x float> %1649, ptr %1680, align 4
  %1681 = or disjoint i64 %1613, 192
  %1682 = getelementptr inbounds float, ptr %PT, i64 %1681
  store <16 x float> %1654, ptr %1682, align 4
  %1683 = or disjoint i64 %1613, 208
  %1684 = getelementptr inbounds float, ptr %PT, i64 %1683
  store <16 x float> %1655, ptr %1684, align 4
  %1685 = or disjoint i64 %1613, 224
  %1686 = getelementptr inbounds float, ptr %PT, i64 %1685
  store <16 x float> %1656, ptr %1686, align 4
  %1687 = or disjoint i64 %1613, 240
  %1688 = getelementptr inbounds float, ptr %PT, i64 %1687
  store <16 x float> %1657, ptr %1688, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02845, 4
  %1689 = icmp ult i64 %i30.addr.02845, 124
  br i1 %1689, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02848 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3060 = shl nsw i64 %t2.addr.02848, 9
  %1690 = getelementptr inbounds i8, ptr %PT, i64 %.idx3060
  %1691 = load <16 x float>, ptr %1690, align 4
  %.idx3061 = shl nsw i64 %t2.addr.02848, 8
  %1692 = getelementptr inbounds i8, ptr %M, i64 %.idx3061
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = fmul <16 x float> %1691, %1693
  store <16 x float> %1694, ptr %1690, align 4
  %1695 = getelementptr inbounds i8, ptr %29, i64 %.idx3060
  %1696 = load <16 x float>, ptr %1695, align 4
  %1697 = getelementptr inbounds i8, ptr %30, i64 %.idx3061
  %1698 = load <16 x float>, ptr %1697, align 4
  %1699 = fmul <16 x float> %1696, %1698
  store <16 x float> %1699, ptr %1695, align 4
  %1700 = getelementptr inbounds i8, ptr %31, i64 %.idx3060
  %1701 = load <16 x float>, ptr %1700, align 4
  %1702 = getelementptr inbounds i8, ptr %32, i64 %.idx3061
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = fmul <16 x float> %1701, %1703
  store <16 x float> %1704, ptr %1700, align 4
  %1705 = getelementptr inbounds i8, ptr %33, i64 %.idx3060
  %1706 = load <16 x float>, ptr %1705, align 4
  %1707 = getelementptr inbounds i8, ptr %34, i64 %.idx3061
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = fmul <16 x float> %1706, %1708
  store <16 x float> %1709, ptr %1705, align 4
  %1710 = getelementptr inbounds i8, ptr %1690, i64 256
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = load <16 x float>, ptr %1692, align 4
  %1713 = fmul <16 x float> %1711, %1712
  store <16 x float> %1713, ptr %1710, align 4
  %1714 = getelementptr inbounds i8, ptr %1695, i64 256
  %1715 = load <16 x float>, ptr %1714, align 4
  %1716 = load <16 x float>, ptr %1697, align 4
  %1717 = fmul <16 x float> %1715, %1716
  store <16 x float> %1717, ptr %1714, align 4
  %1718 = getelementptr inbounds i8, ptr %1700, i64 256
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = load <16 x float>, ptr %1702, align 4
  %1721 = fmul <16 x float> %1719, %1720
  store <16 x float> %1721, ptr %1718, align 4
  %1722 = getelementptr inbounds i8, ptr %1705, i64 256
  %1723 = load <16 x float>, ptr %1722, align 4
  %1724 = load <16 x float>, ptr %1707, align 4
  %1725 = fmul <16 x float> %1723, %1724
  store <16 x float> %1725, ptr %1722, align 4
  %t2.next = or disjoint i64 %t2.addr.02848, 1
  %.idx3060.1 = shl nsw i64 %t2.next, 9
  %1726 = getelementptr inbounds i8, ptr %PT, i64 %.idx3060.1
  %1727 = load <16 x float>, ptr %1726, align 4
  %.idx3061.1 = shl nsw i64 %t2.next, 8
  %1728 = getelementptr inbounds i8, ptr %M, i64 %.idx3061.1
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = fmul <16 x float> %1727, %1729
  store <16 x float> %1730, ptr %1726, align 4
  %1731 = getelementptr inbounds i8, ptr %29, i64 %.idx3060.1
  %1732 = load <16 x float>, ptr %1731, align 4
  %1733 = getelementptr inbounds i8, ptr %30, i64 %.idx3061.1
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = fmul <16 x float> %1732, %1734
  store <16 x float> %1735, ptr %1731, align 4
  %1736 = getelementptr inbounds i8, ptr %31, i64 %.idx3060.1
  %1737 = load <16 x float>, ptr %1736, align 4
  %1738 = getelementptr inbounds i8, ptr %32, i64 %.idx3061.1
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = fmul <16 x float> %1737, %1739
  store <16 x float> %1740, ptr %1736, align 4
  %1741 = getelementptr inbounds i8, ptr %33, i64 %.idx3060.1
  %1742 = load <16 x float>, ptr %1741, align 4
  %1743 = getelementptr inbounds i8, ptr %34, i64 %.idx3061.1
  %1744 = load <16 x float>, ptr %1743, align 4
  %1745 = fmul <16 x float> %1742, %1744
  store <16 x float> %1745, ptr %1741, align 4
  %1746 = getelementptr inbounds i8, ptr %1726, i64 256
  %1747 = load <16 x float>, ptr %1746, align 4
  %1748 = load <16 x float>, ptr %1728, align 4
  %1749 = fmul <16 x float> %1747, %1748
  store <16 x float> %1749, ptr %1746, align 4
  %1750 = getelementptr inbounds i8, ptr %1731, i64 256
  %1751 = load <16 x float>, ptr %1750, align 4
  %1752 = load <16 x float>, ptr %1733, align 4
  %1753 = fmul <16 x float> %1751, %1752
  store <16 x float> %1753, ptr %1750, align 4
  %1754 = getelementptr inbounds i8, ptr %1736, i64 256
  %1755 = load <16 x float>, ptr %1754, align 4
  %1756 = load <16 x float>, ptr %1738, align 4
  %1757 = fmul <16 x float> %1755, %1756
  store <16 x float> %1757, ptr %1754, align 4
  %1758 = getelementptr inbounds i8, ptr %1741, i64 256
  %1759 = load <16 x float>, ptr %1758, align 4
  %1760 = load <16 x float>, ptr %1743, align 4
  %1761 = fmul <16 x float> %1759, %1760
  store <16 x float> %1761, ptr %1758, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02848, 2
  %exitcond3289.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond3289.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02850 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3064 = shl nsw i64 %i33.addr.02850, 9
  %gep3574 = getelementptr inbounds i8, ptr %invariant.gep3573, i64 %.idx3064
  %1762 = load <16 x float>, ptr %gep3574, align 4
  %.idx3065 = shl nsw i64 %i33.addr.02850, 8
  %gep3576 = getelementptr inbounds i8, ptr %invariant.gep3575, i64 %.idx3065
  store <16 x float> %1762, ptr %gep3576, align 4
  %gep3578 = getelementptr inbounds i8, ptr %invariant.gep3577, i64 %.idx3064
  %1763 = load <16 x float>, ptr %gep3578, align 4
  %gep3580 = getelementptr inbounds i8, ptr %invariant.gep3579, i64 %.idx3065
  store <16 x float> %1763, ptr %gep3580, align 4
  %gep3582 = getelementptr inbounds i8, ptr %invariant.gep3581, i64 %.idx3064
  %1764 = load <16 x float>, ptr %gep3582, align 4
  %gep3584 = getelementptr inbounds i8, ptr %invariant.gep3583, i64 %.idx3065
  store <16 x float> %1764, ptr %gep3584, align 4
  %gep3586 = getelementptr inbounds i8, ptr %invariant.gep3585, i64 %.idx3064
  %1765 = load <16 x float>, ptr %gep3586, align 4
  %gep3588 = getelementptr inbounds i8, ptr %invariant.gep3587, i64 %.idx3065
  store <16 x float> %1765, ptr %gep3588, align 4
  %i33.next = or disjoint i64 %i33.addr.02850, 1
  %.idx3064.1 = shl nsw i64 %i33.next, 9
  %gep3574.1 = getelementptr inbounds i8, ptr %invariant.gep3573, i64 %.idx3064.1
  %1766 = load <16 x float>, ptr %gep3574.1, align 4
  %.idx3065.1 = shl nsw i64 %i33.next, 8
  %gep3576.1 = getelementptr inbounds i8, ptr %invariant.gep3575, i64 %.idx3065.1
  store <16 x float> %1766, ptr %gep3576.1, align 4
  %gep3578.1 = getelementptr inbounds i8, ptr %invariant.gep3577, i64 %.idx3064.1
  %1767 = load <16 x float>, ptr %gep3578.1, align 4
  %gep3580.1 = getelementptr inbounds i8, ptr %invariant.gep3579, i64 %.idx3065.1
  store <16 x float> %1767, ptr %gep3580.1, align 4
  %gep3582.1 = getelementptr inbounds i8, ptr %invariant.gep3581, i64 %.idx3064.1
  %1768 = load <16 x float>, ptr %gep3582.1, align 4
  %gep3584.1 = getelementptr inbounds i8, ptr %invariant.gep3583, i64 %.idx3065.1
  store <16 x float> %1768, ptr %gep3584.1, align 4
  %gep3586.1 = getelementptr inbounds i8, ptr %invariant.gep3585, i64 %.idx3064.1
  %1769 = load <16 x float>, ptr %gep3586.1, align 4
  %gep3588.1 = getelementptr inbounds i8, ptr %invariant.gep3587, i64 %.idx3065.1
  store <16 x float> %1769, ptr %gep3588.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02850, 2
  %.idx3064.2 = shl nsw i64 %i33.next.1, 9
  %gep3574.2 = getelementptr inbounds i8, ptr %invariant.gep3573, i64 %.idx3064.2
  %1770 = load <16 x float>, ptr %gep3574.2, align 4
  %.idx3065.2 = shl nsw i64 %i33.next.1, 8
  %gep3576.2 = getelementptr inbounds i8, ptr %invariant.gep3575, i64 %.idx3065.2
  store <16 x float> %1770, ptr %gep3576.2, align 4
  %gep3578.2 = getelementptr inbounds i8, ptr %invariant.gep3577, i64 %.idx3064.2
  %1771 = load <16 x float>, ptr %gep3578.2, align 4
  %gep3580.2 = getelementptr inbounds i8, ptr %invariant.gep3579, i64 %.idx3065.2
  store <16 x float> %1771, ptr %gep3580.2, align 4
  %gep3582.2 = getelementptr inbounds i8, ptr %invariant.gep3581, i64 %.idx3064.2
  %1772 = load <16 x float>, ptr %gep3582.2, align 4
  %gep3584.2 = getelementptr inbounds i8, ptr %invariant.gep3583, i64 %.idx3065.2
  store <16 x float> %1772, ptr %gep3584.2, align 4
  %gep3586.2 = getelementptr inbounds i8, ptr %invariant.gep3585, i64 %.idx3064.2
  %1773 = load <16 x float>, ptr %gep3586.2, align 4
  %gep3588.2 = getelementptr inbounds i8, ptr %invariant.gep3587, i64 %.idx3065.2
  store <16 x float> %1773, ptr %gep3588.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02850, 3
  %.idx3064.3 = shl nsw i64 %i33.next.2, 9
  %gep3574.3 = getelementptr inbounds i8, ptr %invariant.gep3573, i64 %.idx3064.3
  %1774 = load <16 x float>, ptr %gep3574.3, align 4
  %.idx3065.3 = shl nsw i64 %i33.next.2, 8
  %gep3576.3 = getelementptr inbounds i8, ptr %invariant.gep3575, i64 %.idx3065.3
  store <16 x float> %1774, ptr %gep3576.3, align 4
  %gep3578.3 = getelementptr inbounds i8, ptr %invariant.gep3577, i64 %.idx3064.3
  %1775 = load <16 x float>, ptr %gep3578.3, align 4
  %gep3580.3 = getelementptr inbounds i8, ptr %invariant.gep3579, i64 %.idx3065.3
  store <16 x float> %1775, ptr %gep3580.3, align 4
  %gep3582.3 = getelementptr inbounds i8, ptr %invariant.gep3581, i64 %.idx3064.3
  %1776 = load <16 x float>, ptr %gep3582.3, align 4
  %gep3584.3 = getelementptr inbounds i8, ptr %invariant.gep3583, i64 %.idx3065.3
  store <16 x float> %1776, ptr %gep3584.3, align 4
  %gep3586.3 = getelementptr inbounds i8, ptr %invariant.gep3585, i64 %.idx3064.3
  %1777 = load <16 x float>, ptr %gep3586.3, align 4
  %gep3588.3 = getelementptr inbounds i8, ptr %invariant.gep3587, i64 %.idx3065.3
  store <16 x float> %1777, ptr %gep3588.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.02850, 4
  %exitcond3292.not.3 = icmp eq i64 %i33.next.3, 128
  br i1 %exitcond3292.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02868 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %1778 = shl nuw nsw i64 %i34.addr.02868, 6
  %1779 = getelementptr inbounds float, ptr %OY, i64 %1778
  %1780 = getelementptr inbounds i8, ptr %1779, i64 16384
  %1781 = load <16 x float>, ptr %1780, align 4
  %1782 = getelementptr inbounds i8, ptr %1779, i64 16448
  %1783 = load <16 x float>, ptr %1782, align 4
  %1784 = getelementptr inbounds i8, ptr %1779, i64 16512
  %1785 = load <16 x float>, ptr %1784, align 4
  %1786 = getelementptr inbounds i8, ptr %1779, i64 16576
  %1787 = load <16 x float>, ptr %1786, align 4
  %1788 = getelementptr inbounds i8, ptr %1779, i64 16640
  %1789 = load <16 x float>, ptr %1788, align 4
  %1790 = getelementptr inbounds i8, ptr %1779, i64 16704
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = getelementptr inbounds i8, ptr %1779, i64 16768
  %1793 = load <16 x float>, ptr %1792, align 4
  %1794 = getelementptr inbounds i8, ptr %1779, i64 16832
  %1795 = load <16 x float>, ptr %1794, align 4
  %1796 = getelementptr inbounds i8, ptr %1779, i64 16896
  %1797 = load <16 x float>, ptr %1796, align 4
  %1798 = getelementptr inbounds i8, ptr %1779, i64 16960
  %1799 = load <16 x float>, ptr %1798, align 4
  %1800 = getelementptr inbounds i8, ptr %1779, i64 17024
  %1801 = load <16 x float>, ptr %1800, align 4
  %1802 = getelementptr inbounds i8, ptr %1779, i64 17088
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = getelementptr inbounds i8, ptr %1779, i64 17152
  %1805 = load <16 x float>, ptr %1804, align 4
  %1806 = getelementptr inbounds i8, ptr %1779, i64 17216
  %1807 = load <16 x float>, ptr %1806, align 4
  %1808 = getelementptr inbounds i8, ptr %1779, i64 17280
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = getelementptr inbounds i8, ptr %1779, i64 17344
  %1811 = load <16 x float>, ptr %1810, align 4
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02867 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc71.02866 = phi <16 x float> [ %1811, %i34.body ], [ %1859, %p7.body ]
  %acc70.02865 = phi <16 x float> [ %1809, %i34.body ], [ %1858, %p7.body ]
  %acc69.02864 = phi <16 x float> [ %1807, %i34.body ], [ %1857, %p7.body ]
  %acc68.02863 = phi <16 x float> [ %1805, %i34.body ], [ %1856, %p7.body ]
  %acc67.02862 = phi <16 x float> [ %1803, %i34.body ], [ %1850, %p7.body ]
  %acc66.02861 = phi <16 x float> [ %1801, %i34.body ], [ %1849, %p7.body ]
  %acc65.02860 = phi <16 x float> [ %1799, %i34.body ], [ %1848, %p7.body ]
  %acc64.02859 = phi <16 x float> [ %1797, %i34.body ], [ %1847, %p7.body ]
  %acc63.02858 = phi <16 x float> [ %1795, %i34.body ], [ %1841, %p7.body ]
  %acc62.02857 = phi <16 x float> [ %1793, %i34.body ], [ %1840, %p7.body ]
  %acc61.02856 = phi <16 x float> [ %1791, %i34.body ], [ %1839, %p7.body ]
  %acc60.02855 = phi <16 x float> [ %1789, %i34.body ], [ %1838, %p7.body ]
  %acc59.02854 = phi <16 x float> [ %1787, %i34.body ], [ %1832, %p7.body ]
  %acc58.02853 = phi <16 x float> [ %1785, %i34.body ], [ %1831, %p7.body ]
  %acc57.02852 = phi <16 x float> [ %1783, %i34.body ], [ %1830, %p7.body ]
  %acc56.02851 = phi <16 x float> [ %1781, %i34.body ], [ %1829, %p7.body ]
  %1812 = shl nuw nsw i64 %p7.addr.02867, 6
  %1813 = getelementptr inbounds float, ptr %OY, i64 %1812
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = or disjoint i64 %1812, 16
  %1816 = getelementptr inbounds float, ptr %OY, i64 %1815
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = or disjoint i64 %1812, 32
  %1819 = getelementptr inbounds float, ptr %OY, i64 %1818
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = or disjoint i64 %1812, 48
  %1822 = getelementptr inbounds float, ptr %OY, i64 %1821
  %1823 = load <16 x float>, ptr %1822, align 4
  %1824 = or disjoint i64 %p7.addr.02867, %1778
  %1825 = getelementptr inbounds float, ptr %PT, i64 %1824
  %1826 = load float, ptr %1825, align 4
  %1827 = insertelement <16 x float> poison, float %1826, i64 0
  %1828 = shufflevector <16 x float> %1827, <16 x float> poison, <16 x i32> zeroinitializer
  %1829 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1814, <16 x float> %acc56.02851)
  %1830 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1817, <16 x float> %acc57.02852)
  %1831 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1820, <16 x float> %acc58.02853)
  %1832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1823, <16 x float> %acc59.02854)
  %1833 = or disjoint i64 %1824, 64
  %1834 = getelementptr inbounds float, ptr %PT, i64 %1833
  %1835 = load float, ptr %1834, align 4
  %1836 = insertelement <16 x float> poison, float %1835, i64 0
  %1837 = shufflevector <16 x float> %1836, <16 x float> poison, <16 x i32> zeroinitializer
  %1838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1814, <16 x float> %acc60.02855)
  %1839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1817, <16 x float> %acc61.02856)
  %1840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1820, <16 x float> %acc62.02857)
  %1841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1823, <16 x float> %acc63.02858)
  %1842 = or disjoint i64 %1824, 128
  %1843 = getelementptr inbounds float, ptr %PT, i64 %1842
  %1844 = load float, ptr %1843, align 4
  %1845 = insertelement <16 x float> poison, float %1844, i64 0
  %1846 = shufflevector <16 x float> %1845, <16 x float> poison, <16 x i32> zeroinitializer
  %1847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1846, <16 x float> %1814, <16 x float> %acc64.02859)
  %1848 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1846, <16 x float> %1817, <16 x float> %acc65.02860)
  %1849 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1846, <16 x float> %1820, <16 x float> %acc66.02861)
  %1850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1846, <16 x float> %1823, <16 x float> %acc67.02862)
  %1851 = or disjoint i64 %1824, 192
  %1852 = getelementptr inbounds float, ptr %PT, i64 %1851
  %1853 = load float, ptr %1852, align 4
  %1854 = insertelement <16 x float> poison, float %1853, i64 0
  %1855 = shufflevector <16 x float> %1854, <16 x float> poison, <16 x i32> zeroinitializer
  %1856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1814, <16 x float> %acc68.02863)
  %1857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1817, <16 x float> %acc69.02864)
  %1858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1820, <16 x float> %acc70.02865)
  %1859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1823, <16 x float> %acc71.02866)
  %p7.next = add nuw nsw i64 %p7.addr.02867, 1
  %exitcond3293.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3293.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1829, ptr %1780, align 4
  store <16 x float> %1830, ptr %1782, align 4
  store <16 x float> %1831, ptr %1784, align 4
  store <16 x float> %1832, ptr %1786, align 4
  store <16 x float> %1838, ptr %1788, align 4
  store <16 x float> %1839, ptr %1790, align 4
  store <16 x float> %1840, ptr %1792, align 4
  store <16 x float> %1841, ptr %1794, align 4
  store <16 x float> %1847, ptr %1796, align 4
  store <16 x float> %1848, ptr %1798, align 4
  store <16 x float> %1849, ptr %1800, align 4
  store <16 x float> %1850, ptr %1802, align 4
  store <16 x float> %1856, ptr %1804, align 4
  store <16 x float> %1857, ptr %1806, align 4
  store <16 x float> %1858, ptr %1808, align 4
  store <16 x float> %1859, ptr %1810, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02868, 4
  %1860 = icmp ult i64 %i34.addr.02868, 124
  br i1 %1860, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02886 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1861 = shl nuw nsw i64 %i35.addr.02886, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02885 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.02884 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1909, %p8.body ]
  %acc86.02883 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1908, %p8.body ]
  %acc85.02882 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1907, %p8.body ]
  %acc84.02881 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1906, %p8.body ]
  %acc83.02880 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1900, %p8.body ]
  %acc82.02879 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1899, %p8.body ]
  %acc81.02878 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1898, %p8.body ]
  %acc80.02877 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1897, %p8.body ]
  %acc79.02876 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1891, %p8.body ]
  %acc78.02875 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1890, %p8.body ]
  %acc77.02874 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1889, %p8.body ]
  %acc76.02873 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1888, %p8.body ]
  %acc75.02872 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1882, %p8.body ]
  %acc74.02871 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1881, %p8.body ]
  %acc73.02870 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1880, %p8.body ]
  %acc72.02869 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1879, %p8.body ]
  %1862 = shl nuw nsw i64 %p8.addr.02885, 6
  %1863 = getelementptr inbounds float, ptr %dOT, i64 %1862
  %1864 = load <16 x float>, ptr %1863, align 4
  %1865 = or disjoint i64 %1862, 16
  %1866 = getelementptr inbounds float, ptr %dOT, i64 %1865
  %1867 = load <16 x float>, ptr %1866, align 4
  %1868 = or disjoint i64 %1862, 32
  %1869 = getelementptr inbounds float, ptr %dOT, i64 %1868
  %1870 = load <16 x float>, ptr %1869, align 4
  %1871 = or disjoint i64 %1862, 48
  %1872 = getelementptr inbounds float, ptr %dOT, i64 %1871
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = add nuw nsw i64 %p8.addr.02885, %1861
  %1875 = getelementptr inbounds float, ptr %Vn, i64 %1874
  %1876 = load float, ptr %1875, align 4
  %1877 = insertelement <16 x float> poison, float %1876, i64 0
  %1878 = shufflevector <16 x float> %1877, <16 x float> poison, <16 x i32> zeroinitializer
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1864, <16 x float> %acc72.02869)
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1867, <16 x float> %acc73.02870)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1870, <16 x float> %acc74.02871)
  %1882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1873, <16 x float> %acc75.02872)
  %1883 = or disjoint i64 %1874, 64
  %1884 = getelementptr inbounds float, ptr %Vn, i64 %1883
  %1885 = load float, ptr %1884, align 4
  %1886 = insertelement <16 x float> poison, float %1885, i64 0
  %1887 = shufflevector <16 x float> %1886, <16 x float> poison, <16 x i32> zeroinitializer
  %1888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1864, <16 x float> %acc76.02873)
  %1889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1867, <16 x float> %acc77.02874)
  %1890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1870, <16 x float> %acc78.02875)
  %1891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1873, <16 x float> %acc79.02876)
  %1892 = or disjoint i64 %1874, 128
  %1893 = getelementptr inbounds float, ptr %Vn, i64 %1892
  %1894 = load float, ptr %1893, align 4
  %1895 = insertelement <16 x float> poison, float %1894, i64 0
  %1896 = shufflevector <16 x float> %1895, <16 x float> poison, <16 x i32> zeroinitializer
  %1897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1864, <16 x float> %acc80.02877)
  %1898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1867, <16 x float> %acc81.02878)
  %1899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1870, <16 x float> %acc82.02879)
  %1900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1873, <16 x float> %acc83.02880)
  %1901 = or disjoint i64 %1874, 192
  %1902 = getelementptr inbounds float, ptr %Vn, i64 %1901
  %1903 = load float, ptr %1902, align 4
  %1904 = insertelement <16 x float> poison, float %1903, i64 0
  %1905 = shufflevector <16 x float> %1904, <16 x float> poison, <16 x i32> zeroinitializer
  %1906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1905, <16 x float> %1864, <16 x float> %acc84.02881)
  %1907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1905, <16 x float> %1867, <16 x float> %acc85.02882)
  %1908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1905, <16 x float> %1870, <16 x float> %acc86.02883)
  %1909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1905, <16 x float> %1873, <16 x float> %acc87.02884)
  %p8.next = add nuw nsw i64 %p8.addr.02885, 1
  %exitcond3294.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3294.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1910 = mul nuw nsw i64 %i35.addr.02886, 320
  %1911 = or disjoint i64 %1910, 128
  %1912 = getelementptr inbounds float, ptr %Ak, i64 %1911
  store <16 x float> %1879, ptr %1912, align 4
  %1913 = or disjoint i64 %1910, 144
  %1914 = getelementptr inbounds float, ptr %Ak, i64 %1913
  store <16 x float> %1880, ptr %1914, align 4
  %1915 = or disjoint i64 %1910, 160
  %1916 = getelementptr inbounds float, ptr %Ak, i64 %1915
  store <16 x float> %1881, ptr %1916, align 4
  %1917 = or disjoint i64 %1910, 176
  %1918 = getelementptr inbounds float, ptr %Ak, i64 %1917
  store <16 x float> %1882, ptr %1918, align 4
  %1919 = getelementptr inbounds float, ptr %Ak, i64 %1910
  %1920 = getelementptr inbounds i8, ptr %1919, i64 1792
  store <16 x float> %1888, ptr %1920, align 4
  %1921 = getelementptr inbounds i8, ptr %1919, i64 1856
  store <16 x float> %1889, ptr %1921, align 4
  %1922 = getelementptr inbounds i8, ptr %1919, i64 1920
  store <16 x float> %1890, ptr %1922, align 4
  %1923 = getelementptr inbounds i8, ptr %1919, i64 1984
  store <16 x float> %1891, ptr %1923, align 4
  %1924 = getelementptr inbounds i8, ptr %1919, i64 3072
  store <16 x float> %1897, ptr %1924, align 4
  %1925 = getelementptr inbounds i8, ptr %1919, i64 3136
  store <16 x float> %1898, ptr %1925, align 4
  %1926 = getelementptr inbounds i8, ptr %1919, i64 3200
  store <16 x float> %1899, ptr %1926, align 4
  %1927 = getelementptr inbounds i8, ptr %1919, i64 3264
  store <16 x float> %1900, ptr %1927, align 4
  %1928 = getelementptr inbounds i8, ptr %1919, i64 4352
  store <16 x float> %1906, ptr %1928, align 4
  %1929 = getelementptr inbounds i8, ptr %1919, i64 4416
  store <16 x float> %1907, ptr %1929, align 4
  %1930 = getelementptr inbounds i8, ptr %1919, i64 4480
  store <16 x float> %1908, ptr %1930, align 4
  %1931 = getelementptr inbounds i8, ptr %1919, i64 4544
  store <16 x float> %1909, ptr %1931, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02886, 4
  %1932 = icmp ult i64 %i35.addr.02886, 124
  br i1 %1932, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.02889 = phi i64 [ %t3.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3066 = mul nuw nsw i64 %t3.addr.02889, 2560
  %1933 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3066
  %1934 = getelementptr inbounds i8, ptr %1933, i64 512
  %1935 = load <16 x float>, ptr %1934, align 4
  %.idx3067 = shl nsw i64 %t3.addr.02889, 8
  %1936 = getelementptr inbounds i8, ptr %M, i64 %.idx3067
  %1937 = load <16 x float>, ptr %1936, align 4
  %1938 = fmul <16 x float> %1935, %1937
  store <16 x float> %1938, ptr %1934, align 4
  %1939 = getelementptr inbounds i8, ptr %35, i64 %.idx3066
  %1940 = getelementptr inbounds i8, ptr %1939, i64 512
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = getelementptr inbounds i8, ptr %30, i64 %.idx3067
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = fmul <16 x float> %1941, %1943
  store <16 x float> %1944, ptr %1940, align 4
  %1945 = getelementptr inbounds i8, ptr %36, i64 %.idx3066
  %1946 = getelementptr inbounds i8, ptr %1945, i64 512
  %1947 = load <16 x float>, ptr %1946, align 4
  %1948 = getelementptr inbounds i8, ptr %32, i64 %.idx3067
  %1949 = load <16 x float>, ptr %1948, align 4
  %1950 = fmul <16 x float> %1947, %1949
  store <16 x float> %1950, ptr %1946, align 4
  %1951 = getelementptr inbounds i8, ptr %37, i64 %.idx3066
  %1952 = getelementptr inbounds i8, ptr %1951, i64 512
  %1953 = load <16 x float>, ptr %1952, align 4
  %1954 = getelementptr inbounds i8, ptr %34, i64 %.idx3067
  %1955 = load <16 x float>, ptr %1954, align 4
  %1956 = fmul <16 x float> %1953, %1955
  store <16 x float> %1956, ptr %1952, align 4
  %1957 = getelementptr inbounds i8, ptr %1933, i64 1792
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = load <16 x float>, ptr %1936, align 4
  %1960 = fmul <16 x float> %1958, %1959
  store <16 x float> %1960, ptr %1957, align 4
  %1961 = getelementptr inbounds i8, ptr %1939, i64 1792
  %1962 = load <16 x float>, ptr %1961, align 4
  %1963 = load <16 x float>, ptr %1942, align 4
  %1964 = fmul <16 x float> %1962, %1963
  store <16 x float> %1964, ptr %1961, align 4
  %1965 = getelementptr inbounds i8, ptr %1945, i64 1792
  %1966 = load <16 x float>, ptr %1965, align 4
  %1967 = load <16 x float>, ptr %1948, align 4
  %1968 = fmul <16 x float> %1966, %1967
  store <16 x float> %1968, ptr %1965, align 4
  %1969 = getelementptr inbounds i8, ptr %1951, i64 1792
  %1970 = load <16 x float>, ptr %1969, align 4
  %1971 = load <16 x float>, ptr %1954, align 4
  %1972 = fmul <16 x float> %1970, %1971
  store <16 x float> %1972, ptr %1969, align 4
  %t3.next = or disjoint i64 %t3.addr.02889, 1
  %.idx3066.1 = mul nuw nsw i64 %t3.next, 2560
  %1973 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3066.1
  %1974 = getelementptr inbounds i8, ptr %1973, i64 512
  %1975 = load <16 x float>, ptr %1974, align 4
  %.idx3067.1 = shl nsw i64 %t3.next, 8
  %1976 = getelementptr inbounds i8, ptr %M, i64 %.idx3067.1
  %1977 = load <16 x float>, ptr %1976, align 4
  %1978 = fmul <16 x float> %1975, %1977
  store <16 x float> %1978, ptr %1974, align 4
  %1979 = getelementptr inbounds i8, ptr %35, i64 %.idx3066.1
  %1980 = getelementptr inbounds i8, ptr %1979, i64 512
  %1981 = load <16 x float>, ptr %1980, align 4
  %1982 = getelementptr inbounds i8, ptr %30, i64 %.idx3067.1
  %1983 = load <16 x float>, ptr %1982, align 4
  %1984 = fmul <16 x float> %1981, %1983
  store <16 x float> %1984, ptr %1980, align 4
  %1985 = getelementptr inbounds i8, ptr %36, i64 %.idx3066.1
  %1986 = getelementptr inbounds i8, ptr %1985, i64 512
  %1987 = load <16 x float>, ptr %1986, align 4
  %1988 = getelementptr inbounds i8, ptr %32, i64 %.idx3067.1
  %1989 = load <16 x float>, ptr %1988, align 4
  %1990 = fmul <16 x float> %1987, %1989
  store <16 x float> %1990, ptr %1986, align 4
  %1991 = getelementptr inbounds i8, ptr %37, i64 %.idx3066.1
  %1992 = getelementptr inbounds i8, ptr %1991, i64 512
  %1993 = load <16 x float>, ptr %1992, align 4
  %1994 = getelementptr inbounds i8, ptr %34, i64 %.idx3067.1
  %1995 = load <16 x float>, ptr %1994, align 4
  %1996 = fmul <16 x float> %1993, %1995
  store <16 x float> %1996, ptr %1992, align 4
  %1997 = getelementptr inbounds i8, ptr %1973, i64 1792
  %1998 = load <16 x float>, ptr %1997, align 4
  %1999 = load <16 x float>, ptr %1976, align 4
  %2000 = fmul <16 x float> %1998, %1999
  store <16 x float> %2000, ptr %1997, align 4
  %2001 = getelementptr inbounds i8, ptr %1979, i64 1792
  %2002 = load <16 x float>, ptr %2001, align 4
  %2003 = load <16 x float>, ptr %1982, align 4
  %2004 = fmul <16 x float> %2002, %2003
  store <16 x float> %2004, ptr %2001, align 4
  %2005 = getelementptr inbounds i8, ptr %1985, i64 1792
  %2006 = load <16 x float>, ptr %2005, align 4
  %2007 = load <16 x float>, ptr %1988, align 4
  %2008 = fmul <16 x float> %2006, %2007
  store <16 x float> %2008, ptr %2005, align 4
  %2009 = getelementptr inbounds i8, ptr %1991, i64 1792
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = load <16 x float>, ptr %1994, align 4
  %2012 = fmul <16 x float> %2010, %2011
  store <16 x float> %2012, ptr %2009, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02889, 2
  %exitcond3295.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3295.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02907 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2013 = shl nuw nsw i64 %i38.addr.02907, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02906 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.02905 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2062, %p9.body ]
  %acc102.02904 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2061, %p9.body ]
  %acc101.02903 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2060, %p9.body ]
  %acc100.02902 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2059, %p9.body ]
  %acc99.02901 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2053, %p9.body ]
  %acc98.02900 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2052, %p9.body ]
  %acc97.02899 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2051, %p9.body ]
  %acc96.02898 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2050, %p9.body ]
  %acc95.02897 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2044, %p9.body ]
  %acc94.02896 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2043, %p9.body ]
  %acc93.02895 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2042, %p9.body ]
  %acc92.02894 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2041, %p9.body ]
  %acc91.02893 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2035, %p9.body ]
  %acc90.02892 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2034, %p9.body ]
  %acc89.02891 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2033, %p9.body ]
  %acc88.02890 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2032, %p9.body ]
  %2014 = shl nuw nsw i64 %p9.addr.02906, 6
  %2015 = or disjoint i64 %2014, 4096
  %2016 = getelementptr inbounds float, ptr %Bk, i64 %2015
  %2017 = load <16 x float>, ptr %2016, align 4
  %2018 = or disjoint i64 %2014, 4112
  %2019 = getelementptr inbounds float, ptr %Bk, i64 %2018
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = or disjoint i64 %2014, 4128
  %2022 = getelementptr inbounds float, ptr %Bk, i64 %2021
  %2023 = load <16 x float>, ptr %2022, align 4
  %2024 = or disjoint i64 %2014, 4144
  %2025 = getelementptr inbounds float, ptr %Bk, i64 %2024
  %2026 = load <16 x float>, ptr %2025, align 4
  %2027 = add nuw nsw i64 %p9.addr.02906, %2013
  %2028 = getelementptr inbounds float, ptr %OY, i64 %2027
  %2029 = load float, ptr %2028, align 4
  %2030 = insertelement <16 x float> poison, float %2029, i64 0
  %2031 = shufflevector <16 x float> %2030, <16 x float> poison, <16 x i32> zeroinitializer
  %2032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %2017, <16 x float> %acc88.02890)
  %2033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %2020, <16 x float> %acc89.02891)
  %2034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %2023, <16 x float> %acc90.02892)
  %2035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %2026, <16 x float> %acc91.02893)
  %2036 = or disjoint i64 %2027, 64
  %2037 = getelementptr inbounds float, ptr %OY, i64 %2036
  %2038 = load float, ptr %2037, align 4
  %2039 = insertelement <16 x float> poison, float %2038, i64 0
  %2040 = shufflevector <16 x float> %2039, <16 x float> poison, <16 x i32> zeroinitializer
  %2041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2040, <16 x float> %2017, <16 x float> %acc92.02894)
  %2042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2040, <16 x float> %2020, <16 x float> %acc93.02895)
  %2043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2040, <16 x float> %2023, <16 x float> %acc94.02896)
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2040, <16 x float> %2026, <16 x float> %acc95.02897)
  %2045 = or disjoint i64 %2027, 128
  %2046 = getelementptr inbounds float, ptr %OY, i64 %2045
  %2047 = load float, ptr %2046, align 4
  %2048 = insertelement <16 x float> poison, float %2047, i64 0
  %2049 = shufflevector <16 x float> %2048, <16 x float> poison, <16 x i32> zeroinitializer
  %2050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2049, <16 x float> %2017, <16 x float> %acc96.02898)
  %2051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2049, <16 x float> %2020, <16 x float> %acc97.02899)
  %2052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2049, <16 x float> %2023, <16 x float> %acc98.02900)
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2049, <16 x float> %2026, <16 x float> %acc99.02901)
  %2054 = or disjoint i64 %2027, 192
  %2055 = getelementptr inbounds float, ptr %OY, i64 %2054
  %2056 = load float, ptr %2055, align 4
  %2057 = insertelement <16 x float> poison, float %2056, i64 0
  %2058 = shufflevector <16 x float> %2057, <16 x float> poison, <16 x i32> zeroinitializer
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2017, <16 x float> %acc100.02902)
  %2060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2020, <16 x float> %acc101.02903)
  %2061 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2023, <16 x float> %acc102.02904)
  %2062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2026, <16 x float> %acc103.02905)
  %p9.next = add nuw nsw i64 %p9.addr.02906, 1
  %exitcond3296.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3296.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2063 = getelementptr inbounds float, ptr %dQc, i64 %2013
  store <16 x float> %2032, ptr %2063, align 4
  %2064 = or disjoint i64 %2013, 16
  %2065 = getelementptr inbounds float, ptr %dQc, i64 %2064
  store <16 x float> %2033, ptr %2065, align 4
  %2066 = or disjoint i64 %2013, 32
  %2067 = getelementptr inbounds float, ptr %dQc, i64 %2066
  store <16 x float> %2034, ptr %2067, align 4
  %2068 = or disjoint i64 %2013, 48
  %2069 = getelementptr inbounds float, ptr %dQc, i64 %2068
  store <16 x float> %2035, ptr %2069, align 4
  %2070 = or disjoint i64 %2013, 64
  %2071 = getelementptr inbounds float, ptr %dQc, i64 %2070
  store <16 x float> %2041, ptr %2071, align 4
  %2072 = or disjoint i64 %2013, 80
  %2073 = getelementptr inbounds float, ptr %dQc, i64 %2072
  store <16 x float> %2042, ptr %2073, align 4
  %2074 = or disjoint i64 %2013, 96
  %2075 = getelementptr inbounds float, ptr %dQc, i64 %2074
  store <16 x float> %2043, ptr %2075, align 4
  %2076 = or disjoint i64 %2013, 112
  %2077 = getelementptr inbounds float, ptr %dQc, i64 %2076
  store <16 x float> %2044, ptr %2077, align 4
  %2078 = or disjoint i64 %2013, 128
  %2079 = getelementptr inbounds float, ptr %dQc, i64 %2078
  store <16 x float> %2050, ptr %2079, align 4
  %2080 = or disjoint i64 %2013, 144
  %2081 = getelementptr inbounds float, ptr %dQc, i64 %2080
  store <16 x float> %2051, ptr %2081, align 4
  %2082 = or disjoint i64 %2013, 160
  %2083 = getelementptr inbounds float, ptr %dQc, i64 %2082
  store <16 x float> %2052, ptr %2083, align 4
  %2084 = or disjoint i64 %2013, 176
  %2085 = getelementptr inbounds float, ptr %dQc, i64 %2084
  store <16 x float> %2053, ptr %2085, align 4
  %2086 = or disjoint i64 %2013, 192
  %2087 = getelementptr inbounds float, ptr %dQc, i64 %2086
  store <16 x float> %2059, ptr %2087, align 4
  %2088 = or disjoint i64 %2013, 208
  %2089 = getelementptr inbounds float, ptr %dQc, i64 %2088
  store <16 x float> %2060, ptr %2089, align 4
  %2090 = or disjoint i64 %2013, 224
  %2091 = getelementptr inbounds float, ptr %dQc, i64 %2090
  store <16 x float> %2061, ptr %2091, align 4
  %2092 = or disjoint i64 %2013, 240
  %2093 = getelementptr inbounds float, ptr %dQc, i64 %2092
  store <16 x float> %2062, ptr %2093, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02907, 4
  %2094 = icmp ult i64 %i38.addr.02907, 60
  br i1 %2094, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %p10.exit
  %i39.addr.02925 = phi i64 [ %i39.next, %p10.exit ], [ 0, %p9.exit ]
  %2095 = shl nuw nsw i64 %i39.addr.02925, 6
  %2096 = getelementptr inbounds float, ptr %dQc, i64 %2095
  %2097 = load <16 x float>, ptr %2096, align 4
  %2098 = or disjoint i64 %2095, 16
  %2099 = getelementptr inbounds float, ptr %dQc, i64 %2098
  %2100 = load <16 x float>, ptr %2099, align 4
  %2101 = or disjoint i64 %2095, 32
  %2102 = getelementptr inbounds float, ptr %dQc, i64 %2101
  %2103 = load <16 x float>, ptr %2102, align 4
  %2104 = or disjoint i64 %2095, 48
  %2105 = getelementptr inbounds float, ptr %dQc, i64 %2104
  %2106 = load <16 x float>, ptr %2105, align 4
  %2107 = or disjoint i64 %i39.addr.02925, 1
  %2108 = shl nuw nsw i64 %2107, 6
  %2109 = getelementptr inbounds float, ptr %dQc, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = or disjoint i64 %2108, 16
  %2112 = getelementptr inbounds float, ptr %dQc, i64 %2111
  %2113 = load <16 x float>, ptr %2112, align 4
  %2114 = or disjoint i64 %2108, 32
  %2115 = getelementptr inbounds float, ptr %dQc, i64 %2114
  %2116 = load <16 x float>, ptr %2115, align 4
  %2117 = or disjoint i64 %2108, 48
  %2118 = getelementptr inbounds float, ptr %dQc, i64 %2117
  %2119 = load <16 x float>, ptr %2118, align 4
  %2120 = or disjoint i64 %i39.addr.02925, 2
  %2121 = shl nuw nsw i64 %2120, 6
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2121
  %2123 = load <16 x float>, ptr %2122, align 4
  %2124 = or disjoint i64 %2121, 16
  %2125 = getelementptr inbounds float, ptr %dQc, i64 %2124
  %2126 = load <16 x float>, ptr %2125, align 4
  %2127 = or disjoint i64 %2121, 32
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  %2129 = load <16 x float>, ptr %2128, align 4
  %2130 = or disjoint i64 %2121, 48
  %2131 = getelementptr inbounds float, ptr %dQc, i64 %2130
  %2132 = load <16 x float>, ptr %2131, align 4
  %2133 = or disjoint i64 %i39.addr.02925, 3
  %2134 = shl nuw nsw i64 %2133, 6
  %2135 = getelementptr inbounds float, ptr %dQc, i64 %2134
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = or disjoint i64 %2134, 16
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  %2139 = load <16 x float>, ptr %2138, align 4
  %2140 = or disjoint i64 %2134, 32
  %2141 = getelementptr inbounds float, ptr %dQc, i64 %2140
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = or disjoint i64 %2134, 48
  %2144 = getelementptr inbounds float, ptr %dQc, i64 %2143
  %2145 = load <16 x float>, ptr %2144, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02924 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.02923 = phi <16 x float> [ %2145, %i39.body ], [ %2192, %p10.body ]
  %acc118.02922 = phi <16 x float> [ %2142, %i39.body ], [ %2191, %p10.body ]
  %acc117.02921 = phi <16 x float> [ %2139, %i39.body ], [ %2190, %p10.body ]
  %acc116.02920 = phi <16 x float> [ %2136, %i39.body ], [ %2189, %p10.body ]
  %acc115.02919 = phi <16 x float> [ %2132, %i39.body ], [ %2183, %p10.body ]
  %acc114.02918 = phi <16 x float> [ %2129, %i39.body ], [ %2182, %p10.body ]
  %acc113.02917 = phi <16 x float> [ %2126, %i39.body ], [ %2181, %p10.body ]
  %acc112.02916 = phi <16 x float> [ %2123, %i39.body ], [ %2180, %p10.body ]
  %acc111.02915 = phi <16 x float> [ %2119, %i39.body ], [ %2174, %p10.body ]
  %acc110.02914 = phi <16 x float> [ %2116, %i39.body ], [ %2173, %p10.body ]
  %acc109.02913 = phi <16 x float> [ %2113, %i39.body ], [ %2172, %p10.body ]
  %acc108.02912 = phi <16 x float> [ %2110, %i39.body ], [ %2171, %p10.body ]
  %acc107.02911 = phi <16 x float> [ %2106, %i39.body ], [ %2165, %p10.body ]
  %acc106.02910 = phi <16 x float> [ %2103, %i39.body ], [ %2164, %p10.body ]
  %acc105.02909 = phi <16 x float> [ %2100, %i39.body ], [ %2163, %p10.body ]
  %acc104.02908 = phi <16 x float> [ %2097, %i39.body ], [ %2162, %p10.body ]
  %.idx2727 = shl nuw nsw i64 %p10.addr.02924, 8
  %2146 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2727
  %2147 = getelementptr inbounds i8, ptr %2146, i64 49152
  %2148 = load <16 x float>, ptr %2147, align 4
  %2149 = getelementptr inbounds i8, ptr %2146, i64 49216
  %2150 = load <16 x float>, ptr %2149, align 4
  %2151 = getelementptr inbounds i8, ptr %2146, i64 49280
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = getelementptr inbounds i8, ptr %2146, i64 49344
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = mul nuw nsw i64 %p10.addr.02924, 320
  %2156 = add nuw nsw i64 %2155, 128
  %2157 = or disjoint i64 %2156, %i39.addr.02925
  %2158 = getelementptr inbounds float, ptr %Ak, i64 %2157
  %2159 = load float, ptr %2158, align 4
  %2160 = insertelement <16 x float> poison, float %2159, i64 0
  %2161 = shufflevector <16 x float> %2160, <16 x float> poison, <16 x i32> zeroinitializer
  %2162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2161, <16 x float> %2148, <16 x float> %acc104.02908)
  %2163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2161, <16 x float> %2150, <16 x float> %acc105.02909)
  %2164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2161, <16 x float> %2152, <16 x float> %acc106.02910)
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2161, <16 x float> %2154, <16 x float> %acc107.02911)
  %2166 = or disjoint i64 %2156, %2107
  %2167 = getelementptr inbounds float, ptr %Ak, i64 %2166
  %2168 = load float, ptr %2167, align 4
  %2169 = insertelement <16 x float> poison, float %2168, i64 0
  %2170 = shufflevector <16 x float> %2169, <16 x float> poison, <16 x i32> zeroinitializer
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2148, <16 x float> %acc108.02912)
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2150, <16 x float> %acc109.02913)
  %2173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2152, <16 x float> %acc110.02914)
  %2174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2154, <16 x float> %acc111.02915)
  %2175 = or disjoint i64 %2156, %2120
  %2176 = getelementptr inbounds float, ptr %Ak, i64 %2175
  %2177 = load float, ptr %2176, align 4
  %2178 = insertelement <16 x float> poison, float %2177, i64 0
  %2179 = shufflevector <16 x float> %2178, <16 x float> poison, <16 x i32> zeroinitializer
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2148, <16 x float> %acc112.02916)
  %2181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2150, <16 x float> %acc113.02917)
  %2182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2152, <16 x float> %acc114.02918)
  %2183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2154, <16 x float> %acc115.02919)
  %2184 = or disjoint i64 %2156, %2133
  %2185 = getelementptr inbounds float, ptr %Ak, i64 %2184
  %2186 = load float, ptr %2185, align 4
  %2187 = insertelement <16 x float> poison, float %2186, i64 0
  %2188 = shufflevector <16 x float> %2187, <16 x float> poison, <16 x i32> zeroinitializer
  %2189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2148, <16 x float> %acc116.02920)
  %2190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2150, <16 x float> %acc117.02921)
  %2191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2152, <16 x float> %acc118.02922)
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2154, <16 x float> %acc119.02923)
  %p10.next = add nuw nsw i64 %p10.addr.02924, 1
  %exitcond3297.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3297.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2162, ptr %2096, align 4
  store <16 x float> %2163, ptr %2099, align 4
  store <16 x float> %2164, ptr %2102, align 4
  store <16 x float> %2165, ptr %2105, align 4
  store <16 x float> %2171, ptr %2109, align 4
  store <16 x float> %2172, ptr %2112, align 4
  store <16 x float> %2173, ptr %2115, align 4
  store <16 x float> %2174, ptr %2118, align 4
  store <16 x float> %2180, ptr %2122, align 4
  store <16 x float> %2181, ptr %2125, align 4
  store <16 x float> %2182, ptr %2128, align 4
  store <16 x float> %2183, ptr %2131, align 4
  store <16 x float> %2189, ptr %2135, align 4
  store <16 x float> %2190, ptr %2138, align 4
  store <16 x float> %2191, ptr %2141, align 4
  store <16 x float> %2192, ptr %2144, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02925, 4
  %2193 = icmp ult i64 %i39.addr.02925, 60
  br i1 %2193, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %p10.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02960 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2194 = shl nuw nsw i64 %ib1.addr.02960, 2
  %i01 = sub nuw nsw i64 124, %2194
  %2195 = shl nuw nsw i64 %i01, 6
  %2196 = getelementptr inbounds float, ptr %OY, i64 %2195
  %2197 = getelementptr inbounds i8, ptr %2196, i64 16384
  %2198 = load <16 x float>, ptr %2197, align 4
  %2199 = getelementptr inbounds i8, ptr %2196, i64 16448
  %2200 = load <16 x float>, ptr %2199, align 4
  %2201 = getelementptr inbounds i8, ptr %2196, i64 16512
  %2202 = load <16 x float>, ptr %2201, align 4
  %2203 = getelementptr inbounds i8, ptr %2196, i64 16576
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = sub nuw nsw i64 125, %2194
  %2206 = shl nuw nsw i64 %2205, 6
  %2207 = getelementptr inbounds float, ptr %OY, i64 %2206
  %2208 = getelementptr inbounds i8, ptr %2207, i64 16384
  %2209 = load <16 x float>, ptr %2208, align 4
  %2210 = getelementptr inbounds i8, ptr %2207, i64 16448
  %2211 = load <16 x float>, ptr %2210, align 4
  %2212 = getelementptr inbounds i8, ptr %2207, i64 16512
  %2213 = load <16 x float>, ptr %2212, align 4
  %2214 = getelementptr inbounds i8, ptr %2207, i64 16576
  %2215 = load <16 x float>, ptr %2214, align 4
  %2216 = sub nuw nsw i64 126, %2194
  %2217 = shl nuw nsw i64 %2216, 6
  %2218 = getelementptr inbounds float, ptr %OY, i64 %2217
  %2219 = getelementptr inbounds i8, ptr %2218, i64 16384
  %2220 = load <16 x float>, ptr %2219, align 4
  %2221 = getelementptr inbounds i8, ptr %2218, i64 16448
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = getelementptr inbounds i8, ptr %2218, i64 16512
  %2224 = load <16 x float>, ptr %2223, align 4
  %2225 = getelementptr inbounds i8, ptr %2218, i64 16576
  %2226 = load <16 x float>, ptr %2225, align 4
  %2227 = sub nuw nsw i64 127, %2194
  %2228 = shl nuw nsw i64 %2227, 6
  %2229 = getelementptr inbounds float, ptr %OY, i64 %2228
  %2230 = getelementptr inbounds i8, ptr %2229, i64 16384
  %2231 = load <16 x float>, ptr %2230, align 4
  %2232 = getelementptr inbounds i8, ptr %2229, i64 16448
  %2233 = load <16 x float>, ptr %2232, align 4
  %2234 = getelementptr inbounds i8, ptr %2229, i64 16512
  %2235 = load <16 x float>, ptr %2234, align 4
  %2236 = getelementptr inbounds i8, ptr %2229, i64 16576
  %2237 = load <16 x float>, ptr %2236, align 4
  %.not3070 = icmp eq i64 %ib1.addr.02960, 0
  br i1 %.not3070, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2238 = sub nuw nsw i64 128, %2194
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02943 = phi i64 [ %j30.next, %j30.body ], [ %2238, %j30.body.preheader ]
  %acc135.02942 = phi <16 x float> [ %2288, %j30.body ], [ %2237, %j30.body.preheader ]
  %acc134.02941 = phi <16 x float> [ %2287, %j30.body ], [ %2235, %j30.body.preheader ]
  %acc133.02940 = phi <16 x float> [ %2286, %j30.body ], [ %2233, %j30.body.preheader ]
  %acc132.02939 = phi <16 x float> [ %2285, %j30.body ], [ %2231, %j30.body.preheader ]
  %acc131.02938 = phi <16 x float> [ %2278, %j30.body ], [ %2226, %j30.body.preheader ]
  %acc130.02937 = phi <16 x float> [ %2277, %j30.body ], [ %2224, %j30.body.preheader ]
  %acc129.02936 = phi <16 x float> [ %2276, %j30.body ], [ %2222, %j30.body.preheader ]
  %acc128.02935 = phi <16 x float> [ %2275, %j30.body ], [ %2220, %j30.body.preheader ]
  %acc127.02934 = phi <16 x float> [ %2268, %j30.body ], [ %2215, %j30.body.preheader ]
  %acc126.02933 = phi <16 x float> [ %2267, %j30.body ], [ %2213, %j30.body.preheader ]
  %acc125.02932 = phi <16 x float> [ %2266, %j30.body ], [ %2211, %j30.body.preheader ]
  %acc124.02931 = phi <16 x float> [ %2265, %j30.body ], [ %2209, %j30.body.preheader ]
  %acc123.02930 = phi <16 x float> [ %2258, %j30.body ], [ %2204, %j30.body.preheader ]
  %acc122.02929 = phi <16 x float> [ %2257, %j30.body ], [ %2202, %j30.body.preheader ]
  %acc121.02928 = phi <16 x float> [ %2256, %j30.body ], [ %2200, %j30.body.preheader ]
  %acc120.02927 = phi <16 x float> [ %2255, %j30.body ], [ %2198, %j30.body.preheader ]
  %.idx2726 = shl nuw nsw i64 %j30.addr.02943, 8
  %2239 = getelementptr inbounds i8, ptr %OY, i64 %.idx2726
  %2240 = getelementptr inbounds i8, ptr %2239, i64 16384
  %2241 = load <16 x float>, ptr %2240, align 4
  %2242 = getelementptr inbounds i8, ptr %2239, i64 16448
  %2243 = load <16 x float>, ptr %2242, align 4
  %2244 = getelementptr inbounds i8, ptr %2239, i64 16512
  %2245 = load <16 x float>, ptr %2244, align 4
  %2246 = getelementptr inbounds i8, ptr %2239, i64 16576
  %2247 = load <16 x float>, ptr %2246, align 4
  %2248 = shl nuw nsw i64 %j30.addr.02943, 7
  %2249 = or disjoint i64 %2248, %i01
  %2250 = getelementptr inbounds float, ptr %Gm, i64 %2249
  %2251 = load float, ptr %2250, align 4
  %2252 = fneg float %2251
  %2253 = insertelement <16 x float> poison, float %2252, i64 0
  %2254 = shufflevector <16 x float> %2253, <16 x float> poison, <16 x i32> zeroinitializer
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2241, <16 x float> %acc120.02927)
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2243, <16 x float> %acc121.02928)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2245, <16 x float> %acc122.02929)
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2247, <16 x float> %acc123.02930)
  %2259 = or disjoint i64 %2248, %2205
  %2260 = getelementptr inbounds float, ptr %Gm, i64 %2259
  %2261 = load float, ptr %2260, align 4
  %2262 = fneg float %2261
  %2263 = insertelement <16 x float> poison, float %2262, i64 0
  %2264 = shufflevector <16 x float> %2263, <16 x float> poison, <16 x i32> zeroinitializer
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2241, <16 x float> %acc124.02931)
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2243, <16 x float> %acc125.02932)
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2245, <16 x float> %acc126.02933)
  %2268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2247, <16 x float> %acc127.02934)
  %2269 = or disjoint i64 %2248, %2216
  %2270 = getelementptr inbounds float, ptr %Gm, i64 %2269
  %2271 = load float, ptr %2270, align 4
  %2272 = fneg float %2271
  %2273 = insertelement <16 x float> poison, float %2272, i64 0
  %2274 = shufflevector <16 x float> %2273, <16 x float> poison, <16 x i32> zeroinitializer
  %2275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2274, <16 x float> %2241, <16 x float> %acc128.02935)
  %2276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2274, <16 x float> %2243, <16 x float> %acc129.02936)
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2274, <16 x float> %2245, <16 x float> %acc130.02937)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2274, <16 x float> %2247, <16 x float> %acc131.02938)
  %2279 = or disjoint i64 %2248, %2227
  %2280 = getelementptr inbounds float, ptr %Gm, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = fneg float %2281
  %2283 = insertelement <16 x float> poison, float %2282, i64 0
  %2284 = shufflevector <16 x float> %2283, <16 x float> poison, <16 x i32> zeroinitializer
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2241, <16 x float> %acc132.02939)
  %2286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2243, <16 x float> %acc133.02940)
  %2287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2245, <16 x float> %acc134.02941)
  %2288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2247, <16 x float> %acc135.02942)
  %j30.next = add nuw nsw i64 %j30.addr.02943, 1
  %2289 = icmp ult i64 %j30.addr.02943, 127
  br i1 %2289, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2198, %ib1.body ], [ %2255, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2200, %ib1.body ], [ %2256, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2202, %ib1.body ], [ %2257, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2204, %ib1.body ], [ %2258, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2209, %ib1.body ], [ %2265, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2211, %ib1.body ], [ %2266, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2213, %ib1.body ], [ %2267, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2215, %ib1.body ], [ %2268, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2220, %ib1.body ], [ %2275, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2222, %ib1.body ], [ %2276, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2224, %ib1.body ], [ %2277, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2226, %ib1.body ], [ %2278, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2231, %ib1.body ], [ %2285, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2233, %ib1.body ], [ %2286, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2235, %ib1.body ], [ %2287, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2237, %ib1.body ], [ %2288, %j30.body ]
  %2290 = getelementptr inbounds float, ptr %Rr, i64 %2228
  %2291 = load <16 x float>, ptr %2290, align 4
  %2292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2291, <16 x float> zeroinitializer)
  %2293 = or disjoint i64 %2228, 16
  %2294 = getelementptr inbounds float, ptr %Rr, i64 %2293
  %2295 = load <16 x float>, ptr %2294, align 4
  %2296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2295, <16 x float> %2292)
  %2297 = or disjoint i64 %2228, 32
  %2298 = getelementptr inbounds float, ptr %Rr, i64 %2297
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2299, <16 x float> %2296)
  %2301 = or disjoint i64 %2228, 48
  %2302 = getelementptr inbounds float, ptr %Rr, i64 %2301
  %2303 = load <16 x float>, ptr %2302, align 4
  %2304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2303, <16 x float> %2300)
  %2305 = shufflevector <16 x float> %2304, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2306 = shufflevector <16 x float> %2304, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2307 = fadd <8 x float> %2305, %2306
  %2308 = shufflevector <8 x float> %2307, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2309 = shufflevector <8 x float> %2307, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2310 = fadd <4 x float> %2308, %2309
  %2311 = shufflevector <4 x float> %2310, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2312 = shufflevector <4 x float> %2310, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2313 = fadd <2 x float> %2311, %2312
  %2314 = shufflevector <2 x float> %2313, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2315 = shufflevector <2 x float> %2313, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2316 = getelementptr inbounds float, ptr %bet, i64 %2227
  %2317 = load float, ptr %2316, align 4
  %2318 = insertelement <16 x float> poison, float %2317, i64 0
  %2319 = shufflevector <16 x float> %2318, <16 x float> poison, <16 x i32> zeroinitializer
  %2320 = fmul <16 x float> %acc132.0.lcssa, %2319
  store <16 x float> %2320, ptr %2230, align 4
  %2321 = fneg <16 x float> %2320
  %.idx2724 = mul nuw nsw i64 %2227, 1280
  %2322 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2724
  %2323 = getelementptr inbounds i8, ptr %2322, i64 256
  store <16 x float> %2321, ptr %2323, align 4
  %2324 = fmul <16 x float> %acc133.0.lcssa, %2319
  store <16 x float> %2324, ptr %2232, align 4
  %2325 = fneg <16 x float> %2324
  %2326 = getelementptr inbounds i8, ptr %2322, i64 320
  store <16 x float> %2325, ptr %2326, align 4
  %2327 = fmul <16 x float> %acc134.0.lcssa, %2319
  store <16 x float> %2327, ptr %2234, align 4
  %2328 = fneg <16 x float> %2327
  %2329 = getelementptr inbounds i8, ptr %2322, i64 384
  store <16 x float> %2328, ptr %2329, align 4
  %2330 = fmul <16 x float> %acc135.0.lcssa, %2319
  store <16 x float> %2330, ptr %2236, align 4
  %2331 = fneg <16 x float> %2330
  %2332 = getelementptr inbounds i8, ptr %2322, i64 448
  store <16 x float> %2331, ptr %2332, align 4
  %2333 = shl nuw nsw i64 %2227, 7
  %2334 = or disjoint i64 %2333, %2216
  %2335 = getelementptr inbounds float, ptr %Gm, i64 %2334
  %2336 = load float, ptr %2335, align 4
  %2337 = fneg float %2336
  %2338 = insertelement <16 x float> poison, float %2337, i64 0
  %2339 = shufflevector <16 x float> %2338, <16 x float> poison, <16 x i32> zeroinitializer
  %2340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2320, <16 x float> %acc128.0.lcssa)
  %2341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2324, <16 x float> %acc129.0.lcssa)
  %2342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2327, <16 x float> %acc130.0.lcssa)
  %2343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2330, <16 x float> %acc131.0.lcssa)
  %2344 = getelementptr inbounds float, ptr %Rr, i64 %2217
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2340, <16 x float> %2345, <16 x float> zeroinitializer)
  %2347 = or disjoint i64 %2217, 16
  %2348 = getelementptr inbounds float, ptr %Rr, i64 %2347
  %2349 = load <16 x float>, ptr %2348, align 4
  %2350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2341, <16 x float> %2349, <16 x float> %2346)
  %2351 = or disjoint i64 %2217, 32
  %2352 = getelementptr inbounds float, ptr %Rr, i64 %2351
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2342, <16 x float> %2353, <16 x float> %2350)
  %2355 = or disjoint i64 %2217, 48
  %2356 = getelementptr inbounds float, ptr %Rr, i64 %2355
  %2357 = load <16 x float>, ptr %2356, align 4
  %2358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2343, <16 x float> %2357, <16 x float> %2354)
  %2359 = shufflevector <16 x float> %2358, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2360 = shufflevector <16 x float> %2358, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2361 = fadd <8 x float> %2359, %2360
  %2362 = shufflevector <8 x float> %2361, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2363 = shufflevector <8 x float> %2361, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2364 = fadd <4 x float> %2362, %2363
  %2365 = shufflevector <4 x float> %2364, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2366 = shufflevector <4 x float> %2364, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2367 = fadd <2 x float> %2365, %2366
  %2368 = shufflevector <2 x float> %2367, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2369 = shufflevector <2 x float> %2367, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2370 = getelementptr inbounds float, ptr %bet, i64 %2216
  %2371 = load float, ptr %2370, align 4
  %2372 = insertelement <16 x float> poison, float %2371, i64 0
  %2373 = shufflevector <16 x float> %2372, <16 x float> poison, <16 x i32> zeroinitializer
  %2374 = fmul <16 x float> %2340, %2373
  store <16 x float> %2374, ptr %2219, align 4
  %2375 = fneg <16 x float> %2374
  %2376 = mul nuw nsw i64 %2216, 320
  %2377 = or disjoint i64 %2376, 64
  %2378 = getelementptr inbounds float, ptr %Ak, i64 %2377
  store <16 x float> %2375, ptr %2378, align 4
  %2379 = fmul <16 x float> %2341, %2373
  store <16 x float> %2379, ptr %2221, align 4
  %2380 = fneg <16 x float> %2379
  %2381 = or disjoint i64 %2376, 80
  %2382 = getelementptr inbounds float, ptr %Ak, i64 %2381
  store <16 x float> %2380, ptr %2382, align 4
  %2383 = fmul <16 x float> %2342, %2373
  store <16 x float> %2383, ptr %2223, align 4
  %2384 = fneg <16 x float> %2383
  %2385 = or disjoint i64 %2376, 96
  %2386 = getelementptr inbounds float, ptr %Ak, i64 %2385
  store <16 x float> %2384, ptr %2386, align 4
  %2387 = fmul <16 x float> %2343, %2373
  store <16 x float> %2387, ptr %2225, align 4
  %2388 = fneg <16 x float> %2387
  %2389 = or disjoint i64 %2376, 112
  %2390 = getelementptr inbounds float, ptr %Ak, i64 %2389
  store <16 x float> %2388, ptr %2390, align 4
  %2391 = shl nuw nsw i64 %2216, 7
  %2392 = or disjoint i64 %2391, %2205
  %2393 = getelementptr inbounds float, ptr %Gm, i64 %2392
  %2394 = load float, ptr %2393, align 4
  %2395 = fneg float %2394
  %2396 = insertelement <16 x float> poison, float %2395, i64 0
  %2397 = shufflevector <16 x float> %2396, <16 x float> poison, <16 x i32> zeroinitializer
  %2398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2374, <16 x float> %acc124.0.lcssa)
  %2399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2379, <16 x float> %acc125.0.lcssa)
  %2400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2383, <16 x float> %acc126.0.lcssa)
  %2401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2387, <16 x float> %acc127.0.lcssa)
  %2402 = or disjoint i64 %2333, %2205
  %2403 = getelementptr inbounds float, ptr %Gm, i64 %2402
  %2404 = load float, ptr %2403, align 4
  %2405 = fneg float %2404
  %2406 = insertelement <16 x float> poison, float %2405, i64 0
  %2407 = shufflevector <16 x float> %2406, <16 x float> poison, <16 x i32> zeroinitializer
  %2408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2320, <16 x float> %2398)
  %2409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2324, <16 x float> %2399)
  %2410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2327, <16 x float> %2400)
  %2411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2330, <16 x float> %2401)
  %2412 = getelementptr inbounds float, ptr %Rr, i64 %2206
  %2413 = load <16 x float>, ptr %2412, align 4
  %2414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2408, <16 x float> %2413, <16 x float> zeroinitializer)
  %2415 = or disjoint i64 %2206, 16
  %2416 = getelementptr inbounds float, ptr %Rr, i64 %2415
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2409, <16 x float> %2417, <16 x float> %2414)
  %2419 = or disjoint i64 %2206, 32
  %2420 = getelementptr inbounds float, ptr %Rr, i64 %2419
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2410, <16 x float> %2421, <16 x float> %2418)
  %2423 = or disjoint i64 %2206, 48
  %2424 = getelementptr inbounds float, ptr %Rr, i64 %2423
  %2425 = load <16 x float>, ptr %2424, align 4
  %2426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2425, <16 x float> %2422)
  %2427 = shufflevector <16 x float> %2426, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2428 = shufflevector <16 x float> %2426, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2429 = fadd <8 x float> %2427, %2428
  %2430 = shufflevector <8 x float> %2429, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2431 = shufflevector <8 x float> %2429, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2432 = fadd <4 x float> %2430, %2431
  %2433 = shufflevector <4 x float> %2432, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2434 = shufflevector <4 x float> %2432, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2435 = fadd <2 x float> %2433, %2434
  %2436 = getelementptr inbounds float, ptr %bet, i64 %2205
  %2437 = load float, ptr %2436, align 4
  %2438 = insertelement <16 x float> poison, float %2437, i64 0
  %2439 = shufflevector <16 x float> %2438, <16 x float> poison, <16 x i32> zeroinitializer
  %2440 = fmul <16 x float> %2408, %2439
  store <16 x float> %2440, ptr %2208, align 4
  %2441 = fneg <16 x float> %2440
  %.idx2725 = mul nuw nsw i64 %2205, 1280
  %2442 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2725
  %2443 = getelementptr inbounds i8, ptr %2442, i64 256
  store <16 x float> %2441, ptr %2443, align 4
  %2444 = fmul <16 x float> %2409, %2439
  store <16 x float> %2444, ptr %2210, align 4
  %2445 = fneg <16 x float> %2444
  %2446 = getelementptr inbounds i8, ptr %2442, i64 320
  store <16 x float> %2445, ptr %2446, align 4
  %2447 = fmul <16 x float> %2410, %2439
  store <16 x float> %2447, ptr %2212, align 4
  %2448 = fneg <16 x float> %2447
  %2449 = getelementptr inbounds i8, ptr %2442, i64 384
  store <16 x float> %2448, ptr %2449, align 4
  %2450 = fmul <16 x float> %2411, %2439
  store <16 x float> %2450, ptr %2214, align 4
  %2451 = fneg <16 x float> %2450
  %2452 = getelementptr inbounds i8, ptr %2442, i64 448
  store <16 x float> %2451, ptr %2452, align 4
  %2453 = shl nuw nsw i64 %2205, 7
  %2454 = or disjoint i64 %2453, %i01
  %2455 = getelementptr inbounds float, ptr %Gm, i64 %2454
  %2456 = load float, ptr %2455, align 4
  %2457 = fneg float %2456
  %2458 = insertelement <16 x float> poison, float %2457, i64 0
  %2459 = shufflevector <16 x float> %2458, <16 x float> poison, <16 x i32> zeroinitializer
  %2460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2459, <16 x float> %2440, <16 x float> %acc120.0.lcssa)
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2459, <16 x float> %2444, <16 x float> %acc121.0.lcssa)
  %2462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2459, <16 x float> %2447, <16 x float> %acc122.0.lcssa)
  %2463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2459, <16 x float> %2450, <16 x float> %acc123.0.lcssa)
  %2464 = or disjoint i64 %2391, %i01
  %2465 = getelementptr inbounds float, ptr %Gm, i64 %2464
  %2466 = load float, ptr %2465, align 4
  %2467 = fneg float %2466
  %2468 = insertelement <16 x float> poison, float %2467, i64 0
  %2469 = shufflevector <16 x float> %2468, <16 x float> poison, <16 x i32> zeroinitializer
  %2470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2374, <16 x float> %2460)
  %2471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2379, <16 x float> %2461)
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2383, <16 x float> %2462)
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2387, <16 x float> %2463)
  %2474 = or disjoint i64 %2333, %i01
  %2475 = getelementptr inbounds float, ptr %Gm, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = fneg float %2476
  %2478 = insertelement <16 x float> poison, float %2477, i64 0
  %2479 = shufflevector <16 x float> %2478, <16 x float> poison, <16 x i32> zeroinitializer
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2320, <16 x float> %2470)
  %2481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2324, <16 x float> %2471)
  %2482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2327, <16 x float> %2472)
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2330, <16 x float> %2473)
  %2484 = getelementptr inbounds float, ptr %Rr, i64 %2195
  %2485 = load <16 x float>, ptr %2484, align 4
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2480, <16 x float> %2485, <16 x float> zeroinitializer)
  %2487 = or disjoint i64 %2195, 16
  %2488 = getelementptr inbounds float, ptr %Rr, i64 %2487
  %2489 = load <16 x float>, ptr %2488, align 4
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2489, <16 x float> %2486)
  %2491 = or disjoint i64 %2195, 32
  %2492 = getelementptr inbounds float, ptr %Rr, i64 %2491
  %2493 = load <16 x float>, ptr %2492, align 4
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2493, <16 x float> %2490)
  %2495 = or disjoint i64 %2195, 48
  %2496 = getelementptr inbounds float, ptr %Rr, i64 %2495
  %2497 = load <16 x float>, ptr %2496, align 4
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2497, <16 x float> %2494)
  %2499 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2500 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2501 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2502 = fadd <8 x float> %2500, %2501
  %2503 = shufflevector <8 x float> %2502, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2504 = shufflevector <8 x float> %2502, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2505 = fadd <4 x float> %2503, %2504
  %2506 = shufflevector <4 x float> %2505, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2507 = shufflevector <4 x float> %2505, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2508 = fadd <2 x float> %2506, %2507
  %2509 = load <4 x float>, ptr %2499, align 4
  %2510 = shufflevector <2 x float> %2508, <2 x float> %2435, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2511 = shufflevector <4 x float> %2510, <4 x float> %2369, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2512 = shufflevector <4 x float> %2511, <4 x float> %2315, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2513 = shufflevector <2 x float> %2508, <2 x float> %2435, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2514 = shufflevector <4 x float> %2513, <4 x float> %2368, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2515 = shufflevector <4 x float> %2514, <4 x float> %2314, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2516 = fadd <4 x float> %2512, %2515
  %2517 = fadd <4 x float> %2509, %2516
  store <4 x float> %2517, ptr %2499, align 4
  %2518 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <16 x float> poison, float %2519, i64 0
  %2521 = shufflevector <16 x float> %2520, <16 x float> poison, <16 x i32> zeroinitializer
  %2522 = fmul <16 x float> %2480, %2521
  store <16 x float> %2522, ptr %2197, align 4
  %2523 = fneg <16 x float> %2522
  %2524 = mul nuw nsw i64 %i01, 320
  %2525 = or disjoint i64 %2524, 64
  %2526 = getelementptr inbounds float, ptr %Ak, i64 %2525
  store <16 x float> %2523, ptr %2526, align 4
  %2527 = fmul <16 x float> %2481, %2521
  store <16 x float> %2527, ptr %2199, align 4
  %2528 = fneg <16 x float> %2527
  %2529 = or disjoint i64 %2524, 80
  %2530 = getelementptr inbounds float, ptr %Ak, i64 %2529
  store <16 x float> %2528, ptr %2530, align 4
  %2531 = fmul <16 x float> %2482, %2521
  store <16 x float> %2531, ptr %2201, align 4
  %2532 = fneg <16 x float> %2531
  %2533 = or disjoint i64 %2524, 96
  %2534 = getelementptr inbounds float, ptr %Ak, i64 %2533
  store <16 x float> %2532, ptr %2534, align 4
  %2535 = fmul <16 x float> %2483, %2521
  store <16 x float> %2535, ptr %2203, align 4
  %2536 = fneg <16 x float> %2535
  %2537 = or disjoint i64 %2524, 112
  %2538 = getelementptr inbounds float, ptr %Ak, i64 %2537
  store <16 x float> %2536, ptr %2538, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02960, 1
  %exitcond3298.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3298.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02978 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %2539 = shl nuw nsw i64 %i44.addr.02978, 7
  %2540 = or disjoint i64 %2539, 64
  %2541 = getelementptr inbounds float, ptr %work, i64 %2540
  %2542 = load <16 x float>, ptr %2541, align 4
  %2543 = or disjoint i64 %2539, 80
  %2544 = getelementptr inbounds float, ptr %work, i64 %2543
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = or disjoint i64 %2539, 96
  %2547 = getelementptr inbounds float, ptr %work, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2539, 112
  %2550 = getelementptr inbounds float, ptr %work, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = or disjoint i64 %i44.addr.02978, 1
  %2553 = shl nuw nsw i64 %2552, 7
  %2554 = or disjoint i64 %2553, 64
  %2555 = getelementptr inbounds float, ptr %work, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %2553, 80
  %2558 = getelementptr inbounds float, ptr %work, i64 %2557
  %2559 = load <16 x float>, ptr %2558, align 4
  %2560 = or disjoint i64 %2553, 96
  %2561 = getelementptr inbounds float, ptr %work, i64 %2560
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = or disjoint i64 %2553, 112
  %2564 = getelementptr inbounds float, ptr %work, i64 %2563
  %2565 = load <16 x float>, ptr %2564, align 4
  %2566 = or disjoint i64 %i44.addr.02978, 2
  %2567 = shl nuw nsw i64 %2566, 7
  %2568 = or disjoint i64 %2567, 64
  %2569 = getelementptr inbounds float, ptr %work, i64 %2568
  %2570 = load <16 x float>, ptr %2569, align 4
  %2571 = or disjoint i64 %2567, 80
  %2572 = getelementptr inbounds float, ptr %work, i64 %2571
  %2573 = load <16 x float>, ptr %2572, align 4
  %2574 = or disjoint i64 %2567, 96
  %2575 = getelementptr inbounds float, ptr %work, i64 %2574
  %2576 = load <16 x float>, ptr %2575, align 4
  %2577 = or disjoint i64 %2567, 112
  %2578 = getelementptr inbounds float, ptr %work, i64 %2577
  %2579 = load <16 x float>, ptr %2578, align 4
  %2580 = or disjoint i64 %i44.addr.02978, 3
  %2581 = shl nuw nsw i64 %2580, 7
  %2582 = or disjoint i64 %2581, 64
  %2583 = getelementptr inbounds float, ptr %work, i64 %2582
  %2584 = load <16 x float>, ptr %2583, align 4
  %2585 = or disjoint i64 %2581, 80
  %2586 = getelementptr inbounds float, ptr %work, i64 %2585
  %2587 = load <16 x float>, ptr %2586, align 4
  %2588 = or disjoint i64 %2581, 96
  %2589 = getelementptr inbounds float, ptr %work, i64 %2588
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = or disjoint i64 %2581, 112
  %2592 = getelementptr inbounds float, ptr %work, i64 %2591
  %2593 = load <16 x float>, ptr %2592, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02977 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc151.02976 = phi <16 x float> [ %2593, %i44.body ], [ %2641, %p11.body ]
  %acc150.02975 = phi <16 x float> [ %2590, %i44.body ], [ %2640, %p11.body ]
  %acc149.02974 = phi <16 x float> [ %2587, %i44.body ], [ %2639, %p11.body ]
  %acc148.02973 = phi <16 x float> [ %2584, %i44.body ], [ %2638, %p11.body ]
  %acc147.02972 = phi <16 x float> [ %2579, %i44.body ], [ %2632, %p11.body ]
  %acc146.02971 = phi <16 x float> [ %2576, %i44.body ], [ %2631, %p11.body ]
  %acc145.02970 = phi <16 x float> [ %2573, %i44.body ], [ %2630, %p11.body ]
  %acc144.02969 = phi <16 x float> [ %2570, %i44.body ], [ %2629, %p11.body ]
  %acc143.02968 = phi <16 x float> [ %2565, %i44.body ], [ %2623, %p11.body ]
  %acc142.02967 = phi <16 x float> [ %2562, %i44.body ], [ %2622, %p11.body ]
  %acc141.02966 = phi <16 x float> [ %2559, %i44.body ], [ %2621, %p11.body ]
  %acc140.02965 = phi <16 x float> [ %2556, %i44.body ], [ %2620, %p11.body ]
  %acc139.02964 = phi <16 x float> [ %2551, %i44.body ], [ %2614, %p11.body ]
  %acc138.02963 = phi <16 x float> [ %2548, %i44.body ], [ %2613, %p11.body ]
  %acc137.02962 = phi <16 x float> [ %2545, %i44.body ], [ %2612, %p11.body ]
  %acc136.02961 = phi <16 x float> [ %2542, %i44.body ], [ %2611, %p11.body ]
  %2594 = shl nuw nsw i64 %p11.addr.02977, 6
  %2595 = getelementptr inbounds float, ptr %OY, i64 %2594
  %2596 = load <16 x float>, ptr %2595, align 4
  %2597 = or disjoint i64 %2594, 16
  %2598 = getelementptr inbounds float, ptr %OY, i64 %2597
  %2599 = load <16 x float>, ptr %2598, align 4
  %2600 = or disjoint i64 %2594, 32
  %2601 = getelementptr inbounds float, ptr %OY, i64 %2600
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = or disjoint i64 %2594, 48
  %2604 = getelementptr inbounds float, ptr %OY, i64 %2603
  %2605 = load <16 x float>, ptr %2604, align 4
  %2606 = or disjoint i64 %2594, %i44.addr.02978
  %2607 = getelementptr inbounds float, ptr %QK, i64 %2606
  %2608 = load float, ptr %2607, align 4
  %2609 = insertelement <16 x float> poison, float %2608, i64 0
  %2610 = shufflevector <16 x float> %2609, <16 x float> poison, <16 x i32> zeroinitializer
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2596, <16 x float> %acc136.02961)
  %2612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2599, <16 x float> %acc137.02962)
  %2613 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2602, <16 x float> %acc138.02963)
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2605, <16 x float> %acc139.02964)
  %2615 = or disjoint i64 %2594, %2552
  %2616 = getelementptr inbounds float, ptr %QK, i64 %2615
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <16 x float> poison, float %2617, i64 0
  %2619 = shufflevector <16 x float> %2618, <16 x float> poison, <16 x i32> zeroinitializer
  %2620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2596, <16 x float> %acc140.02965)
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2599, <16 x float> %acc141.02966)
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2602, <16 x float> %acc142.02967)
  %2623 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2605, <16 x float> %acc143.02968)
  %2624 = or disjoint i64 %2594, %2566
  %2625 = getelementptr inbounds float, ptr %QK, i64 %2624
  %2626 = load float, ptr %2625, align 4
  %2627 = insertelement <16 x float> poison, float %2626, i64 0
  %2628 = shufflevector <16 x float> %2627, <16 x float> poison, <16 x i32> zeroinitializer
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2596, <16 x float> %acc144.02969)
  %2630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2599, <16 x float> %acc145.02970)
  %2631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2602, <16 x float> %acc146.02971)
  %2632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2605, <16 x float> %acc147.02972)
  %2633 = or disjoint i64 %2594, %2580
  %2634 = getelementptr inbounds float, ptr %QK, i64 %2633
  %2635 = load float, ptr %2634, align 4
  %2636 = insertelement <16 x float> poison, float %2635, i64 0
  %2637 = shufflevector <16 x float> %2636, <16 x float> poison, <16 x i32> zeroinitializer
  %2638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2596, <16 x float> %acc148.02973)
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2599, <16 x float> %acc149.02974)
  %2640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2602, <16 x float> %acc150.02975)
  %2641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2605, <16 x float> %acc151.02976)
  %p11.next = add nuw nsw i64 %p11.addr.02977, 1
  %exitcond3299.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3299.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2611, ptr %2541, align 4
  store <16 x float> %2612, ptr %2544, align 4
  store <16 x float> %2613, ptr %2547, align 4
  store <16 x float> %2614, ptr %2550, align 4
  store <16 x float> %2620, ptr %2555, align 4
  store <16 x float> %2621, ptr %2558, align 4
  store <16 x float> %2622, ptr %2561, align 4
  store <16 x float> %2623, ptr %2564, align 4
  store <16 x float> %2629, ptr %2569, align 4
  store <16 x float> %2630, ptr %2572, align 4
  store <16 x float> %2631, ptr %2575, align 4
  store <16 x float> %2632, ptr %2578, align 4
  store <16 x float> %2638, ptr %2583, align 4
  store <16 x float> %2639, ptr %2586, align 4
  store <16 x float> %2640, ptr %2589, align 4
  store <16 x float> %2641, ptr %2592, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02978, 4
  %2642 = icmp ult i64 %i44.addr.02978, 60
  br i1 %2642, label %i44.body, label %i45.body

i45.head.loopexit:                                ; preds = %p12.exit
  %2643 = icmp ult i64 %i45.addr.02991, 120
  br i1 %2643, label %i45.body, label %t4.body

i45.body:                                         ; preds = %p11.exit, %i45.head.loopexit
  %i45.addr.02991 = phi i64 [ %2644, %i45.head.loopexit ], [ 0, %p11.exit ]
  %2644 = add nuw nsw i64 %i45.addr.02991, 8
  %2645 = mul nuw nsw i64 %i45.addr.02991, 320
  %2646 = or disjoint i64 %2645, 192
  %2647 = getelementptr inbounds float, ptr %Ak, i64 %2646
  %.idx2712 = mul nuw nsw i64 %i45.addr.02991, 1280
  %2648 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2712
  %2649 = getelementptr inbounds i8, ptr %2648, i64 2048
  %2650 = getelementptr inbounds i8, ptr %2648, i64 3328
  %2651 = getelementptr inbounds i8, ptr %2648, i64 4608
  %2652 = getelementptr inbounds i8, ptr %2648, i64 5888
  %2653 = getelementptr inbounds i8, ptr %2648, i64 7168
  %2654 = getelementptr inbounds i8, ptr %2648, i64 8448
  %2655 = getelementptr inbounds i8, ptr %2648, i64 9728
  %.idx3329 = shl nsw i64 %i45.addr.02991, 8
  %invariant.gep3589 = getelementptr inbounds i8, ptr %OY, i64 %.idx3329
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i45.body, %p12.exit
  %j32.addr.02990 = phi i64 [ 0, %i45.body ], [ %j32.next, %p12.exit ]
  %invariant.gep2979 = getelementptr inbounds float, ptr %VnT, i64 %j32.addr.02990
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02989 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02988 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2696, %p12.body ]
  %acc158.02987 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2691, %p12.body ]
  %acc157.02986 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2686, %p12.body ]
  %acc156.02985 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2681, %p12.body ]
  %acc155.02984 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2676, %p12.body ]
  %acc154.02983 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2671, %p12.body ]
  %acc153.02982 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2666, %p12.body ]
  %acc152.02981 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2661, %p12.body ]
  %.idx2719 = shl nuw nsw i64 %p12.addr.02989, 9
  %gep2980 = getelementptr inbounds i8, ptr %invariant.gep2979, i64 %.idx2719
  %2656 = load <16 x float>, ptr %gep2980, align 4
  %gep3590 = getelementptr inbounds float, ptr %invariant.gep3589, i64 %p12.addr.02989
  %2657 = getelementptr inbounds i8, ptr %gep3590, i64 16384
  %2658 = load float, ptr %2657, align 4
  %2659 = insertelement <16 x float> poison, float %2658, i64 0
  %2660 = shufflevector <16 x float> %2659, <16 x float> poison, <16 x i32> zeroinitializer
  %2661 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2660, <16 x float> %2656, <16 x float> %acc152.02981)
  %2662 = getelementptr inbounds i8, ptr %gep3590, i64 16640
  %2663 = load float, ptr %2662, align 4
  %2664 = insertelement <16 x float> poison, float %2663, i64 0
  %2665 = shufflevector <16 x float> %2664, <16 x float> poison, <16 x i32> zeroinitializer
  %2666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2656, <16 x float> %acc153.02982)
  %2667 = getelementptr inbounds i8, ptr %gep3590, i64 16896
  %2668 = load float, ptr %2667, align 4
  %2669 = insertelement <16 x float> poison, float %2668, i64 0
  %2670 = shufflevector <16 x float> %2669, <16 x float> poison, <16 x i32> zeroinitializer
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2656, <16 x float> %acc154.02983)
  %2672 = getelementptr inbounds i8, ptr %gep3590, i64 17152
  %2673 = load float, ptr %2672, align 4
  %2674 = insertelement <16 x float> poison, float %2673, i64 0
  %2675 = shufflevector <16 x float> %2674, <16 x float> poison, <16 x i32> zeroinitializer
  %2676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2675, <16 x float> %2656, <16 x float> %acc155.02984)
  %2677 = getelementptr inbounds i8, ptr %gep3590, i64 17408
  %2678 = load float, ptr %2677, align 4
  %2679 = insertelement <16 x float> poison, float %2678, i64 0
  %2680 = shufflevector <16 x float> %2679, <16 x float> poison, <16 x i32> zeroinitializer
  %2681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2680, <16 x float> %2656, <16 x float> %acc156.02985)
  %2682 = getelementptr inbounds i8, ptr %gep3590, i64 17664
  %2683 = load float, ptr %2682, align 4
  %2684 = insertelement <16 x float> poison, float %2683, i64 0
  %2685 = shufflevector <16 x float> %2684, <16 x float> poison, <16 x i32> zeroinitializer
  %2686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2685, <16 x float> %2656, <16 x float> %acc157.02986)
  %2687 = getelementptr inbounds i8, ptr %gep3590, i64 17920
  %2688 = load float, ptr %2687, align 4
  %2689 = insertelement <16 x float> poison, float %2688, i64 0
  %2690 = shufflevector <16 x float> %2689, <16 x float> poison, <16 x i32> zeroinitializer
  %2691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2656, <16 x float> %acc158.02987)
  %2692 = getelementptr inbounds i8, ptr %gep3590, i64 18176
  %2693 = load float, ptr %2692, align 4
  %2694 = insertelement <16 x float> poison, float %2693, i64 0
  %2695 = shufflevector <16 x float> %2694, <16 x float> poison, <16 x i32> zeroinitializer
  %2696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2695, <16 x float> %2656, <16 x float> %acc159.02988)
  %p12.next = add nuw nsw i64 %p12.addr.02989, 1
  %exitcond3300.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3300.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2697 = getelementptr inbounds float, ptr %2647, i64 %j32.addr.02990
  store <16 x float> %2661, ptr %2697, align 4
  %2698 = getelementptr inbounds float, ptr %2649, i64 %j32.addr.02990
  store <16 x float> %2666, ptr %2698, align 4
  %2699 = getelementptr inbounds float, ptr %2650, i64 %j32.addr.02990
  store <16 x float> %2671, ptr %2699, align 4
  %2700 = getelementptr inbounds float, ptr %2651, i64 %j32.addr.02990
  store <16 x float> %2676, ptr %2700, align 4
  %2701 = getelementptr inbounds float, ptr %2652, i64 %j32.addr.02990
  store <16 x float> %2681, ptr %2701, align 4
  %2702 = getelementptr inbounds float, ptr %2653, i64 %j32.addr.02990
  store <16 x float> %2686, ptr %2702, align 4
  %2703 = getelementptr inbounds float, ptr %2654, i64 %j32.addr.02990
  store <16 x float> %2691, ptr %2703, align 4
  %2704 = getelementptr inbounds float, ptr %2655, i64 %j32.addr.02990
  store <16 x float> %2696, ptr %2704, align 4
  %j32.next = add nuw nsw i64 %j32.addr.02990, 16
  %2705 = icmp ult i64 %j32.next, %2644
  br i1 %2705, label %p12.head.preheader, label %i45.head.loopexit

t4.body:                                          ; preds = %i45.head.loopexit, %j34.exit
  %indvars.iv3305 = phi i64 [ %indvars.iv.next3306, %j34.exit ], [ 1, %i45.head.loopexit ]
  %t4.addr.03008 = phi i64 [ %t4.next, %j34.exit ], [ 0, %i45.head.loopexit ]
  %2706 = shl nuw nsw i64 %t4.addr.03008, 1
  %umax3986 = tail call i64 @llvm.umax.i64(i64 %2706, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.03008, 1
  %invariant.gep2996 = getelementptr float, ptr %invariant.gep2992, i64 %i46
  %.not3071 = icmp eq i64 %t4.addr.03008, 0
  br i1 %.not3071, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %.idx2710 = mul nuw nsw i64 %t4.addr.03008, 2560
  %gep2993 = getelementptr inbounds i8, ptr %invariant.gep2992, i64 %.idx2710
  %xtraiter = and i64 %umax3986, 7
  %2707 = icmp ult i64 %t4.addr.03008, 4
  br i1 %2707, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter = and i64 %umax3986, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.02998 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter.next.7, %j33.body ]
  %2708 = getelementptr inbounds float, ptr %gep2993, i64 %j33.addr.02998
  %2709 = load float, ptr %2708, align 4
  %2710 = fneg float %2709
  store float %2710, ptr %2708, align 4
  %.idx2711 = mul nuw nsw i64 %j33.addr.02998, 1280
  %gep2997 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711
  store float %2710, ptr %gep2997, align 4
  %j33.next = or disjoint i64 %j33.addr.02998, 1
  %2711 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next
  %2712 = load float, ptr %2711, align 4
  %2713 = fneg float %2712
  store float %2713, ptr %2711, align 4
  %.idx2711.1 = mul nuw nsw i64 %j33.next, 1280
  %gep2997.1 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.1
  store float %2713, ptr %gep2997.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.02998, 2
  %2714 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.1
  %2715 = load float, ptr %2714, align 4
  %2716 = fneg float %2715
  store float %2716, ptr %2714, align 4
  %.idx2711.2 = mul nuw nsw i64 %j33.next.1, 1280
  %gep2997.2 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.2
  store float %2716, ptr %gep2997.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.02998, 3
  %2717 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.2
  %2718 = load float, ptr %2717, align 4
  %2719 = fneg float %2718
  store float %2719, ptr %2717, align 4
  %.idx2711.3 = mul nuw nsw i64 %j33.next.2, 1280
  %gep2997.3 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.3
  store float %2719, ptr %gep2997.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.02998, 4
  %2720 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.3
  %2721 = load float, ptr %2720, align 4
  %2722 = fneg float %2721
  store float %2722, ptr %2720, align 4
  %.idx2711.4 = mul nuw nsw i64 %j33.next.3, 1280
  %gep2997.4 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.4
  store float %2722, ptr %gep2997.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.02998, 5
  %2723 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.4
  %2724 = load float, ptr %2723, align 4
  %2725 = fneg float %2724
  store float %2725, ptr %2723, align 4
  %.idx2711.5 = mul nuw nsw i64 %j33.next.4, 1280
  %gep2997.5 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.5
  store float %2725, ptr %gep2997.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.02998, 6
  %2726 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.5
  %2727 = load float, ptr %2726, align 4
  %2728 = fneg float %2727
  store float %2728, ptr %2726, align 4
  %.idx2711.6 = mul nuw nsw i64 %j33.next.5, 1280
  %gep2997.6 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.6
  store float %2728, ptr %gep2997.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.02998, 7
  %2729 = getelementptr inbounds float, ptr %gep2993, i64 %j33.next.6
  %2730 = load float, ptr %2729, align 4
  %2731 = fneg float %2730
  store float %2731, ptr %2729, align 4
  %.idx2711.7 = mul nuw nsw i64 %j33.next.6, 1280
  %gep2997.7 = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.7
  store float %2731, ptr %gep2997.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.02998, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.02998.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.02998.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.02998.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %2732 = getelementptr inbounds float, ptr %gep2993, i64 %j33.addr.02998.epil
  %2733 = load float, ptr %2732, align 4
  %2734 = fneg float %2733
  store float %2734, ptr %2732, align 4
  %.idx2711.epil = mul nuw nsw i64 %j33.addr.02998.epil, 1280
  %gep2997.epil = getelementptr i8, ptr %invariant.gep2996, i64 %.idx2711.epil
  store float %2734, ptr %gep2997.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.02998.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !0

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2707.pre-phi = phi i64 [ 0, %t4.body ], [ %.idx2710, %j33.body.epil ], [ %.idx2710, %j33.exit.loopexit.unr-lcssa ]
  %gep3005 = getelementptr inbounds i8, ptr %invariant.gep2992, i64 %.idx2707.pre-phi
  %2735 = getelementptr inbounds float, ptr %gep3005, i64 %i46
  store float 0.000000e+00, ptr %2735, align 4
  %i47 = or disjoint i64 %i46, 1
  %.idx2708 = mul nuw nsw i64 %i47, 1280
  %gep3007 = getelementptr inbounds i8, ptr %invariant.gep2992, i64 %.idx2708
  %invariant.gep3001 = getelementptr float, ptr %invariant.gep2992, i64 %i47
  %xtraiter3987 = and i64 %indvars.iv3305, 7
  %2736 = icmp ult i64 %t4.addr.03008, 4
  br i1 %2736, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3990 = and i64 %indvars.iv3305, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.03003 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3991 = phi i64 [ 0, %j33.exit.new ], [ %niter3991.next.7, %j34.body ]
  %2737 = getelementptr inbounds float, ptr %gep3007, i64 %j34.addr.03003
  %2738 = load float, ptr %2737, align 4
  %2739 = fneg float %2738
  store float %2739, ptr %2737, align 4
  %.idx2709 = mul nuw nsw i64 %j34.addr.03003, 1280
  %gep3002 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709
  store float %2739, ptr %gep3002, align 4
  %j34.next = or disjoint i64 %j34.addr.03003, 1
  %2740 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next
  %2741 = load float, ptr %2740, align 4
  %2742 = fneg float %2741
  store float %2742, ptr %2740, align 4
  %.idx2709.1 = mul nuw nsw i64 %j34.next, 1280
  %gep3002.1 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.1
  store float %2742, ptr %gep3002.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.03003, 2
  %2743 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.1
  %2744 = load float, ptr %2743, align 4
  %2745 = fneg float %2744
  store float %2745, ptr %2743, align 4
  %.idx2709.2 = mul nuw nsw i64 %j34.next.1, 1280
  %gep3002.2 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.2
  store float %2745, ptr %gep3002.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.03003, 3
  %2746 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.2
  %2747 = load float, ptr %2746, align 4
  %2748 = fneg float %2747
  store float %2748, ptr %2746, align 4
  %.idx2709.3 = mul nuw nsw i64 %j34.next.2, 1280
  %gep3002.3 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.3
  store float %2748, ptr %gep3002.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.03003, 4
  %2749 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.3
  %2750 = load float, ptr %2749, align 4
  %2751 = fneg float %2750
  store float %2751, ptr %2749, align 4
  %.idx2709.4 = mul nuw nsw i64 %j34.next.3, 1280
  %gep3002.4 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.4
  store float %2751, ptr %gep3002.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.03003, 5
  %2752 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.4
  %2753 = load float, ptr %2752, align 4
  %2754 = fneg float %2753
  store float %2754, ptr %2752, align 4
  %.idx2709.5 = mul nuw nsw i64 %j34.next.4, 1280
  %gep3002.5 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.5
  store float %2754, ptr %gep3002.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.03003, 6
  %2755 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.5
  %2756 = load float, ptr %2755, align 4
  %2757 = fneg float %2756
  store float %2757, ptr %2755, align 4
  %.idx2709.6 = mul nuw nsw i64 %j34.next.5, 1280
  %gep3002.6 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.6
  store float %2757, ptr %gep3002.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.03003, 7
  %2758 = getelementptr inbounds float, ptr %gep3007, i64 %j34.next.6
  %2759 = load float, ptr %2758, align 4
  %2760 = fneg float %2759
  store float %2760, ptr %2758, align 4
  %.idx2709.7 = mul nuw nsw i64 %j34.next.6, 1280
  %gep3002.7 = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.7
  store float %2760, ptr %gep3002.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.03003, 8
  %niter3991.next.7 = add i64 %niter3991, 8
  %niter3991.ncmp.7 = icmp eq i64 %niter3991.next.7, %unroll_iter3990
  br i1 %niter3991.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.03003.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3989.not = icmp eq i64 %xtraiter3987, 0
  br i1 %lcmp.mod3989.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.03003.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.03003.unr, %j34.exit.unr-lcssa ]
  %epil.iter3988 = phi i64 [ %epil.iter3988.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %2761 = getelementptr inbounds float, ptr %gep3007, i64 %j34.addr.03003.epil
  %2762 = load float, ptr %2761, align 4
  %2763 = fneg float %2762
  store float %2763, ptr %2761, align 4
  %.idx2709.epil = mul nuw nsw i64 %j34.addr.03003.epil, 1280
  %gep3002.epil = getelementptr i8, ptr %invariant.gep3001, i64 %.idx2709.epil
  store float %2763, ptr %gep3002.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.03003.epil, 1
  %epil.iter3988.next = add i64 %epil.iter3988, 1
  %epil.iter3988.cmp.not = icmp eq i64 %epil.iter3988.next, %xtraiter3987
  br i1 %epil.iter3988.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !2

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %gep3592 = getelementptr inbounds i8, ptr %invariant.gep3591, i64 %.idx2708
  %2764 = getelementptr inbounds float, ptr %gep3592, i64 %i47
  store float 0.000000e+00, ptr %2764, align 4
  %t4.next = add nuw nsw i64 %t4.addr.03008, 1
  %indvars.iv.next3306 = add nuw nsw i64 %indvars.iv3305, 2
  %exitcond3308.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond3308.not, label %p13.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p13.exit
  %2765 = icmp sgt i64 %103, 0
  br i1 %2765, label %j36.head.preheader, label %t5.exit

p13.head.preheader:                               ; preds = %j34.exit, %p13.exit
  %i48.addr.03026 = phi i64 [ %i48.next, %p13.exit ], [ 0, %j34.exit ]
  %.idx = mul nuw nsw i64 %i48.addr.03026, 1280
  %2766 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2767 = getelementptr inbounds i8, ptr %2766, i64 1280
  %2768 = getelementptr inbounds i8, ptr %2766, i64 2560
  %2769 = getelementptr inbounds i8, ptr %2766, i64 3840
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03025 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03024 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2813, %p13.body ]
  %acc174.03023 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2812, %p13.body ]
  %acc173.03022 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2811, %p13.body ]
  %acc172.03021 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2810, %p13.body ]
  %acc171.03020 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2805, %p13.body ]
  %acc170.03019 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2804, %p13.body ]
  %acc169.03018 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2803, %p13.body ]
  %acc168.03017 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2802, %p13.body ]
  %acc167.03016 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2797, %p13.body ]
  %acc166.03015 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2796, %p13.body ]
  %acc165.03014 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2795, %p13.body ]
  %acc164.03013 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2794, %p13.body ]
  %acc163.03012 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2789, %p13.body ]
  %acc162.03011 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2788, %p13.body ]
  %acc161.03010 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2787, %p13.body ]
  %acc160.03009 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2786, %p13.body ]
  %2770 = shl nuw nsw i64 %p13.addr.03025, 6
  %2771 = getelementptr inbounds float, ptr %Bk, i64 %2770
  %2772 = load <16 x float>, ptr %2771, align 4
  %2773 = or disjoint i64 %2770, 16
  %2774 = getelementptr inbounds float, ptr %Bk, i64 %2773
  %2775 = load <16 x float>, ptr %2774, align 4
  %2776 = or disjoint i64 %2770, 32
  %2777 = getelementptr inbounds float, ptr %Bk, i64 %2776
  %2778 = load <16 x float>, ptr %2777, align 4
  %2779 = or disjoint i64 %2770, 48
  %2780 = getelementptr inbounds float, ptr %Bk, i64 %2779
  %2781 = load <16 x float>, ptr %2780, align 4
  %2782 = getelementptr inbounds float, ptr %2766, i64 %p13.addr.03025
  %2783 = load float, ptr %2782, align 4
  %2784 = insertelement <16 x float> poison, float %2783, i64 0
  %2785 = shufflevector <16 x float> %2784, <16 x float> poison, <16 x i32> zeroinitializer
  %2786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2772, <16 x float> %acc160.03009)
  %2787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2775, <16 x float> %acc161.03010)
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2778, <16 x float> %acc162.03011)
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2781, <16 x float> %acc163.03012)
  %2790 = getelementptr inbounds float, ptr %2767, i64 %p13.addr.03025
  %2791 = load float, ptr %2790, align 4
  %2792 = insertelement <16 x float> poison, float %2791, i64 0
  %2793 = shufflevector <16 x float> %2792, <16 x float> poison, <16 x i32> zeroinitializer
  %2794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2772, <16 x float> %acc164.03013)
  %2795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2775, <16 x float> %acc165.03014)
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2778, <16 x float> %acc166.03015)
  %2797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2781, <16 x float> %acc167.03016)
  %2798 = getelementptr inbounds float, ptr %2768, i64 %p13.addr.03025
  %2799 = load float, ptr %2798, align 4
  %2800 = insertelement <16 x float> poison, float %2799, i64 0
  %2801 = shufflevector <16 x float> %2800, <16 x float> poison, <16 x i32> zeroinitializer
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2772, <16 x float> %acc168.03017)
  %2803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2775, <16 x float> %acc169.03018)
  %2804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2778, <16 x float> %acc170.03019)
  %2805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2781, <16 x float> %acc171.03020)
  %2806 = getelementptr inbounds float, ptr %2769, i64 %p13.addr.03025
  %2807 = load float, ptr %2806, align 4
  %2808 = insertelement <16 x float> poison, float %2807, i64 0
  %2809 = shufflevector <16 x float> %2808, <16 x float> poison, <16 x i32> zeroinitializer
  %2810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2809, <16 x float> %2772, <16 x float> %acc172.03021)
  %2811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2809, <16 x float> %2775, <16 x float> %acc173.03022)
  %2812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2809, <16 x float> %2778, <16 x float> %acc174.03023)
  %2813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2809, <16 x float> %2781, <16 x float> %acc175.03024)
  %p13.next = add nuw nsw i64 %p13.addr.03025, 1
  %exitcond3309.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3309.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2814 = shl nuw nsw i64 %i48.addr.03026, 6
  %2815 = getelementptr inbounds float, ptr %dKc, i64 %2814
  store <16 x float> %2786, ptr %2815, align 4
  %2816 = or disjoint i64 %2814, 16
  %2817 = getelementptr inbounds float, ptr %dKc, i64 %2816
  store <16 x float> %2787, ptr %2817, align 4
  %2818 = or disjoint i64 %2814, 32
  %2819 = getelementptr inbounds float, ptr %dKc, i64 %2818
  store <16 x float> %2788, ptr %2819, align 4
  %2820 = or disjoint i64 %2814, 48
  %2821 = getelementptr inbounds float, ptr %dKc, i64 %2820
  store <16 x float> %2789, ptr %2821, align 4
  %2822 = or disjoint i64 %2814, 64
  %2823 = getelementptr inbounds float, ptr %dKc, i64 %2822
  store <16 x float> %2794, ptr %2823, align 4
  %2824 = or disjoint i64 %2814, 80
  %2825 = getelementptr inbounds float, ptr %dKc, i64 %2824
  store <16 x float> %2795, ptr %2825, align 4
  %2826 = or disjoint i64 %2814, 96
  %2827 = getelementptr inbounds float, ptr %dKc, i64 %2826
  store <16 x float> %2796, ptr %2827, align 4
  %2828 = or disjoint i64 %2814, 112
  %2829 = getelementptr inbounds float, ptr %dKc, i64 %2828
  store <16 x float> %2797, ptr %2829, align 4
  %2830 = or disjoint i64 %2814, 128
  %2831 = getelementptr inbounds float, ptr %dKc, i64 %2830
  store <16 x float> %2802, ptr %2831, align 4
  %2832 = or disjoint i64 %2814, 144
  %2833 = getelementptr inbounds float, ptr %dKc, i64 %2832
  store <16 x float> %2803, ptr %2833, align 4
  %2834 = or disjoint i64 %2814, 160
  %2835 = getelementptr inbounds float, ptr %dKc, i64 %2834
  store <16 x float> %2804, ptr %2835, align 4
  %2836 = or disjoint i64 %2814, 176
  %2837 = getelementptr inbounds float, ptr %dKc, i64 %2836
  store <16 x float> %2805, ptr %2837, align 4
  %2838 = or disjoint i64 %2814, 192
  %2839 = getelementptr inbounds float, ptr %dKc, i64 %2838
  store <16 x float> %2810, ptr %2839, align 4
  %2840 = or disjoint i64 %2814, 208
  %2841 = getelementptr inbounds float, ptr %dKc, i64 %2840
  store <16 x float> %2811, ptr %2841, align 4
  %2842 = or disjoint i64 %2814, 224
  %2843 = getelementptr inbounds float, ptr %dKc, i64 %2842
  store <16 x float> %2812, ptr %2843, align 4
  %2844 = or disjoint i64 %2814, 240
  %2845 = getelementptr inbounds float, ptr %dKc, i64 %2844
  store <16 x float> %2813, ptr %2845, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03026, 4
  %2846 = icmp ult i64 %i48.addr.03026, 124
  br i1 %2846, label %p13.head.preheader, label %t5.head.preheader

j36.head.preheader:                               ; preds = %t5.head.preheader, %j36.head.preheader
  %t5.addr.03032 = phi i64 [ %t5.next, %j36.head.preheader ], [ 0, %t5.head.preheader ]
  %2847 = mul i64 %18, %t5.addr.03032
  %2848 = add i64 %97, %2847
  %scevgep3316 = getelementptr i8, ptr %dv, i64 %2848
  %2849 = shl nuw nsw i64 %t5.addr.03032, 9
  %gep3594 = getelementptr i8, ptr %invariant.gep3593, i64 %2849
  %scevgep3314 = getelementptr i8, ptr %dk, i64 %2848
  %gep3596 = getelementptr i8, ptr %invariant.gep3595, i64 %2849
  %2850 = add i64 %98, %2847
  %scevgep3312 = getelementptr i8, ptr %dv, i64 %2850
  %gep3598 = getelementptr i8, ptr %invariant.gep3597, i64 %2849
  %scevgep3310 = getelementptr i8, ptr %dk, i64 %2850
  %gep3600 = getelementptr i8, ptr %invariant.gep3599, i64 %2849
  %2851 = add nsw i64 %t5.addr.03032, %t0
  %2852 = mul nsw i64 %2851, %sq
  %.idx3073 = shl nsw i64 %t5.addr.03032, 8
  %2853 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3073
  %2854 = load <16 x float>, ptr %2853, align 4
  %2855 = fmul <16 x float> %2854, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2856 = getelementptr float, ptr %qh1, i64 %2852
  store <16 x float> %2855, ptr %2856, align 4
  %2857 = getelementptr inbounds i8, ptr %38, i64 %.idx3073
  %2858 = load <16 x float>, ptr %2857, align 4
  %2859 = fmul <16 x float> %2858, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2860 = getelementptr float, ptr %92, i64 %2852
  store <16 x float> %2859, ptr %2860, align 4
  %2861 = getelementptr inbounds i8, ptr %39, i64 %.idx3073
  %2862 = load <16 x float>, ptr %2861, align 4
  %2863 = fmul <16 x float> %2862, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2864 = getelementptr float, ptr %93, i64 %2852
  store <16 x float> %2863, ptr %2864, align 4
  %2865 = getelementptr inbounds i8, ptr %40, i64 %.idx3073
  %2866 = load <16 x float>, ptr %2865, align 4
  %2867 = fmul <16 x float> %2866, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2868 = getelementptr float, ptr %94, i64 %2852
  store <16 x float> %2867, ptr %2868, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3310, ptr noundef nonnull align 4 dereferenceable(256) %gep3600, i64 256, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.03032, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3312, ptr noundef nonnull align 4 dereferenceable(256) %gep3598, i64 256, i1 false)
  %tau2 = shl nsw i64 %2851, 1
  %2869 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %2870 = load float, ptr %2869, align 4
  %2871 = mul nsw i64 %tau2, %H
  %2872 = getelementptr inbounds float, ptr %betah1, i64 %2871
  store float %2870, ptr %2872, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3314, ptr noundef nonnull align 4 dereferenceable(256) %gep3596, i64 256, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3316, ptr noundef nonnull align 4 dereferenceable(256) %gep3594, i64 256, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2873 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %2874 = load float, ptr %2873, align 4
  %2875 = mul nsw i64 %tau3, %H
  %2876 = getelementptr inbounds float, ptr %betah1, i64 %2875
  store float %2874, ptr %2876, align 4
  %t5.next = add nuw nsw i64 %t5.addr.03032, 1
  %exitcond3320.not = icmp eq i64 %t5.next, %smax
  br i1 %exitcond3320.not, label %t5.exit, label %j36.head.preheader

t5.exit:                                          ; preds = %j36.head.preheader, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.03033, 1
  %indvars.iv.next3319 = add i64 %indvars.iv3318, 64
  %exitcond3322.not = icmp eq i64 %cc.next, %smax3321
  br i1 %exitcond3322.not, label %i56.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %j41.head.preheader, %i56.head.preheader
  %i56.addr.03035 = phi i64 [ 0, %i56.head.preheader ], [ %i56.next.7, %j41.head.preheader ]
  %2877 = shl nuw nsw i64 %i56.addr.03035, 8
  %scevgep3323 = getelementptr i8, ptr %95, i64 %2877
  %2878 = shl nuw nsw i64 %i56.addr.03035, 9
  %2879 = or disjoint i64 %2878, 256
  %scevgep3324 = getelementptr i8, ptr %work, i64 %2879
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324, i64 256, i1 false)
  %i56.next = or disjoint i64 %i56.addr.03035, 1
  %2880 = shl nuw nsw i64 %i56.next, 8
  %scevgep3323.1 = getelementptr i8, ptr %95, i64 %2880
  %2881 = shl nuw nsw i64 %i56.next, 9
  %2882 = or disjoint i64 %2881, 256
  %scevgep3324.1 = getelementptr i8, ptr %work, i64 %2882
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.1, i64 256, i1 false)
  %i56.next.1 = or disjoint i64 %i56.addr.03035, 2
  %2883 = shl nuw nsw i64 %i56.next.1, 8
  %scevgep3323.2 = getelementptr i8, ptr %95, i64 %2883
  %2884 = shl nuw nsw i64 %i56.next.1, 9
  %2885 = or disjoint i64 %2884, 256
  %scevgep3324.2 = getelementptr i8, ptr %work, i64 %2885
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.2, i64 256, i1 false)
  %i56.next.2 = or disjoint i64 %i56.addr.03035, 3
  %2886 = shl nuw nsw i64 %i56.next.2, 8
  %scevgep3323.3 = getelementptr i8, ptr %95, i64 %2886
  %2887 = shl nuw nsw i64 %i56.next.2, 9
  %2888 = or disjoint i64 %2887, 256
  %scevgep3324.3 = getelementptr i8, ptr %work, i64 %2888
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.3, i64 256, i1 false)
  %i56.next.3 = or disjoint i64 %i56.addr.03035, 4
  %2889 = shl nuw nsw i64 %i56.next.3, 8
  %scevgep3323.4 = getelementptr i8, ptr %95, i64 %2889
  %2890 = shl nuw nsw i64 %i56.next.3, 9
  %2891 = or disjoint i64 %2890, 256
  %scevgep3324.4 = getelementptr i8, ptr %work, i64 %2891
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.4, i64 256, i1 false)
  %i56.next.4 = or disjoint i64 %i56.addr.03035, 5
  %2892 = shl nuw nsw i64 %i56.next.4, 8
  %scevgep3323.5 = getelementptr i8, ptr %95, i64 %2892
  %2893 = shl nuw nsw i64 %i56.next.4, 9
  %2894 = or disjoint i64 %2893, 256
  %scevgep3324.5 = getelementptr i8, ptr %work, i64 %2894
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.5, i64 256, i1 false)
  %i56.next.5 = or disjoint i64 %i56.addr.03035, 6
  %2895 = shl nuw nsw i64 %i56.next.5, 8
  %scevgep3323.6 = getelementptr i8, ptr %95, i64 %2895
  %2896 = shl nuw nsw i64 %i56.next.5, 9
  %2897 = or disjoint i64 %2896, 256
  %scevgep3324.6 = getelementptr i8, ptr %work, i64 %2897
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.6, i64 256, i1 false)
  %i56.next.6 = or disjoint i64 %i56.addr.03035, 7
  %2898 = shl nuw nsw i64 %i56.next.6, 8
  %scevgep3323.7 = getelementptr i8, ptr %95, i64 %2898
  %2899 = shl nuw nsw i64 %i56.next.6, 9
  %2900 = or disjoint i64 %2899, 256
  %scevgep3324.7 = getelementptr i8, ptr %work, i64 %2900
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3323.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3324.7, i64 256, i1 false)
  %i56.next.7 = add nuw nsw i64 %i56.addr.03035, 8
  %exitcond3325.not.7 = icmp eq i64 %i56.next.7, 64
  br i1 %exitcond3325.not.7, label %i56.exit, label %j41.head.preheader

i56.exit:                                         ; preds = %j41.head.preheader
  %bh.next = add nsw i64 %bh.addr.03036, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3326.not = icmp eq i64 %indvar.next, %22
  br i1 %exitcond3326.not, label %bh.exit, label %bh.body
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

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 6
  %8 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0208, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %bh.body, %i.body
  %acc.0189 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %16, %i.body ]
  %acc1.0188 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %20, %i.body ]
  %acc2.0187 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %24, %i.body ]
  %acc3.0186 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %28, %i.body ]
  %acc4.0185 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %37, %i.body ]
  %acc5.0184 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %41, %i.body ]
  %acc6.0183 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %45, %i.body ]
  %acc7.0182 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %49, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %bh.body ], [ %i.next, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0181, 6
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <16 x float>, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %10, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %13, <16 x float> %acc.0189)
  %17 = or disjoint i64 %11, 16
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %19, <16 x float> %acc1.0188)
  %21 = or disjoint i64 %11, 32
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <16 x float>, ptr %22, align 4
  %24 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %23, <16 x float> %acc2.0187)
  %25 = or disjoint i64 %11, 48
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %27, <16 x float> %acc3.0186)
  %29 = or disjoint i64 %i.addr.0181, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 6
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <16 x float>, ptr %33, align 4
  %35 = insertelement <16 x float> poison, float %31, i64 0
  %36 = shufflevector <16 x float> %35, <16 x float> poison, <16 x i32> zeroinitializer
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %34, <16 x float> %acc4.0185)
  %38 = or disjoint i64 %32, 16
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <16 x float>, ptr %39, align 4
  %41 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %40, <16 x float> %acc5.0184)
  %42 = or disjoint i64 %32, 32
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %44, <16 x float> %acc6.0183)
  %46 = or disjoint i64 %32, 48
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <16 x float>, ptr %47, align 4
  %49 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %48, <16 x float> %acc7.0182)
  %i.next = add nuw nsw i64 %i.addr.0181, 2
  %50 = icmp ult i64 %i.addr.0181, 62
  br i1 %50, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %51 = load float, ptr %betah, align 4
  %52 = load <16 x float>, ptr %vh, align 4
  %53 = fadd <16 x float> %37, %16
  %54 = fsub <16 x float> %52, %53
  %55 = insertelement <16 x float> poison, float %51, i64 0
  %56 = shufflevector <16 x float> %55, <16 x float> poison, <16 x i32> zeroinitializer
  %57 = fmul <16 x float> %56, %54
  %58 = getelementptr inbounds i8, ptr %vh, i64 64
  %59 = load <16 x float>, ptr %58, align 4
  %60 = fadd <16 x float> %41, %20
  %61 = fsub <16 x float> %59, %60
  %62 = fmul <16 x float> %56, %61
  %63 = getelementptr inbounds i8, ptr %vh, i64 128
  %64 = load <16 x float>, ptr %63, align 4
  %65 = fadd <16 x float> %45, %24
  %66 = fsub <16 x float> %64, %65
  %67 = fmul <16 x float> %56, %66
  %68 = getelementptr inbounds i8, ptr %vh, i64 192
  %69 = load <16 x float>, ptr %68, align 4
  %70 = fadd <16 x float> %49, %28
  %71 = fsub <16 x float> %69, %70
  %72 = fmul <16 x float> %56, %71
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %86, %i1.body ]
  %acc9.0197 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %91, %i1.body ]
  %acc10.0196 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %96, %i1.body ]
  %acc11.0195 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %101, %i1.body ]
  %acc12.0194 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %116, %i1.body ]
  %i1.addr.0193 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0192 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %131, %i1.body ]
  %acc14.0191 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %126, %i1.body ]
  %acc13.0190 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %121, %i1.body ]
  %73 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0193
  %74 = load float, ptr %73, align 4
  %75 = or disjoint i64 %i1.addr.0193, %sq
  %76 = getelementptr inbounds float, ptr %kh, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = insertelement <16 x float> poison, float %74, i64 0
  %79 = shufflevector <16 x float> %78, <16 x float> poison, <16 x i32> zeroinitializer
  %80 = shl nuw nsw i64 %i1.addr.0193, 6
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %57, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %84 = insertelement <16 x float> poison, float %77, i64 0
  %85 = shufflevector <16 x float> %84, <16 x float> poison, <16 x i32> zeroinitializer
  %86 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %83, <16 x float> %acc832.0198)
  %87 = or disjoint i64 %80, 16
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <16 x float>, ptr %88, align 4
  %90 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %62, <16 x float> %89)
  store <16 x float> %90, ptr %88, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %90, <16 x float> %acc9.0197)
  %92 = or disjoint i64 %80, 32
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %67, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %96 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %95, <16 x float> %acc10.0196)
  %97 = or disjoint i64 %80, 48
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %72, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %100, <16 x float> %acc11.0195)
  %102 = or disjoint i64 %i1.addr.0193, 1
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = or disjoint i64 %102, %sq
  %106 = getelementptr inbounds float, ptr %kh, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = insertelement <16 x float> poison, float %104, i64 0
  %109 = shufflevector <16 x float> %108, <16 x float> poison, <16 x i32> zeroinitializer
  %110 = shl nuw nsw i64 %102, 6
  %111 = getelementptr inbounds float, ptr %S, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %57, <16 x float> %112)
  store <16 x float> %113, ptr %111, align 4
  %114 = insertelement <16 x float> poison, float %107, i64 0
  %115 = shufflevector <16 x float> %114, <16 x float> poison, <16 x i32> zeroinitializer
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %113, <16 x float> %acc12.0194)
  %117 = or disjoint i64 %110, 16
  %118 = getelementptr inbounds float, ptr %S, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %62, <16 x float> %119)
  store <16 x float> %120, ptr %118, align 4
  %121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %120, <16 x float> %acc13.0190)
  %122 = or disjoint i64 %110, 32
  %123 = getelementptr inbounds float, ptr %S, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %67, <16 x float> %124)
  store <16 x float> %125, ptr %123, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %125, <16 x float> %acc14.0191)
  %127 = or disjoint i64 %110, 48
  %128 = getelementptr inbounds float, ptr %S, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %72, <16 x float> %129)
  store <16 x float> %130, ptr %128, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %130, <16 x float> %acc15.0192)
  %i1.next = add nuw nsw i64 %i1.addr.0193, 2
  %132 = icmp ult i64 %i1.addr.0193, 62
  br i1 %132, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %133 = getelementptr inbounds float, ptr %betah, i64 %H
  %134 = load float, ptr %133, align 4
  %135 = getelementptr inbounds float, ptr %vh, i64 %sq
  %136 = load <16 x float>, ptr %135, align 4
  %137 = fadd <16 x float> %116, %86
  %138 = fsub <16 x float> %136, %137
  %139 = insertelement <16 x float> poison, float %134, i64 0
  %140 = shufflevector <16 x float> %139, <16 x float> poison, <16 x i32> zeroinitializer
  %141 = fmul <16 x float> %140, %138
  %142 = getelementptr inbounds float, ptr %vh, i64 %2
  %143 = load <16 x float>, ptr %142, align 4
  %144 = fadd <16 x float> %121, %91
  %145 = fsub <16 x float> %143, %144
  %146 = fmul <16 x float> %140, %145
  %147 = getelementptr inbounds float, ptr %vh, i64 %3
  %148 = load <16 x float>, ptr %147, align 4
  %149 = fadd <16 x float> %126, %96
  %150 = fsub <16 x float> %148, %149
  %151 = fmul <16 x float> %140, %150
  %152 = getelementptr inbounds float, ptr %vh, i64 %4
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %131, %101
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %140, %155
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %acc19.0202 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %185, %i2.body ]
  %acc18.0201 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %180, %i2.body ]
  %acc17.0200 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %175, %i2.body ]
  %acc16.0199 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %170, %i2.body ]
  %157 = or disjoint i64 %i2.addr.0207, %sq
  %158 = getelementptr inbounds float, ptr %kh, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %161 = load float, ptr %160, align 4
  %162 = insertelement <16 x float> poison, float %159, i64 0
  %163 = shufflevector <16 x float> %162, <16 x float> poison, <16 x i32> zeroinitializer
  %164 = shl nuw nsw i64 %i2.addr.0207, 6
  %165 = getelementptr inbounds float, ptr %S, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %141, <16 x float> %166)
  store <16 x float> %167, ptr %165, align 4
  %168 = insertelement <16 x float> poison, float %161, i64 0
  %169 = shufflevector <16 x float> %168, <16 x float> poison, <16 x i32> zeroinitializer
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %167, <16 x float> %acc16.0199)
  %171 = or disjoint i64 %164, 16
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <16 x float>, ptr %172, align 4
  %174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %146, <16 x float> %173)
  store <16 x float> %174, ptr %172, align 4
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %174, <16 x float> %acc17.0200)
  %176 = or disjoint i64 %164, 32
  %177 = getelementptr inbounds float, ptr %S, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %151, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %179, <16 x float> %acc18.0201)
  %181 = or disjoint i64 %164, 48
  %182 = getelementptr inbounds float, ptr %S, i64 %181
  %183 = load <16 x float>, ptr %182, align 4
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %156, <16 x float> %183)
  store <16 x float> %184, ptr %182, align 4
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %169, <16 x float> %184, <16 x float> %acc19.0202)
  %i2.next = add nuw nsw i64 %i2.addr.0207, 1
  %exitcond.not = icmp eq i64 %i2.next, 64
  br i1 %exitcond.not, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %186 = fmul <16 x float> %170, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  store <16 x float> %186, ptr %oh, align 4
  %187 = fmul <16 x float> %175, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %188 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %187, ptr %188, align 4
  %189 = fmul <16 x float> %180, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %190 = getelementptr inbounds i8, ptr %oh, i64 128
  store <16 x float> %189, ptr %190, align 4
  %191 = fmul <16 x float> %185, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %192 = getelementptr inbounds i8, ptr %oh, i64 192
  store <16 x float> %191, ptr %192, align 4
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %exitcond228.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond228.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
