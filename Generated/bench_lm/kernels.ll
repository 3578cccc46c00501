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
  %M = getelementptr inbounds i8, ptr %work, i64 349440
  %OY = getelementptr inbounds i8, ptr %work, i64 172032
  %PT = getelementptr inbounds i8, ptr %work, i64 327680
  %QK = getelementptr inbounds i8, ptr %work, i64 147456
  %QcT = getelementptr inbounds i8, ptr %work, i64 212992
  %Rr = getelementptr inbounds i8, ptr %work, i64 278528
  %Vn = getelementptr inbounds i8, ptr %work, i64 294912
  %VnT = getelementptr inbounds i8, ptr %work, i64 311296
  %bet = getelementptr inbounds i8, ptr %work, i64 344064
  %dOT = getelementptr inbounds i8, ptr %work, i64 221184
  %dQc = getelementptr inbounds i8, ptr %work, i64 335872
  %dbet = getelementptr i8, ptr %work, i64 344320
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %invariant.gep3118 = getelementptr i8, ptr %work, i64 90752
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
  %smax3437 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %21 = sub i64 %bh1, %bh0
  %22 = getelementptr inbounds i8, ptr %work, i64 349444
  %23 = getelementptr inbounds i8, ptr %work, i64 349448
  %24 = getelementptr inbounds i8, ptr %work, i64 349452
  %25 = getelementptr inbounds i8, ptr %work, i64 349456
  %26 = getelementptr inbounds i8, ptr %work, i64 349460
  %27 = getelementptr inbounds i8, ptr %work, i64 349464
  %28 = getelementptr inbounds i8, ptr %work, i64 349468
  %29 = getelementptr inbounds i8, ptr %work, i64 349472
  %30 = getelementptr inbounds i8, ptr %work, i64 349476
  %31 = getelementptr inbounds i8, ptr %work, i64 349480
  %32 = getelementptr inbounds i8, ptr %work, i64 349484
  %33 = getelementptr inbounds i8, ptr %work, i64 349488
  %34 = getelementptr inbounds i8, ptr %work, i64 349492
  %35 = getelementptr inbounds i8, ptr %work, i64 349496
  %36 = getelementptr inbounds i8, ptr %work, i64 349500
  %37 = getelementptr inbounds i8, ptr %work, i64 349504
  %38 = getelementptr inbounds i8, ptr %work, i64 349508
  %39 = getelementptr inbounds i8, ptr %work, i64 349512
  %40 = getelementptr inbounds i8, ptr %work, i64 349516
  %41 = getelementptr inbounds i8, ptr %work, i64 349520
  %42 = getelementptr inbounds i8, ptr %work, i64 349524
  %43 = getelementptr inbounds i8, ptr %work, i64 349528
  %44 = getelementptr inbounds i8, ptr %work, i64 349532
  %45 = getelementptr inbounds i8, ptr %work, i64 349536
  %46 = getelementptr inbounds i8, ptr %work, i64 349540
  %47 = getelementptr inbounds i8, ptr %work, i64 349544
  %48 = getelementptr inbounds i8, ptr %work, i64 349548
  %49 = getelementptr inbounds i8, ptr %work, i64 349552
  %50 = getelementptr inbounds i8, ptr %work, i64 349556
  %51 = getelementptr inbounds i8, ptr %work, i64 349560
  %52 = getelementptr inbounds i8, ptr %work, i64 349564
  %invariant.gep3642 = getelementptr i8, ptr %work, i64 278784
  %invariant.gep3644 = getelementptr i8, ptr %work, i64 73984
  %invariant.gep3646 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3648 = getelementptr i8, ptr %work, i64 73728
  %invariant.gep3650 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3652 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3654 = getelementptr i8, ptr %work, i64 147456
  %invariant.gep3656 = getelementptr i8, ptr %work, i64 155648
  %invariant.gep3658 = getelementptr i8, ptr %work, i64 155904
  %invariant.gep3660 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3662 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3664 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3666 = getelementptr inbounds i8, ptr %work, i64 155840
  %invariant.gep3668 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3670 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3672 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3674 = getelementptr inbounds i8, ptr %work, i64 155840
  %53 = getelementptr inbounds i8, ptr %work, i64 278592
  %54 = getelementptr inbounds i8, ptr %work, i64 245824
  %55 = getelementptr inbounds i8, ptr %work, i64 278656
  %56 = getelementptr inbounds i8, ptr %work, i64 245888
  %57 = getelementptr inbounds i8, ptr %work, i64 278720
  %58 = getelementptr inbounds i8, ptr %work, i64 245952
  %59 = getelementptr inbounds i8, ptr %work, i64 327744
  %invariant.gep3686 = getelementptr inbounds i8, ptr %work, i64 246016
  %invariant.gep3688 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3692 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3696 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3700 = getelementptr inbounds i8, ptr %work, i64 180416
  %60 = getelementptr inbounds i8, ptr %work, i64 90176
  %invariant.gep3702 = getelementptr i8, ptr %work, i64 180480
  %invariant.gep3704 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3708 = getelementptr inbounds i8, ptr %work, i64 90752
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 196672
  %invariant.gep.2 = getelementptr inbounds i8, ptr %work, i64 196736
  %invariant.gep.3 = getelementptr inbounds i8, ptr %work, i64 196800
  %invariant.gep3690 = getelementptr inbounds i8, ptr %work, i64 246080
  %invariant.gep3694 = getelementptr inbounds i8, ptr %work, i64 246144
  %invariant.gep3698 = getelementptr inbounds i8, ptr %work, i64 246208
  %invariant.gep3105.1 = getelementptr inbounds i8, ptr %work, i64 311360
  %invariant.gep3105.2 = getelementptr inbounds i8, ptr %work, i64 311424
  %invariant.gep3105.3 = getelementptr inbounds i8, ptr %work, i64 311488
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03156 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %61 = add i64 %indvar, %bh0
  %62 = shl i64 %61, 14
  %63 = mul i64 %8, %indvar
  %64 = add i64 %7, %63
  %b = sdiv i64 %bh.addr.03156, %H
  %h = srem i64 %bh.addr.03156, %H
  %65 = mul i64 %b, %T
  %66 = mul i64 %65, %H
  %bT = add i64 %66, %h
  %67 = mul i64 %1, %65
  %bTn = add nsw i64 %67, %h
  %68 = shl nsw i64 %bT, 6
  %69 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %69
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %69
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %70 = getelementptr i8, ptr %dhT, i64 %62
  br label %j.head.preheader

bh.exit:                                          ; preds = %i53.exit, %entry
  ret void

j.head.preheader:                                 ; preds = %j.head.preheader, %bh.body
  %i.addr.02853 = phi i64 [ 0, %bh.body ], [ %i.next.7, %j.head.preheader ]
  %71 = shl nuw nsw i64 %i.addr.02853, 9
  %72 = or disjoint i64 %71, 256
  %scevgep = getelementptr i8, ptr %work, i64 %72
  %73 = shl nuw nsw i64 %i.addr.02853, 8
  %scevgep3377 = getelementptr i8, ptr %70, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.02853, 1
  %74 = shl nuw nsw i64 %i.next, 9
  %75 = or disjoint i64 %74, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %75
  %76 = shl nuw nsw i64 %i.next, 8
  %scevgep3377.1 = getelementptr i8, ptr %70, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.02853, 2
  %77 = shl nuw nsw i64 %i.next.1, 9
  %78 = or disjoint i64 %77, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %78
  %79 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3377.2 = getelementptr i8, ptr %70, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.02853, 3
  %80 = shl nuw nsw i64 %i.next.2, 9
  %81 = or disjoint i64 %80, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %81
  %82 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3377.3 = getelementptr i8, ptr %70, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.02853, 4
  %83 = shl nuw nsw i64 %i.next.3, 9
  %84 = or disjoint i64 %83, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %84
  %85 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3377.4 = getelementptr i8, ptr %70, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.02853, 5
  %86 = shl nuw nsw i64 %i.next.4, 9
  %87 = or disjoint i64 %86, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %87
  %88 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3377.5 = getelementptr i8, ptr %70, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.02853, 6
  %89 = shl nuw nsw i64 %i.next.5, 9
  %90 = or disjoint i64 %89, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %90
  %91 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3377.6 = getelementptr i8, ptr %70, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.02853, 7
  %92 = shl nuw nsw i64 %i.next.6, 9
  %93 = or disjoint i64 %92, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %93
  %94 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3377.7 = getelementptr i8, ptr %70, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3377.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.02853, 8
  %exitcond.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  %qh = getelementptr inbounds float, ptr %q, i64 %68
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %68
  br i1 %3, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %95 = mul nsw i64 %bh.addr.03156, %nc
  %96 = add i64 %11, %bT
  %97 = shl i64 %96, 8
  %98 = mul i64 %15, %b
  %99 = add i64 %14, %98
  %100 = mul i64 %99, %H
  %101 = shl i64 %h, 8
  %102 = add i64 %100, %101
  %103 = add i64 %18, %98
  %104 = mul i64 %103, %H
  %105 = add i64 %104, %101
  %106 = getelementptr i8, ptr %dout, i64 %97
  %107 = getelementptr i8, ptr %qh, i64 64
  %108 = getelementptr i8, ptr %qh, i64 128
  %109 = getelementptr i8, ptr %qh, i64 192
  %110 = getelementptr i8, ptr %kh, i64 64
  %111 = getelementptr i8, ptr %kh, i64 128
  %112 = getelementptr i8, ptr %kh, i64 192
  br label %cc.body

i53.head.preheader:                               ; preds = %i52.exit, %i.exit
  %113 = getelementptr i8, ptr %dh0, i64 %62
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %i52.exit
  %indvars.iv3423 = phi i64 [ %20, %cc.body.lr.ph ], [ %indvars.iv.next3424, %i52.exit ]
  %cc.addr.03153 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i52.exit ]
  %smin4092 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3423, i64 32)
  %smax4093 = tail call i64 @llvm.smax.i64(i64 %smin4092, i64 1)
  %114 = mul i64 %16, %cc.addr.03153
  %115 = add i64 %105, %114
  %116 = add i64 %102, %114
  %117 = mul i64 %12, %cc.addr.03153
  %118 = shl i64 %cc.addr.03153, 14
  %119 = sub i64 %64, %118
  %120 = xor i64 %cc.addr.03153, -1
  %ci = add nsw i64 %nc, %120
  %t0 = shl nsw i64 %ci, 5
  %121 = sub nsw i64 %T, %t0
  %122 = getelementptr i8, ptr %hs, i64 %119
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %123 = add nsw i64 %ci, %95
  %124 = shl nsw i64 %123, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.02855 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %125 = shl nuw nsw i64 %i1.addr.02855, 9
  %scevgep3378 = getelementptr i8, ptr %work, i64 %125
  %126 = shl nuw nsw i64 %i1.addr.02855, 8
  %scevgep3379 = getelementptr i8, ptr %122, i64 %126
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.02855, 1
  %127 = shl nuw nsw i64 %i1.next, 9
  %scevgep3378.1 = getelementptr i8, ptr %work, i64 %127
  %128 = shl nuw nsw i64 %i1.next, 8
  %scevgep3379.1 = getelementptr i8, ptr %122, i64 %128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.02855, 2
  %129 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3378.2 = getelementptr i8, ptr %work, i64 %129
  %130 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3379.2 = getelementptr i8, ptr %122, i64 %130
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.02855, 3
  %131 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3378.3 = getelementptr i8, ptr %work, i64 %131
  %132 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3379.3 = getelementptr i8, ptr %122, i64 %132
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.02855, 4
  %133 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3378.4 = getelementptr i8, ptr %work, i64 %133
  %134 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3379.4 = getelementptr i8, ptr %122, i64 %134
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.02855, 5
  %135 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3378.5 = getelementptr i8, ptr %work, i64 %135
  %136 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3379.5 = getelementptr i8, ptr %122, i64 %136
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.02855, 6
  %137 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3378.6 = getelementptr i8, ptr %work, i64 %137
  %138 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3379.6 = getelementptr i8, ptr %122, i64 %138
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.02855, 7
  %139 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3378.7 = getelementptr i8, ptr %work, i64 %139
  %140 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3379.7 = getelementptr i8, ptr %122, i64 %140
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3378.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3379.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.02855, 8
  %exitcond3380.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3380.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.02857 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %141 = shl nuw nsw i64 %i2.addr.02857, 6
  %142 = or i64 %141, %124
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.02856 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %143 = or i64 %142, %j2.addr.02856
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or i64 %143, 512
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or i64 %143, 64
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = or i64 %143, 576
  %153 = getelementptr inbounds float, ptr %hs, i64 %152
  %154 = load <16 x float>, ptr %153, align 4
  %155 = or i64 %143, 128
  %156 = getelementptr inbounds float, ptr %hs, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = or i64 %143, 640
  %159 = getelementptr inbounds float, ptr %hs, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = or i64 %143, 192
  %162 = getelementptr inbounds float, ptr %hs, i64 %161
  %163 = load <16 x float>, ptr %162, align 4
  %164 = or i64 %143, 704
  %165 = getelementptr inbounds float, ptr %hs, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = or i64 %143, 256
  %168 = getelementptr inbounds float, ptr %hs, i64 %167
  %169 = load <16 x float>, ptr %168, align 4
  %170 = or i64 %143, 768
  %171 = getelementptr inbounds float, ptr %hs, i64 %170
  %172 = load <16 x float>, ptr %171, align 4
  %173 = or i64 %143, 320
  %174 = getelementptr inbounds float, ptr %hs, i64 %173
  %175 = load <16 x float>, ptr %174, align 4
  %176 = or i64 %143, 832
  %177 = getelementptr inbounds float, ptr %hs, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = or i64 %143, 384
  %180 = getelementptr inbounds float, ptr %hs, i64 %179
  %181 = load <16 x float>, ptr %180, align 4
  %182 = or i64 %143, 896
  %183 = getelementptr inbounds float, ptr %hs, i64 %182
  %184 = load <16 x float>, ptr %183, align 4
  %185 = or i64 %143, 448
  %186 = getelementptr inbounds float, ptr %hs, i64 %185
  %187 = load <16 x float>, ptr %186, align 4
  %188 = or i64 %143, 960
  %189 = getelementptr inbounds float, ptr %hs, i64 %188
  %190 = load <16 x float>, ptr %189, align 4
  %191 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %192 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %193 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %194 = shufflevector <16 x float> %175, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %195 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %196 = shufflevector <16 x float> %181, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %197 = shufflevector <16 x float> %163, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %198 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %199 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %200 = shufflevector <16 x float> %169, <16 x float> %172, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %201 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %202 = shufflevector <16 x float> %175, <16 x float> %178, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %203 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %204 = shufflevector <16 x float> %181, <16 x float> %184, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %205 = shufflevector <16 x float> %163, <16 x float> %166, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %206 = shufflevector <16 x float> %187, <16 x float> %190, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %207 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %208 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %209 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %210 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %211 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %212 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %213 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %214 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %215 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %216 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %217 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %218 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %219 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %220 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %221 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %222 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %223 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %224 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %225 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %226 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %227 = shufflevector <16 x float> %211, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %228 = shufflevector <16 x float> %213, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %229 = shufflevector <16 x float> %211, <16 x float> %212, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %230 = shufflevector <16 x float> %213, <16 x float> %214, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %231 = shufflevector <16 x float> %215, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %232 = shufflevector <16 x float> %217, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %233 = shufflevector <16 x float> %215, <16 x float> %216, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %234 = shufflevector <16 x float> %217, <16 x float> %218, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %235 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %236 = shufflevector <16 x float> %221, <16 x float> %222, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %237 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %238 = shufflevector <16 x float> %221, <16 x float> %222, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %239 = shufflevector <16 x float> %223, <16 x float> %224, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %240 = shl nuw nsw i64 %j2.addr.02856, 6
  %241 = add nuw nsw i64 %240, %i2.addr.02857
  %242 = or disjoint i64 %241, 4096
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %239, ptr %243, align 4
  %244 = shufflevector <16 x float> %223, <16 x float> %224, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %245 = or disjoint i64 %241, 4160
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %248 = or disjoint i64 %241, 4224
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  %250 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %251 = or disjoint i64 %241, 4288
  %252 = getelementptr inbounds float, ptr %Bk, i64 %251
  store <16 x float> %250, ptr %252, align 4
  %253 = shufflevector <16 x float> %227, <16 x float> %228, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %254 = or disjoint i64 %241, 4352
  %255 = getelementptr inbounds float, ptr %Bk, i64 %254
  store <16 x float> %253, ptr %255, align 4
  %256 = shufflevector <16 x float> %227, <16 x float> %228, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %257 = or disjoint i64 %241, 4416
  %258 = getelementptr inbounds float, ptr %Bk, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %259 = shufflevector <16 x float> %229, <16 x float> %230, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %260 = or disjoint i64 %241, 4480
  %261 = getelementptr inbounds float, ptr %Bk, i64 %260
  store <16 x float> %259, ptr %261, align 4
  %262 = shufflevector <16 x float> %229, <16 x float> %230, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %263 = or disjoint i64 %241, 4544
  %264 = getelementptr inbounds float, ptr %Bk, i64 %263
  store <16 x float> %262, ptr %264, align 4
  %265 = shufflevector <16 x float> %231, <16 x float> %232, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %266 = or disjoint i64 %241, 4608
  %267 = getelementptr inbounds float, ptr %Bk, i64 %266
  store <16 x float> %265, ptr %267, align 4
  %268 = shufflevector <16 x float> %231, <16 x float> %232, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %269 = or disjoint i64 %241, 4672
  %270 = getelementptr inbounds float, ptr %Bk, i64 %269
  store <16 x float> %268, ptr %270, align 4
  %271 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %272 = or disjoint i64 %241, 4736
  %273 = getelementptr inbounds float, ptr %Bk, i64 %272
  store <16 x float> %271, ptr %273, align 4
  %274 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %275 = or disjoint i64 %241, 4800
  %276 = getelementptr inbounds float, ptr %Bk, i64 %275
  store <16 x float> %274, ptr %276, align 4
  %277 = shufflevector <16 x float> %235, <16 x float> %236, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %278 = or disjoint i64 %241, 4864
  %279 = getelementptr inbounds float, ptr %Bk, i64 %278
  store <16 x float> %277, ptr %279, align 4
  %280 = shufflevector <16 x float> %235, <16 x float> %236, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %281 = or disjoint i64 %241, 4928
  %282 = getelementptr inbounds float, ptr %Bk, i64 %281
  store <16 x float> %280, ptr %282, align 4
  %283 = shufflevector <16 x float> %237, <16 x float> %238, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %284 = or disjoint i64 %241, 4992
  %285 = getelementptr inbounds float, ptr %Bk, i64 %284
  store <16 x float> %283, ptr %285, align 4
  %286 = shufflevector <16 x float> %237, <16 x float> %238, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %287 = or disjoint i64 %241, 5056
  %288 = getelementptr inbounds float, ptr %Bk, i64 %287
  store <16 x float> %286, ptr %288, align 4
  %j2.next = add nuw nsw i64 %j2.addr.02856, 16
  %289 = icmp ult i64 %j2.addr.02856, 48
  br i1 %289, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.02857, 16
  %290 = icmp ult i64 %i2.addr.02857, 48
  br i1 %290, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.02859 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %291 = shl nuw nsw i64 %i3.addr.02859, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.02858 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %292 = add nuw nsw i64 %j3.addr.02858, %291
  %293 = or disjoint i64 %292, 64
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %292, 1088
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %292, 192
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = or disjoint i64 %292, 1216
  %303 = getelementptr inbounds float, ptr %work, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = or disjoint i64 %292, 320
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = or disjoint i64 %292, 1344
  %309 = getelementptr inbounds float, ptr %work, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = or disjoint i64 %292, 448
  %312 = getelementptr inbounds float, ptr %work, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = or disjoint i64 %292, 1472
  %315 = getelementptr inbounds float, ptr %work, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = or disjoint i64 %292, 576
  %318 = getelementptr inbounds float, ptr %work, i64 %317
  %319 = load <16 x float>, ptr %318, align 4
  %320 = or disjoint i64 %292, 1600
  %321 = getelementptr inbounds float, ptr %work, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = or disjoint i64 %292, 704
  %324 = getelementptr inbounds float, ptr %work, i64 %323
  %325 = load <16 x float>, ptr %324, align 4
  %326 = or disjoint i64 %292, 1728
  %327 = getelementptr inbounds float, ptr %work, i64 %326
  %328 = load <16 x float>, ptr %327, align 4
  %329 = or disjoint i64 %292, 832
  %330 = getelementptr inbounds float, ptr %work, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = or disjoint i64 %292, 1856
  %333 = getelementptr inbounds float, ptr %work, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = or disjoint i64 %292, 960
  %336 = getelementptr inbounds float, ptr %work, i64 %335
  %337 = load <16 x float>, ptr %336, align 4
  %338 = or disjoint i64 %292, 1984
  %339 = getelementptr inbounds float, ptr %work, i64 %338
  %340 = load <16 x float>, ptr %339, align 4
  %341 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %342 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %343 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %344 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %345 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %346 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %347 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %350 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %351 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %352 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %353 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %354 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %355 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %357 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %358 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %359 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %360 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %361 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %362 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %363 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %364 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %365 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %366 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %367 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %368 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %369 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %374 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %375 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %376 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %377 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %378 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %379 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %380 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %381 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %382 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %383 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %384 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %385 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %386 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %387 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %388 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %389 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %390 = shl nuw nsw i64 %j3.addr.02858, 6
  %391 = add nuw nsw i64 %390, %i3.addr.02859
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %389, ptr %392, align 4
  %393 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %394 = or disjoint i64 %391, 64
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %397 = or disjoint i64 %391, 128
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  %399 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %400 = or disjoint i64 %391, 192
  %401 = getelementptr inbounds float, ptr %Bk, i64 %400
  store <16 x float> %399, ptr %401, align 4
  %402 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %403 = or disjoint i64 %391, 256
  %404 = getelementptr inbounds float, ptr %Bk, i64 %403
  store <16 x float> %402, ptr %404, align 4
  %405 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %406 = or disjoint i64 %391, 320
  %407 = getelementptr inbounds float, ptr %Bk, i64 %406
  store <16 x float> %405, ptr %407, align 4
  %408 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %409 = or disjoint i64 %391, 384
  %410 = getelementptr inbounds float, ptr %Bk, i64 %409
  store <16 x float> %408, ptr %410, align 4
  %411 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %412 = or disjoint i64 %391, 448
  %413 = getelementptr inbounds float, ptr %Bk, i64 %412
  store <16 x float> %411, ptr %413, align 4
  %414 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %415 = or disjoint i64 %391, 512
  %416 = getelementptr inbounds float, ptr %Bk, i64 %415
  store <16 x float> %414, ptr %416, align 4
  %417 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %418 = or disjoint i64 %391, 576
  %419 = getelementptr inbounds float, ptr %Bk, i64 %418
  store <16 x float> %417, ptr %419, align 4
  %420 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %421 = or disjoint i64 %391, 640
  %422 = getelementptr inbounds float, ptr %Bk, i64 %421
  store <16 x float> %420, ptr %422, align 4
  %423 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %424 = or disjoint i64 %391, 704
  %425 = getelementptr inbounds float, ptr %Bk, i64 %424
  store <16 x float> %423, ptr %425, align 4
  %426 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %427 = or disjoint i64 %391, 768
  %428 = getelementptr inbounds float, ptr %Bk, i64 %427
  store <16 x float> %426, ptr %428, align 4
  %429 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %430 = or disjoint i64 %391, 832
  %431 = getelementptr inbounds float, ptr %Bk, i64 %430
  store <16 x float> %429, ptr %431, align 4
  %432 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %433 = or disjoint i64 %391, 896
  %434 = getelementptr inbounds float, ptr %Bk, i64 %433
  store <16 x float> %432, ptr %434, align 4
  %435 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %436 = or disjoint i64 %391, 960
  %437 = getelementptr inbounds float, ptr %Bk, i64 %436
  store <16 x float> %435, ptr %437, align 4
  %j3.next = add nuw nsw i64 %j3.addr.02858, 16
  %438 = icmp ult i64 %j3.addr.02858, 48
  br i1 %438, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.02859, 16
  %439 = icmp ult i64 %i3.addr.02859, 48
  br i1 %439, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %440 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %441 = select <8 x i1> %440, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %442 = shl nsw i64 %index, 7
  %443 = shl i64 %index, 7
  %444 = or disjoint i64 %443, 128
  %445 = shl i64 %index, 7
  %446 = or disjoint i64 %445, 256
  %447 = shl i64 %index, 7
  %448 = or disjoint i64 %447, 384
  %449 = shl i64 %index, 7
  %450 = or disjoint i64 %449, 512
  %451 = shl i64 %index, 7
  %452 = or disjoint i64 %451, 640
  %453 = shl i64 %index, 7
  %454 = or disjoint i64 %453, 768
  %455 = shl i64 %index, 7
  %456 = or disjoint i64 %455, 896
  %457 = getelementptr inbounds i8, ptr %M, i64 %442
  %458 = getelementptr inbounds i8, ptr %M, i64 %444
  %459 = getelementptr inbounds i8, ptr %M, i64 %446
  %460 = getelementptr inbounds i8, ptr %M, i64 %448
  %461 = getelementptr inbounds i8, ptr %M, i64 %450
  %462 = getelementptr inbounds i8, ptr %M, i64 %452
  %463 = getelementptr inbounds i8, ptr %M, i64 %454
  %464 = getelementptr inbounds i8, ptr %M, i64 %456
  %465 = extractelement <8 x float> %441, i64 0
  store float %465, ptr %457, align 4
  %466 = extractelement <8 x float> %441, i64 4
  store float %466, ptr %461, align 4
  %467 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %468 = select <8 x i1> %467, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %469 = getelementptr inbounds i8, ptr %22, i64 %442
  %470 = getelementptr inbounds i8, ptr %22, i64 %450
  %471 = extractelement <8 x float> %468, i64 0
  store float %471, ptr %469, align 4
  %472 = extractelement <8 x float> %468, i64 4
  store float %472, ptr %470, align 4
  %473 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %474 = select <8 x i1> %473, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %475 = getelementptr inbounds i8, ptr %23, i64 %442
  %476 = getelementptr inbounds i8, ptr %23, i64 %450
  %477 = extractelement <8 x float> %474, i64 0
  store float %477, ptr %475, align 4
  %478 = extractelement <8 x float> %474, i64 1
  %479 = extractelement <8 x float> %474, i64 2
  %480 = extractelement <8 x float> %474, i64 3
  %481 = extractelement <8 x float> %474, i64 4
  store float %481, ptr %476, align 4
  %482 = extractelement <8 x float> %474, i64 5
  %483 = extractelement <8 x float> %474, i64 6
  %484 = extractelement <8 x float> %474, i64 7
  %485 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %486 = select <8 x i1> %485, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %487 = getelementptr inbounds i8, ptr %24, i64 %442
  %488 = getelementptr inbounds i8, ptr %24, i64 %450
  %489 = extractelement <8 x float> %486, i64 0
  store float %489, ptr %487, align 4
  %490 = extractelement <8 x float> %486, i64 1
  %491 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %492 = insertelement <4 x float> %491, float %478, i64 2
  %493 = insertelement <4 x float> %492, float %490, i64 3
  store <4 x float> %493, ptr %458, align 4
  %494 = extractelement <8 x float> %486, i64 2
  %495 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %496 = insertelement <4 x float> %495, float %479, i64 2
  %497 = insertelement <4 x float> %496, float %494, i64 3
  store <4 x float> %497, ptr %459, align 4
  %498 = extractelement <8 x float> %486, i64 3
  %499 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %500 = insertelement <4 x float> %499, float %480, i64 2
  %501 = insertelement <4 x float> %500, float %498, i64 3
  store <4 x float> %501, ptr %460, align 4
  %502 = extractelement <8 x float> %486, i64 4
  store float %502, ptr %488, align 4
  %503 = extractelement <8 x float> %486, i64 5
  %504 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %505 = insertelement <4 x float> %504, float %482, i64 2
  %506 = insertelement <4 x float> %505, float %503, i64 3
  store <4 x float> %506, ptr %462, align 4
  %507 = extractelement <8 x float> %486, i64 6
  %508 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %509 = insertelement <4 x float> %508, float %483, i64 2
  %510 = insertelement <4 x float> %509, float %507, i64 3
  store <4 x float> %510, ptr %463, align 4
  %511 = extractelement <8 x float> %486, i64 7
  %512 = shufflevector <8 x float> %441, <8 x float> %468, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %513 = insertelement <4 x float> %512, float %484, i64 2
  %514 = insertelement <4 x float> %513, float %511, i64 3
  store <4 x float> %514, ptr %464, align 4
  %515 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %516 = select <8 x i1> %515, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %517 = getelementptr inbounds i8, ptr %25, i64 %442
  %518 = getelementptr inbounds i8, ptr %25, i64 %444
  %519 = getelementptr inbounds i8, ptr %25, i64 %446
  %520 = getelementptr inbounds i8, ptr %25, i64 %448
  %521 = getelementptr inbounds i8, ptr %25, i64 %450
  %522 = getelementptr inbounds i8, ptr %25, i64 %452
  %523 = getelementptr inbounds i8, ptr %25, i64 %454
  %524 = getelementptr inbounds i8, ptr %25, i64 %456
  %525 = extractelement <8 x float> %516, i64 0
  store float %525, ptr %517, align 4
  %526 = extractelement <8 x float> %516, i64 4
  store float %526, ptr %521, align 4
  %527 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %528 = select <8 x i1> %527, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %529 = getelementptr inbounds i8, ptr %26, i64 %442
  %530 = getelementptr inbounds i8, ptr %26, i64 %450
  %531 = extractelement <8 x float> %528, i64 0
  store float %531, ptr %529, align 4
  %532 = extractelement <8 x float> %528, i64 4
  store float %532, ptr %530, align 4
  %533 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %534 = select <8 x i1> %533, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %535 = getelementptr inbounds i8, ptr %27, i64 %442
  %536 = getelementptr inbounds i8, ptr %27, i64 %450
  %537 = extractelement <8 x float> %534, i64 0
  store float %537, ptr %535, align 4
  %538 = extractelement <8 x float> %534, i64 1
  %539 = extractelement <8 x float> %534, i64 2
  %540 = extractelement <8 x float> %534, i64 3
  %541 = extractelement <8 x float> %534, i64 4
  store float %541, ptr %536, align 4
  %542 = extractelement <8 x float> %534, i64 5
  %543 = extractelement <8 x float> %534, i64 6
  %544 = extractelement <8 x float> %534, i64 7
  %545 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %546 = select <8 x i1> %545, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %547 = getelementptr inbounds i8, ptr %28, i64 %442
  %548 = getelementptr inbounds i8, ptr %28, i64 %450
  %549 = extractelement <8 x float> %546, i64 0
  store float %549, ptr %547, align 4
  %550 = extractelement <8 x float> %546, i64 1
  %551 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %552 = insertelement <4 x float> %551, float %538, i64 2
  %553 = insertelement <4 x float> %552, float %550, i64 3
  store <4 x float> %553, ptr %518, align 4
  %554 = extractelement <8 x float> %546, i64 2
  %555 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %556 = insertelement <4 x float> %555, float %539, i64 2
  %557 = insertelement <4 x float> %556, float %554, i64 3
  store <4 x float> %557, ptr %519, align 4
  %558 = extractelement <8 x float> %546, i64 3
  %559 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %560 = insertelement <4 x float> %559, float %540, i64 2
  %561 = insertelement <4 x float> %560, float %558, i64 3
  store <4 x float> %561, ptr %520, align 4
  %562 = extractelement <8 x float> %546, i64 4
  store float %562, ptr %548, align 4
  %563 = extractelement <8 x float> %546, i64 5
  %564 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %565 = insertelement <4 x float> %564, float %542, i64 2
  %566 = insertelement <4 x float> %565, float %563, i64 3
  store <4 x float> %566, ptr %522, align 4
  %567 = extractelement <8 x float> %546, i64 6
  %568 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %569 = insertelement <4 x float> %568, float %543, i64 2
  %570 = insertelement <4 x float> %569, float %567, i64 3
  store <4 x float> %570, ptr %523, align 4
  %571 = extractelement <8 x float> %546, i64 7
  %572 = shufflevector <8 x float> %516, <8 x float> %528, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %573 = insertelement <4 x float> %572, float %544, i64 2
  %574 = insertelement <4 x float> %573, float %571, i64 3
  store <4 x float> %574, ptr %524, align 4
  %575 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %576 = select <8 x i1> %575, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %577 = getelementptr inbounds i8, ptr %29, i64 %442
  %578 = getelementptr inbounds i8, ptr %29, i64 %444
  %579 = getelementptr inbounds i8, ptr %29, i64 %446
  %580 = getelementptr inbounds i8, ptr %29, i64 %448
  %581 = getelementptr inbounds i8, ptr %29, i64 %450
  %582 = getelementptr inbounds i8, ptr %29, i64 %452
  %583 = getelementptr inbounds i8, ptr %29, i64 %454
  %584 = getelementptr inbounds i8, ptr %29, i64 %456
  %585 = extractelement <8 x float> %576, i64 0
  store float %585, ptr %577, align 4
  %586 = extractelement <8 x float> %576, i64 4
  store float %586, ptr %581, align 4
  %587 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %588 = select <8 x i1> %587, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %589 = getelementptr inbounds i8, ptr %30, i64 %442
  %590 = getelementptr inbounds i8, ptr %30, i64 %450
  %591 = extractelement <8 x float> %588, i64 0
  store float %591, ptr %589, align 4
  %592 = extractelement <8 x float> %588, i64 4
  store float %592, ptr %590, align 4
  %593 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %594 = select <8 x i1> %593, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %595 = getelementptr inbounds i8, ptr %31, i64 %442
  %596 = getelementptr inbounds i8, ptr %31, i64 %450
  %597 = extractelement <8 x float> %594, i64 0
  store float %597, ptr %595, align 4
  %598 = extractelement <8 x float> %594, i64 1
  %599 = extractelement <8 x float> %594, i64 2
  %600 = extractelement <8 x float> %594, i64 3
  %601 = extractelement <8 x float> %594, i64 4
  store float %601, ptr %596, align 4
  %602 = extractelement <8 x float> %594, i64 5
  %603 = extractelement <8 x float> %594, i64 6
  %604 = extractelement <8 x float> %594, i64 7
  %605 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %606 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %607 = getelementptr inbounds i8, ptr %32, i64 %442
  %608 = getelementptr inbounds i8, ptr %32, i64 %450
  %609 = extractelement <8 x float> %606, i64 0
  store float %609, ptr %607, align 4
  %610 = extractelement <8 x float> %606, i64 1
  %611 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %612 = insertelement <4 x float> %611, float %598, i64 2
  %613 = insertelement <4 x float> %612, float %610, i64 3
  store <4 x float> %613, ptr %578, align 4
  %614 = extractelement <8 x float> %606, i64 2
  %615 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %616 = insertelement <4 x float> %615, float %599, i64 2
  %617 = insertelement <4 x float> %616, float %614, i64 3
  store <4 x float> %617, ptr %579, align 4
  %618 = extractelement <8 x float> %606, i64 3
  %619 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %620 = insertelement <4 x float> %619, float %600, i64 2
  %621 = insertelement <4 x float> %620, float %618, i64 3
  store <4 x float> %621, ptr %580, align 4
  %622 = extractelement <8 x float> %606, i64 4
  store float %622, ptr %608, align 4
  %623 = extractelement <8 x float> %606, i64 5
  %624 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %625 = insertelement <4 x float> %624, float %602, i64 2
  %626 = insertelement <4 x float> %625, float %623, i64 3
  store <4 x float> %626, ptr %582, align 4
  %627 = extractelement <8 x float> %606, i64 6
  %628 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %629 = insertelement <4 x float> %628, float %603, i64 2
  %630 = insertelement <4 x float> %629, float %627, i64 3
  store <4 x float> %630, ptr %583, align 4
  %631 = extractelement <8 x float> %606, i64 7
  %632 = shufflevector <8 x float> %576, <8 x float> %588, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %633 = insertelement <4 x float> %632, float %604, i64 2
  %634 = insertelement <4 x float> %633, float %631, i64 3
  store <4 x float> %634, ptr %584, align 4
  %635 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %636 = select <8 x i1> %635, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %637 = getelementptr inbounds i8, ptr %33, i64 %442
  %638 = getelementptr inbounds i8, ptr %33, i64 %444
  %639 = getelementptr inbounds i8, ptr %33, i64 %446
  %640 = getelementptr inbounds i8, ptr %33, i64 %448
  %641 = getelementptr inbounds i8, ptr %33, i64 %450
  %642 = getelementptr inbounds i8, ptr %33, i64 %452
  %643 = getelementptr inbounds i8, ptr %33, i64 %454
  %644 = getelementptr inbounds i8, ptr %33, i64 %456
  %645 = extractelement <8 x float> %636, i64 0
  store float %645, ptr %637, align 4
  %646 = extractelement <8 x float> %636, i64 4
  store float %646, ptr %641, align 4
  %647 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %649 = getelementptr inbounds i8, ptr %34, i64 %442
  %650 = getelementptr inbounds i8, ptr %34, i64 %450
  %651 = extractelement <8 x float> %648, i64 0
  store float %651, ptr %649, align 4
  %652 = extractelement <8 x float> %648, i64 4
  store float %652, ptr %650, align 4
  %653 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %654 = select <8 x i1> %653, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %655 = getelementptr inbounds i8, ptr %35, i64 %442
  %656 = getelementptr inbounds i8, ptr %35, i64 %450
  %657 = extractelement <8 x float> %654, i64 0
  store float %657, ptr %655, align 4
  %658 = extractelement <8 x float> %654, i64 1
  %659 = extractelement <8 x float> %654, i64 2
  %660 = extractelement <8 x float> %654, i64 3
  %661 = extractelement <8 x float> %654, i64 4
  store float %661, ptr %656, align 4
  %662 = extractelement <8 x float> %654, i64 5
  %663 = extractelement <8 x float> %654, i64 6
  %664 = extractelement <8 x float> %654, i64 7
  %665 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %666 = select <8 x i1> %665, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %667 = getelementptr inbounds i8, ptr %36, i64 %442
  %668 = getelementptr inbounds i8, ptr %36, i64 %450
  %669 = extractelement <8 x float> %666, i64 0
  store float %669, ptr %667, align 4
  %670 = extractelement <8 x float> %666, i64 1
  %671 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %672 = insertelement <4 x float> %671, float %658, i64 2
  %673 = insertelement <4 x float> %672, float %670, i64 3
  store <4 x float> %673, ptr %638, align 4
  %674 = extractelement <8 x float> %666, i64 2
  %675 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %676 = insertelement <4 x float> %675, float %659, i64 2
  %677 = insertelement <4 x float> %676, float %674, i64 3
  store <4 x float> %677, ptr %639, align 4
  %678 = extractelement <8 x float> %666, i64 3
  %679 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %680 = insertelement <4 x float> %679, float %660, i64 2
  %681 = insertelement <4 x float> %680, float %678, i64 3
  store <4 x float> %681, ptr %640, align 4
  %682 = extractelement <8 x float> %666, i64 4
  store float %682, ptr %668, align 4
  %683 = extractelement <8 x float> %666, i64 5
  %684 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %685 = insertelement <4 x float> %684, float %662, i64 2
  %686 = insertelement <4 x float> %685, float %683, i64 3
  store <4 x float> %686, ptr %642, align 4
  %687 = extractelement <8 x float> %666, i64 6
  %688 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %689 = insertelement <4 x float> %688, float %663, i64 2
  %690 = insertelement <4 x float> %689, float %687, i64 3
  store <4 x float> %690, ptr %643, align 4
  %691 = extractelement <8 x float> %666, i64 7
  %692 = shufflevector <8 x float> %636, <8 x float> %648, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %693 = insertelement <4 x float> %692, float %664, i64 2
  %694 = insertelement <4 x float> %693, float %691, i64 3
  store <4 x float> %694, ptr %644, align 4
  %695 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %696 = select <8 x i1> %695, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %697 = getelementptr inbounds i8, ptr %37, i64 %442
  %698 = getelementptr inbounds i8, ptr %37, i64 %444
  %699 = getelementptr inbounds i8, ptr %37, i64 %446
  %700 = getelementptr inbounds i8, ptr %37, i64 %448
  %701 = getelementptr inbounds i8, ptr %37, i64 %450
  %702 = getelementptr inbounds i8, ptr %37, i64 %452
  %703 = getelementptr inbounds i8, ptr %37, i64 %454
  %704 = getelementptr inbounds i8, ptr %37, i64 %456
  %705 = extractelement <8 x float> %696, i64 0
  store float %705, ptr %697, align 4
  %706 = extractelement <8 x float> %696, i64 4
  store float %706, ptr %701, align 4
  %707 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %708 = select <8 x i1> %707, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %709 = getelementptr inbounds i8, ptr %38, i64 %442
  %710 = getelementptr inbounds i8, ptr %38, i64 %450
  %711 = extractelement <8 x float> %708, i64 0
  store float %711, ptr %709, align 4
  %712 = extractelement <8 x float> %708, i64 4
  store float %712, ptr %710, align 4
  %713 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %714 = select <8 x i1> %713, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %715 = getelementptr inbounds i8, ptr %39, i64 %442
  %716 = getelementptr inbounds i8, ptr %39, i64 %450
  %717 = extractelement <8 x float> %714, i64 0
  store float %717, ptr %715, align 4
  %718 = extractelement <8 x float> %714, i64 1
  %719 = extractelement <8 x float> %714, i64 2
  %720 = extractelement <8 x float> %714, i64 3
  %721 = extractelement <8 x float> %714, i64 4
  store float %721, ptr %716, align 4
  %722 = extractelement <8 x float> %714, i64 5
  %723 = extractelement <8 x float> %714, i64 6
  %724 = extractelement <8 x float> %714, i64 7
  %725 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %727 = getelementptr inbounds i8, ptr %40, i64 %442
  %728 = getelementptr inbounds i8, ptr %40, i64 %450
  %729 = extractelement <8 x float> %726, i64 0
  store float %729, ptr %727, align 4
  %730 = extractelement <8 x float> %726, i64 1
  %731 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %732 = insertelement <4 x float> %731, float %718, i64 2
  %733 = insertelement <4 x float> %732, float %730, i64 3
  store <4 x float> %733, ptr %698, align 4
  %734 = extractelement <8 x float> %726, i64 2
  %735 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %736 = insertelement <4 x float> %735, float %719, i64 2
  %737 = insertelement <4 x float> %736, float %734, i64 3
  store <4 x float> %737, ptr %699, align 4
  %738 = extractelement <8 x float> %726, i64 3
  %739 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %740 = insertelement <4 x float> %739, float %720, i64 2
  %741 = insertelement <4 x float> %740, float %738, i64 3
  store <4 x float> %741, ptr %700, align 4
  %742 = extractelement <8 x float> %726, i64 4
  store float %742, ptr %728, align 4
  %743 = extractelement <8 x float> %726, i64 5
  %744 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %745 = insertelement <4 x float> %744, float %722, i64 2
  %746 = insertelement <4 x float> %745, float %743, i64 3
  store <4 x float> %746, ptr %702, align 4
  %747 = extractelement <8 x float> %726, i64 6
  %748 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %749 = insertelement <4 x float> %748, float %723, i64 2
  %750 = insertelement <4 x float> %749, float %747, i64 3
  store <4 x float> %750, ptr %703, align 4
  %751 = extractelement <8 x float> %726, i64 7
  %752 = shufflevector <8 x float> %696, <8 x float> %708, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %753 = insertelement <4 x float> %752, float %724, i64 2
  %754 = insertelement <4 x float> %753, float %751, i64 3
  store <4 x float> %754, ptr %704, align 4
  %755 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %757 = getelementptr inbounds i8, ptr %41, i64 %442
  %758 = getelementptr inbounds i8, ptr %41, i64 %444
  %759 = getelementptr inbounds i8, ptr %41, i64 %446
  %760 = getelementptr inbounds i8, ptr %41, i64 %448
  %761 = getelementptr inbounds i8, ptr %41, i64 %450
  %762 = getelementptr inbounds i8, ptr %41, i64 %452
  %763 = getelementptr inbounds i8, ptr %41, i64 %454
  %764 = getelementptr inbounds i8, ptr %41, i64 %456
  %765 = extractelement <8 x float> %756, i64 0
  store float %765, ptr %757, align 4
  %766 = extractelement <8 x float> %756, i64 4
  store float %766, ptr %761, align 4
  %767 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %768 = select <8 x i1> %767, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %769 = getelementptr inbounds i8, ptr %42, i64 %442
  %770 = getelementptr inbounds i8, ptr %42, i64 %450
  %771 = extractelement <8 x float> %768, i64 0
  store float %771, ptr %769, align 4
  %772 = extractelement <8 x float> %768, i64 4
  store float %772, ptr %770, align 4
  %773 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %774 = select <8 x i1> %773, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %775 = getelementptr inbounds i8, ptr %43, i64 %442
  %776 = getelementptr inbounds i8, ptr %43, i64 %450
  %777 = extractelement <8 x float> %774, i64 0
  store float %777, ptr %775, align 4
  %778 = extractelement <8 x float> %774, i64 1
  %779 = extractelement <8 x float> %774, i64 2
  %780 = extractelement <8 x float> %774, i64 3
  %781 = extractelement <8 x float> %774, i64 4
  store float %781, ptr %776, align 4
  %782 = extractelement <8 x float> %774, i64 5
  %783 = extractelement <8 x float> %774, i64 6
  %784 = extractelement <8 x float> %774, i64 7
  %785 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %786 = select <8 x i1> %785, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %787 = getelementptr inbounds i8, ptr %44, i64 %442
  %788 = getelementptr inbounds i8, ptr %44, i64 %450
  %789 = extractelement <8 x float> %786, i64 0
  store float %789, ptr %787, align 4
  %790 = extractelement <8 x float> %786, i64 1
  %791 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %792 = insertelement <4 x float> %791, float %778, i64 2
  %793 = insertelement <4 x float> %792, float %790, i64 3
  store <4 x float> %793, ptr %758, align 4
  %794 = extractelement <8 x float> %786, i64 2
  %795 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %796 = insertelement <4 x float> %795, float %779, i64 2
  %797 = insertelement <4 x float> %796, float %794, i64 3
  store <4 x float> %797, ptr %759, align 4
  %798 = extractelement <8 x float> %786, i64 3
  %799 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %800 = insertelement <4 x float> %799, float %780, i64 2
  %801 = insertelement <4 x float> %800, float %798, i64 3
  store <4 x float> %801, ptr %760, align 4
  %802 = extractelement <8 x float> %786, i64 4
  store float %802, ptr %788, align 4
  %803 = extractelement <8 x float> %786, i64 5
  %804 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %805 = insertelement <4 x float> %804, float %782, i64 2
  %806 = insertelement <4 x float> %805, float %803, i64 3
  store <4 x float> %806, ptr %762, align 4
  %807 = extractelement <8 x float> %786, i64 6
  %808 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %809 = insertelement <4 x float> %808, float %783, i64 2
  %810 = insertelement <4 x float> %809, float %807, i64 3
  store <4 x float> %810, ptr %763, align 4
  %811 = extractelement <8 x float> %786, i64 7
  %812 = shufflevector <8 x float> %756, <8 x float> %768, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %813 = insertelement <4 x float> %812, float %784, i64 2
  %814 = insertelement <4 x float> %813, float %811, i64 3
  store <4 x float> %814, ptr %764, align 4
  %815 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %816 = select <8 x i1> %815, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %817 = getelementptr inbounds i8, ptr %45, i64 %442
  %818 = getelementptr inbounds i8, ptr %45, i64 %444
  %819 = getelementptr inbounds i8, ptr %45, i64 %446
  %820 = getelementptr inbounds i8, ptr %45, i64 %448
  %821 = getelementptr inbounds i8, ptr %45, i64 %450
  %822 = getelementptr inbounds i8, ptr %45, i64 %452
  %823 = getelementptr inbounds i8, ptr %45, i64 %454
  %824 = getelementptr inbounds i8, ptr %45, i64 %456
  %825 = extractelement <8 x float> %816, i64 0
  store float %825, ptr %817, align 4
  %826 = extractelement <8 x float> %816, i64 4
  store float %826, ptr %821, align 4
  %827 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %828 = select <8 x i1> %827, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %829 = getelementptr inbounds i8, ptr %46, i64 %442
  %830 = getelementptr inbounds i8, ptr %46, i64 %450
  %831 = extractelement <8 x float> %828, i64 0
  store float %831, ptr %829, align 4
  %832 = extractelement <8 x float> %828, i64 4
  store float %832, ptr %830, align 4
  %833 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %834 = select <8 x i1> %833, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %835 = getelementptr inbounds i8, ptr %47, i64 %442
  %836 = getelementptr inbounds i8, ptr %47, i64 %450
  %837 = extractelement <8 x float> %834, i64 0
  store float %837, ptr %835, align 4
  %838 = extractelement <8 x float> %834, i64 1
  %839 = extractelement <8 x float> %834, i64 2
  %840 = extractelement <8 x float> %834, i64 3
  %841 = extractelement <8 x float> %834, i64 4
  store float %841, ptr %836, align 4
  %842 = extractelement <8 x float> %834, i64 5
  %843 = extractelement <8 x float> %834, i64 6
  %844 = extractelement <8 x float> %834, i64 7
  %845 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %846 = select <8 x i1> %845, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %847 = getelementptr inbounds i8, ptr %48, i64 %442
  %848 = getelementptr inbounds i8, ptr %48, i64 %450
  %849 = extractelement <8 x float> %846, i64 0
  store float %849, ptr %847, align 4
  %850 = extractelement <8 x float> %846, i64 1
  %851 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %852 = insertelement <4 x float> %851, float %838, i64 2
  %853 = insertelement <4 x float> %852, float %850, i64 3
  store <4 x float> %853, ptr %818, align 4
  %854 = extractelement <8 x float> %846, i64 2
  %855 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %856 = insertelement <4 x float> %855, float %839, i64 2
  %857 = insertelement <4 x float> %856, float %854, i64 3
  store <4 x float> %857, ptr %819, align 4
  %858 = extractelement <8 x float> %846, i64 3
  %859 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %860 = insertelement <4 x float> %859, float %840, i64 2
  %861 = insertelement <4 x float> %860, float %858, i64 3
  store <4 x float> %861, ptr %820, align 4
  %862 = extractelement <8 x float> %846, i64 4
  store float %862, ptr %848, align 4
  %863 = extractelement <8 x float> %846, i64 5
  %864 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %865 = insertelement <4 x float> %864, float %842, i64 2
  %866 = insertelement <4 x float> %865, float %863, i64 3
  store <4 x float> %866, ptr %822, align 4
  %867 = extractelement <8 x float> %846, i64 6
  %868 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %869 = insertelement <4 x float> %868, float %843, i64 2
  %870 = insertelement <4 x float> %869, float %867, i64 3
  store <4 x float> %870, ptr %823, align 4
  %871 = extractelement <8 x float> %846, i64 7
  %872 = shufflevector <8 x float> %816, <8 x float> %828, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %873 = insertelement <4 x float> %872, float %844, i64 2
  %874 = insertelement <4 x float> %873, float %871, i64 3
  store <4 x float> %874, ptr %824, align 4
  %875 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %876 = select <8 x i1> %875, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %877 = getelementptr inbounds i8, ptr %49, i64 %442
  %878 = getelementptr inbounds i8, ptr %49, i64 %444
  %879 = getelementptr inbounds i8, ptr %49, i64 %446
  %880 = getelementptr inbounds i8, ptr %49, i64 %448
  %881 = getelementptr inbounds i8, ptr %49, i64 %450
  %882 = getelementptr inbounds i8, ptr %49, i64 %452
  %883 = getelementptr inbounds i8, ptr %49, i64 %454
  %884 = getelementptr inbounds i8, ptr %49, i64 %456
  %885 = extractelement <8 x float> %876, i64 0
  store float %885, ptr %877, align 4
  %886 = extractelement <8 x float> %876, i64 2
  store float %886, ptr %879, align 4
  %887 = extractelement <8 x float> %876, i64 3
  store float %887, ptr %880, align 4
  %888 = extractelement <8 x float> %876, i64 4
  store float %888, ptr %881, align 4
  %889 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %891 = getelementptr inbounds i8, ptr %50, i64 %442
  %892 = getelementptr inbounds i8, ptr %50, i64 %446
  %893 = getelementptr inbounds i8, ptr %50, i64 %448
  %894 = getelementptr inbounds i8, ptr %50, i64 %450
  %895 = extractelement <8 x float> %890, i64 0
  store float %895, ptr %891, align 4
  %896 = shufflevector <8 x float> %876, <8 x float> %890, <2 x i32> <i32 1, i32 9>
  store <2 x float> %896, ptr %878, align 4
  %897 = extractelement <8 x float> %890, i64 2
  store float %897, ptr %892, align 4
  %898 = extractelement <8 x float> %890, i64 3
  store float %898, ptr %893, align 4
  %899 = extractelement <8 x float> %890, i64 4
  store float %899, ptr %894, align 4
  %900 = shufflevector <8 x float> %876, <8 x float> %890, <2 x i32> <i32 5, i32 13>
  store <2 x float> %900, ptr %882, align 4
  %901 = shufflevector <8 x float> %876, <8 x float> %890, <2 x i32> <i32 6, i32 14>
  store <2 x float> %901, ptr %883, align 4
  %902 = shufflevector <8 x float> %876, <8 x float> %890, <2 x i32> <i32 7, i32 15>
  store <2 x float> %902, ptr %884, align 4
  %903 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %904 = select <8 x i1> %903, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %905 = getelementptr inbounds i8, ptr %51, i64 %442
  %906 = getelementptr inbounds i8, ptr %51, i64 %444
  %907 = getelementptr inbounds i8, ptr %51, i64 %446
  %908 = getelementptr inbounds i8, ptr %51, i64 %448
  %909 = getelementptr inbounds i8, ptr %51, i64 %450
  %910 = getelementptr inbounds i8, ptr %51, i64 %452
  %911 = getelementptr inbounds i8, ptr %51, i64 %454
  %912 = getelementptr inbounds i8, ptr %51, i64 %456
  %913 = extractelement <8 x float> %904, i64 0
  store float %913, ptr %905, align 4
  %914 = extractelement <8 x float> %904, i64 1
  store float %914, ptr %906, align 4
  %915 = extractelement <8 x float> %904, i64 2
  store float %915, ptr %907, align 4
  %916 = extractelement <8 x float> %904, i64 3
  store float %916, ptr %908, align 4
  %917 = extractelement <8 x float> %904, i64 4
  store float %917, ptr %909, align 4
  %918 = extractelement <8 x float> %904, i64 5
  store float %918, ptr %910, align 4
  %919 = extractelement <8 x float> %904, i64 6
  store float %919, ptr %911, align 4
  %920 = extractelement <8 x float> %904, i64 7
  store float %920, ptr %912, align 4
  %921 = getelementptr inbounds i8, ptr %52, i64 %442
  %922 = getelementptr inbounds i8, ptr %52, i64 %444
  %923 = getelementptr inbounds i8, ptr %52, i64 %446
  %924 = getelementptr inbounds i8, ptr %52, i64 %448
  %925 = getelementptr inbounds i8, ptr %52, i64 %450
  %926 = getelementptr inbounds i8, ptr %52, i64 %452
  %927 = getelementptr inbounds i8, ptr %52, i64 %454
  %928 = getelementptr inbounds i8, ptr %52, i64 %456
  store float 1.000000e+00, ptr %921, align 4
  store float 1.000000e+00, ptr %922, align 4
  store float 1.000000e+00, ptr %923, align 4
  store float 1.000000e+00, ptr %924, align 4
  store float 1.000000e+00, ptr %925, align 4
  store float 1.000000e+00, ptr %926, align 4
  store float 1.000000e+00, ptr %927, align 4
  store float 1.000000e+00, ptr %928, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %929 = icmp eq i64 %index.next, 32
  br i1 %929, label %t1.body.preheader, label %vector.body, !llvm.loop !0

t1.body.preheader:                                ; preds = %vector.body
  %930 = getelementptr i8, ptr %106, i64 %117
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02877 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %931 = shl nuw nsw i64 %t1.addr.02877, 9
  %gep3643 = getelementptr i8, ptr %invariant.gep3642, i64 %931
  %gep3645 = getelementptr i8, ptr %invariant.gep3644, i64 %931
  %gep3647 = getelementptr i8, ptr %invariant.gep3646, i64 %931
  %gep3649 = getelementptr i8, ptr %invariant.gep3648, i64 %931
  %932 = shl nuw nsw i64 %t1.addr.02877, 8
  %gep3651 = getelementptr i8, ptr %invariant.gep3650, i64 %932
  %933 = icmp sgt i64 %121, %t1.addr.02877
  br i1 %933, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3653 = getelementptr i8, ptr %invariant.gep3652, i64 %932
  %gep3655 = getelementptr i8, ptr %invariant.gep3654, i64 %932
  %gep3657 = getelementptr i8, ptr %invariant.gep3656, i64 %931
  %gep3659 = getelementptr i8, ptr %invariant.gep3658, i64 %931
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3653, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3655, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3651, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02877, 1
  %934 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %934, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3649, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3657, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3647, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %935 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %935, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3645, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3659, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3643, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %936 = mul i64 %13, %t1.addr.02877
  %scevgep3393 = getelementptr i8, ptr %930, i64 %936
  %937 = mul i64 %17, %t1.addr.02877
  %938 = add i64 %116, %937
  %scevgep3395 = getelementptr i8, ptr %k, i64 %938
  %scevgep3397 = getelementptr i8, ptr %v, i64 %938
  %939 = add i64 %115, %937
  %scevgep3399 = getelementptr i8, ptr %k, i64 %939
  %scevgep3401 = getelementptr i8, ptr %v, i64 %939
  %940 = add nuw nsw i64 %t1.addr.02877, %t0
  %941 = mul nsw i64 %940, %sq
  %942 = shl nuw nsw i64 %t1.addr.02877, 6
  %943 = getelementptr float, ptr %qh, i64 %941
  %944 = load <16 x float>, ptr %943, align 4
  %945 = fmul <16 x float> %944, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %946 = or disjoint i64 %942, 8192
  %947 = getelementptr inbounds float, ptr %Bk, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = getelementptr inbounds float, ptr %QK, i64 %942
  store <16 x float> %945, ptr %948, align 4
  %949 = getelementptr float, ptr %107, i64 %941
  %950 = load <16 x float>, ptr %949, align 4
  %951 = fmul <16 x float> %950, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %952 = or disjoint i64 %942, 16
  %953 = or i64 %942, 8208
  %954 = getelementptr inbounds float, ptr %Bk, i64 %953
  store <16 x float> %951, ptr %954, align 4
  %955 = getelementptr inbounds float, ptr %QK, i64 %952
  store <16 x float> %951, ptr %955, align 4
  %956 = getelementptr float, ptr %108, i64 %941
  %957 = load <16 x float>, ptr %956, align 4
  %958 = fmul <16 x float> %957, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %959 = or disjoint i64 %942, 32
  %960 = or i64 %942, 8224
  %961 = getelementptr inbounds float, ptr %Bk, i64 %960
  store <16 x float> %958, ptr %961, align 4
  %962 = getelementptr inbounds float, ptr %QK, i64 %959
  store <16 x float> %958, ptr %962, align 4
  %963 = getelementptr float, ptr %109, i64 %941
  %964 = load <16 x float>, ptr %963, align 4
  %965 = fmul <16 x float> %964, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %966 = or disjoint i64 %942, 48
  %967 = or i64 %942, 8240
  %968 = getelementptr inbounds float, ptr %Bk, i64 %967
  store <16 x float> %965, ptr %968, align 4
  %969 = getelementptr inbounds float, ptr %QK, i64 %966
  store <16 x float> %965, ptr %969, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3651, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3393, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02877, 1
  %970 = or disjoint i64 %t1.addr.02877, %t0
  %tau = shl nsw i64 %970, 1
  %971 = mul nsw i64 %tau, %H
  %972 = getelementptr inbounds float, ptr %betah, i64 %971
  %973 = load float, ptr %972, align 4
  %974 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %973, ptr %974, align 4
  %975 = mul nsw i64 %tau, %sq
  %976 = shl nuw nsw i64 %t1.addr.02877, 7
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3649, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3395, i64 256, i1 false)
  %977 = getelementptr float, ptr %kh, i64 %975
  %978 = load <16 x float>, ptr %977, align 4
  %979 = fneg <16 x float> %978
  %gep3661 = getelementptr inbounds float, ptr %invariant.gep3660, i64 %976
  store <16 x float> %979, ptr %gep3661, align 4
  %980 = getelementptr float, ptr %110, i64 %975
  %981 = load <16 x float>, ptr %980, align 4
  %982 = fneg <16 x float> %981
  %gep3663 = getelementptr inbounds float, ptr %invariant.gep3662, i64 %976
  store <16 x float> %982, ptr %gep3663, align 4
  %983 = getelementptr float, ptr %111, i64 %975
  %984 = load <16 x float>, ptr %983, align 4
  %985 = fneg <16 x float> %984
  %gep3665 = getelementptr inbounds float, ptr %invariant.gep3664, i64 %976
  store <16 x float> %985, ptr %gep3665, align 4
  %986 = getelementptr float, ptr %112, i64 %975
  %987 = load <16 x float>, ptr %986, align 4
  %988 = fneg <16 x float> %987
  %gep3667 = getelementptr inbounds float, ptr %invariant.gep3666, i64 %976
  store <16 x float> %988, ptr %gep3667, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3647, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3397, i64 256, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %989 = mul nsw i64 %tau1, %H
  %990 = getelementptr inbounds float, ptr %betah, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %991, ptr %992, align 4
  %993 = mul nsw i64 %tau1, %sq
  %994 = shl nuw nsw i64 %i7, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3645, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3399, i64 256, i1 false)
  %995 = getelementptr float, ptr %kh, i64 %993
  %996 = load <16 x float>, ptr %995, align 4
  %997 = fneg <16 x float> %996
  %gep3669 = getelementptr inbounds float, ptr %invariant.gep3668, i64 %994
  store <16 x float> %997, ptr %gep3669, align 4
  %998 = getelementptr float, ptr %110, i64 %993
  %999 = load <16 x float>, ptr %998, align 4
  %1000 = fneg <16 x float> %999
  %gep3671 = getelementptr inbounds float, ptr %invariant.gep3670, i64 %994
  store <16 x float> %1000, ptr %gep3671, align 4
  %1001 = getelementptr float, ptr %111, i64 %993
  %1002 = load <16 x float>, ptr %1001, align 4
  %1003 = fneg <16 x float> %1002
  %gep3673 = getelementptr inbounds float, ptr %invariant.gep3672, i64 %994
  store <16 x float> %1003, ptr %gep3673, align 4
  %1004 = getelementptr float, ptr %112, i64 %993
  %1005 = load <16 x float>, ptr %1004, align 4
  %1006 = fneg <16 x float> %1005
  %gep3675 = getelementptr inbounds float, ptr %invariant.gep3674, i64 %994
  store <16 x float> %1006, ptr %gep3675, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3643, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3401, i64 256, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02877, 1
  %exitcond3402.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond3402.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02879 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3444 = shl nsw i64 %i20.addr.02879, 8
  %invariant.gep3676 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3444
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.02878 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3677 = getelementptr inbounds float, ptr %invariant.gep3676, i64 %j16.addr.02878
  %1007 = getelementptr inbounds i8, ptr %gep3677, i64 40960
  %1008 = load <16 x float>, ptr %1007, align 4
  %1009 = getelementptr inbounds i8, ptr %gep3677, i64 43008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = getelementptr inbounds i8, ptr %gep3677, i64 41216
  %1012 = load <16 x float>, ptr %1011, align 4
  %1013 = getelementptr inbounds i8, ptr %gep3677, i64 43264
  %1014 = load <16 x float>, ptr %1013, align 4
  %1015 = getelementptr inbounds i8, ptr %gep3677, i64 41472
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = getelementptr inbounds i8, ptr %gep3677, i64 43520
  %1018 = load <16 x float>, ptr %1017, align 4
  %1019 = getelementptr inbounds i8, ptr %gep3677, i64 41728
  %1020 = load <16 x float>, ptr %1019, align 4
  %1021 = getelementptr inbounds i8, ptr %gep3677, i64 43776
  %1022 = load <16 x float>, ptr %1021, align 4
  %1023 = getelementptr inbounds i8, ptr %gep3677, i64 41984
  %1024 = load <16 x float>, ptr %1023, align 4
  %1025 = getelementptr inbounds i8, ptr %gep3677, i64 44032
  %1026 = load <16 x float>, ptr %1025, align 4
  %1027 = getelementptr inbounds i8, ptr %gep3677, i64 42240
  %1028 = load <16 x float>, ptr %1027, align 4
  %1029 = getelementptr inbounds i8, ptr %gep3677, i64 44288
  %1030 = load <16 x float>, ptr %1029, align 4
  %1031 = getelementptr inbounds i8, ptr %gep3677, i64 42496
  %1032 = load <16 x float>, ptr %1031, align 4
  %1033 = getelementptr inbounds i8, ptr %gep3677, i64 44544
  %1034 = load <16 x float>, ptr %1033, align 4
  %1035 = getelementptr inbounds i8, ptr %gep3677, i64 42752
  %1036 = load <16 x float>, ptr %1035, align 4
  %1037 = getelementptr inbounds i8, ptr %gep3677, i64 44800
  %1038 = load <16 x float>, ptr %1037, align 4
  %1039 = shufflevector <16 x float> %1008, <16 x float> %1010, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1040 = shufflevector <16 x float> %1024, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1041 = shufflevector <16 x float> %1012, <16 x float> %1014, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1042 = shufflevector <16 x float> %1028, <16 x float> %1030, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1043 = shufflevector <16 x float> %1016, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1044 = shufflevector <16 x float> %1032, <16 x float> %1034, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1045 = shufflevector <16 x float> %1020, <16 x float> %1022, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1046 = shufflevector <16 x float> %1036, <16 x float> %1038, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1047 = shufflevector <16 x float> %1008, <16 x float> %1010, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1024, <16 x float> %1026, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1012, <16 x float> %1014, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1050 = shufflevector <16 x float> %1028, <16 x float> %1030, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1051 = shufflevector <16 x float> %1016, <16 x float> %1018, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1032, <16 x float> %1034, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1020, <16 x float> %1022, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1054 = shufflevector <16 x float> %1036, <16 x float> %1038, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1055 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1056 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1057 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1058 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1059 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1062 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1063 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1064 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1065 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1066 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1067 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1068 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1069 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1070 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1071 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1072 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1073 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1074 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1075 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1076 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1077 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1078 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1079 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1080 = shufflevector <16 x float> %1065, <16 x float> %1066, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1081 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1082 = shufflevector <16 x float> %1065, <16 x float> %1066, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1083 = shufflevector <16 x float> %1067, <16 x float> %1068, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1084 = shufflevector <16 x float> %1069, <16 x float> %1070, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1085 = shufflevector <16 x float> %1067, <16 x float> %1068, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1086 = shufflevector <16 x float> %1069, <16 x float> %1070, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1087 = shufflevector <16 x float> %1071, <16 x float> %1072, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1088 = shl nuw nsw i64 %j16.addr.02878, 6
  %1089 = add nuw nsw i64 %1088, %i20.addr.02879
  %1090 = getelementptr inbounds float, ptr %KT, i64 %1089
  store <16 x float> %1087, ptr %1090, align 4
  %1091 = shufflevector <16 x float> %1071, <16 x float> %1072, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1092 = or disjoint i64 %1089, 64
  %1093 = getelementptr inbounds float, ptr %KT, i64 %1092
  store <16 x float> %1091, ptr %1093, align 4
  %1094 = shufflevector <16 x float> %1073, <16 x float> %1074, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1095 = or disjoint i64 %1089, 128
  %1096 = getelementptr inbounds float, ptr %KT, i64 %1095
  store <16 x float> %1094, ptr %1096, align 4
  %1097 = shufflevector <16 x float> %1073, <16 x float> %1074, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1098 = or disjoint i64 %1089, 192
  %1099 = getelementptr inbounds float, ptr %KT, i64 %1098
  store <16 x float> %1097, ptr %1099, align 4
  %1100 = shufflevector <16 x float> %1075, <16 x float> %1076, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1101 = or disjoint i64 %1089, 256
  %1102 = getelementptr inbounds float, ptr %KT, i64 %1101
  store <16 x float> %1100, ptr %1102, align 4
  %1103 = shufflevector <16 x float> %1075, <16 x float> %1076, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1104 = or disjoint i64 %1089, 320
  %1105 = getelementptr inbounds float, ptr %KT, i64 %1104
  store <16 x float> %1103, ptr %1105, align 4
  %1106 = shufflevector <16 x float> %1077, <16 x float> %1078, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1107 = or disjoint i64 %1089, 384
  %1108 = getelementptr inbounds float, ptr %KT, i64 %1107
  store <16 x float> %1106, ptr %1108, align 4
  %1109 = shufflevector <16 x float> %1077, <16 x float> %1078, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1110 = or disjoint i64 %1089, 448
  %1111 = getelementptr inbounds float, ptr %KT, i64 %1110
  store <16 x float> %1109, ptr %1111, align 4
  %1112 = shufflevector <16 x float> %1079, <16 x float> %1080, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1113 = or disjoint i64 %1089, 512
  %1114 = getelementptr inbounds float, ptr %KT, i64 %1113
  store <16 x float> %1112, ptr %1114, align 4
  %1115 = shufflevector <16 x float> %1079, <16 x float> %1080, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1116 = or disjoint i64 %1089, 576
  %1117 = getelementptr inbounds float, ptr %KT, i64 %1116
  store <16 x float> %1115, ptr %1117, align 4
  %1118 = shufflevector <16 x float> %1081, <16 x float> %1082, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1119 = or disjoint i64 %1089, 640
  %1120 = getelementptr inbounds float, ptr %KT, i64 %1119
  store <16 x float> %1118, ptr %1120, align 4
  %1121 = shufflevector <16 x float> %1081, <16 x float> %1082, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1122 = or disjoint i64 %1089, 704
  %1123 = getelementptr inbounds float, ptr %KT, i64 %1122
  store <16 x float> %1121, ptr %1123, align 4
  %1124 = shufflevector <16 x float> %1083, <16 x float> %1084, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1125 = or disjoint i64 %1089, 768
  %1126 = getelementptr inbounds float, ptr %KT, i64 %1125
  store <16 x float> %1124, ptr %1126, align 4
  %1127 = shufflevector <16 x float> %1083, <16 x float> %1084, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1128 = or disjoint i64 %1089, 832
  %1129 = getelementptr inbounds float, ptr %KT, i64 %1128
  store <16 x float> %1127, ptr %1129, align 4
  %1130 = shufflevector <16 x float> %1085, <16 x float> %1086, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1131 = or disjoint i64 %1089, 896
  %1132 = getelementptr inbounds float, ptr %KT, i64 %1131
  store <16 x float> %1130, ptr %1132, align 4
  %1133 = shufflevector <16 x float> %1085, <16 x float> %1086, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1134 = or disjoint i64 %1089, 960
  %1135 = getelementptr inbounds float, ptr %KT, i64 %1134
  store <16 x float> %1133, ptr %1135, align 4
  %j16.next = add nuw nsw i64 %j16.addr.02878, 16
  %1136 = icmp ult i64 %j16.addr.02878, 48
  br i1 %1136, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02879, 16
  %1137 = icmp ult i64 %i20.addr.02879, 48
  br i1 %1137, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %1138 = phi i1 [ false, %j17.exit ], [ true, %j16.exit ]
  %i21.addr.02881 = phi i64 [ 16, %j17.exit ], [ 0, %j16.exit ]
  %1139 = shl nuw nsw i64 %i21.addr.02881, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.02880 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %1140 = add nuw nsw i64 %j17.addr.02880, %1139
  %1141 = or disjoint i64 %1140, 8192
  %1142 = getelementptr inbounds float, ptr %Bk, i64 %1141
  %1143 = load <16 x float>, ptr %1142, align 4
  %1144 = or disjoint i64 %1140, 8704
  %1145 = getelementptr inbounds float, ptr %Bk, i64 %1144
  %1146 = load <16 x float>, ptr %1145, align 4
  %1147 = or disjoint i64 %1140, 8256
  %1148 = getelementptr inbounds float, ptr %Bk, i64 %1147
  %1149 = load <16 x float>, ptr %1148, align 4
  %1150 = or disjoint i64 %1140, 8768
  %1151 = getelementptr inbounds float, ptr %Bk, i64 %1150
  %1152 = load <16 x float>, ptr %1151, align 4
  %1153 = or disjoint i64 %1140, 8320
  %1154 = getelementptr inbounds float, ptr %Bk, i64 %1153
  %1155 = load <16 x float>, ptr %1154, align 4
  %1156 = or disjoint i64 %1140, 8832
  %1157 = getelementptr inbounds float, ptr %Bk, i64 %1156
  %1158 = load <16 x float>, ptr %1157, align 4
  %1159 = or disjoint i64 %1140, 8384
  %1160 = getelementptr inbounds float, ptr %Bk, i64 %1159
  %1161 = load <16 x float>, ptr %1160, align 4
  %1162 = or disjoint i64 %1140, 8896
  %1163 = getelementptr inbounds float, ptr %Bk, i64 %1162
  %1164 = load <16 x float>, ptr %1163, align 4
  %1165 = or disjoint i64 %1140, 8448
  %1166 = getelementptr inbounds float, ptr %Bk, i64 %1165
  %1167 = load <16 x float>, ptr %1166, align 4
  %1168 = or disjoint i64 %1140, 8960
  %1169 = getelementptr inbounds float, ptr %Bk, i64 %1168
  %1170 = load <16 x float>, ptr %1169, align 4
  %1171 = or disjoint i64 %1140, 8512
  %1172 = getelementptr inbounds float, ptr %Bk, i64 %1171
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = or disjoint i64 %1140, 9024
  %1175 = getelementptr inbounds float, ptr %Bk, i64 %1174
  %1176 = load <16 x float>, ptr %1175, align 4
  %1177 = or disjoint i64 %1140, 8576
  %1178 = getelementptr inbounds float, ptr %Bk, i64 %1177
  %1179 = load <16 x float>, ptr %1178, align 4
  %1180 = or disjoint i64 %1140, 9088
  %1181 = getelementptr inbounds float, ptr %Bk, i64 %1180
  %1182 = load <16 x float>, ptr %1181, align 4
  %1183 = or disjoint i64 %1140, 8640
  %1184 = getelementptr inbounds float, ptr %Bk, i64 %1183
  %1185 = load <16 x float>, ptr %1184, align 4
  %1186 = or disjoint i64 %1140, 9152
  %1187 = getelementptr inbounds float, ptr %Bk, i64 %1186
  %1188 = load <16 x float>, ptr %1187, align 4
  %1189 = shufflevector <16 x float> %1143, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1190 = shufflevector <16 x float> %1167, <16 x float> %1170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1191 = shufflevector <16 x float> %1149, <16 x float> %1152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1192 = shufflevector <16 x float> %1173, <16 x float> %1176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1193 = shufflevector <16 x float> %1155, <16 x float> %1158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1194 = shufflevector <16 x float> %1179, <16 x float> %1182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1195 = shufflevector <16 x float> %1161, <16 x float> %1164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1196 = shufflevector <16 x float> %1185, <16 x float> %1188, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1197 = shufflevector <16 x float> %1143, <16 x float> %1146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1198 = shufflevector <16 x float> %1167, <16 x float> %1170, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1199 = shufflevector <16 x float> %1149, <16 x float> %1152, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1200 = shufflevector <16 x float> %1173, <16 x float> %1176, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1201 = shufflevector <16 x float> %1155, <16 x float> %1158, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1202 = shufflevector <16 x float> %1179, <16 x float> %1182, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1203 = shufflevector <16 x float> %1161, <16 x float> %1164, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1204 = shufflevector <16 x float> %1185, <16 x float> %1188, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1205 = shufflevector <16 x float> %1189, <16 x float> %1190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1206 = shufflevector <16 x float> %1193, <16 x float> %1194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1207 = shufflevector <16 x float> %1191, <16 x float> %1192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1208 = shufflevector <16 x float> %1195, <16 x float> %1196, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1209 = shufflevector <16 x float> %1189, <16 x float> %1190, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1210 = shufflevector <16 x float> %1193, <16 x float> %1194, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1211 = shufflevector <16 x float> %1191, <16 x float> %1192, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1212 = shufflevector <16 x float> %1195, <16 x float> %1196, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1213 = shufflevector <16 x float> %1197, <16 x float> %1198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1214 = shufflevector <16 x float> %1201, <16 x float> %1202, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1215 = shufflevector <16 x float> %1199, <16 x float> %1200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1216 = shufflevector <16 x float> %1203, <16 x float> %1204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1217 = shufflevector <16 x float> %1197, <16 x float> %1198, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1218 = shufflevector <16 x float> %1201, <16 x float> %1202, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1219 = shufflevector <16 x float> %1199, <16 x float> %1200, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1220 = shufflevector <16 x float> %1203, <16 x float> %1204, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1221 = shufflevector <16 x float> %1205, <16 x float> %1206, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1222 = shufflevector <16 x float> %1207, <16 x float> %1208, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1223 = shufflevector <16 x float> %1205, <16 x float> %1206, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1224 = shufflevector <16 x float> %1207, <16 x float> %1208, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1225 = shufflevector <16 x float> %1209, <16 x float> %1210, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1226 = shufflevector <16 x float> %1211, <16 x float> %1212, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1227 = shufflevector <16 x float> %1209, <16 x float> %1210, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1228 = shufflevector <16 x float> %1211, <16 x float> %1212, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1229 = shufflevector <16 x float> %1213, <16 x float> %1214, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1230 = shufflevector <16 x float> %1215, <16 x float> %1216, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1231 = shufflevector <16 x float> %1213, <16 x float> %1214, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1232 = shufflevector <16 x float> %1215, <16 x float> %1216, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1233 = shufflevector <16 x float> %1217, <16 x float> %1218, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1234 = shufflevector <16 x float> %1219, <16 x float> %1220, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1235 = shufflevector <16 x float> %1217, <16 x float> %1218, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1236 = shufflevector <16 x float> %1219, <16 x float> %1220, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1237 = shufflevector <16 x float> %1221, <16 x float> %1222, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1238 = shl nuw nsw i64 %j17.addr.02880, 5
  %1239 = or disjoint i64 %1238, %i21.addr.02881
  %1240 = getelementptr inbounds float, ptr %QcT, i64 %1239
  store <16 x float> %1237, ptr %1240, align 4
  %1241 = shufflevector <16 x float> %1221, <16 x float> %1222, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1242 = or disjoint i64 %1239, 32
  %1243 = getelementptr inbounds float, ptr %QcT, i64 %1242
  store <16 x float> %1241, ptr %1243, align 4
  %1244 = shufflevector <16 x float> %1223, <16 x float> %1224, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1245 = or disjoint i64 %1239, 64
  %1246 = getelementptr inbounds float, ptr %QcT, i64 %1245
  store <16 x float> %1244, ptr %1246, align 4
  %1247 = shufflevector <16 x float> %1223, <16 x float> %1224, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1248 = or disjoint i64 %1239, 96
  %1249 = getelementptr inbounds float, ptr %QcT, i64 %1248
  store <16 x float> %1247, ptr %1249, align 4
  %1250 = shufflevector <16 x float> %1225, <16 x float> %1226, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1251 = or disjoint i64 %1239, 128
  %1252 = getelementptr inbounds float, ptr %QcT, i64 %1251
  store <16 x float> %1250, ptr %1252, align 4
  %1253 = shufflevector <16 x float> %1225, <16 x float> %1226, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1254 = or disjoint i64 %1239, 160
  %1255 = getelementptr inbounds float, ptr %QcT, i64 %1254
  store <16 x float> %1253, ptr %1255, align 4
  %1256 = shufflevector <16 x float> %1227, <16 x float> %1228, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1257 = or disjoint i64 %1239, 192
  %1258 = getelementptr inbounds float, ptr %QcT, i64 %1257
  store <16 x float> %1256, ptr %1258, align 4
  %1259 = shufflevector <16 x float> %1227, <16 x float> %1228, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1260 = or disjoint i64 %1239, 224
  %1261 = getelementptr inbounds float, ptr %QcT, i64 %1260
  store <16 x float> %1259, ptr %1261, align 4
  %1262 = shufflevector <16 x float> %1229, <16 x float> %1230, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1263 = or disjoint i64 %1239, 256
  %1264 = getelementptr inbounds float, ptr %QcT, i64 %1263
  store <16 x float> %1262, ptr %1264, align 4
  %1265 = shufflevector <16 x float> %1229, <16 x float> %1230, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1266 = or disjoint i64 %1239, 288
  %1267 = getelementptr inbounds float, ptr %QcT, i64 %1266
  store <16 x float> %1265, ptr %1267, align 4
  %1268 = shufflevector <16 x float> %1231, <16 x float> %1232, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1269 = or disjoint i64 %1239, 320
  %1270 = getelementptr inbounds float, ptr %QcT, i64 %1269
  store <16 x float> %1268, ptr %1270, align 4
  %1271 = shufflevector <16 x float> %1231, <16 x float> %1232, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1272 = or disjoint i64 %1239, 352
  %1273 = getelementptr inbounds float, ptr %QcT, i64 %1272
  store <16 x float> %1271, ptr %1273, align 4
  %1274 = shufflevector <16 x float> %1233, <16 x float> %1234, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1275 = or disjoint i64 %1239, 384
  %1276 = getelementptr inbounds float, ptr %QcT, i64 %1275
  store <16 x float> %1274, ptr %1276, align 4
  %1277 = shufflevector <16 x float> %1233, <16 x float> %1234, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1278 = or disjoint i64 %1239, 416
  %1279 = getelementptr inbounds float, ptr %QcT, i64 %1278
  store <16 x float> %1277, ptr %1279, align 4
  %1280 = shufflevector <16 x float> %1235, <16 x float> %1236, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1281 = or disjoint i64 %1239, 448
  %1282 = getelementptr inbounds float, ptr %QcT, i64 %1281
  store <16 x float> %1280, ptr %1282, align 4
  %1283 = shufflevector <16 x float> %1235, <16 x float> %1236, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1284 = or disjoint i64 %1239, 480
  %1285 = getelementptr inbounds float, ptr %QcT, i64 %1284
  store <16 x float> %1283, ptr %1285, align 4
  %j17.next = add nuw nsw i64 %j17.addr.02880, 16
  %1286 = icmp ult i64 %j17.addr.02880, 48
  br i1 %1286, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  br i1 %1138, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1287 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i22.addr.02883 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1288 = shl nuw nsw i64 %i22.addr.02883, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.02882 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %1289 = add nuw nsw i64 %j18.addr.02882, %1288
  %1290 = getelementptr inbounds float, ptr %OY, i64 %1289
  %1291 = load <16 x float>, ptr %1290, align 4
  %1292 = or disjoint i64 %1289, 512
  %1293 = getelementptr inbounds float, ptr %OY, i64 %1292
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = or disjoint i64 %1289, 64
  %1296 = getelementptr inbounds float, ptr %OY, i64 %1295
  %1297 = load <16 x float>, ptr %1296, align 4
  %1298 = or disjoint i64 %1289, 576
  %1299 = getelementptr inbounds float, ptr %OY, i64 %1298
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = or disjoint i64 %1289, 128
  %1302 = getelementptr inbounds float, ptr %OY, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = or disjoint i64 %1289, 640
  %1305 = getelementptr inbounds float, ptr %OY, i64 %1304
  %1306 = load <16 x float>, ptr %1305, align 4
  %1307 = or disjoint i64 %1289, 192
  %1308 = getelementptr inbounds float, ptr %OY, i64 %1307
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = or disjoint i64 %1289, 704
  %1311 = getelementptr inbounds float, ptr %OY, i64 %1310
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = or disjoint i64 %1289, 256
  %1314 = getelementptr inbounds float, ptr %OY, i64 %1313
  %1315 = load <16 x float>, ptr %1314, align 4
  %1316 = or disjoint i64 %1289, 768
  %1317 = getelementptr inbounds float, ptr %OY, i64 %1316
  %1318 = load <16 x float>, ptr %1317, align 4
  %1319 = or disjoint i64 %1289, 320
  %1320 = getelementptr inbounds float, ptr %OY, i64 %1319
  %1321 = load <16 x float>, ptr %1320, align 4
  %1322 = or disjoint i64 %1289, 832
  %1323 = getelementptr inbounds float, ptr %OY, i64 %1322
  %1324 = load <16 x float>, ptr %1323, align 4
  %1325 = or disjoint i64 %1289, 384
  %1326 = getelementptr inbounds float, ptr %OY, i64 %1325
  %1327 = load <16 x float>, ptr %1326, align 4
  %1328 = or disjoint i64 %1289, 896
  %1329 = getelementptr inbounds float, ptr %OY, i64 %1328
  %1330 = load <16 x float>, ptr %1329, align 4
  %1331 = or disjoint i64 %1289, 448
  %1332 = getelementptr inbounds float, ptr %OY, i64 %1331
  %1333 = load <16 x float>, ptr %1332, align 4
  %1334 = or disjoint i64 %1289, 960
  %1335 = getelementptr inbounds float, ptr %OY, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = shufflevector <16 x float> %1291, <16 x float> %1294, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1338 = shufflevector <16 x float> %1315, <16 x float> %1318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1339 = shufflevector <16 x float> %1297, <16 x float> %1300, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1340 = shufflevector <16 x float> %1321, <16 x float> %1324, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1341 = shufflevector <16 x float> %1303, <16 x float> %1306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1342 = shufflevector <16 x float> %1327, <16 x float> %1330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1343 = shufflevector <16 x float> %1309, <16 x float> %1312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1344 = shufflevector <16 x float> %1333, <16 x float> %1336, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1345 = shufflevector <16 x float> %1291, <16 x float> %1294, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1346 = shufflevector <16 x float> %1315, <16 x float> %1318, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1347 = shufflevector <16 x float> %1297, <16 x float> %1300, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1348 = shufflevector <16 x float> %1321, <16 x float> %1324, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1349 = shufflevector <16 x float> %1303, <16 x float> %1306, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1350 = shufflevector <16 x float> %1327, <16 x float> %1330, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1351 = shufflevector <16 x float> %1309, <16 x float> %1312, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1352 = shufflevector <16 x float> %1333, <16 x float> %1336, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1353 = shufflevector <16 x float> %1337, <16 x float> %1338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1354 = shufflevector <16 x float> %1341, <16 x float> %1342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1355 = shufflevector <16 x float> %1339, <16 x float> %1340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1356 = shufflevector <16 x float> %1343, <16 x float> %1344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1357 = shufflevector <16 x float> %1337, <16 x float> %1338, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1358 = shufflevector <16 x float> %1341, <16 x float> %1342, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1359 = shufflevector <16 x float> %1339, <16 x float> %1340, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1360 = shufflevector <16 x float> %1343, <16 x float> %1344, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1361 = shufflevector <16 x float> %1345, <16 x float> %1346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1362 = shufflevector <16 x float> %1349, <16 x float> %1350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1363 = shufflevector <16 x float> %1347, <16 x float> %1348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1364 = shufflevector <16 x float> %1351, <16 x float> %1352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1365 = shufflevector <16 x float> %1345, <16 x float> %1346, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1366 = shufflevector <16 x float> %1349, <16 x float> %1350, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1367 = shufflevector <16 x float> %1347, <16 x float> %1348, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1368 = shufflevector <16 x float> %1351, <16 x float> %1352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1369 = shufflevector <16 x float> %1353, <16 x float> %1354, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1370 = shufflevector <16 x float> %1355, <16 x float> %1356, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1371 = shufflevector <16 x float> %1353, <16 x float> %1354, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1372 = shufflevector <16 x float> %1355, <16 x float> %1356, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1373 = shufflevector <16 x float> %1357, <16 x float> %1358, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1374 = shufflevector <16 x float> %1359, <16 x float> %1360, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1375 = shufflevector <16 x float> %1357, <16 x float> %1358, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1376 = shufflevector <16 x float> %1359, <16 x float> %1360, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1377 = shufflevector <16 x float> %1361, <16 x float> %1362, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1378 = shufflevector <16 x float> %1363, <16 x float> %1364, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1379 = shufflevector <16 x float> %1361, <16 x float> %1362, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1380 = shufflevector <16 x float> %1363, <16 x float> %1364, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1381 = shufflevector <16 x float> %1365, <16 x float> %1366, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1382 = shufflevector <16 x float> %1367, <16 x float> %1368, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1383 = shufflevector <16 x float> %1365, <16 x float> %1366, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1384 = shufflevector <16 x float> %1367, <16 x float> %1368, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1385 = shufflevector <16 x float> %1369, <16 x float> %1370, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1386 = shl nuw nsw i64 %j18.addr.02882, 5
  %1387 = or disjoint i64 %1386, %i22.addr.02883
  %1388 = getelementptr inbounds float, ptr %dOT, i64 %1387
  store <16 x float> %1385, ptr %1388, align 4
  %1389 = shufflevector <16 x float> %1369, <16 x float> %1370, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1390 = or disjoint i64 %1387, 32
  %1391 = getelementptr inbounds float, ptr %dOT, i64 %1390
  store <16 x float> %1389, ptr %1391, align 4
  %1392 = shufflevector <16 x float> %1371, <16 x float> %1372, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1393 = or disjoint i64 %1387, 64
  %1394 = getelementptr inbounds float, ptr %dOT, i64 %1393
  store <16 x float> %1392, ptr %1394, align 4
  %1395 = shufflevector <16 x float> %1371, <16 x float> %1372, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1396 = or disjoint i64 %1387, 96
  %1397 = getelementptr inbounds float, ptr %dOT, i64 %1396
  store <16 x float> %1395, ptr %1397, align 4
  %1398 = shufflevector <16 x float> %1373, <16 x float> %1374, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1399 = or disjoint i64 %1387, 128
  %1400 = getelementptr inbounds float, ptr %dOT, i64 %1399
  store <16 x float> %1398, ptr %1400, align 4
  %1401 = shufflevector <16 x float> %1373, <16 x float> %1374, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1402 = or disjoint i64 %1387, 160
  %1403 = getelementptr inbounds float, ptr %dOT, i64 %1402
  store <16 x float> %1401, ptr %1403, align 4
  %1404 = shufflevector <16 x float> %1375, <16 x float> %1376, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1405 = or disjoint i64 %1387, 192
  %1406 = getelementptr inbounds float, ptr %dOT, i64 %1405
  store <16 x float> %1404, ptr %1406, align 4
  %1407 = shufflevector <16 x float> %1375, <16 x float> %1376, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1408 = or disjoint i64 %1387, 224
  %1409 = getelementptr inbounds float, ptr %dOT, i64 %1408
  store <16 x float> %1407, ptr %1409, align 4
  %1410 = shufflevector <16 x float> %1377, <16 x float> %1378, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1411 = or disjoint i64 %1387, 256
  %1412 = getelementptr inbounds float, ptr %dOT, i64 %1411
  store <16 x float> %1410, ptr %1412, align 4
  %1413 = shufflevector <16 x float> %1377, <16 x float> %1378, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1414 = or disjoint i64 %1387, 288
  %1415 = getelementptr inbounds float, ptr %dOT, i64 %1414
  store <16 x float> %1413, ptr %1415, align 4
  %1416 = shufflevector <16 x float> %1379, <16 x float> %1380, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1417 = or disjoint i64 %1387, 320
  %1418 = getelementptr inbounds float, ptr %dOT, i64 %1417
  store <16 x float> %1416, ptr %1418, align 4
  %1419 = shufflevector <16 x float> %1379, <16 x float> %1380, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1420 = or disjoint i64 %1387, 352
  %1421 = getelementptr inbounds float, ptr %dOT, i64 %1420
  store <16 x float> %1419, ptr %1421, align 4
  %1422 = shufflevector <16 x float> %1381, <16 x float> %1382, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1423 = or disjoint i64 %1387, 384
  %1424 = getelementptr inbounds float, ptr %dOT, i64 %1423
  store <16 x float> %1422, ptr %1424, align 4
  %1425 = shufflevector <16 x float> %1381, <16 x float> %1382, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1426 = or disjoint i64 %1387, 416
  %1427 = getelementptr inbounds float, ptr %dOT, i64 %1426
  store <16 x float> %1425, ptr %1427, align 4
  %1428 = shufflevector <16 x float> %1383, <16 x float> %1384, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1429 = or disjoint i64 %1387, 448
  %1430 = getelementptr inbounds float, ptr %dOT, i64 %1429
  store <16 x float> %1428, ptr %1430, align 4
  %1431 = shufflevector <16 x float> %1383, <16 x float> %1384, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1432 = or disjoint i64 %1387, 480
  %1433 = getelementptr inbounds float, ptr %dOT, i64 %1432
  store <16 x float> %1431, ptr %1433, align 4
  %j18.next = add nuw nsw i64 %j18.addr.02882, 16
  %1434 = icmp ult i64 %j18.addr.02882, 48
  br i1 %1434, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1287, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.3, %p3.exit.2, %p3.exit.1, %p3.exit
  %1435 = icmp ult i64 %i23.addr.02894, 56
  br i1 %1435, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02894 = phi i64 [ %1436, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1436 = add nuw nsw i64 %i23.addr.02894, 8
  %1437 = shl nuw nsw i64 %i23.addr.02894, 6
  %.idx2841 = shl nuw nsw i64 %i23.addr.02894, 8
  %1438 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2841
  %1439 = or disjoint i64 %1437, 64
  %1440 = getelementptr inbounds float, ptr %Gm, i64 %1439
  %1441 = or disjoint i64 %1437, 128
  %1442 = getelementptr inbounds float, ptr %Gm, i64 %1441
  %1443 = or disjoint i64 %1437, 192
  %1444 = getelementptr inbounds float, ptr %Gm, i64 %1443
  %1445 = or disjoint i64 %1437, 256
  %1446 = getelementptr inbounds float, ptr %Gm, i64 %1445
  %1447 = or disjoint i64 %1437, 320
  %1448 = getelementptr inbounds float, ptr %Gm, i64 %1447
  %1449 = or disjoint i64 %1437, 384
  %1450 = getelementptr inbounds float, ptr %Gm, i64 %1449
  %1451 = or disjoint i64 %1437, 448
  %1452 = getelementptr inbounds float, ptr %Gm, i64 %1451
  %invariant.gep3678 = getelementptr inbounds float, ptr %Bk, i64 %1437
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02892 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1458, %p3.body ]
  %acc1.02891 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1463, %p3.body ]
  %acc2.02890 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1468, %p3.body ]
  %acc3.02889 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1473, %p3.body ]
  %acc4.02888 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1478, %p3.body ]
  %acc5.02887 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1483, %p3.body ]
  %acc6.02886 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1488, %p3.body ]
  %acc7.02885 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1493, %p3.body ]
  %p3.addr.02884 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2842 = shl nuw nsw i64 %p3.addr.02884, 8
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2842
  %1453 = load <16 x float>, ptr %gep, align 4
  %gep3679 = getelementptr inbounds float, ptr %invariant.gep3678, i64 %p3.addr.02884
  %1454 = getelementptr inbounds i8, ptr %gep3679, i64 40960
  %1455 = load float, ptr %1454, align 4
  %1456 = insertelement <16 x float> poison, float %1455, i64 0
  %1457 = shufflevector <16 x float> %1456, <16 x float> poison, <16 x i32> zeroinitializer
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1453, <16 x float> %acc.02892)
  %1459 = getelementptr inbounds i8, ptr %gep3679, i64 41216
  %1460 = load float, ptr %1459, align 4
  %1461 = insertelement <16 x float> poison, float %1460, i64 0
  %1462 = shufflevector <16 x float> %1461, <16 x float> poison, <16 x i32> zeroinitializer
  %1463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1462, <16 x float> %1453, <16 x float> %acc1.02891)
  %1464 = getelementptr inbounds i8, ptr %gep3679, i64 41472
  %1465 = load float, ptr %1464, align 4
  %1466 = insertelement <16 x float> poison, float %1465, i64 0
  %1467 = shufflevector <16 x float> %1466, <16 x float> poison, <16 x i32> zeroinitializer
  %1468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1467, <16 x float> %1453, <16 x float> %acc2.02890)
  %1469 = getelementptr inbounds i8, ptr %gep3679, i64 41728
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <16 x float> poison, float %1470, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1453, <16 x float> %acc3.02889)
  %1474 = getelementptr inbounds i8, ptr %gep3679, i64 41984
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <16 x float> poison, float %1475, i64 0
  %1477 = shufflevector <16 x float> %1476, <16 x float> poison, <16 x i32> zeroinitializer
  %1478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1477, <16 x float> %1453, <16 x float> %acc4.02888)
  %1479 = getelementptr inbounds i8, ptr %gep3679, i64 42240
  %1480 = load float, ptr %1479, align 4
  %1481 = insertelement <16 x float> poison, float %1480, i64 0
  %1482 = shufflevector <16 x float> %1481, <16 x float> poison, <16 x i32> zeroinitializer
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1482, <16 x float> %1453, <16 x float> %acc5.02887)
  %1484 = getelementptr inbounds i8, ptr %gep3679, i64 42496
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <16 x float> poison, float %1485, i64 0
  %1487 = shufflevector <16 x float> %1486, <16 x float> poison, <16 x i32> zeroinitializer
  %1488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1487, <16 x float> %1453, <16 x float> %acc6.02886)
  %1489 = getelementptr inbounds i8, ptr %gep3679, i64 42752
  %1490 = load float, ptr %1489, align 4
  %1491 = insertelement <16 x float> poison, float %1490, i64 0
  %1492 = shufflevector <16 x float> %1491, <16 x float> poison, <16 x i32> zeroinitializer
  %1493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1453, <16 x float> %acc7.02885)
  %p3.next = add nuw nsw i64 %p3.addr.02884, 1
  %exitcond3403.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3403.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1458, ptr %1438, align 4
  store <16 x float> %1463, ptr %1440, align 4
  store <16 x float> %1468, ptr %1442, align 4
  store <16 x float> %1473, ptr %1444, align 4
  store <16 x float> %1478, ptr %1446, align 4
  store <16 x float> %1483, ptr %1448, align 4
  store <16 x float> %1488, ptr %1450, align 4
  store <16 x float> %1493, ptr %1452, align 4
  %1494 = icmp ugt i64 %i23.addr.02894, 8
  br i1 %1494, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02892.1 = phi <16 x float> [ %1500, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02891.1 = phi <16 x float> [ %1505, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02890.1 = phi <16 x float> [ %1510, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02889.1 = phi <16 x float> [ %1515, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02888.1 = phi <16 x float> [ %1520, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02887.1 = phi <16 x float> [ %1525, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02886.1 = phi <16 x float> [ %1530, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02885.1 = phi <16 x float> [ %1535, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02884.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2842.1 = shl nuw nsw i64 %p3.addr.02884.1, 8
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2842.1
  %1495 = load <16 x float>, ptr %gep.1, align 4
  %gep3679.1 = getelementptr inbounds float, ptr %invariant.gep3678, i64 %p3.addr.02884.1
  %1496 = getelementptr inbounds i8, ptr %gep3679.1, i64 40960
  %1497 = load float, ptr %1496, align 4
  %1498 = insertelement <16 x float> poison, float %1497, i64 0
  %1499 = shufflevector <16 x float> %1498, <16 x float> poison, <16 x i32> zeroinitializer
  %1500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1499, <16 x float> %1495, <16 x float> %acc.02892.1)
  %1501 = getelementptr inbounds i8, ptr %gep3679.1, i64 41216
  %1502 = load float, ptr %1501, align 4
  %1503 = insertelement <16 x float> poison, float %1502, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1495, <16 x float> %acc1.02891.1)
  %1506 = getelementptr inbounds i8, ptr %gep3679.1, i64 41472
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1495, <16 x float> %acc2.02890.1)
  %1511 = getelementptr inbounds i8, ptr %gep3679.1, i64 41728
  %1512 = load float, ptr %1511, align 4
  %1513 = insertelement <16 x float> poison, float %1512, i64 0
  %1514 = shufflevector <16 x float> %1513, <16 x float> poison, <16 x i32> zeroinitializer
  %1515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1514, <16 x float> %1495, <16 x float> %acc3.02889.1)
  %1516 = getelementptr inbounds i8, ptr %gep3679.1, i64 41984
  %1517 = load float, ptr %1516, align 4
  %1518 = insertelement <16 x float> poison, float %1517, i64 0
  %1519 = shufflevector <16 x float> %1518, <16 x float> poison, <16 x i32> zeroinitializer
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1519, <16 x float> %1495, <16 x float> %acc4.02888.1)
  %1521 = getelementptr inbounds i8, ptr %gep3679.1, i64 42240
  %1522 = load float, ptr %1521, align 4
  %1523 = insertelement <16 x float> poison, float %1522, i64 0
  %1524 = shufflevector <16 x float> %1523, <16 x float> poison, <16 x i32> zeroinitializer
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1495, <16 x float> %acc5.02887.1)
  %1526 = getelementptr inbounds i8, ptr %gep3679.1, i64 42496
  %1527 = load float, ptr %1526, align 4
  %1528 = insertelement <16 x float> poison, float %1527, i64 0
  %1529 = shufflevector <16 x float> %1528, <16 x float> poison, <16 x i32> zeroinitializer
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1529, <16 x float> %1495, <16 x float> %acc6.02886.1)
  %1531 = getelementptr inbounds i8, ptr %gep3679.1, i64 42752
  %1532 = load float, ptr %1531, align 4
  %1533 = insertelement <16 x float> poison, float %1532, i64 0
  %1534 = shufflevector <16 x float> %1533, <16 x float> poison, <16 x i32> zeroinitializer
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1495, <16 x float> %acc7.02885.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02884.1, 1
  %exitcond3403.not.1 = icmp eq i64 %p3.next.1, 64
  br i1 %exitcond3403.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1536 = getelementptr inbounds i8, ptr %1438, i64 64
  store <16 x float> %1500, ptr %1536, align 4
  %1537 = getelementptr inbounds i8, ptr %1440, i64 64
  store <16 x float> %1505, ptr %1537, align 4
  %1538 = getelementptr inbounds i8, ptr %1442, i64 64
  store <16 x float> %1510, ptr %1538, align 4
  %1539 = getelementptr inbounds i8, ptr %1444, i64 64
  store <16 x float> %1515, ptr %1539, align 4
  %1540 = getelementptr inbounds i8, ptr %1446, i64 64
  store <16 x float> %1520, ptr %1540, align 4
  %1541 = getelementptr inbounds i8, ptr %1448, i64 64
  store <16 x float> %1525, ptr %1541, align 4
  %1542 = getelementptr inbounds i8, ptr %1450, i64 64
  store <16 x float> %1530, ptr %1542, align 4
  %1543 = getelementptr inbounds i8, ptr %1452, i64 64
  store <16 x float> %1535, ptr %1543, align 4
  %1544 = icmp ugt i64 %i23.addr.02894, 24
  br i1 %1544, label %p3.body.2, label %i23.head.loopexit

p3.body.2:                                        ; preds = %p3.exit.1, %p3.body.2
  %acc.02892.2 = phi <16 x float> [ %1550, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc1.02891.2 = phi <16 x float> [ %1555, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc2.02890.2 = phi <16 x float> [ %1560, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc3.02889.2 = phi <16 x float> [ %1565, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc4.02888.2 = phi <16 x float> [ %1570, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc5.02887.2 = phi <16 x float> [ %1575, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc6.02886.2 = phi <16 x float> [ %1580, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc7.02885.2 = phi <16 x float> [ %1585, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %p3.addr.02884.2 = phi i64 [ %p3.next.2, %p3.body.2 ], [ 0, %p3.exit.1 ]
  %.idx2842.2 = shl nuw nsw i64 %p3.addr.02884.2, 8
  %gep.2 = getelementptr inbounds i8, ptr %invariant.gep.2, i64 %.idx2842.2
  %1545 = load <16 x float>, ptr %gep.2, align 4
  %gep3679.2 = getelementptr inbounds float, ptr %invariant.gep3678, i64 %p3.addr.02884.2
  %1546 = getelementptr inbounds i8, ptr %gep3679.2, i64 40960
  %1547 = load float, ptr %1546, align 4
  %1548 = insertelement <16 x float> poison, float %1547, i64 0
  %1549 = shufflevector <16 x float> %1548, <16 x float> poison, <16 x i32> zeroinitializer
  %1550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1549, <16 x float> %1545, <16 x float> %acc.02892.2)
  %1551 = getelementptr inbounds i8, ptr %gep3679.2, i64 41216
  %1552 = load float, ptr %1551, align 4
  %1553 = insertelement <16 x float> poison, float %1552, i64 0
  %1554 = shufflevector <16 x float> %1553, <16 x float> poison, <16 x i32> zeroinitializer
  %1555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1554, <16 x float> %1545, <16 x float> %acc1.02891.2)
  %1556 = getelementptr inbounds i8, ptr %gep3679.2, i64 41472
  %1557 = load float, ptr %1556, align 4
  %1558 = insertelement <16 x float> poison, float %1557, i64 0
  %1559 = shufflevector <16 x float> %1558, <16 x float> poison, <16 x i32> zeroinitializer
  %1560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1545, <16 x float> %acc2.02890.2)
  %1561 = getelementptr inbounds i8, ptr %gep3679.2, i64 41728
  %1562 = load float, ptr %1561, align 4
  %1563 = insertelement <16 x float> poison, float %1562, i64 0
  %1564 = shufflevector <16 x float> %1563, <16 x float> poison, <16 x i32> zeroinitializer
  %1565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1564, <16 x float> %1545, <16 x float> %acc3.02889.2)
  %1566 = getelementptr inbounds i8, ptr %gep3679.2, i64 41984
  %1567 = load float, ptr %1566, align 4
  %1568 = insertelement <16 x float> poison, float %1567, i64 0
  %1569 = shufflevector <16 x float> %1568, <16 x float> poison, <16 x i32> zeroinitializer
  %1570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1569, <16 x float> %1545, <16 x float> %acc4.02888.2)
  %1571 = getelementptr inbounds i8, ptr %gep3679.2, i64 42240
  %1572 = load float, ptr %1571, align 4
  %1573 = insertelement <16 x float> poison, float %1572, i64 0
  %1574 = shufflevector <16 x float> %1573, <16 x float> poison, <16 x i32> zeroinitializer
  %1575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1574, <16 x float> %1545, <16 x float> %acc5.02887.2)
  %1576 = getelementptr inbounds i8, ptr %gep3679.2, i64 42496
  %1577 = load float, ptr %1576, align 4
  %1578 = insertelement <16 x float> poison, float %1577, i64 0
  %1579 = shufflevector <16 x float> %1578, <16 x float> poison, <16 x i32> zeroinitializer
  %1580 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1579, <16 x float> %1545, <16 x float> %acc6.02886.2)
  %1581 = getelementptr inbounds i8, ptr %gep3679.2, i64 42752
  %1582 = load float, ptr %1581, align 4
  %1583 = insertelement <16 x float> poison, float %1582, i64 0
  %1584 = shufflevector <16 x float> %1583, <16 x float> poison, <16 x i32> zeroinitializer
  %1585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1584, <16 x float> %1545, <16 x float> %acc7.02885.2)
  %p3.next.2 = add nuw nsw i64 %p3.addr.02884.2, 1
  %exitcond3403.not.2 = icmp eq i64 %p3.next.2, 64
  br i1 %exitcond3403.not.2, label %p3.exit.2, label %p3.body.2

p3.exit.2:                                        ; preds = %p3.body.2
  %1586 = getelementptr inbounds i8, ptr %1438, i64 128
  store <16 x float> %1550, ptr %1586, align 4
  %1587 = getelementptr inbounds i8, ptr %1440, i64 128
  store <16 x float> %1555, ptr %1587, align 4
  %1588 = getelementptr inbounds i8, ptr %1442, i64 128
  store <16 x float> %1560, ptr %1588, align 4
  %1589 = getelementptr inbounds i8, ptr %1444, i64 128
  store <16 x float> %1565, ptr %1589, align 4
  %1590 = getelementptr inbounds i8, ptr %1446, i64 128
  store <16 x float> %1570, ptr %1590, align 4
  %1591 = getelementptr inbounds i8, ptr %1448, i64 128
  store <16 x float> %1575, ptr %1591, align 4
  %1592 = getelementptr inbounds i8, ptr %1450, i64 128
  store <16 x float> %1580, ptr %1592, align 4
  %1593 = getelementptr inbounds i8, ptr %1452, i64 128
  store <16 x float> %1585, ptr %1593, align 4
  %1594 = icmp ugt i64 %i23.addr.02894, 40
  br i1 %1594, label %p3.body.3, label %i23.head.loopexit

p3.body.3:                                        ; preds = %p3.exit.2, %p3.body.3
  %acc.02892.3 = phi <16 x float> [ %1600, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc1.02891.3 = phi <16 x float> [ %1605, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc2.02890.3 = phi <16 x float> [ %1610, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc3.02889.3 = phi <16 x float> [ %1615, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc4.02888.3 = phi <16 x float> [ %1620, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc5.02887.3 = phi <16 x float> [ %1625, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc6.02886.3 = phi <16 x float> [ %1630, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc7.02885.3 = phi <16 x float> [ %1635, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %p3.addr.02884.3 = phi i64 [ %p3.next.3, %p3.body.3 ], [ 0, %p3.exit.2 ]
  %.idx2842.3 = shl nuw nsw i64 %p3.addr.02884.3, 8
  %gep.3 = getelementptr inbounds i8, ptr %invariant.gep.3, i64 %.idx2842.3
  %1595 = load <16 x float>, ptr %gep.3, align 4
  %gep3679.3 = getelementptr inbounds float, ptr %invariant.gep3678, i64 %p3.addr.02884.3
  %1596 = getelementptr inbounds i8, ptr %gep3679.3, i64 40960
  %1597 = load float, ptr %1596, align 4
  %1598 = insertelement <16 x float> poison, float %1597, i64 0
  %1599 = shufflevector <16 x float> %1598, <16 x float> poison, <16 x i32> zeroinitializer
  %1600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1599, <16 x float> %1595, <16 x float> %acc.02892.3)
  %1601 = getelementptr inbounds i8, ptr %gep3679.3, i64 41216
  %1602 = load float, ptr %1601, align 4
  %1603 = insertelement <16 x float> poison, float %1602, i64 0
  %1604 = shufflevector <16 x float> %1603, <16 x float> poison, <16 x i32> zeroinitializer
  %1605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1604, <16 x float> %1595, <16 x float> %acc1.02891.3)
  %1606 = getelementptr inbounds i8, ptr %gep3679.3, i64 41472
  %1607 = load float, ptr %1606, align 4
  %1608 = insertelement <16 x float> poison, float %1607, i64 0
  %1609 = shufflevector <16 x float> %1608, <16 x float> poison, <16 x i32> zeroinitializer
  %1610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1609, <16 x float> %1595, <16 x float> %acc2.02890.3)
  %1611 = getelementptr inbounds i8, ptr %gep3679.3, i64 41728
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <16 x float> poison, float %1612, i64 0
  %1614 = shufflevector <16 x float> %1613, <16 x float> poison, <16 x i32> zeroinitializer
  %1615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1595, <16 x float> %acc3.02889.3)
  %1616 = getelementptr inbounds i8, ptr %gep3679.3, i64 41984
  %1617 = load float, ptr %1616, align 4
  %1618 = insertelement <16 x float> poison, float %1617, i64 0
  %1619 = shufflevector <16 x float> %1618, <16 x float> poison, <16 x i32> zeroinitializer
  %1620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1619, <16 x float> %1595, <16 x float> %acc4.02888.3)
  %1621 = getelementptr inbounds i8, ptr %gep3679.3, i64 42240
  %1622 = load float, ptr %1621, align 4
  %1623 = insertelement <16 x float> poison, float %1622, i64 0
  %1624 = shufflevector <16 x float> %1623, <16 x float> poison, <16 x i32> zeroinitializer
  %1625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1595, <16 x float> %acc5.02887.3)
  %1626 = getelementptr inbounds i8, ptr %gep3679.3, i64 42496
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1595, <16 x float> %acc6.02886.3)
  %1631 = getelementptr inbounds i8, ptr %gep3679.3, i64 42752
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <16 x float> poison, float %1632, i64 0
  %1634 = shufflevector <16 x float> %1633, <16 x float> poison, <16 x i32> zeroinitializer
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1595, <16 x float> %acc7.02885.3)
  %p3.next.3 = add nuw nsw i64 %p3.addr.02884.3, 1
  %exitcond3403.not.3 = icmp eq i64 %p3.next.3, 64
  br i1 %exitcond3403.not.3, label %p3.exit.3, label %p3.body.3

p3.exit.3:                                        ; preds = %p3.body.3
  %1636 = getelementptr inbounds i8, ptr %1438, i64 192
  store <16 x float> %1600, ptr %1636, align 4
  %1637 = getelementptr inbounds i8, ptr %1440, i64 192
  store <16 x float> %1605, ptr %1637, align 4
  %1638 = getelementptr inbounds i8, ptr %1442, i64 192
  store <16 x float> %1610, ptr %1638, align 4
  %1639 = getelementptr inbounds i8, ptr %1444, i64 192
  store <16 x float> %1615, ptr %1639, align 4
  %1640 = getelementptr inbounds i8, ptr %1446, i64 192
  store <16 x float> %1620, ptr %1640, align 4
  %1641 = getelementptr inbounds i8, ptr %1448, i64 192
  store <16 x float> %1625, ptr %1641, align 4
  %1642 = getelementptr inbounds i8, ptr %1450, i64 192
  store <16 x float> %1630, ptr %1642, align 4
  %1643 = getelementptr inbounds i8, ptr %1452, i64 192
  store <16 x float> %1635, ptr %1643, align 4
  br label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.02913 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1644 = shl nuw nsw i64 %i24.addr.02913, 6
  %1645 = shl nuw nsw i64 %i24.addr.02913, 7
  %1646 = or disjoint i64 %1645, 128
  %1647 = or disjoint i64 %1645, 256
  %1648 = or disjoint i64 %1645, 384
  %invariant.gep3680 = getelementptr inbounds float, ptr %Bk, i64 %1644
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.02911 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1665, %p4.body ]
  %acc9.02910 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1666, %p4.body ]
  %acc10.02909 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1667, %p4.body ]
  %acc11.02908 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1668, %p4.body ]
  %acc12.02907 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1673, %p4.body ]
  %acc13.02906 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1674, %p4.body ]
  %acc14.02905 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1675, %p4.body ]
  %acc15.02904 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1676, %p4.body ]
  %acc16.02903 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1681, %p4.body ]
  %acc17.02902 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1682, %p4.body ]
  %acc18.02901 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1683, %p4.body ]
  %acc19.02900 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1684, %p4.body ]
  %acc20.02899 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1689, %p4.body ]
  %acc21.02898 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1690, %p4.body ]
  %acc22.02897 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1691, %p4.body ]
  %acc23.02896 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1692, %p4.body ]
  %p4.addr.02895 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1649 = shl nuw nsw i64 %p4.addr.02895, 7
  %1650 = getelementptr inbounds float, ptr %work, i64 %1649
  %1651 = load <16 x float>, ptr %1650, align 4
  %1652 = or disjoint i64 %1649, 16
  %1653 = getelementptr inbounds float, ptr %work, i64 %1652
  %1654 = load <16 x float>, ptr %1653, align 4
  %1655 = or disjoint i64 %1649, 32
  %1656 = getelementptr inbounds float, ptr %work, i64 %1655
  %1657 = load <16 x float>, ptr %1656, align 4
  %1658 = or disjoint i64 %1649, 48
  %1659 = getelementptr inbounds float, ptr %work, i64 %1658
  %1660 = load <16 x float>, ptr %1659, align 4
  %gep3681 = getelementptr inbounds float, ptr %invariant.gep3680, i64 %p4.addr.02895
  %1661 = getelementptr inbounds i8, ptr %gep3681, i64 40960
  %1662 = load float, ptr %1661, align 4
  %1663 = insertelement <16 x float> poison, float %1662, i64 0
  %1664 = shufflevector <16 x float> %1663, <16 x float> poison, <16 x i32> zeroinitializer
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1651, <16 x float> %acc8.02911)
  %1666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1654, <16 x float> %acc9.02910)
  %1667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1657, <16 x float> %acc10.02909)
  %1668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1660, <16 x float> %acc11.02908)
  %1669 = getelementptr inbounds i8, ptr %gep3681, i64 41216
  %1670 = load float, ptr %1669, align 4
  %1671 = insertelement <16 x float> poison, float %1670, i64 0
  %1672 = shufflevector <16 x float> %1671, <16 x float> poison, <16 x i32> zeroinitializer
  %1673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1651, <16 x float> %acc12.02907)
  %1674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1654, <16 x float> %acc13.02906)
  %1675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1657, <16 x float> %acc14.02905)
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1660, <16 x float> %acc15.02904)
  %1677 = getelementptr inbounds i8, ptr %gep3681, i64 41472
  %1678 = load float, ptr %1677, align 4
  %1679 = insertelement <16 x float> poison, float %1678, i64 0
  %1680 = shufflevector <16 x float> %1679, <16 x float> poison, <16 x i32> zeroinitializer
  %1681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1651, <16 x float> %acc16.02903)
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1654, <16 x float> %acc17.02902)
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1657, <16 x float> %acc18.02901)
  %1684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1660, <16 x float> %acc19.02900)
  %1685 = getelementptr inbounds i8, ptr %gep3681, i64 41728
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <16 x float> poison, float %1686, i64 0
  %1688 = shufflevector <16 x float> %1687, <16 x float> poison, <16 x i32> zeroinitializer
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1651, <16 x float> %acc20.02899)
  %1690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1654, <16 x float> %acc21.02898)
  %1691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1657, <16 x float> %acc22.02897)
  %1692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1660, <16 x float> %acc23.02896)
  %p4.next = add nuw nsw i64 %p4.addr.02895, 1
  %exitcond3404.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3404.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1693 = getelementptr inbounds float, ptr %KSdS, i64 %1645
  store <16 x float> %1665, ptr %1693, align 4
  %1694 = or disjoint i64 %1645, 16
  %1695 = getelementptr inbounds float, ptr %KSdS, i64 %1694
  store <16 x float> %1666, ptr %1695, align 4
  %1696 = or disjoint i64 %1645, 32
  %1697 = getelementptr inbounds float, ptr %KSdS, i64 %1696
  store <16 x float> %1667, ptr %1697, align 4
  %1698 = or disjoint i64 %1645, 48
  %1699 = getelementptr inbounds float, ptr %KSdS, i64 %1698
  store <16 x float> %1668, ptr %1699, align 4
  %1700 = getelementptr inbounds float, ptr %KSdS, i64 %1646
  store <16 x float> %1673, ptr %1700, align 4
  %1701 = or disjoint i64 %1645, 144
  %1702 = getelementptr inbounds float, ptr %KSdS, i64 %1701
  store <16 x float> %1674, ptr %1702, align 4
  %1703 = or disjoint i64 %1645, 160
  %1704 = getelementptr inbounds float, ptr %KSdS, i64 %1703
  store <16 x float> %1675, ptr %1704, align 4
  %1705 = or disjoint i64 %1645, 176
  %1706 = getelementptr inbounds float, ptr %KSdS, i64 %1705
  store <16 x float> %1676, ptr %1706, align 4
  %1707 = getelementptr inbounds float, ptr %KSdS, i64 %1647
  store <16 x float> %1681, ptr %1707, align 4
  %1708 = or disjoint i64 %1645, 272
  %1709 = getelementptr inbounds float, ptr %KSdS, i64 %1708
  store <16 x float> %1682, ptr %1709, align 4
  %1710 = or disjoint i64 %1645, 288
  %1711 = getelementptr inbounds float, ptr %KSdS, i64 %1710
  store <16 x float> %1683, ptr %1711, align 4
  %1712 = or disjoint i64 %1645, 304
  %1713 = getelementptr inbounds float, ptr %KSdS, i64 %1712
  store <16 x float> %1684, ptr %1713, align 4
  %1714 = getelementptr inbounds float, ptr %KSdS, i64 %1648
  store <16 x float> %1689, ptr %1714, align 4
  %1715 = or disjoint i64 %1645, 400
  %1716 = getelementptr inbounds float, ptr %KSdS, i64 %1715
  store <16 x float> %1690, ptr %1716, align 4
  %1717 = or disjoint i64 %1645, 416
  %1718 = getelementptr inbounds float, ptr %KSdS, i64 %1717
  store <16 x float> %1691, ptr %1718, align 4
  %1719 = or disjoint i64 %1645, 432
  %1720 = getelementptr inbounds float, ptr %KSdS, i64 %1719
  store <16 x float> %1692, ptr %1720, align 4
  %invariant.gep3682 = getelementptr inbounds float, ptr %Bk, i64 %1644
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.02911.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1738, %p4.body.1 ]
  %acc9.02910.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1739, %p4.body.1 ]
  %acc10.02909.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1740, %p4.body.1 ]
  %acc11.02908.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1741, %p4.body.1 ]
  %acc12.02907.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1746, %p4.body.1 ]
  %acc13.02906.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1747, %p4.body.1 ]
  %acc14.02905.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1748, %p4.body.1 ]
  %acc15.02904.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1749, %p4.body.1 ]
  %acc16.02903.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1754, %p4.body.1 ]
  %acc17.02902.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1755, %p4.body.1 ]
  %acc18.02901.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1756, %p4.body.1 ]
  %acc19.02900.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1757, %p4.body.1 ]
  %acc20.02899.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1762, %p4.body.1 ]
  %acc21.02898.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1763, %p4.body.1 ]
  %acc22.02897.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1764, %p4.body.1 ]
  %acc23.02896.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1765, %p4.body.1 ]
  %p4.addr.02895.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1721 = shl nuw nsw i64 %p4.addr.02895.1, 7
  %1722 = or disjoint i64 %1721, 64
  %1723 = getelementptr inbounds float, ptr %work, i64 %1722
  %1724 = load <16 x float>, ptr %1723, align 4
  %1725 = or disjoint i64 %1721, 80
  %1726 = getelementptr inbounds float, ptr %work, i64 %1725
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = or disjoint i64 %1721, 96
  %1729 = getelementptr inbounds float, ptr %work, i64 %1728
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = or disjoint i64 %1721, 112
  %1732 = getelementptr inbounds float, ptr %work, i64 %1731
  %1733 = load <16 x float>, ptr %1732, align 4
  %gep3683 = getelementptr inbounds float, ptr %invariant.gep3682, i64 %p4.addr.02895.1
  %1734 = getelementptr inbounds i8, ptr %gep3683, i64 40960
  %1735 = load float, ptr %1734, align 4
  %1736 = insertelement <16 x float> poison, float %1735, i64 0
  %1737 = shufflevector <16 x float> %1736, <16 x float> poison, <16 x i32> zeroinitializer
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1724, <16 x float> %acc8.02911.1)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1727, <16 x float> %acc9.02910.1)
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1730, <16 x float> %acc10.02909.1)
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1733, <16 x float> %acc11.02908.1)
  %1742 = getelementptr inbounds i8, ptr %gep3683, i64 41216
  %1743 = load float, ptr %1742, align 4
  %1744 = insertelement <16 x float> poison, float %1743, i64 0
  %1745 = shufflevector <16 x float> %1744, <16 x float> poison, <16 x i32> zeroinitializer
  %1746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1724, <16 x float> %acc12.02907.1)
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1727, <16 x float> %acc13.02906.1)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1730, <16 x float> %acc14.02905.1)
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1733, <16 x float> %acc15.02904.1)
  %1750 = getelementptr inbounds i8, ptr %gep3683, i64 41472
  %1751 = load float, ptr %1750, align 4
  %1752 = insertelement <16 x float> poison, float %1751, i64 0
  %1753 = shufflevector <16 x float> %1752, <16 x float> poison, <16 x i32> zeroinitializer
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1724, <16 x float> %acc16.02903.1)
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1727, <16 x float> %acc17.02902.1)
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1730, <16 x float> %acc18.02901.1)
  %1757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1733, <16 x float> %acc19.02900.1)
  %1758 = getelementptr inbounds i8, ptr %gep3683, i64 41728
  %1759 = load float, ptr %1758, align 4
  %1760 = insertelement <16 x float> poison, float %1759, i64 0
  %1761 = shufflevector <16 x float> %1760, <16 x float> poison, <16 x i32> zeroinitializer
  %1762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1761, <16 x float> %1724, <16 x float> %acc20.02899.1)
  %1763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1761, <16 x float> %1727, <16 x float> %acc21.02898.1)
  %1764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1761, <16 x float> %1730, <16 x float> %acc22.02897.1)
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1761, <16 x float> %1733, <16 x float> %acc23.02896.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.02895.1, 1
  %exitcond3404.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3404.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1766 = or disjoint i64 %1645, 64
  %1767 = getelementptr inbounds float, ptr %KSdS, i64 %1766
  store <16 x float> %1738, ptr %1767, align 4
  %1768 = or disjoint i64 %1645, 80
  %1769 = getelementptr inbounds float, ptr %KSdS, i64 %1768
  store <16 x float> %1739, ptr %1769, align 4
  %1770 = or disjoint i64 %1645, 96
  %1771 = getelementptr inbounds float, ptr %KSdS, i64 %1770
  store <16 x float> %1740, ptr %1771, align 4
  %1772 = or disjoint i64 %1645, 112
  %1773 = getelementptr inbounds float, ptr %KSdS, i64 %1772
  store <16 x float> %1741, ptr %1773, align 4
  %1774 = or disjoint i64 %1645, 192
  %1775 = getelementptr inbounds float, ptr %KSdS, i64 %1774
  store <16 x float> %1746, ptr %1775, align 4
  %1776 = or disjoint i64 %1645, 208
  %1777 = getelementptr inbounds float, ptr %KSdS, i64 %1776
  store <16 x float> %1747, ptr %1777, align 4
  %1778 = or disjoint i64 %1645, 224
  %1779 = getelementptr inbounds float, ptr %KSdS, i64 %1778
  store <16 x float> %1748, ptr %1779, align 4
  %1780 = or disjoint i64 %1645, 240
  %1781 = getelementptr inbounds float, ptr %KSdS, i64 %1780
  store <16 x float> %1749, ptr %1781, align 4
  %1782 = or disjoint i64 %1645, 320
  %1783 = getelementptr inbounds float, ptr %KSdS, i64 %1782
  store <16 x float> %1754, ptr %1783, align 4
  %1784 = or disjoint i64 %1645, 336
  %1785 = getelementptr inbounds float, ptr %KSdS, i64 %1784
  store <16 x float> %1755, ptr %1785, align 4
  %1786 = or disjoint i64 %1645, 352
  %1787 = getelementptr inbounds float, ptr %KSdS, i64 %1786
  store <16 x float> %1756, ptr %1787, align 4
  %1788 = or disjoint i64 %1645, 368
  %1789 = getelementptr inbounds float, ptr %KSdS, i64 %1788
  store <16 x float> %1757, ptr %1789, align 4
  %1790 = or disjoint i64 %1645, 448
  %1791 = getelementptr inbounds float, ptr %KSdS, i64 %1790
  store <16 x float> %1762, ptr %1791, align 4
  %1792 = or disjoint i64 %1645, 464
  %1793 = getelementptr inbounds float, ptr %KSdS, i64 %1792
  store <16 x float> %1763, ptr %1793, align 4
  %1794 = or disjoint i64 %1645, 480
  %1795 = getelementptr inbounds float, ptr %KSdS, i64 %1794
  store <16 x float> %1764, ptr %1795, align 4
  %1796 = or disjoint i64 %1645, 496
  %1797 = getelementptr inbounds float, ptr %KSdS, i64 %1796
  store <16 x float> %1765, ptr %1797, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02913, 4
  %1798 = icmp ult i64 %i24.addr.02913, 60
  br i1 %1798, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.02915 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3176 = shl nsw i64 %i25.addr.02915, 8
  %1799 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3176
  %1800 = load <16 x float>, ptr %1799, align 4
  %.idx3177 = shl nsw i64 %i25.addr.02915, 9
  %1801 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3177
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = fsub <16 x float> %1800, %1802
  store <16 x float> %1803, ptr %1799, align 4
  %1804 = getelementptr inbounds i8, ptr %53, i64 %.idx3176
  %1805 = load <16 x float>, ptr %1804, align 4
  %1806 = getelementptr inbounds i8, ptr %54, i64 %.idx3177
  %1807 = load <16 x float>, ptr %1806, align 4
  %1808 = fsub <16 x float> %1805, %1807
  store <16 x float> %1808, ptr %1804, align 4
  %1809 = getelementptr inbounds i8, ptr %55, i64 %.idx3176
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = getelementptr inbounds i8, ptr %56, i64 %.idx3177
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = fsub <16 x float> %1810, %1812
  store <16 x float> %1813, ptr %1809, align 4
  %1814 = getelementptr inbounds i8, ptr %57, i64 %.idx3176
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = getelementptr inbounds i8, ptr %58, i64 %.idx3177
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = fsub <16 x float> %1815, %1817
  store <16 x float> %1818, ptr %1814, align 4
  %i25.next = or disjoint i64 %i25.addr.02915, 1
  %.idx3176.1 = shl nsw i64 %i25.next, 8
  %1819 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3176.1
  %1820 = load <16 x float>, ptr %1819, align 4
  %.idx3177.1 = shl nsw i64 %i25.next, 9
  %1821 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3177.1
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = fsub <16 x float> %1820, %1822
  store <16 x float> %1823, ptr %1819, align 4
  %1824 = getelementptr inbounds i8, ptr %53, i64 %.idx3176.1
  %1825 = load <16 x float>, ptr %1824, align 4
  %1826 = getelementptr inbounds i8, ptr %54, i64 %.idx3177.1
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = fsub <16 x float> %1825, %1827
  store <16 x float> %1828, ptr %1824, align 4
  %1829 = getelementptr inbounds i8, ptr %55, i64 %.idx3176.1
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = getelementptr inbounds i8, ptr %56, i64 %.idx3177.1
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = fsub <16 x float> %1830, %1832
  store <16 x float> %1833, ptr %1829, align 4
  %1834 = getelementptr inbounds i8, ptr %57, i64 %.idx3176.1
  %1835 = load <16 x float>, ptr %1834, align 4
  %1836 = getelementptr inbounds i8, ptr %58, i64 %.idx3177.1
  %1837 = load <16 x float>, ptr %1836, align 4
  %1838 = fsub <16 x float> %1835, %1837
  store <16 x float> %1838, ptr %1834, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.02915, 2
  %exitcond3405.not.1 = icmp eq i64 %i25.next.1, 64
  br i1 %exitcond3405.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.02948 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02948, 2
  %.not3178 = icmp eq i64 %ib.addr.02948, 0
  br i1 %.not3178, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2840 = shl nuw nsw i64 %ib.addr.02948, 10
  %1839 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2840
  %1840 = shl nuw nsw i64 %ib.addr.02948, 8
  %1841 = or disjoint i64 %1840, 64
  %1842 = getelementptr inbounds float, ptr %Gm, i64 %1841
  %1843 = or disjoint i64 %1840, 128
  %1844 = getelementptr inbounds float, ptr %Gm, i64 %1843
  %1845 = or disjoint i64 %1840, 192
  %1846 = getelementptr inbounds float, ptr %Gm, i64 %1845
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.02932 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1863, %j21.body ]
  %acc25.02931 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1864, %j21.body ]
  %acc26.02930 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1865, %j21.body ]
  %acc27.02929 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1866, %j21.body ]
  %acc28.02928 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1871, %j21.body ]
  %acc29.02927 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1872, %j21.body ]
  %acc30.02926 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1873, %j21.body ]
  %acc31.02925 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1874, %j21.body ]
  %acc32.02924 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1879, %j21.body ]
  %acc33.02923 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1880, %j21.body ]
  %acc34.02922 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1881, %j21.body ]
  %acc35.02921 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1882, %j21.body ]
  %acc36.02920 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1887, %j21.body ]
  %acc37.02919 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1888, %j21.body ]
  %acc38.02918 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1889, %j21.body ]
  %acc39.02917 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1890, %j21.body ]
  %j21.addr.02916 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1847 = shl nsw i64 %j21.addr.02916, 6
  %1848 = getelementptr inbounds float, ptr %Vn, i64 %1847
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = or disjoint i64 %1847, 16
  %1851 = getelementptr inbounds float, ptr %Vn, i64 %1850
  %1852 = load <16 x float>, ptr %1851, align 4
  %1853 = or disjoint i64 %1847, 32
  %1854 = getelementptr inbounds float, ptr %Vn, i64 %1853
  %1855 = load <16 x float>, ptr %1854, align 4
  %1856 = or disjoint i64 %1847, 48
  %1857 = getelementptr inbounds float, ptr %Vn, i64 %1856
  %1858 = load <16 x float>, ptr %1857, align 4
  %1859 = getelementptr inbounds float, ptr %1839, i64 %j21.addr.02916
  %1860 = load float, ptr %1859, align 4
  %1861 = insertelement <16 x float> poison, float %1860, i64 0
  %1862 = shufflevector <16 x float> %1861, <16 x float> poison, <16 x i32> zeroinitializer
  %1863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1849, <16 x float> %acc24.02932)
  %1864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1852, <16 x float> %acc25.02931)
  %1865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1855, <16 x float> %acc26.02930)
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1858, <16 x float> %acc27.02929)
  %1867 = getelementptr inbounds float, ptr %1842, i64 %j21.addr.02916
  %1868 = load float, ptr %1867, align 4
  %1869 = insertelement <16 x float> poison, float %1868, i64 0
  %1870 = shufflevector <16 x float> %1869, <16 x float> poison, <16 x i32> zeroinitializer
  %1871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1870, <16 x float> %1849, <16 x float> %acc28.02928)
  %1872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1870, <16 x float> %1852, <16 x float> %acc29.02927)
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1870, <16 x float> %1855, <16 x float> %acc30.02926)
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1870, <16 x float> %1858, <16 x float> %acc31.02925)
  %1875 = getelementptr inbounds float, ptr %1844, i64 %j21.addr.02916
  %1876 = load float, ptr %1875, align 4
  %1877 = insertelement <16 x float> poison, float %1876, i64 0
  %1878 = shufflevector <16 x float> %1877, <16 x float> poison, <16 x i32> zeroinitializer
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1849, <16 x float> %acc32.02924)
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1852, <16 x float> %acc33.02923)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1855, <16 x float> %acc34.02922)
  %1882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1858, <16 x float> %acc35.02921)
  %1883 = getelementptr inbounds float, ptr %1846, i64 %j21.addr.02916
  %1884 = load float, ptr %1883, align 4
  %1885 = insertelement <16 x float> poison, float %1884, i64 0
  %1886 = shufflevector <16 x float> %1885, <16 x float> poison, <16 x i32> zeroinitializer
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1849, <16 x float> %acc36.02920)
  %1888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1852, <16 x float> %acc37.02919)
  %1889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1855, <16 x float> %acc38.02918)
  %1890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1858, <16 x float> %acc39.02917)
  %j21.next = add nuw nsw i64 %j21.addr.02916, 1
  %exitcond3406.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3406.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1840, %j21.body ]
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1890, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1889, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1888, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1887, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1882, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1881, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1880, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1879, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1874, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1873, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1872, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1871, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1866, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1865, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1864, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1863, %j21.body ]
  %1891 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1892 = load float, ptr %1891, align 4
  %1893 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = fsub <16 x float> %1894, %acc24.0.lcssa
  store <16 x float> %1895, ptr %1893, align 4
  %1896 = insertelement <16 x float> poison, float %1892, i64 0
  %1897 = shufflevector <16 x float> %1896, <16 x float> poison, <16 x i32> zeroinitializer
  %1898 = fmul <16 x float> %1897, %1895
  %1899 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1898, ptr %1899, align 4
  %1900 = mul nuw nsw i64 %ib.addr.02948, 896
  %1901 = getelementptr inbounds float, ptr %Ak, i64 %1900
  store <16 x float> %1898, ptr %1901, align 4
  %1902 = or disjoint i64 %.pre-phi, 16
  %1903 = getelementptr inbounds float, ptr %Rr, i64 %1902
  %1904 = load <16 x float>, ptr %1903, align 4
  %1905 = fsub <16 x float> %1904, %acc25.0.lcssa
  store <16 x float> %1905, ptr %1903, align 4
  %1906 = fmul <16 x float> %1897, %1905
  %1907 = getelementptr inbounds float, ptr %Vn, i64 %1902
  store <16 x float> %1906, ptr %1907, align 4
  %1908 = or disjoint i64 %1900, 16
  %1909 = getelementptr inbounds float, ptr %Ak, i64 %1908
  store <16 x float> %1906, ptr %1909, align 4
  %1910 = or disjoint i64 %.pre-phi, 32
  %1911 = getelementptr inbounds float, ptr %Rr, i64 %1910
  %1912 = load <16 x float>, ptr %1911, align 4
  %1913 = fsub <16 x float> %1912, %acc26.0.lcssa
  store <16 x float> %1913, ptr %1911, align 4
  %1914 = fmul <16 x float> %1897, %1913
  %1915 = getelementptr inbounds float, ptr %Vn, i64 %1910
  store <16 x float> %1914, ptr %1915, align 4
  %1916 = or disjoint i64 %1900, 32
  %1917 = getelementptr inbounds float, ptr %Ak, i64 %1916
  store <16 x float> %1914, ptr %1917, align 4
  %1918 = or disjoint i64 %.pre-phi, 48
  %1919 = getelementptr inbounds float, ptr %Rr, i64 %1918
  %1920 = load <16 x float>, ptr %1919, align 4
  %1921 = fsub <16 x float> %1920, %acc27.0.lcssa
  store <16 x float> %1921, ptr %1919, align 4
  %1922 = fmul <16 x float> %1897, %1921
  %1923 = getelementptr inbounds float, ptr %Vn, i64 %1918
  store <16 x float> %1922, ptr %1923, align 4
  %1924 = or disjoint i64 %1900, 48
  %1925 = getelementptr inbounds float, ptr %Ak, i64 %1924
  store <16 x float> %1922, ptr %1925, align 4
  %i26 = or disjoint i64 %i0, 1
  %1926 = shl nuw nsw i64 %i26, 6
  %1927 = or disjoint i64 %1926, %i0
  %1928 = getelementptr inbounds float, ptr %Gm, i64 %1927
  %1929 = load float, ptr %1928, align 4
  %1930 = insertelement <16 x float> poison, float %1929, i64 0
  %1931 = shufflevector <16 x float> %1930, <16 x float> poison, <16 x i32> zeroinitializer
  %1932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1931, <16 x float> %1898, <16 x float> %acc28.0.lcssa)
  %1933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1931, <16 x float> %1906, <16 x float> %acc29.0.lcssa)
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1931, <16 x float> %1914, <16 x float> %acc30.0.lcssa)
  %1935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1931, <16 x float> %1922, <16 x float> %acc31.0.lcssa)
  %1936 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1937 = load float, ptr %1936, align 4
  %1938 = getelementptr inbounds float, ptr %Rr, i64 %1926
  %1939 = load <16 x float>, ptr %1938, align 4
  %1940 = fsub <16 x float> %1939, %1932
  store <16 x float> %1940, ptr %1938, align 4
  %1941 = insertelement <16 x float> poison, float %1937, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = fmul <16 x float> %1942, %1940
  %1944 = getelementptr inbounds float, ptr %Vn, i64 %1926
  store <16 x float> %1943, ptr %1944, align 4
  %1945 = mul nuw nsw i64 %i26, 224
  %1946 = getelementptr inbounds float, ptr %Ak, i64 %1945
  store <16 x float> %1943, ptr %1946, align 4
  %1947 = or disjoint i64 %1926, 16
  %1948 = getelementptr inbounds float, ptr %Rr, i64 %1947
  %1949 = load <16 x float>, ptr %1948, align 4
  %1950 = fsub <16 x float> %1949, %1933
  store <16 x float> %1950, ptr %1948, align 4
  %1951 = fmul <16 x float> %1942, %1950
  %1952 = getelementptr inbounds float, ptr %Vn, i64 %1947
  store <16 x float> %1951, ptr %1952, align 4
  %1953 = or disjoint i64 %1945, 16
  %1954 = getelementptr inbounds float, ptr %Ak, i64 %1953
  store <16 x float> %1951, ptr %1954, align 4
  %1955 = or disjoint i64 %1926, 32
  %1956 = getelementptr inbounds float, ptr %Rr, i64 %1955
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = fsub <16 x float> %1957, %1934
  store <16 x float> %1958, ptr %1956, align 4
  %1959 = fmul <16 x float> %1942, %1958
  %1960 = getelementptr inbounds float, ptr %Vn, i64 %1955
  store <16 x float> %1959, ptr %1960, align 4
  %1961 = getelementptr inbounds i8, ptr %1946, i64 128
  store <16 x float> %1959, ptr %1961, align 4
  %1962 = or disjoint i64 %1926, 48
  %1963 = getelementptr inbounds float, ptr %Rr, i64 %1962
  %1964 = load <16 x float>, ptr %1963, align 4
  %1965 = fsub <16 x float> %1964, %1935
  store <16 x float> %1965, ptr %1963, align 4
  %1966 = fmul <16 x float> %1942, %1965
  %1967 = getelementptr inbounds float, ptr %Vn, i64 %1962
  store <16 x float> %1966, ptr %1967, align 4
  %1968 = getelementptr inbounds i8, ptr %1946, i64 192
  store <16 x float> %1966, ptr %1968, align 4
  %i27 = or disjoint i64 %i0, 2
  %1969 = shl nuw nsw i64 %i27, 6
  %1970 = or disjoint i64 %1969, %i0
  %1971 = getelementptr inbounds float, ptr %Gm, i64 %1970
  %1972 = load float, ptr %1971, align 4
  %1973 = insertelement <16 x float> poison, float %1972, i64 0
  %1974 = shufflevector <16 x float> %1973, <16 x float> poison, <16 x i32> zeroinitializer
  %1975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1974, <16 x float> %1898, <16 x float> %acc32.0.lcssa)
  %1976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1974, <16 x float> %1906, <16 x float> %acc33.0.lcssa)
  %1977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1974, <16 x float> %1914, <16 x float> %acc34.0.lcssa)
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1974, <16 x float> %1922, <16 x float> %acc35.0.lcssa)
  %1979 = or disjoint i64 %1969, %i26
  %1980 = getelementptr inbounds float, ptr %Gm, i64 %1979
  %1981 = load float, ptr %1980, align 4
  %1982 = insertelement <16 x float> poison, float %1981, i64 0
  %1983 = shufflevector <16 x float> %1982, <16 x float> poison, <16 x i32> zeroinitializer
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1943, <16 x float> %1975)
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1951, <16 x float> %1976)
  %1986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1959, <16 x float> %1977)
  %1987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1966, <16 x float> %1978)
  %1988 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1989 = load float, ptr %1988, align 4
  %1990 = getelementptr inbounds float, ptr %Rr, i64 %1969
  %1991 = load <16 x float>, ptr %1990, align 4
  %1992 = fsub <16 x float> %1991, %1984
  store <16 x float> %1992, ptr %1990, align 4
  %1993 = insertelement <16 x float> poison, float %1989, i64 0
  %1994 = shufflevector <16 x float> %1993, <16 x float> poison, <16 x i32> zeroinitializer
  %1995 = fmul <16 x float> %1994, %1992
  %1996 = getelementptr inbounds float, ptr %Vn, i64 %1969
  store <16 x float> %1995, ptr %1996, align 4
  %1997 = mul nuw nsw i64 %i27, 224
  %1998 = getelementptr inbounds float, ptr %Ak, i64 %1997
  store <16 x float> %1995, ptr %1998, align 4
  %1999 = or disjoint i64 %1969, 16
  %2000 = getelementptr inbounds float, ptr %Rr, i64 %1999
  %2001 = load <16 x float>, ptr %2000, align 4
  %2002 = fsub <16 x float> %2001, %1985
  store <16 x float> %2002, ptr %2000, align 4
  %2003 = fmul <16 x float> %1994, %2002
  %2004 = getelementptr inbounds float, ptr %Vn, i64 %1999
  store <16 x float> %2003, ptr %2004, align 4
  %2005 = or disjoint i64 %1997, 16
  %2006 = getelementptr inbounds float, ptr %Ak, i64 %2005
  store <16 x float> %2003, ptr %2006, align 4
  %2007 = or disjoint i64 %1969, 32
  %2008 = getelementptr inbounds float, ptr %Rr, i64 %2007
  %2009 = load <16 x float>, ptr %2008, align 4
  %2010 = fsub <16 x float> %2009, %1986
  store <16 x float> %2010, ptr %2008, align 4
  %2011 = fmul <16 x float> %1994, %2010
  %2012 = getelementptr inbounds float, ptr %Vn, i64 %2007
  store <16 x float> %2011, ptr %2012, align 4
  %2013 = or disjoint i64 %1997, 32
  %2014 = getelementptr inbounds float, ptr %Ak, i64 %2013
  store <16 x float> %2011, ptr %2014, align 4
  %2015 = or disjoint i64 %1969, 48
  %2016 = getelementptr inbounds float, ptr %Rr, i64 %2015
  %2017 = load <16 x float>, ptr %2016, align 4
  %2018 = fsub <16 x float> %2017, %1987
  store <16 x float> %2018, ptr %2016, align 4
  %2019 = fmul <16 x float> %1994, %2018
  %2020 = getelementptr inbounds float, ptr %Vn, i64 %2015
  store <16 x float> %2019, ptr %2020, align 4
  %2021 = or disjoint i64 %1997, 48
  %2022 = getelementptr inbounds float, ptr %Ak, i64 %2021
  store <16 x float> %2019, ptr %2022, align 4
  %i28 = or disjoint i64 %i0, 3
  %2023 = shl nuw nsw i64 %i28, 6
  %2024 = or disjoint i64 %2023, %i0
  %2025 = getelementptr inbounds float, ptr %Gm, i64 %2024
  %2026 = load float, ptr %2025, align 4
  %2027 = insertelement <16 x float> poison, float %2026, i64 0
  %2028 = shufflevector <16 x float> %2027, <16 x float> poison, <16 x i32> zeroinitializer
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1898, <16 x float> %acc36.0.lcssa)
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1906, <16 x float> %acc37.0.lcssa)
  %2031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1914, <16 x float> %acc38.0.lcssa)
  %2032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1922, <16 x float> %acc39.0.lcssa)
  %2033 = or disjoint i64 %2023, %i26
  %2034 = getelementptr inbounds float, ptr %Gm, i64 %2033
  %2035 = load float, ptr %2034, align 4
  %2036 = insertelement <16 x float> poison, float %2035, i64 0
  %2037 = shufflevector <16 x float> %2036, <16 x float> poison, <16 x i32> zeroinitializer
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1943, <16 x float> %2029)
  %2039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1951, <16 x float> %2030)
  %2040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1959, <16 x float> %2031)
  %2041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1966, <16 x float> %2032)
  %2042 = or disjoint i64 %2023, %i27
  %2043 = getelementptr inbounds float, ptr %Gm, i64 %2042
  %2044 = load float, ptr %2043, align 4
  %2045 = insertelement <16 x float> poison, float %2044, i64 0
  %2046 = shufflevector <16 x float> %2045, <16 x float> poison, <16 x i32> zeroinitializer
  %2047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2046, <16 x float> %1995, <16 x float> %2038)
  %2048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2046, <16 x float> %2003, <16 x float> %2039)
  %2049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2046, <16 x float> %2011, <16 x float> %2040)
  %2050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2046, <16 x float> %2019, <16 x float> %2041)
  %2051 = getelementptr inbounds float, ptr %bet, i64 %i28
  %2052 = load float, ptr %2051, align 4
  %2053 = getelementptr inbounds float, ptr %Rr, i64 %2023
  %2054 = load <16 x float>, ptr %2053, align 4
  %2055 = fsub <16 x float> %2054, %2047
  store <16 x float> %2055, ptr %2053, align 4
  %2056 = insertelement <16 x float> poison, float %2052, i64 0
  %2057 = shufflevector <16 x float> %2056, <16 x float> poison, <16 x i32> zeroinitializer
  %2058 = fmul <16 x float> %2057, %2055
  %2059 = getelementptr inbounds float, ptr %Vn, i64 %2023
  store <16 x float> %2058, ptr %2059, align 4
  %2060 = mul nuw nsw i64 %i28, 224
  %2061 = getelementptr inbounds float, ptr %Ak, i64 %2060
  store <16 x float> %2058, ptr %2061, align 4
  %2062 = or disjoint i64 %2023, 16
  %2063 = getelementptr inbounds float, ptr %Rr, i64 %2062
  %2064 = load <16 x float>, ptr %2063, align 4
  %2065 = fsub <16 x float> %2064, %2048
  store <16 x float> %2065, ptr %2063, align 4
  %2066 = fmul <16 x float> %2057, %2065
  %2067 = getelementptr inbounds float, ptr %Vn, i64 %2062
  store <16 x float> %2066, ptr %2067, align 4
  %2068 = or disjoint i64 %2060, 16
  %2069 = getelementptr inbounds float, ptr %Ak, i64 %2068
  store <16 x float> %2066, ptr %2069, align 4
  %2070 = or disjoint i64 %2023, 32
  %2071 = getelementptr inbounds float, ptr %Rr, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = fsub <16 x float> %2072, %2049
  store <16 x float> %2073, ptr %2071, align 4
  %2074 = fmul <16 x float> %2057, %2073
  %2075 = getelementptr inbounds float, ptr %Vn, i64 %2070
  store <16 x float> %2074, ptr %2075, align 4
  %2076 = getelementptr inbounds i8, ptr %2061, i64 128
  store <16 x float> %2074, ptr %2076, align 4
  %2077 = or disjoint i64 %2023, 48
  %2078 = getelementptr inbounds float, ptr %Rr, i64 %2077
  %2079 = load <16 x float>, ptr %2078, align 4
  %2080 = fsub <16 x float> %2079, %2050
  store <16 x float> %2080, ptr %2078, align 4
  %2081 = fmul <16 x float> %2057, %2080
  %2082 = getelementptr inbounds float, ptr %Vn, i64 %2077
  store <16 x float> %2081, ptr %2082, align 4
  %2083 = getelementptr inbounds i8, ptr %2061, i64 192
  store <16 x float> %2081, ptr %2083, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02948, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3407.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3407.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02950 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %2084 = shl nuw nsw i64 %i29.addr.02950, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.02949 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %2085 = add nuw nsw i64 %j22.addr.02949, %2084
  %2086 = getelementptr inbounds float, ptr %Vn, i64 %2085
  %2087 = load <16 x float>, ptr %2086, align 4
  %2088 = or disjoint i64 %2085, 512
  %2089 = getelementptr inbounds float, ptr %Vn, i64 %2088
  %2090 = load <16 x float>, ptr %2089, align 4
  %2091 = or disjoint i64 %2085, 64
  %2092 = getelementptr inbounds float, ptr %Vn, i64 %2091
  %2093 = load <16 x float>, ptr %2092, align 4
  %2094 = or disjoint i64 %2085, 576
  %2095 = getelementptr inbounds float, ptr %Vn, i64 %2094
  %2096 = load <16 x float>, ptr %2095, align 4
  %2097 = or disjoint i64 %2085, 128
  %2098 = getelementptr inbounds float, ptr %Vn, i64 %2097
  %2099 = load <16 x float>, ptr %2098, align 4
  %2100 = or disjoint i64 %2085, 640
  %2101 = getelementptr inbounds float, ptr %Vn, i64 %2100
  %2102 = load <16 x float>, ptr %2101, align 4
  %2103 = or disjoint i64 %2085, 192
  %2104 = getelementptr inbounds float, ptr %Vn, i64 %2103
  %2105 = load <16 x float>, ptr %2104, align 4
  %2106 = or disjoint i64 %2085, 704
  %2107 = getelementptr inbounds float, ptr %Vn, i64 %2106
  %2108 = load <16 x float>, ptr %2107, align 4
  %2109 = or disjoint i64 %2085, 256
  %2110 = getelementptr inbounds float, ptr %Vn, i64 %2109
  %2111 = load <16 x float>, ptr %2110, align 4
  %2112 = or disjoint i64 %2085, 768
  %2113 = getelementptr inbounds float, ptr %Vn, i64 %2112
  %2114 = load <16 x float>, ptr %2113, align 4
  %2115 = or disjoint i64 %2085, 320
  %2116 = getelementptr inbounds float, ptr %Vn, i64 %2115
  %2117 = load <16 x float>, ptr %2116, align 4
  %2118 = or disjoint i64 %2085, 832
  %2119 = getelementptr inbounds float, ptr %Vn, i64 %2118
  %2120 = load <16 x float>, ptr %2119, align 4
  %2121 = or disjoint i64 %2085, 384
  %2122 = getelementptr inbounds float, ptr %Vn, i64 %2121
  %2123 = load <16 x float>, ptr %2122, align 4
  %2124 = or disjoint i64 %2085, 896
  %2125 = getelementptr inbounds float, ptr %Vn, i64 %2124
  %2126 = load <16 x float>, ptr %2125, align 4
  %2127 = or disjoint i64 %2085, 448
  %2128 = getelementptr inbounds float, ptr %Vn, i64 %2127
  %2129 = load <16 x float>, ptr %2128, align 4
  %2130 = or disjoint i64 %2085, 960
  %2131 = getelementptr inbounds float, ptr %Vn, i64 %2130
  %2132 = load <16 x float>, ptr %2131, align 4
  %2133 = shufflevector <16 x float> %2087, <16 x float> %2090, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2134 = shufflevector <16 x float> %2111, <16 x float> %2114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2135 = shufflevector <16 x float> %2093, <16 x float> %2096, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2136 = shufflevector <16 x float> %2117, <16 x float> %2120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2137 = shufflevector <16 x float> %2099, <16 x float> %2102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2138 = shufflevector <16 x float> %2123, <16 x float> %2126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2139 = shufflevector <16 x float> %2105, <16 x float> %2108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2140 = shufflevector <16 x float> %2129, <16 x float> %2132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2141 = shufflevector <16 x float> %2087, <16 x float> %2090, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2142 = shufflevector <16 x float> %2111, <16 x float> %2114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2143 = shufflevector <16 x float> %2093, <16 x float> %2096, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2144 = shufflevector <16 x float> %2117, <16 x float> %2120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2145 = shufflevector <16 x float> %2099, <16 x float> %2102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2146 = shufflevector <16 x float> %2123, <16 x float> %2126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2147 = shufflevector <16 x float> %2105, <16 x float> %2108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2148 = shufflevector <16 x float> %2129, <16 x float> %2132, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2149 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2150 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2151 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2152 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2153 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2154 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2155 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2156 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2157 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2158 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2159 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2160 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2161 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2162 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2163 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2164 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2165 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2166 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2167 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2168 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2169 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2170 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2171 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2172 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2173 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2174 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2175 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2176 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2177 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2178 = shufflevector <16 x float> %2163, <16 x float> %2164, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2179 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2180 = shufflevector <16 x float> %2163, <16 x float> %2164, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2181 = shufflevector <16 x float> %2165, <16 x float> %2166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2182 = shl nuw nsw i64 %j22.addr.02949, 6
  %2183 = add nuw nsw i64 %2182, %i29.addr.02950
  %2184 = getelementptr inbounds float, ptr %VnT, i64 %2183
  store <16 x float> %2181, ptr %2184, align 4
  %2185 = shufflevector <16 x float> %2165, <16 x float> %2166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2186 = or disjoint i64 %2183, 64
  %2187 = getelementptr inbounds float, ptr %VnT, i64 %2186
  store <16 x float> %2185, ptr %2187, align 4
  %2188 = shufflevector <16 x float> %2167, <16 x float> %2168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2189 = or disjoint i64 %2183, 128
  %2190 = getelementptr inbounds float, ptr %VnT, i64 %2189
  store <16 x float> %2188, ptr %2190, align 4
  %2191 = shufflevector <16 x float> %2167, <16 x float> %2168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2192 = or disjoint i64 %2183, 192
  %2193 = getelementptr inbounds float, ptr %VnT, i64 %2192
  store <16 x float> %2191, ptr %2193, align 4
  %2194 = shufflevector <16 x float> %2169, <16 x float> %2170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2195 = or disjoint i64 %2183, 256
  %2196 = getelementptr inbounds float, ptr %VnT, i64 %2195
  store <16 x float> %2194, ptr %2196, align 4
  %2197 = shufflevector <16 x float> %2169, <16 x float> %2170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2198 = or disjoint i64 %2183, 320
  %2199 = getelementptr inbounds float, ptr %VnT, i64 %2198
  store <16 x float> %2197, ptr %2199, align 4
  %2200 = shufflevector <16 x float> %2171, <16 x float> %2172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2201 = or disjoint i64 %2183, 384
  %2202 = getelementptr inbounds float, ptr %VnT, i64 %2201
  store <16 x float> %2200, ptr %2202, align 4
  %2203 = shufflevector <16 x float> %2171, <16 x float> %2172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2204 = or disjoint i64 %2183, 448
  %2205 = getelementptr inbounds float, ptr %VnT, i64 %2204
  store <16 x float> %2203, ptr %2205, align 4
  %2206 = shufflevector <16 x float> %2173, <16 x float> %2174, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2207 = or disjoint i64 %2183, 512
  %2208 = getelementptr inbounds float, ptr %VnT, i64 %2207
  store <16 x float> %2206, ptr %2208, align 4
  %2209 = shufflevector <16 x float> %2173, <16 x float> %2174, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2210 = or disjoint i64 %2183, 576
  %2211 = getelementptr inbounds float, ptr %VnT, i64 %2210
  store <16 x float> %2209, ptr %2211, align 4
  %2212 = shufflevector <16 x float> %2175, <16 x float> %2176, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2213 = or disjoint i64 %2183, 640
  %2214 = getelementptr inbounds float, ptr %VnT, i64 %2213
  store <16 x float> %2212, ptr %2214, align 4
  %2215 = shufflevector <16 x float> %2175, <16 x float> %2176, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2216 = or disjoint i64 %2183, 704
  %2217 = getelementptr inbounds float, ptr %VnT, i64 %2216
  store <16 x float> %2215, ptr %2217, align 4
  %2218 = shufflevector <16 x float> %2177, <16 x float> %2178, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2219 = or disjoint i64 %2183, 768
  %2220 = getelementptr inbounds float, ptr %VnT, i64 %2219
  store <16 x float> %2218, ptr %2220, align 4
  %2221 = shufflevector <16 x float> %2177, <16 x float> %2178, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2222 = or disjoint i64 %2183, 832
  %2223 = getelementptr inbounds float, ptr %VnT, i64 %2222
  store <16 x float> %2221, ptr %2223, align 4
  %2224 = shufflevector <16 x float> %2179, <16 x float> %2180, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2225 = or disjoint i64 %2183, 896
  %2226 = getelementptr inbounds float, ptr %VnT, i64 %2225
  store <16 x float> %2224, ptr %2226, align 4
  %2227 = shufflevector <16 x float> %2179, <16 x float> %2180, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2228 = or disjoint i64 %2183, 960
  %2229 = getelementptr inbounds float, ptr %VnT, i64 %2228
  store <16 x float> %2227, ptr %2229, align 4
  %j22.next = add nuw nsw i64 %j22.addr.02949, 16
  %2230 = icmp ult i64 %j22.addr.02949, 48
  br i1 %2230, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02950, 16
  %2231 = icmp ult i64 %i29.addr.02950, 48
  br i1 %2231, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02968 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3445 = shl nsw i64 %i30.addr.02968, 8
  %invariant.gep3684 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3445
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.02967 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2242, %p6.body ]
  %acc41.02966 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2243, %p6.body ]
  %acc42.02965 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2248, %p6.body ]
  %acc43.02964 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2249, %p6.body ]
  %acc44.02963 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2254, %p6.body ]
  %acc45.02962 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2255, %p6.body ]
  %acc46.02961 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2260, %p6.body ]
  %acc47.02960 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2261, %p6.body ]
  %acc48.02959 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2266, %p6.body ]
  %acc49.02958 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2267, %p6.body ]
  %acc50.02957 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2272, %p6.body ]
  %acc51.02956 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2273, %p6.body ]
  %acc52.02955 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2278, %p6.body ]
  %acc53.02954 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2279, %p6.body ]
  %acc54.02953 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2284, %p6.body ]
  %acc55.02952 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2285, %p6.body ]
  %p6.addr.02951 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %2232 = shl nuw nsw i64 %p6.addr.02951, 5
  %2233 = getelementptr inbounds float, ptr %QcT, i64 %2232
  %2234 = load <16 x float>, ptr %2233, align 4
  %2235 = or disjoint i64 %2232, 16
  %2236 = getelementptr inbounds float, ptr %QcT, i64 %2235
  %2237 = load <16 x float>, ptr %2236, align 4
  %gep3685 = getelementptr inbounds float, ptr %invariant.gep3684, i64 %p6.addr.02951
  %2238 = getelementptr inbounds i8, ptr %gep3685, i64 40960
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2234, <16 x float> %acc40.02967)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2237, <16 x float> %acc41.02966)
  %2244 = getelementptr inbounds i8, ptr %gep3685, i64 41216
  %2245 = load float, ptr %2244, align 4
  %2246 = insertelement <16 x float> poison, float %2245, i64 0
  %2247 = shufflevector <16 x float> %2246, <16 x float> poison, <16 x i32> zeroinitializer
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2234, <16 x float> %acc42.02965)
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2237, <16 x float> %acc43.02964)
  %2250 = getelementptr inbounds i8, ptr %gep3685, i64 41472
  %2251 = load float, ptr %2250, align 4
  %2252 = insertelement <16 x float> poison, float %2251, i64 0
  %2253 = shufflevector <16 x float> %2252, <16 x float> poison, <16 x i32> zeroinitializer
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2253, <16 x float> %2234, <16 x float> %acc44.02963)
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2253, <16 x float> %2237, <16 x float> %acc45.02962)
  %2256 = getelementptr inbounds i8, ptr %gep3685, i64 41728
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <16 x float> poison, float %2257, i64 0
  %2259 = shufflevector <16 x float> %2258, <16 x float> poison, <16 x i32> zeroinitializer
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2234, <16 x float> %acc46.02961)
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2237, <16 x float> %acc47.02960)
  %2262 = getelementptr inbounds i8, ptr %gep3685, i64 41984
  %2263 = load float, ptr %2262, align 4
  %2264 = insertelement <16 x float> poison, float %2263, i64 0
  %2265 = shufflevector <16 x float> %2264, <16 x float> poison, <16 x i32> zeroinitializer
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2265, <16 x float> %2234, <16 x float> %acc48.02959)
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2265, <16 x float> %2237, <16 x float> %acc49.02958)
  %2268 = getelementptr inbounds i8, ptr %gep3685, i64 42240
  %2269 = load float, ptr %2268, align 4
  %2270 = insertelement <16 x float> poison, float %2269, i64 0
  %2271 = shufflevector <16 x float> %2270, <16 x float> poison, <16 x i32> zeroinitializer
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2234, <16 x float> %acc50.02957)
  %2273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2237, <16 x float> %acc51.02956)
  %2274 = getelementptr inbounds i8, ptr %gep3685, i64 42496
  %2275 = load float, ptr %2274, align 4
  %2276 = insertelement <16 x float> poison, float %2275, i64 0
  %2277 = shufflevector <16 x float> %2276, <16 x float> poison, <16 x i32> zeroinitializer
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2234, <16 x float> %acc52.02955)
  %2279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2237, <16 x float> %acc53.02954)
  %2280 = getelementptr inbounds i8, ptr %gep3685, i64 42752
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <16 x float> poison, float %2281, i64 0
  %2283 = shufflevector <16 x float> %2282, <16 x float> poison, <16 x i32> zeroinitializer
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2234, <16 x float> %acc54.02953)
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2237, <16 x float> %acc55.02952)
  %p6.next = add nuw nsw i64 %p6.addr.02951, 1
  %exitcond3408.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3408.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %2286 = shl nuw nsw i64 %i30.addr.02968, 5
  %2287 = getelementptr inbounds float, ptr %PT, i64 %2286
  store <16 x float> %2242, ptr %2287, align 4
  %2288 = or disjoint i64 %2286, 16
  %2289 = getelementptr inbounds float, ptr %PT, i64 %2288
  store <16 x float> %2243, ptr %2289, align 4
  %2290 = or disjoint i64 %2286, 32
  %2291 = getelementptr inbounds float, ptr %PT, i64 %2290
  store <16 x float> %2248, ptr %2291, align 4
  %2292 = or disjoint i64 %2286, 48
  %2293 = getelementptr inbounds float, ptr %PT, i64 %2292
  store <16 x float> %2249, ptr %2293, align 4
  %2294 = or disjoint i64 %2286, 64
  %2295 = getelementptr inbounds float, ptr %PT, i64 %2294
  store <16 x float> %2254, ptr %2295, align 4
  %2296 = or disjoint i64 %2286, 80
  %2297 = getelementptr inbounds float, ptr %PT, i64 %2296
  store <16 x float> %2255, ptr %2297, align 4
  %2298 = or disjoint i64 %2286, 96
  %2299 = getelementptr inbounds float, ptr %PT, i64 %2298
  store <16 x float> %2260, ptr %2299, align 4
  %2300 = or disjoint i64 %2286, 112
  %2301 = getelementptr inbounds float, ptr %PT, i64 %2300
  store <16 x float> %2261, ptr %2301, align 4
  %2302 = or disjoint i64 %2286, 128
  %2303 = getelementptr inbounds float, ptr %PT, i64 %2302
  store <16 x float> %2266, ptr %2303, align 4
  %2304 = or disjoint i64 %2286, 144
  %2305 = getelementptr inbounds float, ptr %PT, i64 %2304
  store <16 x float> %2267, ptr %2305, align 4
  %2306 = or disjoint i64 %2286, 160
  %2307 = getelementptr inbounds float, ptr %PT, i64 %2306
  store <16 x float> %2272, ptr %2307, align 4
  %2308 = or disjoint i64 %2286, 176
  %2309 = getelementptr inbounds float, ptr %PT, i64 %2308
  store <16 x float> %2273, ptr %2309, align 4
  %2310 = or disjoint i64 %2286, 192
  %2311 = getelementptr inbounds float, ptr %PT, i64 %2310
  store <16 x float> %2278, ptr %2311, align 4
  %2312 = or disjoint i64 %2286, 208
  %2313 = getelementptr inbounds float, ptr %PT, i64 %2312
  store <16 x float> %2279, ptr %2313, align 4
  %2314 = or disjoint i64 %2286, 224
  %2315 = getelementptr inbounds float, ptr %PT, i64 %2314
  store <16 x float> %2284, ptr %2315, align 4
  %2316 = or disjoint i64 %2286, 240
  %2317 = getelementptr inbounds float, ptr %PT, i64 %2316
  store <16 x float> %2285, ptr %2317, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02968, 8
  %2318 = icmp ult i64 %i30.addr.02968, 56
  br i1 %2318, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02971 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3179 = shl nsw i64 %t2.addr.02971, 8
  %2319 = getelementptr inbounds i8, ptr %PT, i64 %.idx3179
  %2320 = load <16 x float>, ptr %2319, align 4
  %.idx3180 = shl nsw i64 %t2.addr.02971, 7
  %2321 = getelementptr inbounds i8, ptr %M, i64 %.idx3180
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = fmul <16 x float> %2320, %2322
  store <16 x float> %2323, ptr %2319, align 4
  %2324 = getelementptr inbounds i8, ptr %59, i64 %.idx3179
  %2325 = load <16 x float>, ptr %2324, align 4
  %2326 = getelementptr inbounds i8, ptr %37, i64 %.idx3180
  %2327 = load <16 x float>, ptr %2326, align 4
  %2328 = fmul <16 x float> %2325, %2327
  store <16 x float> %2328, ptr %2324, align 4
  %2329 = getelementptr inbounds i8, ptr %2319, i64 128
  %2330 = load <16 x float>, ptr %2329, align 4
  %2331 = load <16 x float>, ptr %2321, align 4
  %2332 = fmul <16 x float> %2330, %2331
  store <16 x float> %2332, ptr %2329, align 4
  %2333 = getelementptr inbounds i8, ptr %2324, i64 128
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = load <16 x float>, ptr %2326, align 4
  %2336 = fmul <16 x float> %2334, %2335
  store <16 x float> %2336, ptr %2333, align 4
  %t2.next = or disjoint i64 %t2.addr.02971, 1
  %.idx3179.1 = shl nsw i64 %t2.next, 8
  %2337 = getelementptr inbounds i8, ptr %PT, i64 %.idx3179.1
  %2338 = load <16 x float>, ptr %2337, align 4
  %.idx3180.1 = shl nsw i64 %t2.next, 7
  %2339 = getelementptr inbounds i8, ptr %M, i64 %.idx3180.1
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = fmul <16 x float> %2338, %2340
  store <16 x float> %2341, ptr %2337, align 4
  %2342 = getelementptr inbounds i8, ptr %59, i64 %.idx3179.1
  %2343 = load <16 x float>, ptr %2342, align 4
  %2344 = getelementptr inbounds i8, ptr %37, i64 %.idx3180.1
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = fmul <16 x float> %2343, %2345
  store <16 x float> %2346, ptr %2342, align 4
  %2347 = getelementptr inbounds i8, ptr %2337, i64 128
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = load <16 x float>, ptr %2339, align 4
  %2350 = fmul <16 x float> %2348, %2349
  store <16 x float> %2350, ptr %2347, align 4
  %2351 = getelementptr inbounds i8, ptr %2342, i64 128
  %2352 = load <16 x float>, ptr %2351, align 4
  %2353 = load <16 x float>, ptr %2344, align 4
  %2354 = fmul <16 x float> %2352, %2353
  store <16 x float> %2354, ptr %2351, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02971, 2
  %exitcond3409.not.1 = icmp eq i64 %t2.next.1, 32
  br i1 %exitcond3409.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02973 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3183 = shl nsw i64 %i33.addr.02973, 9
  %gep3687 = getelementptr inbounds i8, ptr %invariant.gep3686, i64 %.idx3183
  %2355 = load <16 x float>, ptr %gep3687, align 4
  %.idx3184 = shl nsw i64 %i33.addr.02973, 8
  %gep3689 = getelementptr inbounds i8, ptr %invariant.gep3688, i64 %.idx3184
  store <16 x float> %2355, ptr %gep3689, align 4
  %gep3691 = getelementptr inbounds i8, ptr %invariant.gep3690, i64 %.idx3183
  %2356 = load <16 x float>, ptr %gep3691, align 4
  %gep3693 = getelementptr inbounds i8, ptr %invariant.gep3692, i64 %.idx3184
  store <16 x float> %2356, ptr %gep3693, align 4
  %gep3695 = getelementptr inbounds i8, ptr %invariant.gep3694, i64 %.idx3183
  %2357 = load <16 x float>, ptr %gep3695, align 4
  %gep3697 = getelementptr inbounds i8, ptr %invariant.gep3696, i64 %.idx3184
  store <16 x float> %2357, ptr %gep3697, align 4
  %gep3699 = getelementptr inbounds i8, ptr %invariant.gep3698, i64 %.idx3183
  %2358 = load <16 x float>, ptr %gep3699, align 4
  %gep3701 = getelementptr inbounds i8, ptr %invariant.gep3700, i64 %.idx3184
  store <16 x float> %2358, ptr %gep3701, align 4
  %i33.next = or disjoint i64 %i33.addr.02973, 1
  %.idx3183.1 = shl nsw i64 %i33.next, 9
  %gep3687.1 = getelementptr inbounds i8, ptr %invariant.gep3686, i64 %.idx3183.1
  %2359 = load <16 x float>, ptr %gep3687.1, align 4
  %.idx3184.1 = shl nsw i64 %i33.next, 8
  %gep3689.1 = getelementptr inbounds i8, ptr %invariant.gep3688, i64 %.idx3184.1
  store <16 x float> %2359, ptr %gep3689.1, align 4
  %gep3691.1 = getelementptr inbounds i8, ptr %invariant.gep3690, i64 %.idx3183.1
  %2360 = load <16 x float>, ptr %gep3691.1, align 4
  %gep3693.1 = getelementptr inbounds i8, ptr %invariant.gep3692, i64 %.idx3184.1
  store <16 x float> %2360, ptr %gep3693.1, align 4
  %gep3695.1 = getelementptr inbounds i8, ptr %invariant.gep3694, i64 %.idx3183.1
  %2361 = load <16 x float>, ptr %gep3695.1, align 4
  %gep3697.1 = getelementptr inbounds i8, ptr %invariant.gep3696, i64 %.idx3184.1
  store <16 x float> %2361, ptr %gep3697.1, align 4
  %gep3699.1 = getelementptr inbounds i8, ptr %invariant.gep3698, i64 %.idx3183.1
  %2362 = load <16 x float>, ptr %gep3699.1, align 4
  %gep3701.1 = getelementptr inbounds i8, ptr %invariant.gep3700, i64 %.idx3184.1
  store <16 x float> %2362, ptr %gep3701.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02973, 2
  %.idx3183.2 = shl nsw i64 %i33.next.1, 9
  %gep3687.2 = getelementptr inbounds i8, ptr %invariant.gep3686, i64 %.idx3183.2
  %2363 = load <16 x float>, ptr %gep3687.2, align 4
  %.idx3184.2 = shl nsw i64 %i33.next.1, 8
  %gep3689.2 = getelementptr inbounds i8, ptr %invariant.gep3688, i64 %.idx3184.2
  store <16 x float> %2363, ptr %gep3689.2, align 4
  %gep3691.2 = getelementptr inbounds i8, ptr %invariant.gep3690, i64 %.idx3183.2
  %2364 = load <16 x float>, ptr %gep3691.2, align 4
  %gep3693.2 = getelementptr inbounds i8, ptr %invariant.gep3692, i64 %.idx3184.2
  store <16 x float> %2364, ptr %gep3693.2, align 4
  %gep3695.2 = getelementptr inbounds i8, ptr %invariant.gep3694, i64 %.idx3183.2
  %2365 = load <16 x float>, ptr %gep3695.2, align 4
  %gep3697.2 = getelementptr inbounds i8, ptr %invariant.gep3696, i64 %.idx3184.2
  store <16 x float> %2365, ptr %gep3697.2, align 4
  %gep3699.2 = getelementptr inbounds i8, ptr %invariant.gep3698, i64 %.idx3183.2
  %2366 = load <16 x float>, ptr %gep3699.2, align 4
  %gep3701.2 = getelementptr inbounds i8, ptr %invariant.gep3700, i64 %.idx3184.2
  store <16 x float> %2366, ptr %gep3701.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02973, 3
  %.idx3183.3 = shl nsw i64 %i33.next.2, 9
  %gep3687.3 = getelementptr inbounds i8, ptr %invariant.gep3686, i64 %.idx3183.3
  %2367 = load <16 x float>, ptr %gep3687.3, align 4
  %.idx3184.3 = shl nsw i64 %i33.next.2, 8
  %gep3689.3 = getelementptr inbounds i8, ptr %invariant.gep3688, i64 %.idx3184.3
  store <16 x float> %2367, ptr %gep3689.3, align 4
  %gep3691.3 = getelementptr inbounds i8, ptr %invariant.gep3690, i64 %.idx3183.3
  %2368 = load <16 x float>, ptr %gep3691.3, align 4
  %gep3693.3 = getelementptr inbounds i8, ptr %invariant.gep3692, i64 %.idx3184.3
  store <16 x float> %2368, ptr %gep3693.3, align 4
  %gep3695.3 = getelementptr inbounds i8, ptr %invariant.gep3694, i64 %.idx3183.3
  %2369 = load <16 x float>, ptr %gep3695.3, align 4
  %gep3697.3 = getelementptr inbounds i8, ptr %invariant.gep3696, i64 %.idx3184.3
  store <16 x float> %2369, ptr %gep3697.3, align 4
  %gep3699.3 = getelementptr inbounds i8, ptr %invariant.gep3698, i64 %.idx3183.3
  %2370 = load <16 x float>, ptr %gep3699.3, align 4
  %gep3701.3 = getelementptr inbounds i8, ptr %invariant.gep3700, i64 %.idx3184.3
  store <16 x float> %2370, ptr %gep3701.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.02973, 4
  %exitcond3412.not.3 = icmp eq i64 %i33.next.3, 64
  br i1 %exitcond3412.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02991 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2847 = shl nuw nsw i64 %i34.addr.02991, 8
  %2371 = getelementptr inbounds i8, ptr %OY, i64 %.idx2847
  %2372 = getelementptr inbounds i8, ptr %2371, i64 8192
  %2373 = load <16 x float>, ptr %2372, align 4
  %2374 = getelementptr inbounds i8, ptr %2371, i64 8256
  %2375 = load <16 x float>, ptr %2374, align 4
  %2376 = getelementptr inbounds i8, ptr %2371, i64 8320
  %2377 = load <16 x float>, ptr %2376, align 4
  %2378 = getelementptr inbounds i8, ptr %2371, i64 8384
  %2379 = load <16 x float>, ptr %2378, align 4
  %2380 = or disjoint i64 %i34.addr.02991, 1
  %.idx2848 = shl nuw nsw i64 %2380, 8
  %2381 = getelementptr inbounds i8, ptr %OY, i64 %.idx2848
  %2382 = getelementptr inbounds i8, ptr %2381, i64 8192
  %2383 = load <16 x float>, ptr %2382, align 4
  %2384 = getelementptr inbounds i8, ptr %2381, i64 8256
  %2385 = load <16 x float>, ptr %2384, align 4
  %2386 = getelementptr inbounds i8, ptr %2381, i64 8320
  %2387 = load <16 x float>, ptr %2386, align 4
  %2388 = getelementptr inbounds i8, ptr %2381, i64 8384
  %2389 = load <16 x float>, ptr %2388, align 4
  %2390 = or disjoint i64 %i34.addr.02991, 2
  %.idx2849 = shl nuw nsw i64 %2390, 8
  %2391 = getelementptr inbounds i8, ptr %OY, i64 %.idx2849
  %2392 = getelementptr inbounds i8, ptr %2391, i64 8192
  %2393 = load <16 x float>, ptr %2392, align 4
  %2394 = getelementptr inbounds i8, ptr %2391, i64 8256
  %2395 = load <16 x float>, ptr %2394, align 4
  %2396 = getelementptr inbounds i8, ptr %2391, i64 8320
  %2397 = load <16 x float>, ptr %2396, align 4
  %2398 = getelementptr inbounds i8, ptr %2391, i64 8384
  %2399 = load <16 x float>, ptr %2398, align 4
  %2400 = or disjoint i64 %i34.addr.02991, 3
  %.idx2850 = shl nuw nsw i64 %2400, 8
  %2401 = getelementptr inbounds i8, ptr %OY, i64 %.idx2850
  %2402 = getelementptr inbounds i8, ptr %2401, i64 8192
  %2403 = load <16 x float>, ptr %2402, align 4
  %2404 = getelementptr inbounds i8, ptr %2401, i64 8256
  %2405 = load <16 x float>, ptr %2404, align 4
  %2406 = getelementptr inbounds i8, ptr %2401, i64 8320
  %2407 = load <16 x float>, ptr %2406, align 4
  %2408 = getelementptr inbounds i8, ptr %2401, i64 8384
  %2409 = load <16 x float>, ptr %2408, align 4
  %.idx3185 = shl nsw i64 %i34.addr.02991, 7
  %.idx3186 = shl nsw i64 %2380, 7
  %.idx3187 = shl nsw i64 %2390, 7
  %.idx3188 = shl nsw i64 %2400, 7
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02990 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc71.02989 = phi <16 x float> [ %2409, %i34.body ], [ %2454, %p7.body ]
  %acc70.02988 = phi <16 x float> [ %2407, %i34.body ], [ %2453, %p7.body ]
  %acc69.02987 = phi <16 x float> [ %2405, %i34.body ], [ %2452, %p7.body ]
  %acc68.02986 = phi <16 x float> [ %2403, %i34.body ], [ %2451, %p7.body ]
  %acc67.02985 = phi <16 x float> [ %2399, %i34.body ], [ %2446, %p7.body ]
  %acc66.02984 = phi <16 x float> [ %2397, %i34.body ], [ %2445, %p7.body ]
  %acc65.02983 = phi <16 x float> [ %2395, %i34.body ], [ %2444, %p7.body ]
  %acc64.02982 = phi <16 x float> [ %2393, %i34.body ], [ %2443, %p7.body ]
  %acc63.02981 = phi <16 x float> [ %2389, %i34.body ], [ %2438, %p7.body ]
  %acc62.02980 = phi <16 x float> [ %2387, %i34.body ], [ %2437, %p7.body ]
  %acc61.02979 = phi <16 x float> [ %2385, %i34.body ], [ %2436, %p7.body ]
  %acc60.02978 = phi <16 x float> [ %2383, %i34.body ], [ %2435, %p7.body ]
  %acc59.02977 = phi <16 x float> [ %2379, %i34.body ], [ %2430, %p7.body ]
  %acc58.02976 = phi <16 x float> [ %2377, %i34.body ], [ %2429, %p7.body ]
  %acc57.02975 = phi <16 x float> [ %2375, %i34.body ], [ %2428, %p7.body ]
  %acc56.02974 = phi <16 x float> [ %2373, %i34.body ], [ %2427, %p7.body ]
  %2410 = shl nuw nsw i64 %p7.addr.02990, 6
  %2411 = getelementptr inbounds float, ptr %OY, i64 %2410
  %2412 = load <16 x float>, ptr %2411, align 4
  %2413 = or disjoint i64 %2410, 16
  %2414 = getelementptr inbounds float, ptr %OY, i64 %2413
  %2415 = load <16 x float>, ptr %2414, align 4
  %2416 = or disjoint i64 %2410, 32
  %2417 = getelementptr inbounds float, ptr %OY, i64 %2416
  %2418 = load <16 x float>, ptr %2417, align 4
  %2419 = or disjoint i64 %2410, 48
  %2420 = getelementptr inbounds float, ptr %OY, i64 %2419
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02990
  %2423 = getelementptr inbounds i8, ptr %2422, i64 %.idx3185
  %2424 = load float, ptr %2423, align 4
  %2425 = insertelement <16 x float> poison, float %2424, i64 0
  %2426 = shufflevector <16 x float> %2425, <16 x float> poison, <16 x i32> zeroinitializer
  %2427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2426, <16 x float> %2412, <16 x float> %acc56.02974)
  %2428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2426, <16 x float> %2415, <16 x float> %acc57.02975)
  %2429 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2426, <16 x float> %2418, <16 x float> %acc58.02976)
  %2430 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2426, <16 x float> %2421, <16 x float> %acc59.02977)
  %2431 = getelementptr inbounds i8, ptr %2422, i64 %.idx3186
  %2432 = load float, ptr %2431, align 4
  %2433 = insertelement <16 x float> poison, float %2432, i64 0
  %2434 = shufflevector <16 x float> %2433, <16 x float> poison, <16 x i32> zeroinitializer
  %2435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2412, <16 x float> %acc60.02978)
  %2436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2415, <16 x float> %acc61.02979)
  %2437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2418, <16 x float> %acc62.02980)
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2421, <16 x float> %acc63.02981)
  %2439 = getelementptr inbounds i8, ptr %2422, i64 %.idx3187
  %2440 = load float, ptr %2439, align 4
  %2441 = insertelement <16 x float> poison, float %2440, i64 0
  %2442 = shufflevector <16 x float> %2441, <16 x float> poison, <16 x i32> zeroinitializer
  %2443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2412, <16 x float> %acc64.02982)
  %2444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2415, <16 x float> %acc65.02983)
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2418, <16 x float> %acc66.02984)
  %2446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2421, <16 x float> %acc67.02985)
  %2447 = getelementptr inbounds i8, ptr %2422, i64 %.idx3188
  %2448 = load float, ptr %2447, align 4
  %2449 = insertelement <16 x float> poison, float %2448, i64 0
  %2450 = shufflevector <16 x float> %2449, <16 x float> poison, <16 x i32> zeroinitializer
  %2451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2412, <16 x float> %acc68.02986)
  %2452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2415, <16 x float> %acc69.02987)
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2418, <16 x float> %acc70.02988)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2421, <16 x float> %acc71.02989)
  %p7.next = add nuw nsw i64 %p7.addr.02990, 1
  %exitcond3413.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3413.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2427, ptr %2372, align 4
  store <16 x float> %2428, ptr %2374, align 4
  store <16 x float> %2429, ptr %2376, align 4
  store <16 x float> %2430, ptr %2378, align 4
  store <16 x float> %2435, ptr %2382, align 4
  store <16 x float> %2436, ptr %2384, align 4
  store <16 x float> %2437, ptr %2386, align 4
  store <16 x float> %2438, ptr %2388, align 4
  store <16 x float> %2443, ptr %2392, align 4
  store <16 x float> %2444, ptr %2394, align 4
  store <16 x float> %2445, ptr %2396, align 4
  store <16 x float> %2446, ptr %2398, align 4
  store <16 x float> %2451, ptr %2402, align 4
  store <16 x float> %2452, ptr %2404, align 4
  store <16 x float> %2453, ptr %2406, align 4
  store <16 x float> %2454, ptr %2408, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02991, 4
  %2455 = icmp ult i64 %i34.addr.02991, 60
  br i1 %2455, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03009 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2456 = shl nuw nsw i64 %i35.addr.03009, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.03008 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03007 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2518, %p8.body ]
  %acc86.03006 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2517, %p8.body ]
  %acc85.03005 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2511, %p8.body ]
  %acc84.03004 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2510, %p8.body ]
  %acc83.03003 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2504, %p8.body ]
  %acc82.03002 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2503, %p8.body ]
  %acc81.03001 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2497, %p8.body ]
  %acc80.03000 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2496, %p8.body ]
  %acc79.02999 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2490, %p8.body ]
  %acc78.02998 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2489, %p8.body ]
  %acc77.02997 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2483, %p8.body ]
  %acc76.02996 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2482, %p8.body ]
  %acc75.02995 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2476, %p8.body ]
  %acc74.02994 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2475, %p8.body ]
  %acc73.02993 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2469, %p8.body ]
  %acc72.02992 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2468, %p8.body ]
  %2457 = shl nuw nsw i64 %p8.addr.03008, 5
  %2458 = getelementptr inbounds float, ptr %dOT, i64 %2457
  %2459 = load <16 x float>, ptr %2458, align 4
  %2460 = or disjoint i64 %2457, 16
  %2461 = getelementptr inbounds float, ptr %dOT, i64 %2460
  %2462 = load <16 x float>, ptr %2461, align 4
  %2463 = add nuw nsw i64 %p8.addr.03008, %2456
  %2464 = getelementptr inbounds float, ptr %Vn, i64 %2463
  %2465 = load float, ptr %2464, align 4
  %2466 = insertelement <16 x float> poison, float %2465, i64 0
  %2467 = shufflevector <16 x float> %2466, <16 x float> poison, <16 x i32> zeroinitializer
  %2468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2467, <16 x float> %2459, <16 x float> %acc72.02992)
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2467, <16 x float> %2462, <16 x float> %acc73.02993)
  %2470 = or disjoint i64 %2463, 64
  %2471 = getelementptr inbounds float, ptr %Vn, i64 %2470
  %2472 = load float, ptr %2471, align 4
  %2473 = insertelement <16 x float> poison, float %2472, i64 0
  %2474 = shufflevector <16 x float> %2473, <16 x float> poison, <16 x i32> zeroinitializer
  %2475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2459, <16 x float> %acc74.02994)
  %2476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2462, <16 x float> %acc75.02995)
  %2477 = or disjoint i64 %2463, 128
  %2478 = getelementptr inbounds float, ptr %Vn, i64 %2477
  %2479 = load float, ptr %2478, align 4
  %2480 = insertelement <16 x float> poison, float %2479, i64 0
  %2481 = shufflevector <16 x float> %2480, <16 x float> poison, <16 x i32> zeroinitializer
  %2482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2459, <16 x float> %acc76.02996)
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2462, <16 x float> %acc77.02997)
  %2484 = or disjoint i64 %2463, 192
  %2485 = getelementptr inbounds float, ptr %Vn, i64 %2484
  %2486 = load float, ptr %2485, align 4
  %2487 = insertelement <16 x float> poison, float %2486, i64 0
  %2488 = shufflevector <16 x float> %2487, <16 x float> poison, <16 x i32> zeroinitializer
  %2489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2488, <16 x float> %2459, <16 x float> %acc78.02998)
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2488, <16 x float> %2462, <16 x float> %acc79.02999)
  %2491 = or disjoint i64 %2463, 256
  %2492 = getelementptr inbounds float, ptr %Vn, i64 %2491
  %2493 = load float, ptr %2492, align 4
  %2494 = insertelement <16 x float> poison, float %2493, i64 0
  %2495 = shufflevector <16 x float> %2494, <16 x float> poison, <16 x i32> zeroinitializer
  %2496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2495, <16 x float> %2459, <16 x float> %acc80.03000)
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2495, <16 x float> %2462, <16 x float> %acc81.03001)
  %2498 = or disjoint i64 %2463, 320
  %2499 = getelementptr inbounds float, ptr %Vn, i64 %2498
  %2500 = load float, ptr %2499, align 4
  %2501 = insertelement <16 x float> poison, float %2500, i64 0
  %2502 = shufflevector <16 x float> %2501, <16 x float> poison, <16 x i32> zeroinitializer
  %2503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2459, <16 x float> %acc82.03002)
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2462, <16 x float> %acc83.03003)
  %2505 = or disjoint i64 %2463, 384
  %2506 = getelementptr inbounds float, ptr %Vn, i64 %2505
  %2507 = load float, ptr %2506, align 4
  %2508 = insertelement <16 x float> poison, float %2507, i64 0
  %2509 = shufflevector <16 x float> %2508, <16 x float> poison, <16 x i32> zeroinitializer
  %2510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2459, <16 x float> %acc84.03004)
  %2511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2462, <16 x float> %acc85.03005)
  %2512 = or disjoint i64 %2463, 448
  %2513 = getelementptr inbounds float, ptr %Vn, i64 %2512
  %2514 = load float, ptr %2513, align 4
  %2515 = insertelement <16 x float> poison, float %2514, i64 0
  %2516 = shufflevector <16 x float> %2515, <16 x float> poison, <16 x i32> zeroinitializer
  %2517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2516, <16 x float> %2459, <16 x float> %acc86.03006)
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2516, <16 x float> %2462, <16 x float> %acc87.03007)
  %p8.next = add nuw nsw i64 %p8.addr.03008, 1
  %exitcond3414.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3414.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2519 = mul nuw nsw i64 %i35.addr.03009, 224
  %2520 = or disjoint i64 %2519, 128
  %2521 = getelementptr inbounds float, ptr %Ak, i64 %2520
  store <16 x float> %2468, ptr %2521, align 4
  %2522 = or disjoint i64 %2519, 144
  %2523 = getelementptr inbounds float, ptr %Ak, i64 %2522
  store <16 x float> %2469, ptr %2523, align 4
  %2524 = getelementptr inbounds float, ptr %Ak, i64 %2519
  %2525 = getelementptr inbounds i8, ptr %2524, i64 1408
  store <16 x float> %2475, ptr %2525, align 4
  %2526 = getelementptr inbounds i8, ptr %2524, i64 1472
  store <16 x float> %2476, ptr %2526, align 4
  %2527 = getelementptr inbounds i8, ptr %2524, i64 2304
  store <16 x float> %2482, ptr %2527, align 4
  %2528 = getelementptr inbounds i8, ptr %2524, i64 2368
  store <16 x float> %2483, ptr %2528, align 4
  %2529 = getelementptr inbounds i8, ptr %2524, i64 3200
  store <16 x float> %2489, ptr %2529, align 4
  %2530 = getelementptr inbounds i8, ptr %2524, i64 3264
  store <16 x float> %2490, ptr %2530, align 4
  %2531 = getelementptr inbounds i8, ptr %2524, i64 4096
  store <16 x float> %2496, ptr %2531, align 4
  %2532 = getelementptr inbounds i8, ptr %2524, i64 4160
  store <16 x float> %2497, ptr %2532, align 4
  %2533 = getelementptr inbounds i8, ptr %2524, i64 4992
  store <16 x float> %2503, ptr %2533, align 4
  %2534 = getelementptr inbounds i8, ptr %2524, i64 5056
  store <16 x float> %2504, ptr %2534, align 4
  %2535 = getelementptr inbounds i8, ptr %2524, i64 5888
  store <16 x float> %2510, ptr %2535, align 4
  %2536 = getelementptr inbounds i8, ptr %2524, i64 5952
  store <16 x float> %2511, ptr %2536, align 4
  %2537 = getelementptr inbounds i8, ptr %2524, i64 6784
  store <16 x float> %2517, ptr %2537, align 4
  %2538 = getelementptr inbounds i8, ptr %2524, i64 6848
  store <16 x float> %2518, ptr %2538, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03009, 8
  %2539 = icmp ult i64 %i35.addr.03009, 56
  br i1 %2539, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.03012 = phi i64 [ %t3.next.3, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3189 = mul nuw nsw i64 %t3.addr.03012, 1792
  %2540 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3189
  %2541 = getelementptr inbounds i8, ptr %2540, i64 512
  %2542 = load <16 x float>, ptr %2541, align 4
  %.idx3190 = shl nsw i64 %t3.addr.03012, 7
  %2543 = getelementptr inbounds i8, ptr %M, i64 %.idx3190
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = fmul <16 x float> %2542, %2544
  store <16 x float> %2545, ptr %2541, align 4
  %2546 = getelementptr inbounds i8, ptr %60, i64 %.idx3189
  %2547 = getelementptr inbounds i8, ptr %2546, i64 512
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = getelementptr inbounds i8, ptr %37, i64 %.idx3190
  %2550 = load <16 x float>, ptr %2549, align 4
  %2551 = fmul <16 x float> %2548, %2550
  store <16 x float> %2551, ptr %2547, align 4
  %2552 = getelementptr inbounds i8, ptr %2540, i64 1408
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = load <16 x float>, ptr %2543, align 4
  %2555 = fmul <16 x float> %2553, %2554
  store <16 x float> %2555, ptr %2552, align 4
  %2556 = getelementptr inbounds i8, ptr %2546, i64 1408
  %2557 = load <16 x float>, ptr %2556, align 4
  %2558 = load <16 x float>, ptr %2549, align 4
  %2559 = fmul <16 x float> %2557, %2558
  store <16 x float> %2559, ptr %2556, align 4
  %t3.next = or disjoint i64 %t3.addr.03012, 1
  %.idx3189.1 = mul nuw nsw i64 %t3.next, 1792
  %2560 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3189.1
  %2561 = getelementptr inbounds i8, ptr %2560, i64 512
  %2562 = load <16 x float>, ptr %2561, align 4
  %.idx3190.1 = shl nsw i64 %t3.next, 7
  %2563 = getelementptr inbounds i8, ptr %M, i64 %.idx3190.1
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = fmul <16 x float> %2562, %2564
  store <16 x float> %2565, ptr %2561, align 4
  %2566 = getelementptr inbounds i8, ptr %60, i64 %.idx3189.1
  %2567 = getelementptr inbounds i8, ptr %2566, i64 512
  %2568 = load <16 x float>, ptr %2567, align 4
  %2569 = getelementptr inbounds i8, ptr %37, i64 %.idx3190.1
  %2570 = load <16 x float>, ptr %2569, align 4
  %2571 = fmul <16 x float> %2568, %2570
  store <16 x float> %2571, ptr %2567, align 4
  %2572 = getelementptr inbounds i8, ptr %2560, i64 1408
  %2573 = load <16 x float>, ptr %2572, align 4
  %2574 = load <16 x float>, ptr %2563, align 4
  %2575 = fmul <16 x float> %2573, %2574
  store <16 x float> %2575, ptr %2572, align 4
  %2576 = getelementptr inbounds i8, ptr %2566, i64 1408
  %2577 = load <16 x float>, ptr %2576, align 4
  %2578 = load <16 x float>, ptr %2569, align 4
  %2579 = fmul <16 x float> %2577, %2578
  store <16 x float> %2579, ptr %2576, align 4
  %t3.next.1 = or disjoint i64 %t3.addr.03012, 2
  %.idx3189.2 = mul nuw nsw i64 %t3.next.1, 1792
  %2580 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3189.2
  %2581 = getelementptr inbounds i8, ptr %2580, i64 512
  %2582 = load <16 x float>, ptr %2581, align 4
  %.idx3190.2 = shl nsw i64 %t3.next.1, 7
  %2583 = getelementptr inbounds i8, ptr %M, i64 %.idx3190.2
  %2584 = load <16 x float>, ptr %2583, align 4
  %2585 = fmul <16 x float> %2582, %2584
  store <16 x float> %2585, ptr %2581, align 4
  %2586 = getelementptr inbounds i8, ptr %60, i64 %.idx3189.2
  %2587 = getelementptr inbounds i8, ptr %2586, i64 512
  %2588 = load <16 x float>, ptr %2587, align 4
  %2589 = getelementptr inbounds i8, ptr %37, i64 %.idx3190.2
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = fmul <16 x float> %2588, %2590
  store <16 x float> %2591, ptr %2587, align 4
  %2592 = getelementptr inbounds i8, ptr %2580, i64 1408
  %2593 = load <16 x float>, ptr %2592, align 4
  %2594 = load <16 x float>, ptr %2583, align 4
  %2595 = fmul <16 x float> %2593, %2594
  store <16 x float> %2595, ptr %2592, align 4
  %2596 = getelementptr inbounds i8, ptr %2586, i64 1408
  %2597 = load <16 x float>, ptr %2596, align 4
  %2598 = load <16 x float>, ptr %2589, align 4
  %2599 = fmul <16 x float> %2597, %2598
  store <16 x float> %2599, ptr %2596, align 4
  %t3.next.2 = or disjoint i64 %t3.addr.03012, 3
  %.idx3189.3 = mul nuw nsw i64 %t3.next.2, 1792
  %2600 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3189.3
  %2601 = getelementptr inbounds i8, ptr %2600, i64 512
  %2602 = load <16 x float>, ptr %2601, align 4
  %.idx3190.3 = shl nsw i64 %t3.next.2, 7
  %2603 = getelementptr inbounds i8, ptr %M, i64 %.idx3190.3
  %2604 = load <16 x float>, ptr %2603, align 4
  %2605 = fmul <16 x float> %2602, %2604
  store <16 x float> %2605, ptr %2601, align 4
  %2606 = getelementptr inbounds i8, ptr %60, i64 %.idx3189.3
  %2607 = getelementptr inbounds i8, ptr %2606, i64 512
  %2608 = load <16 x float>, ptr %2607, align 4
  %2609 = getelementptr inbounds i8, ptr %37, i64 %.idx3190.3
  %2610 = load <16 x float>, ptr %2609, align 4
  %2611 = fmul <16 x float> %2608, %2610
  store <16 x float> %2611, ptr %2607, align 4
  %2612 = getelementptr inbounds i8, ptr %2600, i64 1408
  %2613 = load <16 x float>, ptr %2612, align 4
  %2614 = load <16 x float>, ptr %2603, align 4
  %2615 = fmul <16 x float> %2613, %2614
  store <16 x float> %2615, ptr %2612, align 4
  %2616 = getelementptr inbounds i8, ptr %2606, i64 1408
  %2617 = load <16 x float>, ptr %2616, align 4
  %2618 = load <16 x float>, ptr %2609, align 4
  %2619 = fmul <16 x float> %2617, %2618
  store <16 x float> %2619, ptr %2616, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.03012, 4
  %exitcond3415.not.3 = icmp eq i64 %t3.next.3, 32
  br i1 %exitcond3415.not.3, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03030 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2620 = shl nuw nsw i64 %i38.addr.03030, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03029 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03028 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2669, %p9.body ]
  %acc102.03027 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2668, %p9.body ]
  %acc101.03026 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2667, %p9.body ]
  %acc100.03025 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2666, %p9.body ]
  %acc99.03024 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2660, %p9.body ]
  %acc98.03023 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2659, %p9.body ]
  %acc97.03022 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2658, %p9.body ]
  %acc96.03021 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2657, %p9.body ]
  %acc95.03020 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2651, %p9.body ]
  %acc94.03019 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2650, %p9.body ]
  %acc93.03018 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2649, %p9.body ]
  %acc92.03017 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2648, %p9.body ]
  %acc91.03016 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2642, %p9.body ]
  %acc90.03015 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2641, %p9.body ]
  %acc89.03014 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2640, %p9.body ]
  %acc88.03013 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2639, %p9.body ]
  %2621 = shl nuw nsw i64 %p9.addr.03029, 6
  %2622 = or disjoint i64 %2621, 4096
  %2623 = getelementptr inbounds float, ptr %Bk, i64 %2622
  %2624 = load <16 x float>, ptr %2623, align 4
  %2625 = or disjoint i64 %2621, 4112
  %2626 = getelementptr inbounds float, ptr %Bk, i64 %2625
  %2627 = load <16 x float>, ptr %2626, align 4
  %2628 = or disjoint i64 %2621, 4128
  %2629 = getelementptr inbounds float, ptr %Bk, i64 %2628
  %2630 = load <16 x float>, ptr %2629, align 4
  %2631 = or disjoint i64 %2621, 4144
  %2632 = getelementptr inbounds float, ptr %Bk, i64 %2631
  %2633 = load <16 x float>, ptr %2632, align 4
  %2634 = add nuw nsw i64 %p9.addr.03029, %2620
  %2635 = getelementptr inbounds float, ptr %OY, i64 %2634
  %2636 = load float, ptr %2635, align 4
  %2637 = insertelement <16 x float> poison, float %2636, i64 0
  %2638 = shufflevector <16 x float> %2637, <16 x float> poison, <16 x i32> zeroinitializer
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2638, <16 x float> %2624, <16 x float> %acc88.03013)
  %2640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2638, <16 x float> %2627, <16 x float> %acc89.03014)
  %2641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2638, <16 x float> %2630, <16 x float> %acc90.03015)
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2638, <16 x float> %2633, <16 x float> %acc91.03016)
  %2643 = or disjoint i64 %2634, 64
  %2644 = getelementptr inbounds float, ptr %OY, i64 %2643
  %2645 = load float, ptr %2644, align 4
  %2646 = insertelement <16 x float> poison, float %2645, i64 0
  %2647 = shufflevector <16 x float> %2646, <16 x float> poison, <16 x i32> zeroinitializer
  %2648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2624, <16 x float> %acc92.03017)
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2627, <16 x float> %acc93.03018)
  %2650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2630, <16 x float> %acc94.03019)
  %2651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2633, <16 x float> %acc95.03020)
  %2652 = or disjoint i64 %2634, 128
  %2653 = getelementptr inbounds float, ptr %OY, i64 %2652
  %2654 = load float, ptr %2653, align 4
  %2655 = insertelement <16 x float> poison, float %2654, i64 0
  %2656 = shufflevector <16 x float> %2655, <16 x float> poison, <16 x i32> zeroinitializer
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2624, <16 x float> %acc96.03021)
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2627, <16 x float> %acc97.03022)
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2630, <16 x float> %acc98.03023)
  %2660 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2633, <16 x float> %acc99.03024)
  %2661 = or disjoint i64 %2634, 192
  %2662 = getelementptr inbounds float, ptr %OY, i64 %2661
  %2663 = load float, ptr %2662, align 4
  %2664 = insertelement <16 x float> poison, float %2663, i64 0
  %2665 = shufflevector <16 x float> %2664, <16 x float> poison, <16 x i32> zeroinitializer
  %2666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2624, <16 x float> %acc100.03025)
  %2667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2627, <16 x float> %acc101.03026)
  %2668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2630, <16 x float> %acc102.03027)
  %2669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2633, <16 x float> %acc103.03028)
  %p9.next = add nuw nsw i64 %p9.addr.03029, 1
  %exitcond3416.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3416.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2670 = getelementptr inbounds float, ptr %dQc, i64 %2620
  store <16 x float> %2639, ptr %2670, align 4
  %2671 = or disjoint i64 %2620, 16
  %2672 = getelementptr inbounds float, ptr %dQc, i64 %2671
  store <16 x float> %2640, ptr %2672, align 4
  %2673 = or disjoint i64 %2620, 32
  %2674 = getelementptr inbounds float, ptr %dQc, i64 %2673
  store <16 x float> %2641, ptr %2674, align 4
  %2675 = or disjoint i64 %2620, 48
  %2676 = getelementptr inbounds float, ptr %dQc, i64 %2675
  store <16 x float> %2642, ptr %2676, align 4
  %2677 = or disjoint i64 %2620, 64
  %2678 = getelementptr inbounds float, ptr %dQc, i64 %2677
  store <16 x float> %2648, ptr %2678, align 4
  %2679 = or disjoint i64 %2620, 80
  %2680 = getelementptr inbounds float, ptr %dQc, i64 %2679
  store <16 x float> %2649, ptr %2680, align 4
  %2681 = or disjoint i64 %2620, 96
  %2682 = getelementptr inbounds float, ptr %dQc, i64 %2681
  store <16 x float> %2650, ptr %2682, align 4
  %2683 = or disjoint i64 %2620, 112
  %2684 = getelementptr inbounds float, ptr %dQc, i64 %2683
  store <16 x float> %2651, ptr %2684, align 4
  %2685 = or disjoint i64 %2620, 128
  %2686 = getelementptr inbounds float, ptr %dQc, i64 %2685
  store <16 x float> %2657, ptr %2686, align 4
  %2687 = or disjoint i64 %2620, 144
  %2688 = getelementptr inbounds float, ptr %dQc, i64 %2687
  store <16 x float> %2658, ptr %2688, align 4
  %2689 = or disjoint i64 %2620, 160
  %2690 = getelementptr inbounds float, ptr %dQc, i64 %2689
  store <16 x float> %2659, ptr %2690, align 4
  %2691 = or disjoint i64 %2620, 176
  %2692 = getelementptr inbounds float, ptr %dQc, i64 %2691
  store <16 x float> %2660, ptr %2692, align 4
  %2693 = or disjoint i64 %2620, 192
  %2694 = getelementptr inbounds float, ptr %dQc, i64 %2693
  store <16 x float> %2666, ptr %2694, align 4
  %2695 = or disjoint i64 %2620, 208
  %2696 = getelementptr inbounds float, ptr %dQc, i64 %2695
  store <16 x float> %2667, ptr %2696, align 4
  %2697 = or disjoint i64 %2620, 224
  %2698 = getelementptr inbounds float, ptr %dQc, i64 %2697
  store <16 x float> %2668, ptr %2698, align 4
  %2699 = or disjoint i64 %2620, 240
  %2700 = getelementptr inbounds float, ptr %dQc, i64 %2699
  store <16 x float> %2669, ptr %2700, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03030, 4
  %2701 = icmp ult i64 %i38.addr.03030, 28
  br i1 %2701, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %121, i64 32)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1477
  %i39.addr.03048 = phi i64 [ %i39.next, %endif1477 ], [ 0, %i39.body.preheader ]
  %2702 = shl nuw nsw i64 %i39.addr.03048, 6
  %2703 = getelementptr inbounds float, ptr %dQc, i64 %2702
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = or disjoint i64 %2702, 16
  %2706 = getelementptr inbounds float, ptr %dQc, i64 %2705
  %2707 = load <16 x float>, ptr %2706, align 4
  %2708 = or disjoint i64 %2702, 32
  %2709 = getelementptr inbounds float, ptr %dQc, i64 %2708
  %2710 = load <16 x float>, ptr %2709, align 4
  %2711 = or disjoint i64 %2702, 48
  %2712 = getelementptr inbounds float, ptr %dQc, i64 %2711
  %2713 = load <16 x float>, ptr %2712, align 4
  %2714 = or disjoint i64 %i39.addr.03048, 1
  %2715 = shl nuw nsw i64 %2714, 6
  %2716 = getelementptr inbounds float, ptr %dQc, i64 %2715
  %2717 = load <16 x float>, ptr %2716, align 4
  %2718 = or disjoint i64 %2715, 16
  %2719 = getelementptr inbounds float, ptr %dQc, i64 %2718
  %2720 = load <16 x float>, ptr %2719, align 4
  %2721 = or disjoint i64 %2715, 32
  %2722 = getelementptr inbounds float, ptr %dQc, i64 %2721
  %2723 = load <16 x float>, ptr %2722, align 4
  %2724 = or disjoint i64 %2715, 48
  %2725 = getelementptr inbounds float, ptr %dQc, i64 %2724
  %2726 = load <16 x float>, ptr %2725, align 4
  %2727 = or disjoint i64 %i39.addr.03048, 2
  %2728 = shl nuw nsw i64 %2727, 6
  %2729 = getelementptr inbounds float, ptr %dQc, i64 %2728
  %2730 = load <16 x float>, ptr %2729, align 4
  %2731 = or disjoint i64 %2728, 16
  %2732 = getelementptr inbounds float, ptr %dQc, i64 %2731
  %2733 = load <16 x float>, ptr %2732, align 4
  %2734 = or disjoint i64 %2728, 32
  %2735 = getelementptr inbounds float, ptr %dQc, i64 %2734
  %2736 = load <16 x float>, ptr %2735, align 4
  %2737 = or disjoint i64 %2728, 48
  %2738 = getelementptr inbounds float, ptr %dQc, i64 %2737
  %2739 = load <16 x float>, ptr %2738, align 4
  %2740 = or disjoint i64 %i39.addr.03048, 3
  %2741 = shl nuw nsw i64 %2740, 6
  %2742 = getelementptr inbounds float, ptr %dQc, i64 %2741
  %2743 = load <16 x float>, ptr %2742, align 4
  %2744 = or disjoint i64 %2741, 16
  %2745 = getelementptr inbounds float, ptr %dQc, i64 %2744
  %2746 = load <16 x float>, ptr %2745, align 4
  %2747 = or disjoint i64 %2741, 32
  %2748 = getelementptr inbounds float, ptr %dQc, i64 %2747
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = or disjoint i64 %2741, 48
  %2751 = getelementptr inbounds float, ptr %dQc, i64 %2750
  %2752 = load <16 x float>, ptr %2751, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03047 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03046 = phi <16 x float> [ %2752, %i39.body ], [ %2799, %p10.body ]
  %acc118.03045 = phi <16 x float> [ %2749, %i39.body ], [ %2798, %p10.body ]
  %acc117.03044 = phi <16 x float> [ %2746, %i39.body ], [ %2797, %p10.body ]
  %acc116.03043 = phi <16 x float> [ %2743, %i39.body ], [ %2796, %p10.body ]
  %acc115.03042 = phi <16 x float> [ %2739, %i39.body ], [ %2790, %p10.body ]
  %acc114.03041 = phi <16 x float> [ %2736, %i39.body ], [ %2789, %p10.body ]
  %acc113.03040 = phi <16 x float> [ %2733, %i39.body ], [ %2788, %p10.body ]
  %acc112.03039 = phi <16 x float> [ %2730, %i39.body ], [ %2787, %p10.body ]
  %acc111.03038 = phi <16 x float> [ %2726, %i39.body ], [ %2781, %p10.body ]
  %acc110.03037 = phi <16 x float> [ %2723, %i39.body ], [ %2780, %p10.body ]
  %acc109.03036 = phi <16 x float> [ %2720, %i39.body ], [ %2779, %p10.body ]
  %acc108.03035 = phi <16 x float> [ %2717, %i39.body ], [ %2778, %p10.body ]
  %acc107.03034 = phi <16 x float> [ %2713, %i39.body ], [ %2772, %p10.body ]
  %acc106.03033 = phi <16 x float> [ %2710, %i39.body ], [ %2771, %p10.body ]
  %acc105.03032 = phi <16 x float> [ %2707, %i39.body ], [ %2770, %p10.body ]
  %acc104.03031 = phi <16 x float> [ %2704, %i39.body ], [ %2769, %p10.body ]
  %.idx2846 = shl nuw nsw i64 %p10.addr.03047, 8
  %2753 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2846
  %2754 = getelementptr inbounds i8, ptr %2753, i64 40960
  %2755 = load <16 x float>, ptr %2754, align 4
  %2756 = getelementptr inbounds i8, ptr %2753, i64 41024
  %2757 = load <16 x float>, ptr %2756, align 4
  %2758 = getelementptr inbounds i8, ptr %2753, i64 41088
  %2759 = load <16 x float>, ptr %2758, align 4
  %2760 = getelementptr inbounds i8, ptr %2753, i64 41152
  %2761 = load <16 x float>, ptr %2760, align 4
  %2762 = mul nuw nsw i64 %p10.addr.03047, 224
  %2763 = add nuw nsw i64 %2762, 128
  %2764 = or disjoint i64 %2763, %i39.addr.03048
  %2765 = getelementptr inbounds float, ptr %Ak, i64 %2764
  %2766 = load float, ptr %2765, align 4
  %2767 = insertelement <16 x float> poison, float %2766, i64 0
  %2768 = shufflevector <16 x float> %2767, <16 x float> poison, <16 x i32> zeroinitializer
  %2769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2755, <16 x float> %acc104.03031)
  %2770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2757, <16 x float> %acc105.03032)
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2759, <16 x float> %acc106.03033)
  %2772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2761, <16 x float> %acc107.03034)
  %2773 = or disjoint i64 %2763, %2714
  %2774 = getelementptr inbounds float, ptr %Ak, i64 %2773
  %2775 = load float, ptr %2774, align 4
  %2776 = insertelement <16 x float> poison, float %2775, i64 0
  %2777 = shufflevector <16 x float> %2776, <16 x float> poison, <16 x i32> zeroinitializer
  %2778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2777, <16 x float> %2755, <16 x float> %acc108.03035)
  %2779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2777, <16 x float> %2757, <16 x float> %acc109.03036)
  %2780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2777, <16 x float> %2759, <16 x float> %acc110.03037)
  %2781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2777, <16 x float> %2761, <16 x float> %acc111.03038)
  %2782 = or disjoint i64 %2763, %2727
  %2783 = getelementptr inbounds float, ptr %Ak, i64 %2782
  %2784 = load float, ptr %2783, align 4
  %2785 = insertelement <16 x float> poison, float %2784, i64 0
  %2786 = shufflevector <16 x float> %2785, <16 x float> poison, <16 x i32> zeroinitializer
  %2787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2755, <16 x float> %acc112.03039)
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2757, <16 x float> %acc113.03040)
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2759, <16 x float> %acc114.03041)
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2761, <16 x float> %acc115.03042)
  %2791 = or disjoint i64 %2763, %2740
  %2792 = getelementptr inbounds float, ptr %Ak, i64 %2791
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2755, <16 x float> %acc116.03043)
  %2797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2757, <16 x float> %acc117.03044)
  %2798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2759, <16 x float> %acc118.03045)
  %2799 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2761, <16 x float> %acc119.03046)
  %p10.next = add nuw nsw i64 %p10.addr.03047, 1
  %exitcond3417.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3417.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2800 = icmp slt i64 %i39.addr.03048, %L
  br i1 %2800, label %then1415, label %endif1429

then1415:                                         ; preds = %p10.exit
  %2801 = fmul <16 x float> %2769, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2802 = or disjoint i64 %i39.addr.03048, %t0
  %2803 = mul nsw i64 %2802, %sq
  %2804 = getelementptr inbounds float, ptr %qh1, i64 %2803
  store <16 x float> %2801, ptr %2804, align 4
  %2805 = fmul <16 x float> %2770, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2806 = or disjoint i64 %2803, 16
  %2807 = getelementptr inbounds float, ptr %qh1, i64 %2806
  store <16 x float> %2805, ptr %2807, align 4
  %2808 = fmul <16 x float> %2771, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2809 = or disjoint i64 %2803, 32
  %2810 = getelementptr inbounds float, ptr %qh1, i64 %2809
  store <16 x float> %2808, ptr %2810, align 4
  %2811 = fmul <16 x float> %2772, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2812 = or disjoint i64 %2803, 48
  %2813 = getelementptr inbounds float, ptr %qh1, i64 %2812
  store <16 x float> %2811, ptr %2813, align 4
  br label %endif1429

endif1429:                                        ; preds = %p10.exit, %then1415
  %2814 = icmp slt i64 %2714, %L
  br i1 %2814, label %then1431, label %endif1445

then1431:                                         ; preds = %endif1429
  %2815 = fmul <16 x float> %2778, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2816 = or disjoint i64 %2714, %t0
  %2817 = mul nsw i64 %2816, %sq
  %2818 = getelementptr inbounds float, ptr %qh1, i64 %2817
  store <16 x float> %2815, ptr %2818, align 4
  %2819 = fmul <16 x float> %2779, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2820 = or disjoint i64 %2817, 16
  %2821 = getelementptr inbounds float, ptr %qh1, i64 %2820
  store <16 x float> %2819, ptr %2821, align 4
  %2822 = fmul <16 x float> %2780, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2823 = or disjoint i64 %2817, 32
  %2824 = getelementptr inbounds float, ptr %qh1, i64 %2823
  store <16 x float> %2822, ptr %2824, align 4
  %2825 = fmul <16 x float> %2781, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2826 = or disjoint i64 %2817, 48
  %2827 = getelementptr inbounds float, ptr %qh1, i64 %2826
  store <16 x float> %2825, ptr %2827, align 4
  br label %endif1445

endif1445:                                        ; preds = %endif1429, %then1431
  %2828 = icmp slt i64 %2727, %L
  br i1 %2828, label %then1447, label %endif1461

then1447:                                         ; preds = %endif1445
  %2829 = fmul <16 x float> %2787, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2830 = or disjoint i64 %2727, %t0
  %2831 = mul nsw i64 %2830, %sq
  %2832 = getelementptr inbounds float, ptr %qh1, i64 %2831
  store <16 x float> %2829, ptr %2832, align 4
  %2833 = fmul <16 x float> %2788, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2834 = or disjoint i64 %2831, 16
  %2835 = getelementptr inbounds float, ptr %qh1, i64 %2834
  store <16 x float> %2833, ptr %2835, align 4
  %2836 = fmul <16 x float> %2789, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2837 = or disjoint i64 %2831, 32
  %2838 = getelementptr inbounds float, ptr %qh1, i64 %2837
  store <16 x float> %2836, ptr %2838, align 4
  %2839 = fmul <16 x float> %2790, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2840 = or disjoint i64 %2831, 48
  %2841 = getelementptr inbounds float, ptr %qh1, i64 %2840
  store <16 x float> %2839, ptr %2841, align 4
  br label %endif1461

endif1461:                                        ; preds = %endif1445, %then1447
  %2842 = icmp slt i64 %2740, %L
  br i1 %2842, label %then1463, label %endif1477

then1463:                                         ; preds = %endif1461
  %2843 = fmul <16 x float> %2796, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2844 = or disjoint i64 %2740, %t0
  %2845 = mul nsw i64 %2844, %sq
  %2846 = getelementptr inbounds float, ptr %qh1, i64 %2845
  store <16 x float> %2843, ptr %2846, align 4
  %2847 = fmul <16 x float> %2797, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2848 = or disjoint i64 %2845, 16
  %2849 = getelementptr inbounds float, ptr %qh1, i64 %2848
  store <16 x float> %2847, ptr %2849, align 4
  %2850 = fmul <16 x float> %2798, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2851 = or disjoint i64 %2845, 32
  %2852 = getelementptr inbounds float, ptr %qh1, i64 %2851
  store <16 x float> %2850, ptr %2852, align 4
  %2853 = fmul <16 x float> %2799, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2854 = or disjoint i64 %2845, 48
  %2855 = getelementptr inbounds float, ptr %qh1, i64 %2854
  store <16 x float> %2853, ptr %2855, align 4
  br label %endif1477

endif1477:                                        ; preds = %endif1461, %then1463
  %i39.next = add nuw nsw i64 %i39.addr.03048, 4
  %2856 = icmp ult i64 %i39.addr.03048, 28
  br i1 %2856, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1477
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j30.exit
  %2857 = icmp sgt i64 %121, 0
  br i1 %2857, label %t4.body.preheader, label %i48.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2858 = getelementptr i8, ptr %dv, i64 %115
  %2859 = getelementptr i8, ptr %dv, i64 %116
  %xtraiter = and i64 %smax4093, 1
  %2860 = icmp slt i64 %indvars.iv3423, 2
  br i1 %2860, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter = and i64 %smax4093, 62
  br label %t4.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03083 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2861 = shl nuw nsw i64 %ib1.addr.03083, 2
  %i01 = sub nuw nsw i64 60, %2861
  %2862 = shl nuw nsw i64 %i01, 6
  %2863 = getelementptr inbounds float, ptr %OY, i64 %2862
  %2864 = getelementptr inbounds i8, ptr %2863, i64 8192
  %2865 = load <16 x float>, ptr %2864, align 4
  %2866 = getelementptr inbounds i8, ptr %2863, i64 8256
  %2867 = load <16 x float>, ptr %2866, align 4
  %2868 = getelementptr inbounds i8, ptr %2863, i64 8320
  %2869 = load <16 x float>, ptr %2868, align 4
  %2870 = getelementptr inbounds i8, ptr %2863, i64 8384
  %2871 = load <16 x float>, ptr %2870, align 4
  %2872 = sub nuw nsw i64 61, %2861
  %2873 = shl nuw nsw i64 %2872, 6
  %2874 = getelementptr inbounds float, ptr %OY, i64 %2873
  %2875 = getelementptr inbounds i8, ptr %2874, i64 8192
  %2876 = load <16 x float>, ptr %2875, align 4
  %2877 = getelementptr inbounds i8, ptr %2874, i64 8256
  %2878 = load <16 x float>, ptr %2877, align 4
  %2879 = getelementptr inbounds i8, ptr %2874, i64 8320
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = getelementptr inbounds i8, ptr %2874, i64 8384
  %2882 = load <16 x float>, ptr %2881, align 4
  %2883 = sub nuw nsw i64 62, %2861
  %2884 = shl nuw nsw i64 %2883, 6
  %2885 = getelementptr inbounds float, ptr %OY, i64 %2884
  %2886 = getelementptr inbounds i8, ptr %2885, i64 8192
  %2887 = load <16 x float>, ptr %2886, align 4
  %2888 = getelementptr inbounds i8, ptr %2885, i64 8256
  %2889 = load <16 x float>, ptr %2888, align 4
  %2890 = getelementptr inbounds i8, ptr %2885, i64 8320
  %2891 = load <16 x float>, ptr %2890, align 4
  %2892 = getelementptr inbounds i8, ptr %2885, i64 8384
  %2893 = load <16 x float>, ptr %2892, align 4
  %2894 = sub nuw nsw i64 63, %2861
  %2895 = shl nuw nsw i64 %2894, 6
  %2896 = getelementptr inbounds float, ptr %OY, i64 %2895
  %2897 = getelementptr inbounds i8, ptr %2896, i64 8192
  %2898 = load <16 x float>, ptr %2897, align 4
  %2899 = getelementptr inbounds i8, ptr %2896, i64 8256
  %2900 = load <16 x float>, ptr %2899, align 4
  %2901 = getelementptr inbounds i8, ptr %2896, i64 8320
  %2902 = load <16 x float>, ptr %2901, align 4
  %2903 = getelementptr inbounds i8, ptr %2896, i64 8384
  %2904 = load <16 x float>, ptr %2903, align 4
  %.not3193 = icmp eq i64 %ib1.addr.03083, 0
  br i1 %.not3193, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2905 = sub nuw nsw i64 64, %2861
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03066 = phi i64 [ %j30.next, %j30.body ], [ %2905, %j30.body.preheader ]
  %acc135.03065 = phi <16 x float> [ %2955, %j30.body ], [ %2904, %j30.body.preheader ]
  %acc134.03064 = phi <16 x float> [ %2954, %j30.body ], [ %2902, %j30.body.preheader ]
  %acc133.03063 = phi <16 x float> [ %2953, %j30.body ], [ %2900, %j30.body.preheader ]
  %acc132.03062 = phi <16 x float> [ %2952, %j30.body ], [ %2898, %j30.body.preheader ]
  %acc131.03061 = phi <16 x float> [ %2945, %j30.body ], [ %2893, %j30.body.preheader ]
  %acc130.03060 = phi <16 x float> [ %2944, %j30.body ], [ %2891, %j30.body.preheader ]
  %acc129.03059 = phi <16 x float> [ %2943, %j30.body ], [ %2889, %j30.body.preheader ]
  %acc128.03058 = phi <16 x float> [ %2942, %j30.body ], [ %2887, %j30.body.preheader ]
  %acc127.03057 = phi <16 x float> [ %2935, %j30.body ], [ %2882, %j30.body.preheader ]
  %acc126.03056 = phi <16 x float> [ %2934, %j30.body ], [ %2880, %j30.body.preheader ]
  %acc125.03055 = phi <16 x float> [ %2933, %j30.body ], [ %2878, %j30.body.preheader ]
  %acc124.03054 = phi <16 x float> [ %2932, %j30.body ], [ %2876, %j30.body.preheader ]
  %acc123.03053 = phi <16 x float> [ %2925, %j30.body ], [ %2871, %j30.body.preheader ]
  %acc122.03052 = phi <16 x float> [ %2924, %j30.body ], [ %2869, %j30.body.preheader ]
  %acc121.03051 = phi <16 x float> [ %2923, %j30.body ], [ %2867, %j30.body.preheader ]
  %acc120.03050 = phi <16 x float> [ %2922, %j30.body ], [ %2865, %j30.body.preheader ]
  %2906 = shl nuw nsw i64 %j30.addr.03066, 6
  %2907 = getelementptr inbounds float, ptr %OY, i64 %2906
  %2908 = getelementptr inbounds i8, ptr %2907, i64 8192
  %2909 = load <16 x float>, ptr %2908, align 4
  %2910 = getelementptr inbounds i8, ptr %2907, i64 8256
  %2911 = load <16 x float>, ptr %2910, align 4
  %2912 = getelementptr inbounds i8, ptr %2907, i64 8320
  %2913 = load <16 x float>, ptr %2912, align 4
  %2914 = getelementptr inbounds i8, ptr %2907, i64 8384
  %2915 = load <16 x float>, ptr %2914, align 4
  %2916 = or disjoint i64 %2906, %i01
  %2917 = getelementptr inbounds float, ptr %Gm, i64 %2916
  %2918 = load float, ptr %2917, align 4
  %2919 = fneg float %2918
  %2920 = insertelement <16 x float> poison, float %2919, i64 0
  %2921 = shufflevector <16 x float> %2920, <16 x float> poison, <16 x i32> zeroinitializer
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2909, <16 x float> %acc120.03050)
  %2923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2911, <16 x float> %acc121.03051)
  %2924 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2913, <16 x float> %acc122.03052)
  %2925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2915, <16 x float> %acc123.03053)
  %2926 = or disjoint i64 %2906, %2872
  %2927 = getelementptr inbounds float, ptr %Gm, i64 %2926
  %2928 = load float, ptr %2927, align 4
  %2929 = fneg float %2928
  %2930 = insertelement <16 x float> poison, float %2929, i64 0
  %2931 = shufflevector <16 x float> %2930, <16 x float> poison, <16 x i32> zeroinitializer
  %2932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2931, <16 x float> %2909, <16 x float> %acc124.03054)
  %2933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2931, <16 x float> %2911, <16 x float> %acc125.03055)
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2931, <16 x float> %2913, <16 x float> %acc126.03056)
  %2935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2931, <16 x float> %2915, <16 x float> %acc127.03057)
  %2936 = or disjoint i64 %2906, %2883
  %2937 = getelementptr inbounds float, ptr %Gm, i64 %2936
  %2938 = load float, ptr %2937, align 4
  %2939 = fneg float %2938
  %2940 = insertelement <16 x float> poison, float %2939, i64 0
  %2941 = shufflevector <16 x float> %2940, <16 x float> poison, <16 x i32> zeroinitializer
  %2942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2909, <16 x float> %acc128.03058)
  %2943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2911, <16 x float> %acc129.03059)
  %2944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2913, <16 x float> %acc130.03060)
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2915, <16 x float> %acc131.03061)
  %2946 = or disjoint i64 %2906, %2894
  %2947 = getelementptr inbounds float, ptr %Gm, i64 %2946
  %2948 = load float, ptr %2947, align 4
  %2949 = fneg float %2948
  %2950 = insertelement <16 x float> poison, float %2949, i64 0
  %2951 = shufflevector <16 x float> %2950, <16 x float> poison, <16 x i32> zeroinitializer
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2909, <16 x float> %acc132.03062)
  %2953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2911, <16 x float> %acc133.03063)
  %2954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2913, <16 x float> %acc134.03064)
  %2955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2915, <16 x float> %acc135.03065)
  %j30.next = add nuw nsw i64 %j30.addr.03066, 1
  %2956 = icmp ult i64 %j30.addr.03066, 63
  br i1 %2956, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2865, %ib1.body ], [ %2922, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2867, %ib1.body ], [ %2923, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2869, %ib1.body ], [ %2924, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2871, %ib1.body ], [ %2925, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2876, %ib1.body ], [ %2932, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2878, %ib1.body ], [ %2933, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2880, %ib1.body ], [ %2934, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2882, %ib1.body ], [ %2935, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2887, %ib1.body ], [ %2942, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2889, %ib1.body ], [ %2943, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2891, %ib1.body ], [ %2944, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2893, %ib1.body ], [ %2945, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2898, %ib1.body ], [ %2952, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2900, %ib1.body ], [ %2953, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2902, %ib1.body ], [ %2954, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2904, %ib1.body ], [ %2955, %j30.body ]
  %2957 = getelementptr inbounds float, ptr %Rr, i64 %2895
  %2958 = load <16 x float>, ptr %2957, align 4
  %2959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2958, <16 x float> zeroinitializer)
  %2960 = or disjoint i64 %2895, 16
  %2961 = getelementptr inbounds float, ptr %Rr, i64 %2960
  %2962 = load <16 x float>, ptr %2961, align 4
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2962, <16 x float> %2959)
  %2964 = or disjoint i64 %2895, 32
  %2965 = getelementptr inbounds float, ptr %Rr, i64 %2964
  %2966 = load <16 x float>, ptr %2965, align 4
  %2967 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2966, <16 x float> %2963)
  %2968 = or disjoint i64 %2895, 48
  %2969 = getelementptr inbounds float, ptr %Rr, i64 %2968
  %2970 = load <16 x float>, ptr %2969, align 4
  %2971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2970, <16 x float> %2967)
  %2972 = shufflevector <16 x float> %2971, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2973 = shufflevector <16 x float> %2971, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2974 = fadd <8 x float> %2972, %2973
  %2975 = shufflevector <8 x float> %2974, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2976 = shufflevector <8 x float> %2974, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2977 = fadd <4 x float> %2975, %2976
  %2978 = shufflevector <4 x float> %2977, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2979 = shufflevector <4 x float> %2977, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2980 = fadd <2 x float> %2978, %2979
  %2981 = shufflevector <2 x float> %2980, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2982 = shufflevector <2 x float> %2980, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2983 = getelementptr inbounds float, ptr %bet, i64 %2894
  %2984 = load float, ptr %2983, align 4
  %2985 = insertelement <16 x float> poison, float %2984, i64 0
  %2986 = shufflevector <16 x float> %2985, <16 x float> poison, <16 x i32> zeroinitializer
  %2987 = fmul <16 x float> %acc132.0.lcssa, %2986
  store <16 x float> %2987, ptr %2897, align 4
  %2988 = fneg <16 x float> %2987
  %2989 = mul nuw nsw i64 %2894, 224
  %2990 = or disjoint i64 %2989, 64
  %2991 = getelementptr inbounds float, ptr %Ak, i64 %2990
  store <16 x float> %2988, ptr %2991, align 4
  %2992 = fmul <16 x float> %acc133.0.lcssa, %2986
  store <16 x float> %2992, ptr %2899, align 4
  %2993 = fneg <16 x float> %2992
  %2994 = or disjoint i64 %2989, 80
  %2995 = getelementptr inbounds float, ptr %Ak, i64 %2994
  store <16 x float> %2993, ptr %2995, align 4
  %2996 = fmul <16 x float> %acc134.0.lcssa, %2986
  store <16 x float> %2996, ptr %2901, align 4
  %2997 = fneg <16 x float> %2996
  %2998 = getelementptr inbounds float, ptr %Ak, i64 %2989
  %2999 = getelementptr inbounds i8, ptr %2998, i64 384
  store <16 x float> %2997, ptr %2999, align 4
  %3000 = fmul <16 x float> %acc135.0.lcssa, %2986
  store <16 x float> %3000, ptr %2903, align 4
  %3001 = fneg <16 x float> %3000
  %3002 = getelementptr inbounds i8, ptr %2998, i64 448
  store <16 x float> %3001, ptr %3002, align 4
  %3003 = or disjoint i64 %2895, %2883
  %3004 = getelementptr inbounds float, ptr %Gm, i64 %3003
  %3005 = load float, ptr %3004, align 4
  %3006 = fneg float %3005
  %3007 = insertelement <16 x float> poison, float %3006, i64 0
  %3008 = shufflevector <16 x float> %3007, <16 x float> poison, <16 x i32> zeroinitializer
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3008, <16 x float> %2987, <16 x float> %acc128.0.lcssa)
  %3010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3008, <16 x float> %2992, <16 x float> %acc129.0.lcssa)
  %3011 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3008, <16 x float> %2996, <16 x float> %acc130.0.lcssa)
  %3012 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3008, <16 x float> %3000, <16 x float> %acc131.0.lcssa)
  %3013 = getelementptr inbounds float, ptr %Rr, i64 %2884
  %3014 = load <16 x float>, ptr %3013, align 4
  %3015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3009, <16 x float> %3014, <16 x float> zeroinitializer)
  %3016 = or disjoint i64 %2884, 16
  %3017 = getelementptr inbounds float, ptr %Rr, i64 %3016
  %3018 = load <16 x float>, ptr %3017, align 4
  %3019 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3010, <16 x float> %3018, <16 x float> %3015)
  %3020 = or disjoint i64 %2884, 32
  %3021 = getelementptr inbounds float, ptr %Rr, i64 %3020
  %3022 = load <16 x float>, ptr %3021, align 4
  %3023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3011, <16 x float> %3022, <16 x float> %3019)
  %3024 = or disjoint i64 %2884, 48
  %3025 = getelementptr inbounds float, ptr %Rr, i64 %3024
  %3026 = load <16 x float>, ptr %3025, align 4
  %3027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3012, <16 x float> %3026, <16 x float> %3023)
  %3028 = shufflevector <16 x float> %3027, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3029 = shufflevector <16 x float> %3027, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3030 = fadd <8 x float> %3028, %3029
  %3031 = shufflevector <8 x float> %3030, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3032 = shufflevector <8 x float> %3030, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3033 = fadd <4 x float> %3031, %3032
  %3034 = shufflevector <4 x float> %3033, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3035 = shufflevector <4 x float> %3033, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3036 = fadd <2 x float> %3034, %3035
  %3037 = shufflevector <2 x float> %3036, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3038 = shufflevector <2 x float> %3036, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3039 = getelementptr inbounds float, ptr %bet, i64 %2883
  %3040 = load float, ptr %3039, align 4
  %3041 = insertelement <16 x float> poison, float %3040, i64 0
  %3042 = shufflevector <16 x float> %3041, <16 x float> poison, <16 x i32> zeroinitializer
  %3043 = fmul <16 x float> %3009, %3042
  store <16 x float> %3043, ptr %2886, align 4
  %3044 = fneg <16 x float> %3043
  %.idx2844 = mul nuw nsw i64 %2883, 896
  %3045 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2844
  %3046 = getelementptr inbounds i8, ptr %3045, i64 256
  store <16 x float> %3044, ptr %3046, align 4
  %3047 = fmul <16 x float> %3010, %3042
  store <16 x float> %3047, ptr %2888, align 4
  %3048 = fneg <16 x float> %3047
  %3049 = getelementptr inbounds i8, ptr %3045, i64 320
  store <16 x float> %3048, ptr %3049, align 4
  %3050 = fmul <16 x float> %3011, %3042
  store <16 x float> %3050, ptr %2890, align 4
  %3051 = fneg <16 x float> %3050
  %3052 = getelementptr inbounds i8, ptr %3045, i64 384
  store <16 x float> %3051, ptr %3052, align 4
  %3053 = fmul <16 x float> %3012, %3042
  store <16 x float> %3053, ptr %2892, align 4
  %3054 = fneg <16 x float> %3053
  %3055 = getelementptr inbounds i8, ptr %3045, i64 448
  store <16 x float> %3054, ptr %3055, align 4
  %3056 = or disjoint i64 %2884, %2872
  %3057 = getelementptr inbounds float, ptr %Gm, i64 %3056
  %3058 = load float, ptr %3057, align 4
  %3059 = fneg float %3058
  %3060 = insertelement <16 x float> poison, float %3059, i64 0
  %3061 = shufflevector <16 x float> %3060, <16 x float> poison, <16 x i32> zeroinitializer
  %3062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3061, <16 x float> %3043, <16 x float> %acc124.0.lcssa)
  %3063 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3061, <16 x float> %3047, <16 x float> %acc125.0.lcssa)
  %3064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3061, <16 x float> %3050, <16 x float> %acc126.0.lcssa)
  %3065 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3061, <16 x float> %3053, <16 x float> %acc127.0.lcssa)
  %3066 = or disjoint i64 %2895, %2872
  %3067 = getelementptr inbounds float, ptr %Gm, i64 %3066
  %3068 = load float, ptr %3067, align 4
  %3069 = fneg float %3068
  %3070 = insertelement <16 x float> poison, float %3069, i64 0
  %3071 = shufflevector <16 x float> %3070, <16 x float> poison, <16 x i32> zeroinitializer
  %3072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %2987, <16 x float> %3062)
  %3073 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %2992, <16 x float> %3063)
  %3074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %2996, <16 x float> %3064)
  %3075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %3000, <16 x float> %3065)
  %3076 = getelementptr inbounds float, ptr %Rr, i64 %2873
  %3077 = load <16 x float>, ptr %3076, align 4
  %3078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3072, <16 x float> %3077, <16 x float> zeroinitializer)
  %3079 = or disjoint i64 %2873, 16
  %3080 = getelementptr inbounds float, ptr %Rr, i64 %3079
  %3081 = load <16 x float>, ptr %3080, align 4
  %3082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3073, <16 x float> %3081, <16 x float> %3078)
  %3083 = or disjoint i64 %2873, 32
  %3084 = getelementptr inbounds float, ptr %Rr, i64 %3083
  %3085 = load <16 x float>, ptr %3084, align 4
  %3086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3074, <16 x float> %3085, <16 x float> %3082)
  %3087 = or disjoint i64 %2873, 48
  %3088 = getelementptr inbounds float, ptr %Rr, i64 %3087
  %3089 = load <16 x float>, ptr %3088, align 4
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3075, <16 x float> %3089, <16 x float> %3086)
  %3091 = shufflevector <16 x float> %3090, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3092 = shufflevector <16 x float> %3090, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3093 = fadd <8 x float> %3091, %3092
  %3094 = shufflevector <8 x float> %3093, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3095 = shufflevector <8 x float> %3093, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3096 = fadd <4 x float> %3094, %3095
  %3097 = shufflevector <4 x float> %3096, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3098 = shufflevector <4 x float> %3096, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3099 = fadd <2 x float> %3097, %3098
  %3100 = getelementptr inbounds float, ptr %bet, i64 %2872
  %3101 = load float, ptr %3100, align 4
  %3102 = insertelement <16 x float> poison, float %3101, i64 0
  %3103 = shufflevector <16 x float> %3102, <16 x float> poison, <16 x i32> zeroinitializer
  %3104 = fmul <16 x float> %3072, %3103
  store <16 x float> %3104, ptr %2875, align 4
  %3105 = fneg <16 x float> %3104
  %.idx2845 = mul nuw nsw i64 %2872, 896
  %3106 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2845
  %3107 = getelementptr inbounds i8, ptr %3106, i64 256
  store <16 x float> %3105, ptr %3107, align 4
  %3108 = fmul <16 x float> %3073, %3103
  store <16 x float> %3108, ptr %2877, align 4
  %3109 = fneg <16 x float> %3108
  %3110 = getelementptr inbounds i8, ptr %3106, i64 320
  store <16 x float> %3109, ptr %3110, align 4
  %3111 = fmul <16 x float> %3074, %3103
  store <16 x float> %3111, ptr %2879, align 4
  %3112 = fneg <16 x float> %3111
  %3113 = getelementptr inbounds i8, ptr %3106, i64 384
  store <16 x float> %3112, ptr %3113, align 4
  %3114 = fmul <16 x float> %3075, %3103
  store <16 x float> %3114, ptr %2881, align 4
  %3115 = fneg <16 x float> %3114
  %3116 = getelementptr inbounds i8, ptr %3106, i64 448
  store <16 x float> %3115, ptr %3116, align 4
  %3117 = or disjoint i64 %2873, %i01
  %3118 = getelementptr inbounds float, ptr %Gm, i64 %3117
  %3119 = load float, ptr %3118, align 4
  %3120 = fneg float %3119
  %3121 = insertelement <16 x float> poison, float %3120, i64 0
  %3122 = shufflevector <16 x float> %3121, <16 x float> poison, <16 x i32> zeroinitializer
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3104, <16 x float> %acc120.0.lcssa)
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3108, <16 x float> %acc121.0.lcssa)
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3111, <16 x float> %acc122.0.lcssa)
  %3126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3114, <16 x float> %acc123.0.lcssa)
  %3127 = or disjoint i64 %2884, %i01
  %3128 = getelementptr inbounds float, ptr %Gm, i64 %3127
  %3129 = load float, ptr %3128, align 4
  %3130 = fneg float %3129
  %3131 = insertelement <16 x float> poison, float %3130, i64 0
  %3132 = shufflevector <16 x float> %3131, <16 x float> poison, <16 x i32> zeroinitializer
  %3133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3043, <16 x float> %3123)
  %3134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3047, <16 x float> %3124)
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3050, <16 x float> %3125)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3053, <16 x float> %3126)
  %3137 = or disjoint i64 %2895, %i01
  %3138 = getelementptr inbounds float, ptr %Gm, i64 %3137
  %3139 = load float, ptr %3138, align 4
  %3140 = fneg float %3139
  %3141 = insertelement <16 x float> poison, float %3140, i64 0
  %3142 = shufflevector <16 x float> %3141, <16 x float> poison, <16 x i32> zeroinitializer
  %3143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %2987, <16 x float> %3133)
  %3144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %2992, <16 x float> %3134)
  %3145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %2996, <16 x float> %3135)
  %3146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3000, <16 x float> %3136)
  %3147 = getelementptr inbounds float, ptr %Rr, i64 %2862
  %3148 = load <16 x float>, ptr %3147, align 4
  %3149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3143, <16 x float> %3148, <16 x float> zeroinitializer)
  %3150 = or disjoint i64 %2862, 16
  %3151 = getelementptr inbounds float, ptr %Rr, i64 %3150
  %3152 = load <16 x float>, ptr %3151, align 4
  %3153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3144, <16 x float> %3152, <16 x float> %3149)
  %3154 = or disjoint i64 %2862, 32
  %3155 = getelementptr inbounds float, ptr %Rr, i64 %3154
  %3156 = load <16 x float>, ptr %3155, align 4
  %3157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3145, <16 x float> %3156, <16 x float> %3153)
  %3158 = or disjoint i64 %2862, 48
  %3159 = getelementptr inbounds float, ptr %Rr, i64 %3158
  %3160 = load <16 x float>, ptr %3159, align 4
  %3161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3160, <16 x float> %3157)
  %3162 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3163 = shufflevector <16 x float> %3161, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3164 = shufflevector <16 x float> %3161, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3165 = fadd <8 x float> %3163, %3164
  %3166 = shufflevector <8 x float> %3165, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3167 = shufflevector <8 x float> %3165, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3168 = fadd <4 x float> %3166, %3167
  %3169 = shufflevector <4 x float> %3168, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3170 = shufflevector <4 x float> %3168, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3171 = fadd <2 x float> %3169, %3170
  %3172 = load <4 x float>, ptr %3162, align 4
  %3173 = shufflevector <2 x float> %3171, <2 x float> %3099, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3174 = shufflevector <4 x float> %3173, <4 x float> %3038, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3175 = shufflevector <4 x float> %3174, <4 x float> %2982, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3176 = shufflevector <2 x float> %3171, <2 x float> %3099, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3177 = shufflevector <4 x float> %3176, <4 x float> %3037, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3178 = shufflevector <4 x float> %3177, <4 x float> %2981, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3179 = fadd <4 x float> %3175, %3178
  %3180 = fadd <4 x float> %3172, %3179
  store <4 x float> %3180, ptr %3162, align 4
  %3181 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3182 = load float, ptr %3181, align 4
  %3183 = insertelement <16 x float> poison, float %3182, i64 0
  %3184 = shufflevector <16 x float> %3183, <16 x float> poison, <16 x i32> zeroinitializer
  %3185 = fmul <16 x float> %3143, %3184
  store <16 x float> %3185, ptr %2864, align 4
  %3186 = fneg <16 x float> %3185
  %3187 = mul nuw nsw i64 %i01, 224
  %3188 = or disjoint i64 %3187, 64
  %3189 = getelementptr inbounds float, ptr %Ak, i64 %3188
  store <16 x float> %3186, ptr %3189, align 4
  %3190 = fmul <16 x float> %3144, %3184
  store <16 x float> %3190, ptr %2866, align 4
  %3191 = fneg <16 x float> %3190
  %3192 = or disjoint i64 %3187, 80
  %3193 = getelementptr inbounds float, ptr %Ak, i64 %3192
  store <16 x float> %3191, ptr %3193, align 4
  %3194 = fmul <16 x float> %3145, %3184
  store <16 x float> %3194, ptr %2868, align 4
  %3195 = fneg <16 x float> %3194
  %3196 = or disjoint i64 %3187, 96
  %3197 = getelementptr inbounds float, ptr %Ak, i64 %3196
  store <16 x float> %3195, ptr %3197, align 4
  %3198 = fmul <16 x float> %3146, %3184
  store <16 x float> %3198, ptr %2870, align 4
  %3199 = fneg <16 x float> %3198
  %3200 = or disjoint i64 %3187, 112
  %3201 = getelementptr inbounds float, ptr %Ak, i64 %3200
  store <16 x float> %3199, ptr %3201, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03083, 1
  %exitcond3418.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3418.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.03086 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter = phi i64 [ 0, %t4.body.preheader.new ], [ %niter.next.1, %t4.body ]
  %3202 = mul i64 %17, %t4.addr.03086
  %scevgep3421 = getelementptr i8, ptr %2858, i64 %3202
  %3203 = shl nuw nsw i64 %t4.addr.03086, 9
  %gep3703 = getelementptr i8, ptr %invariant.gep3702, i64 %3203
  %scevgep3419 = getelementptr i8, ptr %2859, i64 %3202
  %gep3705 = getelementptr i8, ptr %invariant.gep3704, i64 %3203
  %3204 = add nsw i64 %t4.addr.03086, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3419, ptr noundef nonnull align 4 dereferenceable(256) %gep3705, i64 256, i1 false)
  %i44 = shl nuw nsw i64 %t4.addr.03086, 1
  %tau2 = shl nsw i64 %3204, 1
  %3205 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %3206 = load float, ptr %3205, align 4
  %3207 = mul nsw i64 %tau2, %H
  %3208 = getelementptr inbounds float, ptr %betah1, i64 %3207
  store float %3206, ptr %3208, align 4
  %i46 = or disjoint i64 %i44, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3421, ptr noundef nonnull align 4 dereferenceable(256) %gep3703, i64 256, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %3209 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %3210 = load float, ptr %3209, align 4
  %3211 = mul nsw i64 %tau3, %H
  %3212 = getelementptr inbounds float, ptr %betah1, i64 %3211
  store float %3210, ptr %3212, align 4
  %t4.next = or disjoint i64 %t4.addr.03086, 1
  %3213 = mul i64 %17, %t4.next
  %scevgep3421.1 = getelementptr i8, ptr %2858, i64 %3213
  %3214 = shl nuw nsw i64 %t4.next, 9
  %gep3703.1 = getelementptr i8, ptr %invariant.gep3702, i64 %3214
  %scevgep3419.1 = getelementptr i8, ptr %2859, i64 %3213
  %gep3705.1 = getelementptr i8, ptr %invariant.gep3704, i64 %3214
  %3215 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3419.1, ptr noundef nonnull align 4 dereferenceable(256) %gep3705.1, i64 256, i1 false)
  %i44.1 = shl nuw nsw i64 %t4.next, 1
  %tau2.1 = shl nsw i64 %3215, 1
  %3216 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %3217 = load float, ptr %3216, align 4
  %3218 = mul nsw i64 %tau2.1, %H
  %3219 = getelementptr inbounds float, ptr %betah1, i64 %3218
  store float %3217, ptr %3219, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3421.1, ptr noundef nonnull align 4 dereferenceable(256) %gep3703.1, i64 256, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %3220 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %3221 = load float, ptr %3220, align 4
  %3222 = mul nsw i64 %tau3.1, %H
  %3223 = getelementptr inbounds float, ptr %betah1, i64 %3222
  store float %3221, ptr %3223, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.03086, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.03086.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %3224 = mul i64 %17, %t4.addr.03086.unr
  %scevgep3421.epil = getelementptr i8, ptr %2858, i64 %3224
  %3225 = shl nuw nsw i64 %t4.addr.03086.unr, 9
  %gep3703.epil = getelementptr i8, ptr %invariant.gep3702, i64 %3225
  %scevgep3419.epil = getelementptr i8, ptr %2859, i64 %3224
  %gep3705.epil = getelementptr i8, ptr %invariant.gep3704, i64 %3225
  %3226 = add nsw i64 %t4.addr.03086.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3419.epil, ptr noundef nonnull align 4 dereferenceable(256) %gep3705.epil, i64 256, i1 false)
  %i44.epil = shl nuw nsw i64 %t4.addr.03086.unr, 1
  %tau2.epil = shl nsw i64 %3226, 1
  %3227 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %3228 = load float, ptr %3227, align 4
  %3229 = mul nsw i64 %tau2.epil, %H
  %3230 = getelementptr inbounds float, ptr %betah1, i64 %3229
  store float %3228, ptr %3230, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3421.epil, ptr noundef nonnull align 4 dereferenceable(256) %gep3703.epil, i64 256, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %3231 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %3232 = load float, ptr %3231, align 4
  %3233 = mul nsw i64 %tau3.epil, %H
  %3234 = getelementptr inbounds float, ptr %betah1, i64 %3233
  store float %3232, ptr %3234, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t4.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03104 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %3235 = shl nuw nsw i64 %i48.addr.03104, 7
  %3236 = or disjoint i64 %3235, 64
  %3237 = getelementptr inbounds float, ptr %work, i64 %3236
  %3238 = load <16 x float>, ptr %3237, align 4
  %3239 = or disjoint i64 %3235, 80
  %3240 = getelementptr inbounds float, ptr %work, i64 %3239
  %3241 = load <16 x float>, ptr %3240, align 4
  %3242 = or disjoint i64 %3235, 96
  %3243 = getelementptr inbounds float, ptr %work, i64 %3242
  %3244 = load <16 x float>, ptr %3243, align 4
  %3245 = or disjoint i64 %3235, 112
  %3246 = getelementptr inbounds float, ptr %work, i64 %3245
  %3247 = load <16 x float>, ptr %3246, align 4
  %3248 = or disjoint i64 %i48.addr.03104, 1
  %3249 = shl nuw nsw i64 %3248, 7
  %3250 = or disjoint i64 %3249, 64
  %3251 = getelementptr inbounds float, ptr %work, i64 %3250
  %3252 = load <16 x float>, ptr %3251, align 4
  %3253 = or disjoint i64 %3249, 80
  %3254 = getelementptr inbounds float, ptr %work, i64 %3253
  %3255 = load <16 x float>, ptr %3254, align 4
  %3256 = or disjoint i64 %3249, 96
  %3257 = getelementptr inbounds float, ptr %work, i64 %3256
  %3258 = load <16 x float>, ptr %3257, align 4
  %3259 = or disjoint i64 %3249, 112
  %3260 = getelementptr inbounds float, ptr %work, i64 %3259
  %3261 = load <16 x float>, ptr %3260, align 4
  %3262 = or disjoint i64 %i48.addr.03104, 2
  %3263 = shl nuw nsw i64 %3262, 7
  %3264 = or disjoint i64 %3263, 64
  %3265 = getelementptr inbounds float, ptr %work, i64 %3264
  %3266 = load <16 x float>, ptr %3265, align 4
  %3267 = or disjoint i64 %3263, 80
  %3268 = getelementptr inbounds float, ptr %work, i64 %3267
  %3269 = load <16 x float>, ptr %3268, align 4
  %3270 = or disjoint i64 %3263, 96
  %3271 = getelementptr inbounds float, ptr %work, i64 %3270
  %3272 = load <16 x float>, ptr %3271, align 4
  %3273 = or disjoint i64 %3263, 112
  %3274 = getelementptr inbounds float, ptr %work, i64 %3273
  %3275 = load <16 x float>, ptr %3274, align 4
  %3276 = or disjoint i64 %i48.addr.03104, 3
  %3277 = shl nuw nsw i64 %3276, 7
  %3278 = or disjoint i64 %3277, 64
  %3279 = getelementptr inbounds float, ptr %work, i64 %3278
  %3280 = load <16 x float>, ptr %3279, align 4
  %3281 = or disjoint i64 %3277, 80
  %3282 = getelementptr inbounds float, ptr %work, i64 %3281
  %3283 = load <16 x float>, ptr %3282, align 4
  %3284 = or disjoint i64 %3277, 96
  %3285 = getelementptr inbounds float, ptr %work, i64 %3284
  %3286 = load <16 x float>, ptr %3285, align 4
  %3287 = or disjoint i64 %3277, 112
  %3288 = getelementptr inbounds float, ptr %work, i64 %3287
  %3289 = load <16 x float>, ptr %3288, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03103 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03102 = phi <16 x float> [ %3289, %i48.body ], [ %3337, %p11.body ]
  %acc150.03101 = phi <16 x float> [ %3286, %i48.body ], [ %3336, %p11.body ]
  %acc149.03100 = phi <16 x float> [ %3283, %i48.body ], [ %3335, %p11.body ]
  %acc148.03099 = phi <16 x float> [ %3280, %i48.body ], [ %3334, %p11.body ]
  %acc147.03098 = phi <16 x float> [ %3275, %i48.body ], [ %3328, %p11.body ]
  %acc146.03097 = phi <16 x float> [ %3272, %i48.body ], [ %3327, %p11.body ]
  %acc145.03096 = phi <16 x float> [ %3269, %i48.body ], [ %3326, %p11.body ]
  %acc144.03095 = phi <16 x float> [ %3266, %i48.body ], [ %3325, %p11.body ]
  %acc143.03094 = phi <16 x float> [ %3261, %i48.body ], [ %3319, %p11.body ]
  %acc142.03093 = phi <16 x float> [ %3258, %i48.body ], [ %3318, %p11.body ]
  %acc141.03092 = phi <16 x float> [ %3255, %i48.body ], [ %3317, %p11.body ]
  %acc140.03091 = phi <16 x float> [ %3252, %i48.body ], [ %3316, %p11.body ]
  %acc139.03090 = phi <16 x float> [ %3247, %i48.body ], [ %3310, %p11.body ]
  %acc138.03089 = phi <16 x float> [ %3244, %i48.body ], [ %3309, %p11.body ]
  %acc137.03088 = phi <16 x float> [ %3241, %i48.body ], [ %3308, %p11.body ]
  %acc136.03087 = phi <16 x float> [ %3238, %i48.body ], [ %3307, %p11.body ]
  %3290 = shl nuw nsw i64 %p11.addr.03103, 6
  %3291 = getelementptr inbounds float, ptr %OY, i64 %3290
  %3292 = load <16 x float>, ptr %3291, align 4
  %3293 = or disjoint i64 %3290, 16
  %3294 = getelementptr inbounds float, ptr %OY, i64 %3293
  %3295 = load <16 x float>, ptr %3294, align 4
  %3296 = or disjoint i64 %3290, 32
  %3297 = getelementptr inbounds float, ptr %OY, i64 %3296
  %3298 = load <16 x float>, ptr %3297, align 4
  %3299 = or disjoint i64 %3290, 48
  %3300 = getelementptr inbounds float, ptr %OY, i64 %3299
  %3301 = load <16 x float>, ptr %3300, align 4
  %3302 = or disjoint i64 %3290, %i48.addr.03104
  %3303 = getelementptr inbounds float, ptr %QK, i64 %3302
  %3304 = load float, ptr %3303, align 4
  %3305 = insertelement <16 x float> poison, float %3304, i64 0
  %3306 = shufflevector <16 x float> %3305, <16 x float> poison, <16 x i32> zeroinitializer
  %3307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3306, <16 x float> %3292, <16 x float> %acc136.03087)
  %3308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3306, <16 x float> %3295, <16 x float> %acc137.03088)
  %3309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3306, <16 x float> %3298, <16 x float> %acc138.03089)
  %3310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3306, <16 x float> %3301, <16 x float> %acc139.03090)
  %3311 = or disjoint i64 %3290, %3248
  %3312 = getelementptr inbounds float, ptr %QK, i64 %3311
  %3313 = load float, ptr %3312, align 4
  %3314 = insertelement <16 x float> poison, float %3313, i64 0
  %3315 = shufflevector <16 x float> %3314, <16 x float> poison, <16 x i32> zeroinitializer
  %3316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3315, <16 x float> %3292, <16 x float> %acc140.03091)
  %3317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3315, <16 x float> %3295, <16 x float> %acc141.03092)
  %3318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3315, <16 x float> %3298, <16 x float> %acc142.03093)
  %3319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3315, <16 x float> %3301, <16 x float> %acc143.03094)
  %3320 = or disjoint i64 %3290, %3262
  %3321 = getelementptr inbounds float, ptr %QK, i64 %3320
  %3322 = load float, ptr %3321, align 4
  %3323 = insertelement <16 x float> poison, float %3322, i64 0
  %3324 = shufflevector <16 x float> %3323, <16 x float> poison, <16 x i32> zeroinitializer
  %3325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3292, <16 x float> %acc144.03095)
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3295, <16 x float> %acc145.03096)
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3298, <16 x float> %acc146.03097)
  %3328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3301, <16 x float> %acc147.03098)
  %3329 = or disjoint i64 %3290, %3276
  %3330 = getelementptr inbounds float, ptr %QK, i64 %3329
  %3331 = load float, ptr %3330, align 4
  %3332 = insertelement <16 x float> poison, float %3331, i64 0
  %3333 = shufflevector <16 x float> %3332, <16 x float> poison, <16 x i32> zeroinitializer
  %3334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3292, <16 x float> %acc148.03099)
  %3335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3295, <16 x float> %acc149.03100)
  %3336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3298, <16 x float> %acc150.03101)
  %3337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3301, <16 x float> %acc151.03102)
  %p11.next = add nuw nsw i64 %p11.addr.03103, 1
  %exitcond3426.not = icmp eq i64 %p11.next, 96
  br i1 %exitcond3426.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3307, ptr %3237, align 4
  store <16 x float> %3308, ptr %3240, align 4
  store <16 x float> %3309, ptr %3243, align 4
  store <16 x float> %3310, ptr %3246, align 4
  store <16 x float> %3316, ptr %3251, align 4
  store <16 x float> %3317, ptr %3254, align 4
  store <16 x float> %3318, ptr %3257, align 4
  store <16 x float> %3319, ptr %3260, align 4
  store <16 x float> %3325, ptr %3265, align 4
  store <16 x float> %3326, ptr %3268, align 4
  store <16 x float> %3327, ptr %3271, align 4
  store <16 x float> %3328, ptr %3274, align 4
  store <16 x float> %3334, ptr %3279, align 4
  store <16 x float> %3335, ptr %3282, align 4
  store <16 x float> %3336, ptr %3285, align 4
  store <16 x float> %3337, ptr %3288, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03104, 4
  %3338 = icmp ult i64 %i48.addr.03104, 60
  br i1 %3338, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.3, %p12.exit.2, %p12.exit.1, %p12.exit
  %3339 = icmp ult i64 %i49.addr.03117, 56
  br i1 %3339, label %i49.body, label %t5.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03117 = phi i64 [ %3340, %i49.head.loopexit ], [ 0, %p11.exit ]
  %3340 = add nuw nsw i64 %i49.addr.03117, 8
  %3341 = mul nuw nsw i64 %i49.addr.03117, 224
  %3342 = or disjoint i64 %3341, 160
  %3343 = getelementptr inbounds float, ptr %Ak, i64 %3342
  %.idx2832 = mul nuw nsw i64 %i49.addr.03117, 896
  %3344 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2832
  %3345 = getelementptr inbounds i8, ptr %3344, i64 1536
  %3346 = getelementptr inbounds i8, ptr %3344, i64 2432
  %3347 = getelementptr inbounds i8, ptr %3344, i64 3328
  %3348 = getelementptr inbounds i8, ptr %3344, i64 4224
  %3349 = getelementptr inbounds i8, ptr %3344, i64 5120
  %3350 = getelementptr inbounds i8, ptr %3344, i64 6016
  %3351 = getelementptr inbounds i8, ptr %3344, i64 6912
  %.idx3446 = shl nsw i64 %i49.addr.03117, 8
  %invariant.gep3706 = getelementptr inbounds i8, ptr %OY, i64 %.idx3446
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.03115 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc159.03114 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3392, %p12.body ]
  %acc158.03113 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3387, %p12.body ]
  %acc157.03112 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3382, %p12.body ]
  %acc156.03111 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3377, %p12.body ]
  %acc155.03110 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3372, %p12.body ]
  %acc154.03109 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3367, %p12.body ]
  %acc153.03108 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3362, %p12.body ]
  %acc152.03107 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3357, %p12.body ]
  %.idx2839 = shl nuw nsw i64 %p12.addr.03115, 8
  %gep3106 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2839
  %3352 = load <16 x float>, ptr %gep3106, align 4
  %gep3707 = getelementptr inbounds float, ptr %invariant.gep3706, i64 %p12.addr.03115
  %3353 = getelementptr inbounds i8, ptr %gep3707, i64 8192
  %3354 = load float, ptr %3353, align 4
  %3355 = insertelement <16 x float> poison, float %3354, i64 0
  %3356 = shufflevector <16 x float> %3355, <16 x float> poison, <16 x i32> zeroinitializer
  %3357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3356, <16 x float> %3352, <16 x float> %acc152.03107)
  %3358 = getelementptr inbounds i8, ptr %gep3707, i64 8448
  %3359 = load float, ptr %3358, align 4
  %3360 = insertelement <16 x float> poison, float %3359, i64 0
  %3361 = shufflevector <16 x float> %3360, <16 x float> poison, <16 x i32> zeroinitializer
  %3362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3361, <16 x float> %3352, <16 x float> %acc153.03108)
  %3363 = getelementptr inbounds i8, ptr %gep3707, i64 8704
  %3364 = load float, ptr %3363, align 4
  %3365 = insertelement <16 x float> poison, float %3364, i64 0
  %3366 = shufflevector <16 x float> %3365, <16 x float> poison, <16 x i32> zeroinitializer
  %3367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3366, <16 x float> %3352, <16 x float> %acc154.03109)
  %3368 = getelementptr inbounds i8, ptr %gep3707, i64 8960
  %3369 = load float, ptr %3368, align 4
  %3370 = insertelement <16 x float> poison, float %3369, i64 0
  %3371 = shufflevector <16 x float> %3370, <16 x float> poison, <16 x i32> zeroinitializer
  %3372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3371, <16 x float> %3352, <16 x float> %acc155.03110)
  %3373 = getelementptr inbounds i8, ptr %gep3707, i64 9216
  %3374 = load float, ptr %3373, align 4
  %3375 = insertelement <16 x float> poison, float %3374, i64 0
  %3376 = shufflevector <16 x float> %3375, <16 x float> poison, <16 x i32> zeroinitializer
  %3377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3376, <16 x float> %3352, <16 x float> %acc156.03111)
  %3378 = getelementptr inbounds i8, ptr %gep3707, i64 9472
  %3379 = load float, ptr %3378, align 4
  %3380 = insertelement <16 x float> poison, float %3379, i64 0
  %3381 = shufflevector <16 x float> %3380, <16 x float> poison, <16 x i32> zeroinitializer
  %3382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3381, <16 x float> %3352, <16 x float> %acc157.03112)
  %3383 = getelementptr inbounds i8, ptr %gep3707, i64 9728
  %3384 = load float, ptr %3383, align 4
  %3385 = insertelement <16 x float> poison, float %3384, i64 0
  %3386 = shufflevector <16 x float> %3385, <16 x float> poison, <16 x i32> zeroinitializer
  %3387 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3386, <16 x float> %3352, <16 x float> %acc158.03113)
  %3388 = getelementptr inbounds i8, ptr %gep3707, i64 9984
  %3389 = load float, ptr %3388, align 4
  %3390 = insertelement <16 x float> poison, float %3389, i64 0
  %3391 = shufflevector <16 x float> %3390, <16 x float> poison, <16 x i32> zeroinitializer
  %3392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3391, <16 x float> %3352, <16 x float> %acc159.03114)
  %p12.next = add nuw nsw i64 %p12.addr.03115, 1
  %exitcond3427.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3427.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3357, ptr %3343, align 4
  store <16 x float> %3362, ptr %3345, align 4
  store <16 x float> %3367, ptr %3346, align 4
  store <16 x float> %3372, ptr %3347, align 4
  store <16 x float> %3377, ptr %3348, align 4
  store <16 x float> %3382, ptr %3349, align 4
  store <16 x float> %3387, ptr %3350, align 4
  store <16 x float> %3392, ptr %3351, align 4
  %3393 = icmp ugt i64 %i49.addr.03117, 8
  br i1 %3393, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.03115.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc159.03114.1 = phi <16 x float> [ %3434, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc158.03113.1 = phi <16 x float> [ %3429, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc157.03112.1 = phi <16 x float> [ %3424, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc156.03111.1 = phi <16 x float> [ %3419, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc155.03110.1 = phi <16 x float> [ %3414, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc154.03109.1 = phi <16 x float> [ %3409, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc153.03108.1 = phi <16 x float> [ %3404, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc152.03107.1 = phi <16 x float> [ %3399, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2839.1 = shl nuw nsw i64 %p12.addr.03115.1, 8
  %gep3106.1 = getelementptr inbounds i8, ptr %invariant.gep3105.1, i64 %.idx2839.1
  %3394 = load <16 x float>, ptr %gep3106.1, align 4
  %gep3707.1 = getelementptr inbounds float, ptr %invariant.gep3706, i64 %p12.addr.03115.1
  %3395 = getelementptr inbounds i8, ptr %gep3707.1, i64 8192
  %3396 = load float, ptr %3395, align 4
  %3397 = insertelement <16 x float> poison, float %3396, i64 0
  %3398 = shufflevector <16 x float> %3397, <16 x float> poison, <16 x i32> zeroinitializer
  %3399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3398, <16 x float> %3394, <16 x float> %acc152.03107.1)
  %3400 = getelementptr inbounds i8, ptr %gep3707.1, i64 8448
  %3401 = load float, ptr %3400, align 4
  %3402 = insertelement <16 x float> poison, float %3401, i64 0
  %3403 = shufflevector <16 x float> %3402, <16 x float> poison, <16 x i32> zeroinitializer
  %3404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3403, <16 x float> %3394, <16 x float> %acc153.03108.1)
  %3405 = getelementptr inbounds i8, ptr %gep3707.1, i64 8704
  %3406 = load float, ptr %3405, align 4
  %3407 = insertelement <16 x float> poison, float %3406, i64 0
  %3408 = shufflevector <16 x float> %3407, <16 x float> poison, <16 x i32> zeroinitializer
  %3409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3408, <16 x float> %3394, <16 x float> %acc154.03109.1)
  %3410 = getelementptr inbounds i8, ptr %gep3707.1, i64 8960
  %3411 = load float, ptr %3410, align 4
  %3412 = insertelement <16 x float> poison, float %3411, i64 0
  %3413 = shufflevector <16 x float> %3412, <16 x float> poison, <16 x i32> zeroinitializer
  %3414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3413, <16 x float> %3394, <16 x float> %acc155.03110.1)
  %3415 = getelementptr inbounds i8, ptr %gep3707.1, i64 9216
  %3416 = load float, ptr %3415, align 4
  %3417 = insertelement <16 x float> poison, float %3416, i64 0
  %3418 = shufflevector <16 x float> %3417, <16 x float> poison, <16 x i32> zeroinitializer
  %3419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3418, <16 x float> %3394, <16 x float> %acc156.03111.1)
  %3420 = getelementptr inbounds i8, ptr %gep3707.1, i64 9472
  %3421 = load float, ptr %3420, align 4
  %3422 = insertelement <16 x float> poison, float %3421, i64 0
  %3423 = shufflevector <16 x float> %3422, <16 x float> poison, <16 x i32> zeroinitializer
  %3424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3423, <16 x float> %3394, <16 x float> %acc157.03112.1)
  %3425 = getelementptr inbounds i8, ptr %gep3707.1, i64 9728
  %3426 = load float, ptr %3425, align 4
  %3427 = insertelement <16 x float> poison, float %3426, i64 0
  %3428 = shufflevector <16 x float> %3427, <16 x float> poison, <16 x i32> zeroinitializer
  %3429 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3428, <16 x float> %3394, <16 x float> %acc158.03113.1)
  %3430 = getelementptr inbounds i8, ptr %gep3707.1, i64 9984
  %3431 = load float, ptr %3430, align 4
  %3432 = insertelement <16 x float> poison, float %3431, i64 0
  %3433 = shufflevector <16 x float> %3432, <16 x float> poison, <16 x i32> zeroinitializer
  %3434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3433, <16 x float> %3394, <16 x float> %acc159.03114.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.03115.1, 1
  %exitcond3427.not.1 = icmp eq i64 %p12.next.1, 64
  br i1 %exitcond3427.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %3435 = getelementptr inbounds i8, ptr %3343, i64 64
  store <16 x float> %3399, ptr %3435, align 4
  %3436 = getelementptr inbounds i8, ptr %3344, i64 1600
  store <16 x float> %3404, ptr %3436, align 4
  %3437 = getelementptr inbounds i8, ptr %3344, i64 2496
  store <16 x float> %3409, ptr %3437, align 4
  %3438 = getelementptr inbounds i8, ptr %3344, i64 3392
  store <16 x float> %3414, ptr %3438, align 4
  %3439 = getelementptr inbounds i8, ptr %3344, i64 4288
  store <16 x float> %3419, ptr %3439, align 4
  %3440 = getelementptr inbounds i8, ptr %3344, i64 5184
  store <16 x float> %3424, ptr %3440, align 4
  %3441 = getelementptr inbounds i8, ptr %3344, i64 6080
  store <16 x float> %3429, ptr %3441, align 4
  %3442 = getelementptr inbounds i8, ptr %3344, i64 6976
  store <16 x float> %3434, ptr %3442, align 4
  %3443 = icmp ugt i64 %i49.addr.03117, 24
  br i1 %3443, label %p12.body.2, label %i49.head.loopexit

p12.body.2:                                       ; preds = %p12.exit.1, %p12.body.2
  %p12.addr.03115.2 = phi i64 [ %p12.next.2, %p12.body.2 ], [ 0, %p12.exit.1 ]
  %acc159.03114.2 = phi <16 x float> [ %3484, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc158.03113.2 = phi <16 x float> [ %3479, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc157.03112.2 = phi <16 x float> [ %3474, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc156.03111.2 = phi <16 x float> [ %3469, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc155.03110.2 = phi <16 x float> [ %3464, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc154.03109.2 = phi <16 x float> [ %3459, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc153.03108.2 = phi <16 x float> [ %3454, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc152.03107.2 = phi <16 x float> [ %3449, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %.idx2839.2 = shl nuw nsw i64 %p12.addr.03115.2, 8
  %gep3106.2 = getelementptr inbounds i8, ptr %invariant.gep3105.2, i64 %.idx2839.2
  %3444 = load <16 x float>, ptr %gep3106.2, align 4
  %gep3707.2 = getelementptr inbounds float, ptr %invariant.gep3706, i64 %p12.addr.03115.2
  %3445 = getelementptr inbounds i8, ptr %gep3707.2, i64 8192
  %3446 = load float, ptr %3445, align 4
  %3447 = insertelement <16 x float> poison, float %3446, i64 0
  %3448 = shufflevector <16 x float> %3447, <16 x float> poison, <16 x i32> zeroinitializer
  %3449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3448, <16 x float> %3444, <16 x float> %acc152.03107.2)
  %3450 = getelementptr inbounds i8, ptr %gep3707.2, i64 8448
  %3451 = load float, ptr %3450, align 4
  %3452 = insertelement <16 x float> poison, float %3451, i64 0
  %3453 = shufflevector <16 x float> %3452, <16 x float> poison, <16 x i32> zeroinitializer
  %3454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3453, <16 x float> %3444, <16 x float> %acc153.03108.2)
  %3455 = getelementptr inbounds i8, ptr %gep3707.2, i64 8704
  %3456 = load float, ptr %3455, align 4
  %3457 = insertelement <16 x float> poison, float %3456, i64 0
  %3458 = shufflevector <16 x float> %3457, <16 x float> poison, <16 x i32> zeroinitializer
  %3459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3458, <16 x float> %3444, <16 x float> %acc154.03109.2)
  %3460 = getelementptr inbounds i8, ptr %gep3707.2, i64 8960
  %3461 = load float, ptr %3460, align 4
  %3462 = insertelement <16 x float> poison, float %3461, i64 0
  %3463 = shufflevector <16 x float> %3462, <16 x float> poison, <16 x i32> zeroinitializer
  %3464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3463, <16 x float> %3444, <16 x float> %acc155.03110.2)
  %3465 = getelementptr inbounds i8, ptr %gep3707.2, i64 9216
  %3466 = load float, ptr %3465, align 4
  %3467 = insertelement <16 x float> poison, float %3466, i64 0
  %3468 = shufflevector <16 x float> %3467, <16 x float> poison, <16 x i32> zeroinitializer
  %3469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3468, <16 x float> %3444, <16 x float> %acc156.03111.2)
  %3470 = getelementptr inbounds i8, ptr %gep3707.2, i64 9472
  %3471 = load float, ptr %3470, align 4
  %3472 = insertelement <16 x float> poison, float %3471, i64 0
  %3473 = shufflevector <16 x float> %3472, <16 x float> poison, <16 x i32> zeroinitializer
  %3474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3473, <16 x float> %3444, <16 x float> %acc157.03112.2)
  %3475 = getelementptr inbounds i8, ptr %gep3707.2, i64 9728
  %3476 = load float, ptr %3475, align 4
  %3477 = insertelement <16 x float> poison, float %3476, i64 0
  %3478 = shufflevector <16 x float> %3477, <16 x float> poison, <16 x i32> zeroinitializer
  %3479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3478, <16 x float> %3444, <16 x float> %acc158.03113.2)
  %3480 = getelementptr inbounds i8, ptr %gep3707.2, i64 9984
  %3481 = load float, ptr %3480, align 4
  %3482 = insertelement <16 x float> poison, float %3481, i64 0
  %3483 = shufflevector <16 x float> %3482, <16 x float> poison, <16 x i32> zeroinitializer
  %3484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3483, <16 x float> %3444, <16 x float> %acc159.03114.2)
  %p12.next.2 = add nuw nsw i64 %p12.addr.03115.2, 1
  %exitcond3427.not.2 = icmp eq i64 %p12.next.2, 64
  br i1 %exitcond3427.not.2, label %p12.exit.2, label %p12.body.2

p12.exit.2:                                       ; preds = %p12.body.2
  %3485 = getelementptr inbounds i8, ptr %3343, i64 128
  store <16 x float> %3449, ptr %3485, align 4
  %3486 = getelementptr inbounds i8, ptr %3344, i64 1664
  store <16 x float> %3454, ptr %3486, align 4
  %3487 = getelementptr inbounds i8, ptr %3344, i64 2560
  store <16 x float> %3459, ptr %3487, align 4
  %3488 = getelementptr inbounds i8, ptr %3344, i64 3456
  store <16 x float> %3464, ptr %3488, align 4
  %3489 = getelementptr inbounds i8, ptr %3344, i64 4352
  store <16 x float> %3469, ptr %3489, align 4
  %3490 = getelementptr inbounds i8, ptr %3344, i64 5248
  store <16 x float> %3474, ptr %3490, align 4
  %3491 = getelementptr inbounds i8, ptr %3344, i64 6144
  store <16 x float> %3479, ptr %3491, align 4
  %3492 = getelementptr inbounds i8, ptr %3344, i64 7040
  store <16 x float> %3484, ptr %3492, align 4
  %3493 = icmp ugt i64 %i49.addr.03117, 40
  br i1 %3493, label %p12.body.3, label %i49.head.loopexit

p12.body.3:                                       ; preds = %p12.exit.2, %p12.body.3
  %p12.addr.03115.3 = phi i64 [ %p12.next.3, %p12.body.3 ], [ 0, %p12.exit.2 ]
  %acc159.03114.3 = phi <16 x float> [ %3534, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc158.03113.3 = phi <16 x float> [ %3529, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc157.03112.3 = phi <16 x float> [ %3524, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc156.03111.3 = phi <16 x float> [ %3519, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc155.03110.3 = phi <16 x float> [ %3514, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc154.03109.3 = phi <16 x float> [ %3509, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc153.03108.3 = phi <16 x float> [ %3504, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc152.03107.3 = phi <16 x float> [ %3499, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %.idx2839.3 = shl nuw nsw i64 %p12.addr.03115.3, 8
  %gep3106.3 = getelementptr inbounds i8, ptr %invariant.gep3105.3, i64 %.idx2839.3
  %3494 = load <16 x float>, ptr %gep3106.3, align 4
  %gep3707.3 = getelementptr inbounds float, ptr %invariant.gep3706, i64 %p12.addr.03115.3
  %3495 = getelementptr inbounds i8, ptr %gep3707.3, i64 8192
  %3496 = load float, ptr %3495, align 4
  %3497 = insertelement <16 x float> poison, float %3496, i64 0
  %3498 = shufflevector <16 x float> %3497, <16 x float> poison, <16 x i32> zeroinitializer
  %3499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3498, <16 x float> %3494, <16 x float> %acc152.03107.3)
  %3500 = getelementptr inbounds i8, ptr %gep3707.3, i64 8448
  %3501 = load float, ptr %3500, align 4
  %3502 = insertelement <16 x float> poison, float %3501, i64 0
  %3503 = shufflevector <16 x float> %3502, <16 x float> poison, <16 x i32> zeroinitializer
  %3504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3503, <16 x float> %3494, <16 x float> %acc153.03108.3)
  %3505 = getelementptr inbounds i8, ptr %gep3707.3, i64 8704
  %3506 = load float, ptr %3505, align 4
  %3507 = insertelement <16 x float> poison, float %3506, i64 0
  %3508 = shufflevector <16 x float> %3507, <16 x float> poison, <16 x i32> zeroinitializer
  %3509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3508, <16 x float> %3494, <16 x float> %acc154.03109.3)
  %3510 = getelementptr inbounds i8, ptr %gep3707.3, i64 8960
  %3511 = load float, ptr %3510, align 4
  %3512 = insertelement <16 x float> poison, float %3511, i64 0
  %3513 = shufflevector <16 x float> %3512, <16 x float> poison, <16 x i32> zeroinitializer
  %3514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3513, <16 x float> %3494, <16 x float> %acc155.03110.3)
  %3515 = getelementptr inbounds i8, ptr %gep3707.3, i64 9216
  %3516 = load float, ptr %3515, align 4
  %3517 = insertelement <16 x float> poison, float %3516, i64 0
  %3518 = shufflevector <16 x float> %3517, <16 x float> poison, <16 x i32> zeroinitializer
  %3519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3518, <16 x float> %3494, <16 x float> %acc156.03111.3)
  %3520 = getelementptr inbounds i8, ptr %gep3707.3, i64 9472
  %3521 = load float, ptr %3520, align 4
  %3522 = insertelement <16 x float> poison, float %3521, i64 0
  %3523 = shufflevector <16 x float> %3522, <16 x float> poison, <16 x i32> zeroinitializer
  %3524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3523, <16 x float> %3494, <16 x float> %acc157.03112.3)
  %3525 = getelementptr inbounds i8, ptr %gep3707.3, i64 9728
  %3526 = load float, ptr %3525, align 4
  %3527 = insertelement <16 x float> poison, float %3526, i64 0
  %3528 = shufflevector <16 x float> %3527, <16 x float> poison, <16 x i32> zeroinitializer
  %3529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3528, <16 x float> %3494, <16 x float> %acc158.03113.3)
  %3530 = getelementptr inbounds i8, ptr %gep3707.3, i64 9984
  %3531 = load float, ptr %3530, align 4
  %3532 = insertelement <16 x float> poison, float %3531, i64 0
  %3533 = shufflevector <16 x float> %3532, <16 x float> poison, <16 x i32> zeroinitializer
  %3534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3533, <16 x float> %3494, <16 x float> %acc159.03114.3)
  %p12.next.3 = add nuw nsw i64 %p12.addr.03115.3, 1
  %exitcond3427.not.3 = icmp eq i64 %p12.next.3, 64
  br i1 %exitcond3427.not.3, label %p12.exit.3, label %p12.body.3

p12.exit.3:                                       ; preds = %p12.body.3
  %3535 = getelementptr inbounds i8, ptr %3343, i64 192
  store <16 x float> %3499, ptr %3535, align 4
  %3536 = getelementptr inbounds i8, ptr %3344, i64 1728
  store <16 x float> %3504, ptr %3536, align 4
  %3537 = getelementptr inbounds i8, ptr %3344, i64 2624
  store <16 x float> %3509, ptr %3537, align 4
  %3538 = getelementptr inbounds i8, ptr %3344, i64 3520
  store <16 x float> %3514, ptr %3538, align 4
  %3539 = getelementptr inbounds i8, ptr %3344, i64 4416
  store <16 x float> %3519, ptr %3539, align 4
  %3540 = getelementptr inbounds i8, ptr %3344, i64 5312
  store <16 x float> %3524, ptr %3540, align 4
  %3541 = getelementptr inbounds i8, ptr %3344, i64 6208
  store <16 x float> %3529, ptr %3541, align 4
  %3542 = getelementptr inbounds i8, ptr %3344, i64 7104
  store <16 x float> %3534, ptr %3542, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3543 = shl nsw i64 %L, 1
  %3544 = shl nsw i64 %ci, 6
  br label %p13.head.preheader

t5.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3432 = phi i64 [ %indvars.iv.next3433, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t5.addr.03134 = phi i64 [ %t5.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %3545 = shl nuw nsw i64 %t5.addr.03134, 1
  %umax4094 = tail call i64 @llvm.umax.i64(i64 %3545, i64 1)
  %i50 = shl nuw nsw i64 %t5.addr.03134, 1
  %invariant.gep3122 = getelementptr float, ptr %invariant.gep3118, i64 %i50
  %.not3196 = icmp eq i64 %t5.addr.03134, 0
  br i1 %.not3196, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t5.body
  %.idx2830 = mul nuw nsw i64 %t5.addr.03134, 1792
  %gep3119 = getelementptr inbounds i8, ptr %invariant.gep3118, i64 %.idx2830
  %xtraiter4095 = and i64 %umax4094, 7
  %3546 = icmp ult i64 %t5.addr.03134, 4
  br i1 %3546, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4097 = and i64 %umax4094, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03124 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4098 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4098.next.7, %j35.body ]
  %3547 = getelementptr inbounds float, ptr %gep3119, i64 %j35.addr.03124
  %3548 = load float, ptr %3547, align 4
  %3549 = fneg float %3548
  store float %3549, ptr %3547, align 4
  %.idx2831 = mul nuw nsw i64 %j35.addr.03124, 896
  %gep3123 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831
  store float %3549, ptr %gep3123, align 4
  %j35.next = or disjoint i64 %j35.addr.03124, 1
  %3550 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next
  %3551 = load float, ptr %3550, align 4
  %3552 = fneg float %3551
  store float %3552, ptr %3550, align 4
  %.idx2831.1 = mul nuw nsw i64 %j35.next, 896
  %gep3123.1 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.1
  store float %3552, ptr %gep3123.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03124, 2
  %3553 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.1
  %3554 = load float, ptr %3553, align 4
  %3555 = fneg float %3554
  store float %3555, ptr %3553, align 4
  %.idx2831.2 = mul nuw nsw i64 %j35.next.1, 896
  %gep3123.2 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.2
  store float %3555, ptr %gep3123.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03124, 3
  %3556 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.2
  %3557 = load float, ptr %3556, align 4
  %3558 = fneg float %3557
  store float %3558, ptr %3556, align 4
  %.idx2831.3 = mul nuw nsw i64 %j35.next.2, 896
  %gep3123.3 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.3
  store float %3558, ptr %gep3123.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03124, 4
  %3559 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.3
  %3560 = load float, ptr %3559, align 4
  %3561 = fneg float %3560
  store float %3561, ptr %3559, align 4
  %.idx2831.4 = mul nuw nsw i64 %j35.next.3, 896
  %gep3123.4 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.4
  store float %3561, ptr %gep3123.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03124, 5
  %3562 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.4
  %3563 = load float, ptr %3562, align 4
  %3564 = fneg float %3563
  store float %3564, ptr %3562, align 4
  %.idx2831.5 = mul nuw nsw i64 %j35.next.4, 896
  %gep3123.5 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.5
  store float %3564, ptr %gep3123.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03124, 6
  %3565 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.5
  %3566 = load float, ptr %3565, align 4
  %3567 = fneg float %3566
  store float %3567, ptr %3565, align 4
  %.idx2831.6 = mul nuw nsw i64 %j35.next.5, 896
  %gep3123.6 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.6
  store float %3567, ptr %gep3123.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03124, 7
  %3568 = getelementptr inbounds float, ptr %gep3119, i64 %j35.next.6
  %3569 = load float, ptr %3568, align 4
  %3570 = fneg float %3569
  store float %3570, ptr %3568, align 4
  %.idx2831.7 = mul nuw nsw i64 %j35.next.6, 896
  %gep3123.7 = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.7
  store float %3570, ptr %gep3123.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03124, 8
  %niter4098.next.7 = add i64 %niter4098, 8
  %niter4098.ncmp.7 = icmp eq i64 %niter4098.next.7, %unroll_iter4097
  br i1 %niter4098.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03124.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4096.not = icmp eq i64 %xtraiter4095, 0
  br i1 %lcmp.mod4096.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03124.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03124.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3571 = getelementptr inbounds float, ptr %gep3119, i64 %j35.addr.03124.epil
  %3572 = load float, ptr %3571, align 4
  %3573 = fneg float %3572
  store float %3573, ptr %3571, align 4
  %.idx2831.epil = mul nuw nsw i64 %j35.addr.03124.epil, 896
  %gep3123.epil = getelementptr i8, ptr %invariant.gep3122, i64 %.idx2831.epil
  store float %3573, ptr %gep3123.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03124.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4095
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !3

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t5.body
  %.idx2827.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2830, %j35.body.epil ], [ %.idx2830, %j35.exit.loopexit.unr-lcssa ]
  %gep3131 = getelementptr inbounds i8, ptr %invariant.gep3118, i64 %.idx2827.pre-phi
  %3574 = getelementptr inbounds float, ptr %gep3131, i64 %i50
  store float 0.000000e+00, ptr %3574, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2828 = mul nuw nsw i64 %i51, 896
  %gep3133 = getelementptr inbounds i8, ptr %invariant.gep3118, i64 %.idx2828
  %invariant.gep3127 = getelementptr float, ptr %invariant.gep3118, i64 %i51
  %xtraiter4099 = and i64 %indvars.iv3432, 7
  %3575 = icmp ult i64 %t5.addr.03134, 4
  br i1 %3575, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4102 = and i64 %indvars.iv3432, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03129 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4103 = phi i64 [ 0, %j35.exit.new ], [ %niter4103.next.7, %j36.body ]
  %3576 = getelementptr inbounds float, ptr %gep3133, i64 %j36.addr.03129
  %3577 = load float, ptr %3576, align 4
  %3578 = fneg float %3577
  store float %3578, ptr %3576, align 4
  %.idx2829 = mul nuw nsw i64 %j36.addr.03129, 896
  %gep3128 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829
  store float %3578, ptr %gep3128, align 4
  %j36.next = or disjoint i64 %j36.addr.03129, 1
  %3579 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next
  %3580 = load float, ptr %3579, align 4
  %3581 = fneg float %3580
  store float %3581, ptr %3579, align 4
  %.idx2829.1 = mul nuw nsw i64 %j36.next, 896
  %gep3128.1 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.1
  store float %3581, ptr %gep3128.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03129, 2
  %3582 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.1
  %3583 = load float, ptr %3582, align 4
  %3584 = fneg float %3583
  store float %3584, ptr %3582, align 4
  %.idx2829.2 = mul nuw nsw i64 %j36.next.1, 896
  %gep3128.2 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.2
  store float %3584, ptr %gep3128.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03129, 3
  %3585 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.2
  %3586 = load float, ptr %3585, align 4
  %3587 = fneg float %3586
  store float %3587, ptr %3585, align 4
  %.idx2829.3 = mul nuw nsw i64 %j36.next.2, 896
  %gep3128.3 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.3
  store float %3587, ptr %gep3128.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03129, 4
  %3588 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.3
  %3589 = load float, ptr %3588, align 4
  %3590 = fneg float %3589
  store float %3590, ptr %3588, align 4
  %.idx2829.4 = mul nuw nsw i64 %j36.next.3, 896
  %gep3128.4 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.4
  store float %3590, ptr %gep3128.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03129, 5
  %3591 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.4
  %3592 = load float, ptr %3591, align 4
  %3593 = fneg float %3592
  store float %3593, ptr %3591, align 4
  %.idx2829.5 = mul nuw nsw i64 %j36.next.4, 896
  %gep3128.5 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.5
  store float %3593, ptr %gep3128.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03129, 6
  %3594 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.5
  %3595 = load float, ptr %3594, align 4
  %3596 = fneg float %3595
  store float %3596, ptr %3594, align 4
  %.idx2829.6 = mul nuw nsw i64 %j36.next.5, 896
  %gep3128.6 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.6
  store float %3596, ptr %gep3128.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03129, 7
  %3597 = getelementptr inbounds float, ptr %gep3133, i64 %j36.next.6
  %3598 = load float, ptr %3597, align 4
  %3599 = fneg float %3598
  store float %3599, ptr %3597, align 4
  %.idx2829.7 = mul nuw nsw i64 %j36.next.6, 896
  %gep3128.7 = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.7
  store float %3599, ptr %gep3128.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03129, 8
  %niter4103.next.7 = add i64 %niter4103, 8
  %niter4103.ncmp.7 = icmp eq i64 %niter4103.next.7, %unroll_iter4102
  br i1 %niter4103.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03129.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4101.not = icmp eq i64 %xtraiter4099, 0
  br i1 %lcmp.mod4101.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03129.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03129.unr, %j36.exit.unr-lcssa ]
  %epil.iter4100 = phi i64 [ %epil.iter4100.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3600 = getelementptr inbounds float, ptr %gep3133, i64 %j36.addr.03129.epil
  %3601 = load float, ptr %3600, align 4
  %3602 = fneg float %3601
  store float %3602, ptr %3600, align 4
  %.idx2829.epil = mul nuw nsw i64 %j36.addr.03129.epil, 896
  %gep3128.epil = getelementptr i8, ptr %invariant.gep3127, i64 %.idx2829.epil
  store float %3602, ptr %gep3128.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03129.epil, 1
  %epil.iter4100.next = add i64 %epil.iter4100, 1
  %epil.iter4100.cmp.not = icmp eq i64 %epil.iter4100.next, %xtraiter4099
  br i1 %epil.iter4100.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !5

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3709 = getelementptr inbounds i8, ptr %invariant.gep3708, i64 %.idx2828
  %3603 = getelementptr inbounds float, ptr %gep3709, i64 %i51
  store float 0.000000e+00, ptr %3603, align 4
  %t5.next = add nuw nsw i64 %t5.addr.03134, 1
  %indvars.iv.next3433 = add nuw nsw i64 %indvars.iv3432, 2
  %exitcond3435.not = icmp eq i64 %t5.next, 32
  br i1 %exitcond3435.not, label %i52.head.preheader, label %t5.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1925
  %i52.addr.03152 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1925 ]
  %.idx = mul nuw nsw i64 %i52.addr.03152, 896
  %3604 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3605 = getelementptr inbounds i8, ptr %3604, i64 896
  %3606 = getelementptr inbounds i8, ptr %3604, i64 1792
  %3607 = getelementptr inbounds i8, ptr %3604, i64 2688
  br label %p13.body

i52.exit:                                         ; preds = %endif1925
  %cc.next = add nuw nsw i64 %cc.addr.03153, 1
  %indvars.iv.next3424 = add i64 %indvars.iv3423, 32
  %exitcond3438.not = icmp eq i64 %cc.next, %smax3437
  br i1 %exitcond3438.not, label %i53.head.preheader, label %cc.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03151 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03150 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3651, %p13.body ]
  %acc174.03149 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3650, %p13.body ]
  %acc173.03148 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3649, %p13.body ]
  %acc172.03147 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3648, %p13.body ]
  %acc171.03146 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3643, %p13.body ]
  %acc170.03145 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3642, %p13.body ]
  %acc169.03144 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3641, %p13.body ]
  %acc168.03143 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3640, %p13.body ]
  %acc167.03142 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3635, %p13.body ]
  %acc166.03141 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3634, %p13.body ]
  %acc165.03140 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3633, %p13.body ]
  %acc164.03139 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3632, %p13.body ]
  %acc163.03138 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3627, %p13.body ]
  %acc162.03137 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3626, %p13.body ]
  %acc161.03136 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3625, %p13.body ]
  %acc160.03135 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3624, %p13.body ]
  %3608 = shl nuw nsw i64 %p13.addr.03151, 6
  %3609 = getelementptr inbounds float, ptr %Bk, i64 %3608
  %3610 = load <16 x float>, ptr %3609, align 4
  %3611 = or disjoint i64 %3608, 16
  %3612 = getelementptr inbounds float, ptr %Bk, i64 %3611
  %3613 = load <16 x float>, ptr %3612, align 4
  %3614 = or disjoint i64 %3608, 32
  %3615 = getelementptr inbounds float, ptr %Bk, i64 %3614
  %3616 = load <16 x float>, ptr %3615, align 4
  %3617 = or disjoint i64 %3608, 48
  %3618 = getelementptr inbounds float, ptr %Bk, i64 %3617
  %3619 = load <16 x float>, ptr %3618, align 4
  %3620 = getelementptr inbounds float, ptr %3604, i64 %p13.addr.03151
  %3621 = load float, ptr %3620, align 4
  %3622 = insertelement <16 x float> poison, float %3621, i64 0
  %3623 = shufflevector <16 x float> %3622, <16 x float> poison, <16 x i32> zeroinitializer
  %3624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3623, <16 x float> %3610, <16 x float> %acc160.03135)
  %3625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3623, <16 x float> %3613, <16 x float> %acc161.03136)
  %3626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3623, <16 x float> %3616, <16 x float> %acc162.03137)
  %3627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3623, <16 x float> %3619, <16 x float> %acc163.03138)
  %3628 = getelementptr inbounds float, ptr %3605, i64 %p13.addr.03151
  %3629 = load float, ptr %3628, align 4
  %3630 = insertelement <16 x float> poison, float %3629, i64 0
  %3631 = shufflevector <16 x float> %3630, <16 x float> poison, <16 x i32> zeroinitializer
  %3632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3610, <16 x float> %acc164.03139)
  %3633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3613, <16 x float> %acc165.03140)
  %3634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3616, <16 x float> %acc166.03141)
  %3635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3619, <16 x float> %acc167.03142)
  %3636 = getelementptr inbounds float, ptr %3606, i64 %p13.addr.03151
  %3637 = load float, ptr %3636, align 4
  %3638 = insertelement <16 x float> poison, float %3637, i64 0
  %3639 = shufflevector <16 x float> %3638, <16 x float> poison, <16 x i32> zeroinitializer
  %3640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3639, <16 x float> %3610, <16 x float> %acc168.03143)
  %3641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3639, <16 x float> %3613, <16 x float> %acc169.03144)
  %3642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3639, <16 x float> %3616, <16 x float> %acc170.03145)
  %3643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3639, <16 x float> %3619, <16 x float> %acc171.03146)
  %3644 = getelementptr inbounds float, ptr %3607, i64 %p13.addr.03151
  %3645 = load float, ptr %3644, align 4
  %3646 = insertelement <16 x float> poison, float %3645, i64 0
  %3647 = shufflevector <16 x float> %3646, <16 x float> poison, <16 x i32> zeroinitializer
  %3648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3647, <16 x float> %3610, <16 x float> %acc172.03147)
  %3649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3647, <16 x float> %3613, <16 x float> %acc173.03148)
  %3650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3647, <16 x float> %3616, <16 x float> %acc174.03149)
  %3651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3647, <16 x float> %3619, <16 x float> %acc175.03150)
  %p13.next = add nuw nsw i64 %p13.addr.03151, 1
  %exitcond3436.not = icmp eq i64 %p13.next, 224
  br i1 %exitcond3436.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3652 = icmp slt i64 %i52.addr.03152, %3543
  br i1 %3652, label %then1863, label %endif1877

then1863:                                         ; preds = %p13.exit
  %3653 = add nuw nsw i64 %i52.addr.03152, %3544
  %3654 = mul nsw i64 %3653, %sq
  %3655 = getelementptr inbounds float, ptr %kh1, i64 %3654
  store <16 x float> %3624, ptr %3655, align 4
  %3656 = or disjoint i64 %3654, 16
  %3657 = getelementptr inbounds float, ptr %kh1, i64 %3656
  store <16 x float> %3625, ptr %3657, align 4
  %3658 = or disjoint i64 %3654, 32
  %3659 = getelementptr inbounds float, ptr %kh1, i64 %3658
  store <16 x float> %3626, ptr %3659, align 4
  %3660 = or disjoint i64 %3654, 48
  %3661 = getelementptr inbounds float, ptr %kh1, i64 %3660
  store <16 x float> %3627, ptr %3661, align 4
  br label %endif1877

endif1877:                                        ; preds = %p13.exit, %then1863
  %3662 = or disjoint i64 %i52.addr.03152, 1
  %3663 = icmp slt i64 %3662, %3543
  br i1 %3663, label %then1879, label %endif1893

then1879:                                         ; preds = %endif1877
  %3664 = add nuw nsw i64 %3662, %3544
  %3665 = mul nsw i64 %3664, %sq
  %3666 = getelementptr inbounds float, ptr %kh1, i64 %3665
  store <16 x float> %3632, ptr %3666, align 4
  %3667 = or disjoint i64 %3665, 16
  %3668 = getelementptr inbounds float, ptr %kh1, i64 %3667
  store <16 x float> %3633, ptr %3668, align 4
  %3669 = or disjoint i64 %3665, 32
  %3670 = getelementptr inbounds float, ptr %kh1, i64 %3669
  store <16 x float> %3634, ptr %3670, align 4
  %3671 = or disjoint i64 %3665, 48
  %3672 = getelementptr inbounds float, ptr %kh1, i64 %3671
  store <16 x float> %3635, ptr %3672, align 4
  br label %endif1893

endif1893:                                        ; preds = %endif1877, %then1879
  %3673 = or disjoint i64 %i52.addr.03152, 2
  %3674 = icmp slt i64 %3673, %3543
  br i1 %3674, label %then1895, label %endif1909

then1895:                                         ; preds = %endif1893
  %3675 = add nuw nsw i64 %3673, %3544
  %3676 = mul nsw i64 %3675, %sq
  %3677 = getelementptr inbounds float, ptr %kh1, i64 %3676
  store <16 x float> %3640, ptr %3677, align 4
  %3678 = or disjoint i64 %3676, 16
  %3679 = getelementptr inbounds float, ptr %kh1, i64 %3678
  store <16 x float> %3641, ptr %3679, align 4
  %3680 = or disjoint i64 %3676, 32
  %3681 = getelementptr inbounds float, ptr %kh1, i64 %3680
  store <16 x float> %3642, ptr %3681, align 4
  %3682 = or disjoint i64 %3676, 48
  %3683 = getelementptr inbounds float, ptr %kh1, i64 %3682
  store <16 x float> %3643, ptr %3683, align 4
  br label %endif1909

endif1909:                                        ; preds = %endif1893, %then1895
  %3684 = or disjoint i64 %i52.addr.03152, 3
  %3685 = icmp slt i64 %3684, %3543
  br i1 %3685, label %then1911, label %endif1925

then1911:                                         ; preds = %endif1909
  %3686 = add nuw nsw i64 %3684, %3544
  %3687 = mul nsw i64 %3686, %sq
  %3688 = getelementptr inbounds float, ptr %kh1, i64 %3687
  store <16 x float> %3648, ptr %3688, align 4
  %3689 = or disjoint i64 %3687, 16
  %3690 = getelementptr inbounds float, ptr %kh1, i64 %3689
  store <16 x float> %3649, ptr %3690, align 4
  %3691 = or disjoint i64 %3687, 32
  %3692 = getelementptr inbounds float, ptr %kh1, i64 %3691
  store <16 x float> %3650, ptr %3692, align 4
  %3693 = or disjoint i64 %3687, 48
  %3694 = getelementptr inbounds float, ptr %kh1, i64 %3693
  store <16 x float> %3651, ptr %3694, align 4
  br label %endif1925

endif1925:                                        ; preds = %endif1909, %then1911
  %i52.next = add nuw nsw i64 %i52.addr.03152, 4
  %3695 = icmp ult i64 %i52.addr.03152, 60
  br i1 %3695, label %p13.head.preheader, label %i52.exit

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03155 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %3696 = shl nuw nsw i64 %i53.addr.03155, 8
  %scevgep3439 = getelementptr i8, ptr %113, i64 %3696
  %3697 = shl nuw nsw i64 %i53.addr.03155, 9
  %3698 = or disjoint i64 %3697, 256
  %scevgep3440 = getelementptr i8, ptr %work, i64 %3698
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03155, 1
  %3699 = shl nuw nsw i64 %i53.next, 8
  %scevgep3439.1 = getelementptr i8, ptr %113, i64 %3699
  %3700 = shl nuw nsw i64 %i53.next, 9
  %3701 = or disjoint i64 %3700, 256
  %scevgep3440.1 = getelementptr i8, ptr %work, i64 %3701
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03155, 2
  %3702 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3439.2 = getelementptr i8, ptr %113, i64 %3702
  %3703 = shl nuw nsw i64 %i53.next.1, 9
  %3704 = or disjoint i64 %3703, 256
  %scevgep3440.2 = getelementptr i8, ptr %work, i64 %3704
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03155, 3
  %3705 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3439.3 = getelementptr i8, ptr %113, i64 %3705
  %3706 = shl nuw nsw i64 %i53.next.2, 9
  %3707 = or disjoint i64 %3706, 256
  %scevgep3440.3 = getelementptr i8, ptr %work, i64 %3707
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03155, 4
  %3708 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3439.4 = getelementptr i8, ptr %113, i64 %3708
  %3709 = shl nuw nsw i64 %i53.next.3, 9
  %3710 = or disjoint i64 %3709, 256
  %scevgep3440.4 = getelementptr i8, ptr %work, i64 %3710
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03155, 5
  %3711 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3439.5 = getelementptr i8, ptr %113, i64 %3711
  %3712 = shl nuw nsw i64 %i53.next.4, 9
  %3713 = or disjoint i64 %3712, 256
  %scevgep3440.5 = getelementptr i8, ptr %work, i64 %3713
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03155, 6
  %3714 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3439.6 = getelementptr i8, ptr %113, i64 %3714
  %3715 = shl nuw nsw i64 %i53.next.5, 9
  %3716 = or disjoint i64 %3715, 256
  %scevgep3440.6 = getelementptr i8, ptr %work, i64 %3716
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03155, 7
  %3717 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3439.7 = getelementptr i8, ptr %113, i64 %3717
  %3718 = shl nuw nsw i64 %i53.next.6, 9
  %3719 = or disjoint i64 %3718, 256
  %scevgep3440.7 = getelementptr i8, ptr %work, i64 %3719
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3439.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3440.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03155, 8
  %exitcond3441.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3441.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03156, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3442.not = icmp eq i64 %indvar.next, %21
  br i1 %exitcond3442.not, label %bh.exit, label %bh.body
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
  %M = getelementptr inbounds i8, ptr %work, i64 739840
  %OY = getelementptr inbounds i8, ptr %work, i64 327680
  %PT = getelementptr inbounds i8, ptr %work, i64 671744
  %QK = getelementptr inbounds i8, ptr %work, i64 278528
  %QcT = getelementptr inbounds i8, ptr %work, i64 409600
  %Rr = getelementptr inbounds i8, ptr %work, i64 573440
  %Vn = getelementptr inbounds i8, ptr %work, i64 606208
  %VnT = getelementptr inbounds i8, ptr %work, i64 638976
  %bet = getelementptr inbounds i8, ptr %work, i64 720896
  %dOT = getelementptr inbounds i8, ptr %work, i64 425984
  %dQc = getelementptr inbounds i8, ptr %work, i64 704512
  %dbet = getelementptr i8, ptr %work, i64 721408
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep3111 = getelementptr i8, ptr %work, i64 115456
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
  %smax3427 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %22 = sub i64 %bh1, %bh0
  %invariant.gep3635 = getelementptr i8, ptr %work, i64 573696
  %invariant.gep3637 = getelementptr i8, ptr %work, i64 82176
  %invariant.gep3639 = getelementptr i8, ptr %work, i64 573440
  %invariant.gep3641 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3643 = getelementptr i8, ptr %work, i64 327680
  %invariant.gep3645 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3647 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3649 = getelementptr i8, ptr %work, i64 294912
  %invariant.gep3651 = getelementptr i8, ptr %work, i64 295168
  %invariant.gep3653 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3655 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3657 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3659 = getelementptr inbounds i8, ptr %work, i64 295104
  %invariant.gep3661 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3663 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3665 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3667 = getelementptr inbounds i8, ptr %work, i64 295104
  %23 = getelementptr inbounds i8, ptr %work, i64 573504
  %24 = getelementptr inbounds i8, ptr %work, i64 507968
  %25 = getelementptr inbounds i8, ptr %work, i64 573568
  %26 = getelementptr inbounds i8, ptr %work, i64 508032
  %27 = getelementptr inbounds i8, ptr %work, i64 573632
  %28 = getelementptr inbounds i8, ptr %work, i64 508096
  %29 = getelementptr inbounds i8, ptr %work, i64 671808
  %30 = getelementptr inbounds i8, ptr %work, i64 739904
  %31 = getelementptr inbounds i8, ptr %work, i64 671872
  %32 = getelementptr inbounds i8, ptr %work, i64 739968
  %33 = getelementptr inbounds i8, ptr %work, i64 671936
  %34 = getelementptr inbounds i8, ptr %work, i64 740032
  %invariant.gep3679 = getelementptr inbounds i8, ptr %work, i64 508160
  %invariant.gep3681 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3685 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3689 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3693 = getelementptr inbounds i8, ptr %work, i64 344256
  %35 = getelementptr inbounds i8, ptr %work, i64 114752
  %36 = getelementptr inbounds i8, ptr %work, i64 114816
  %37 = getelementptr inbounds i8, ptr %work, i64 114880
  %invariant.gep3695 = getelementptr i8, ptr %work, i64 344320
  %invariant.gep3697 = getelementptr i8, ptr %work, i64 344064
  %invariant.gep3701 = getelementptr inbounds i8, ptr %work, i64 115456
  %invariant.gep3683 = getelementptr inbounds i8, ptr %work, i64 508224
  %invariant.gep3687 = getelementptr inbounds i8, ptr %work, i64 508288
  %invariant.gep3691 = getelementptr inbounds i8, ptr %work, i64 508352
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03149 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %38 = add i64 %indvar, %bh0
  %39 = shl i64 %38, 14
  %40 = mul i64 %8, %indvar
  %41 = add i64 %7, %40
  %b = sdiv i64 %bh.addr.03149, %H
  %h = srem i64 %bh.addr.03149, %H
  %42 = mul i64 %b, %T
  %43 = mul i64 %42, %H
  %bT = add i64 %43, %h
  %44 = mul i64 %1, %42
  %bTn = add nsw i64 %44, %h
  %45 = shl nsw i64 %bT, 6
  %46 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %46
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %46
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %47 = getelementptr i8, ptr %dhT, i64 %39
  br label %j.head.preheader

bh.exit:                                          ; preds = %i53.exit, %entry
  ret void

j.head.preheader:                                 ; preds = %j.head.preheader, %bh.body
  %i.addr.02846 = phi i64 [ 0, %bh.body ], [ %i.next.7, %j.head.preheader ]
  %48 = shl nuw nsw i64 %i.addr.02846, 9
  %49 = or disjoint i64 %48, 256
  %scevgep = getelementptr i8, ptr %work, i64 %49
  %50 = shl nuw nsw i64 %i.addr.02846, 8
  %scevgep3367 = getelementptr i8, ptr %47, i64 %50
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.02846, 1
  %51 = shl nuw nsw i64 %i.next, 9
  %52 = or disjoint i64 %51, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %52
  %53 = shl nuw nsw i64 %i.next, 8
  %scevgep3367.1 = getelementptr i8, ptr %47, i64 %53
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.02846, 2
  %54 = shl nuw nsw i64 %i.next.1, 9
  %55 = or disjoint i64 %54, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %55
  %56 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3367.2 = getelementptr i8, ptr %47, i64 %56
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.02846, 3
  %57 = shl nuw nsw i64 %i.next.2, 9
  %58 = or disjoint i64 %57, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %58
  %59 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3367.3 = getelementptr i8, ptr %47, i64 %59
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.02846, 4
  %60 = shl nuw nsw i64 %i.next.3, 9
  %61 = or disjoint i64 %60, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %61
  %62 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3367.4 = getelementptr i8, ptr %47, i64 %62
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.02846, 5
  %63 = shl nuw nsw i64 %i.next.4, 9
  %64 = or disjoint i64 %63, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %64
  %65 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3367.5 = getelementptr i8, ptr %47, i64 %65
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.02846, 6
  %66 = shl nuw nsw i64 %i.next.5, 9
  %67 = or disjoint i64 %66, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %67
  %68 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3367.6 = getelementptr i8, ptr %47, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.02846, 7
  %69 = shl nuw nsw i64 %i.next.6, 9
  %70 = or disjoint i64 %69, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %70
  %71 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3367.7 = getelementptr i8, ptr %47, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3367.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.02846, 8
  %exitcond.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %45
  br i1 %3, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %72 = mul nsw i64 %bh.addr.03149, %nc
  %73 = add i64 %11, %bT
  %74 = shl i64 %73, 8
  %75 = mul i64 %16, %b
  %76 = add i64 %15, %75
  %77 = mul i64 %76, %H
  %78 = shl i64 %h, 8
  %79 = add i64 %77, %78
  %80 = add i64 %19, %75
  %81 = mul i64 %80, %H
  %82 = add i64 %81, %78
  %83 = getelementptr i8, ptr %dout, i64 %74
  %84 = getelementptr i8, ptr %qh, i64 64
  %85 = getelementptr i8, ptr %qh, i64 128
  %86 = getelementptr i8, ptr %qh, i64 192
  %87 = getelementptr i8, ptr %kh, i64 64
  %88 = getelementptr i8, ptr %kh, i64 128
  %89 = getelementptr i8, ptr %kh, i64 192
  br label %cc.body

i53.head.preheader:                               ; preds = %i52.exit, %i.exit
  %90 = getelementptr i8, ptr %dh0, i64 %39
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %i52.exit
  %indvars.iv3413 = phi i64 [ %21, %cc.body.lr.ph ], [ %indvars.iv.next3414, %i52.exit ]
  %cc.addr.03146 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i52.exit ]
  %smin4088 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3413, i64 64)
  %smax4089 = tail call i64 @llvm.smax.i64(i64 %smin4088, i64 1)
  %91 = mul i64 %17, %cc.addr.03146
  %92 = add i64 %82, %91
  %93 = add i64 %79, %91
  %94 = mul i64 %12, %cc.addr.03146
  %95 = shl i64 %cc.addr.03146, 14
  %96 = sub i64 %41, %95
  %97 = xor i64 %cc.addr.03146, -1
  %ci = add nsw i64 %nc, %97
  %t0 = shl nsw i64 %ci, 6
  %98 = sub nsw i64 %T, %t0
  %99 = getelementptr i8, ptr %hs, i64 %96
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %100 = add nsw i64 %ci, %72
  %101 = shl nsw i64 %100, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.02848 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %102 = shl nuw nsw i64 %i1.addr.02848, 9
  %scevgep3368 = getelementptr i8, ptr %work, i64 %102
  %103 = shl nuw nsw i64 %i1.addr.02848, 8
  %scevgep3369 = getelementptr i8, ptr %99, i64 %103
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.02848, 1
  %104 = shl nuw nsw i64 %i1.next, 9
  %scevgep3368.1 = getelementptr i8, ptr %work, i64 %104
  %105 = shl nuw nsw i64 %i1.next, 8
  %scevgep3369.1 = getelementptr i8, ptr %99, i64 %105
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.02848, 2
  %106 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3368.2 = getelementptr i8, ptr %work, i64 %106
  %107 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3369.2 = getelementptr i8, ptr %99, i64 %107
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.02848, 3
  %108 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3368.3 = getelementptr i8, ptr %work, i64 %108
  %109 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3369.3 = getelementptr i8, ptr %99, i64 %109
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.02848, 4
  %110 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3368.4 = getelementptr i8, ptr %work, i64 %110
  %111 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3369.4 = getelementptr i8, ptr %99, i64 %111
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.02848, 5
  %112 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3368.5 = getelementptr i8, ptr %work, i64 %112
  %113 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3369.5 = getelementptr i8, ptr %99, i64 %113
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.02848, 6
  %114 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3368.6 = getelementptr i8, ptr %work, i64 %114
  %115 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3369.6 = getelementptr i8, ptr %99, i64 %115
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.02848, 7
  %116 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3368.7 = getelementptr i8, ptr %work, i64 %116
  %117 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3369.7 = getelementptr i8, ptr %99, i64 %117
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3368.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3369.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.02848, 8
  %exitcond3370.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3370.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.02850 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %118 = shl nuw nsw i64 %i2.addr.02850, 6
  %119 = or i64 %118, %101
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.02849 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %120 = or i64 %119, %j2.addr.02849
  %121 = getelementptr inbounds float, ptr %hs, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = or i64 %120, 512
  %124 = getelementptr inbounds float, ptr %hs, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = or i64 %120, 64
  %127 = getelementptr inbounds float, ptr %hs, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = or i64 %120, 576
  %130 = getelementptr inbounds float, ptr %hs, i64 %129
  %131 = load <16 x float>, ptr %130, align 4
  %132 = or i64 %120, 128
  %133 = getelementptr inbounds float, ptr %hs, i64 %132
  %134 = load <16 x float>, ptr %133, align 4
  %135 = or i64 %120, 640
  %136 = getelementptr inbounds float, ptr %hs, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = or i64 %120, 192
  %139 = getelementptr inbounds float, ptr %hs, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = or i64 %120, 704
  %142 = getelementptr inbounds float, ptr %hs, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = or i64 %120, 256
  %145 = getelementptr inbounds float, ptr %hs, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = or i64 %120, 768
  %148 = getelementptr inbounds float, ptr %hs, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = or i64 %120, 320
  %151 = getelementptr inbounds float, ptr %hs, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = or i64 %120, 832
  %154 = getelementptr inbounds float, ptr %hs, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = or i64 %120, 384
  %157 = getelementptr inbounds float, ptr %hs, i64 %156
  %158 = load <16 x float>, ptr %157, align 4
  %159 = or i64 %120, 896
  %160 = getelementptr inbounds float, ptr %hs, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = or i64 %120, 448
  %163 = getelementptr inbounds float, ptr %hs, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = or i64 %120, 960
  %166 = getelementptr inbounds float, ptr %hs, i64 %165
  %167 = load <16 x float>, ptr %166, align 4
  %168 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %169 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %170 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %171 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %172 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %173 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %174 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %175 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %176 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %178 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %179 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %180 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %181 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %164, <16 x float> %167, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %185 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %186 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %187 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %188 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %189 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %190 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %191 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %192 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %193 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %194 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %195 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %196 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %197 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %198 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %199 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %200 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %201 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %202 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %203 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %204 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %205 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %206 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %207 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %208 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %209 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %210 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %211 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %212 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %213 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %214 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %215 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %216 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %217 = shl nuw nsw i64 %j2.addr.02849, 6
  %218 = add nuw nsw i64 %217, %i2.addr.02850
  %219 = or disjoint i64 %218, 4096
  %220 = getelementptr inbounds float, ptr %Bk, i64 %219
  store <16 x float> %216, ptr %220, align 4
  %221 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %222 = or disjoint i64 %218, 4160
  %223 = getelementptr inbounds float, ptr %Bk, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %225 = or disjoint i64 %218, 4224
  %226 = getelementptr inbounds float, ptr %Bk, i64 %225
  store <16 x float> %224, ptr %226, align 4
  %227 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %228 = or disjoint i64 %218, 4288
  %229 = getelementptr inbounds float, ptr %Bk, i64 %228
  store <16 x float> %227, ptr %229, align 4
  %230 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %231 = or disjoint i64 %218, 4352
  %232 = getelementptr inbounds float, ptr %Bk, i64 %231
  store <16 x float> %230, ptr %232, align 4
  %233 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %234 = or disjoint i64 %218, 4416
  %235 = getelementptr inbounds float, ptr %Bk, i64 %234
  store <16 x float> %233, ptr %235, align 4
  %236 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %237 = or disjoint i64 %218, 4480
  %238 = getelementptr inbounds float, ptr %Bk, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %240 = or disjoint i64 %218, 4544
  %241 = getelementptr inbounds float, ptr %Bk, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %243 = or disjoint i64 %218, 4608
  %244 = getelementptr inbounds float, ptr %Bk, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %246 = or disjoint i64 %218, 4672
  %247 = getelementptr inbounds float, ptr %Bk, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %248 = shufflevector <16 x float> %210, <16 x float> %211, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %249 = or disjoint i64 %218, 4736
  %250 = getelementptr inbounds float, ptr %Bk, i64 %249
  store <16 x float> %248, ptr %250, align 4
  %251 = shufflevector <16 x float> %210, <16 x float> %211, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %252 = or disjoint i64 %218, 4800
  %253 = getelementptr inbounds float, ptr %Bk, i64 %252
  store <16 x float> %251, ptr %253, align 4
  %254 = shufflevector <16 x float> %212, <16 x float> %213, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %255 = or disjoint i64 %218, 4864
  %256 = getelementptr inbounds float, ptr %Bk, i64 %255
  store <16 x float> %254, ptr %256, align 4
  %257 = shufflevector <16 x float> %212, <16 x float> %213, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %258 = or disjoint i64 %218, 4928
  %259 = getelementptr inbounds float, ptr %Bk, i64 %258
  store <16 x float> %257, ptr %259, align 4
  %260 = shufflevector <16 x float> %214, <16 x float> %215, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %261 = or disjoint i64 %218, 4992
  %262 = getelementptr inbounds float, ptr %Bk, i64 %261
  store <16 x float> %260, ptr %262, align 4
  %263 = shufflevector <16 x float> %214, <16 x float> %215, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %264 = or disjoint i64 %218, 5056
  %265 = getelementptr inbounds float, ptr %Bk, i64 %264
  store <16 x float> %263, ptr %265, align 4
  %j2.next = add nuw nsw i64 %j2.addr.02849, 16
  %266 = icmp ult i64 %j2.addr.02849, 48
  br i1 %266, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.02850, 16
  %267 = icmp ult i64 %i2.addr.02850, 48
  br i1 %267, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.02852 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %268 = shl nuw nsw i64 %i3.addr.02852, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.02851 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %269 = add nuw nsw i64 %j3.addr.02851, %268
  %270 = or disjoint i64 %269, 64
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = or disjoint i64 %269, 1088
  %274 = getelementptr inbounds float, ptr %work, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = or disjoint i64 %269, 192
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %269, 1216
  %280 = getelementptr inbounds float, ptr %work, i64 %279
  %281 = load <16 x float>, ptr %280, align 4
  %282 = or disjoint i64 %269, 320
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = or disjoint i64 %269, 1344
  %286 = getelementptr inbounds float, ptr %work, i64 %285
  %287 = load <16 x float>, ptr %286, align 4
  %288 = or disjoint i64 %269, 448
  %289 = getelementptr inbounds float, ptr %work, i64 %288
  %290 = load <16 x float>, ptr %289, align 4
  %291 = or disjoint i64 %269, 1472
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = or disjoint i64 %269, 576
  %295 = getelementptr inbounds float, ptr %work, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or disjoint i64 %269, 1600
  %298 = getelementptr inbounds float, ptr %work, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = or disjoint i64 %269, 704
  %301 = getelementptr inbounds float, ptr %work, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = or disjoint i64 %269, 1728
  %304 = getelementptr inbounds float, ptr %work, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = or disjoint i64 %269, 832
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %269, 1856
  %310 = getelementptr inbounds float, ptr %work, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = or disjoint i64 %269, 960
  %313 = getelementptr inbounds float, ptr %work, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or disjoint i64 %269, 1984
  %316 = getelementptr inbounds float, ptr %work, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %320 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %321 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %322 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %323 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %324 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %325 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %326 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %328 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %329 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %330 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %331 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %335 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %336 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %337 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %338 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %339 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %340 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %341 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %342 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %343 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %344 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %345 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %346 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %347 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %348 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %349 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %350 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %351 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %352 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %353 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %354 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %355 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %356 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %357 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %358 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %359 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %360 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %361 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %362 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %363 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %364 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %365 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %366 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %367 = shl nuw nsw i64 %j3.addr.02851, 6
  %368 = add nuw nsw i64 %367, %i3.addr.02852
  %369 = getelementptr inbounds float, ptr %Bk, i64 %368
  store <16 x float> %366, ptr %369, align 4
  %370 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %371 = or disjoint i64 %368, 64
  %372 = getelementptr inbounds float, ptr %Bk, i64 %371
  store <16 x float> %370, ptr %372, align 4
  %373 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %374 = or disjoint i64 %368, 128
  %375 = getelementptr inbounds float, ptr %Bk, i64 %374
  store <16 x float> %373, ptr %375, align 4
  %376 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %377 = or disjoint i64 %368, 192
  %378 = getelementptr inbounds float, ptr %Bk, i64 %377
  store <16 x float> %376, ptr %378, align 4
  %379 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %380 = or disjoint i64 %368, 256
  %381 = getelementptr inbounds float, ptr %Bk, i64 %380
  store <16 x float> %379, ptr %381, align 4
  %382 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %383 = or disjoint i64 %368, 320
  %384 = getelementptr inbounds float, ptr %Bk, i64 %383
  store <16 x float> %382, ptr %384, align 4
  %385 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %386 = or disjoint i64 %368, 384
  %387 = getelementptr inbounds float, ptr %Bk, i64 %386
  store <16 x float> %385, ptr %387, align 4
  %388 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %389 = or disjoint i64 %368, 448
  %390 = getelementptr inbounds float, ptr %Bk, i64 %389
  store <16 x float> %388, ptr %390, align 4
  %391 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %392 = or disjoint i64 %368, 512
  %393 = getelementptr inbounds float, ptr %Bk, i64 %392
  store <16 x float> %391, ptr %393, align 4
  %394 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %395 = or disjoint i64 %368, 576
  %396 = getelementptr inbounds float, ptr %Bk, i64 %395
  store <16 x float> %394, ptr %396, align 4
  %397 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %398 = or disjoint i64 %368, 640
  %399 = getelementptr inbounds float, ptr %Bk, i64 %398
  store <16 x float> %397, ptr %399, align 4
  %400 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %401 = or disjoint i64 %368, 704
  %402 = getelementptr inbounds float, ptr %Bk, i64 %401
  store <16 x float> %400, ptr %402, align 4
  %403 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %404 = or disjoint i64 %368, 768
  %405 = getelementptr inbounds float, ptr %Bk, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %407 = or disjoint i64 %368, 832
  %408 = getelementptr inbounds float, ptr %Bk, i64 %407
  store <16 x float> %406, ptr %408, align 4
  %409 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %410 = or disjoint i64 %368, 896
  %411 = getelementptr inbounds float, ptr %Bk, i64 %410
  store <16 x float> %409, ptr %411, align 4
  %412 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %413 = or disjoint i64 %368, 960
  %414 = getelementptr inbounds float, ptr %Bk, i64 %413
  store <16 x float> %412, ptr %414, align 4
  %j3.next = add nuw nsw i64 %j3.addr.02851, 16
  %415 = icmp ult i64 %j3.addr.02851, 48
  br i1 %415, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.02852, 16
  %416 = icmp ult i64 %i3.addr.02852, 48
  br i1 %416, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02854 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02854, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx3156 = shl nsw i64 %s.addr.02854, 8
  %invariant.gep3633 = getelementptr inbounds i8, ptr %M, i64 %.idx3156
  %417 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %418 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %419 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %420 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %421 = select <8 x i1> %417, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %422 = select <8 x i1> %418, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %423 = select <8 x i1> %419, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %424 = select <8 x i1> %420, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %425 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 32
  %426 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 64
  %427 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 96
  store <8 x float> %421, ptr %invariant.gep3633, align 4
  store <8 x float> %422, ptr %425, align 4
  store <8 x float> %423, ptr %426, align 4
  store <8 x float> %424, ptr %427, align 4
  %428 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %429 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %430 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %431 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %432 = select <8 x i1> %428, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %433 = select <8 x i1> %429, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %434 = select <8 x i1> %430, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %435 = select <8 x i1> %431, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %436 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 128
  %437 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 160
  %438 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 192
  %439 = getelementptr inbounds i8, ptr %invariant.gep3633, i64 224
  store <8 x float> %432, ptr %436, align 4
  store <8 x float> %433, ptr %437, align 4
  store <8 x float> %434, ptr %438, align 4
  store <8 x float> %435, ptr %439, align 4
  %s.next = add nuw nsw i64 %s.addr.02854, 1
  %exitcond3372.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3372.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %440 = getelementptr i8, ptr %83, i64 %94
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02870 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %441 = shl nuw nsw i64 %t1.addr.02870, 9
  %gep3636 = getelementptr i8, ptr %invariant.gep3635, i64 %441
  %gep3638 = getelementptr i8, ptr %invariant.gep3637, i64 %441
  %gep3640 = getelementptr i8, ptr %invariant.gep3639, i64 %441
  %gep3642 = getelementptr i8, ptr %invariant.gep3641, i64 %441
  %442 = shl nuw nsw i64 %t1.addr.02870, 8
  %gep3644 = getelementptr i8, ptr %invariant.gep3643, i64 %442
  %443 = icmp sgt i64 %98, %t1.addr.02870
  br i1 %443, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3646 = getelementptr i8, ptr %invariant.gep3645, i64 %442
  %gep3648 = getelementptr i8, ptr %invariant.gep3647, i64 %442
  %gep3650 = getelementptr i8, ptr %invariant.gep3649, i64 %441
  %gep3652 = getelementptr i8, ptr %invariant.gep3651, i64 %441
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3646, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3648, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3644, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02870, 1
  %444 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %444, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3642, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3650, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3640, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %445 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %445, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3638, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3652, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3636, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %446 = mul i64 %13, %t1.addr.02870
  %scevgep3383 = getelementptr i8, ptr %440, i64 %446
  %447 = mul i64 %18, %t1.addr.02870
  %448 = add i64 %93, %447
  %scevgep3385 = getelementptr i8, ptr %k, i64 %448
  %scevgep3387 = getelementptr i8, ptr %v, i64 %448
  %449 = add i64 %92, %447
  %scevgep3389 = getelementptr i8, ptr %k, i64 %449
  %scevgep3391 = getelementptr i8, ptr %v, i64 %449
  %450 = add nuw nsw i64 %t1.addr.02870, %t0
  %451 = mul nsw i64 %450, %sq
  %452 = shl nuw nsw i64 %t1.addr.02870, 6
  %453 = getelementptr float, ptr %qh, i64 %451
  %454 = load <16 x float>, ptr %453, align 4
  %455 = fmul <16 x float> %454, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %456 = or disjoint i64 %452, 8192
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = getelementptr inbounds float, ptr %QK, i64 %452
  store <16 x float> %455, ptr %458, align 4
  %459 = getelementptr float, ptr %84, i64 %451
  %460 = load <16 x float>, ptr %459, align 4
  %461 = fmul <16 x float> %460, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %462 = or disjoint i64 %452, 16
  %463 = or i64 %452, 8208
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %461, ptr %464, align 4
  %465 = getelementptr inbounds float, ptr %QK, i64 %462
  store <16 x float> %461, ptr %465, align 4
  %466 = getelementptr float, ptr %85, i64 %451
  %467 = load <16 x float>, ptr %466, align 4
  %468 = fmul <16 x float> %467, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %469 = or disjoint i64 %452, 32
  %470 = or i64 %452, 8224
  %471 = getelementptr inbounds float, ptr %Bk, i64 %470
  store <16 x float> %468, ptr %471, align 4
  %472 = getelementptr inbounds float, ptr %QK, i64 %469
  store <16 x float> %468, ptr %472, align 4
  %473 = getelementptr float, ptr %86, i64 %451
  %474 = load <16 x float>, ptr %473, align 4
  %475 = fmul <16 x float> %474, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %476 = or disjoint i64 %452, 48
  %477 = or i64 %452, 8240
  %478 = getelementptr inbounds float, ptr %Bk, i64 %477
  store <16 x float> %475, ptr %478, align 4
  %479 = getelementptr inbounds float, ptr %QK, i64 %476
  store <16 x float> %475, ptr %479, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3644, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3383, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02870, 1
  %480 = or disjoint i64 %t1.addr.02870, %t0
  %tau = shl nsw i64 %480, 1
  %481 = mul nsw i64 %tau, %H
  %482 = getelementptr inbounds float, ptr %betah, i64 %481
  %483 = load float, ptr %482, align 4
  %484 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %483, ptr %484, align 4
  %485 = mul nsw i64 %tau, %sq
  %486 = shl nuw nsw i64 %t1.addr.02870, 7
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3642, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3385, i64 256, i1 false)
  %487 = getelementptr float, ptr %kh, i64 %485
  %488 = load <16 x float>, ptr %487, align 4
  %489 = fneg <16 x float> %488
  %gep3654 = getelementptr inbounds float, ptr %invariant.gep3653, i64 %486
  store <16 x float> %489, ptr %gep3654, align 4
  %490 = getelementptr float, ptr %87, i64 %485
  %491 = load <16 x float>, ptr %490, align 4
  %492 = fneg <16 x float> %491
  %gep3656 = getelementptr inbounds float, ptr %invariant.gep3655, i64 %486
  store <16 x float> %492, ptr %gep3656, align 4
  %493 = getelementptr float, ptr %88, i64 %485
  %494 = load <16 x float>, ptr %493, align 4
  %495 = fneg <16 x float> %494
  %gep3658 = getelementptr inbounds float, ptr %invariant.gep3657, i64 %486
  store <16 x float> %495, ptr %gep3658, align 4
  %496 = getelementptr float, ptr %89, i64 %485
  %497 = load <16 x float>, ptr %496, align 4
  %498 = fneg <16 x float> %497
  %gep3660 = getelementptr inbounds float, ptr %invariant.gep3659, i64 %486
  store <16 x float> %498, ptr %gep3660, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3640, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3387, i64 256, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %499 = mul nsw i64 %tau1, %H
  %500 = getelementptr inbounds float, ptr %betah, i64 %499
  %501 = load float, ptr %500, align 4
  %502 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %501, ptr %502, align 4
  %503 = mul nsw i64 %tau1, %sq
  %504 = shl nuw nsw i64 %i7, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3638, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3389, i64 256, i1 false)
  %505 = getelementptr float, ptr %kh, i64 %503
  %506 = load <16 x float>, ptr %505, align 4
  %507 = fneg <16 x float> %506
  %gep3662 = getelementptr inbounds float, ptr %invariant.gep3661, i64 %504
  store <16 x float> %507, ptr %gep3662, align 4
  %508 = getelementptr float, ptr %87, i64 %503
  %509 = load <16 x float>, ptr %508, align 4
  %510 = fneg <16 x float> %509
  %gep3664 = getelementptr inbounds float, ptr %invariant.gep3663, i64 %504
  store <16 x float> %510, ptr %gep3664, align 4
  %511 = getelementptr float, ptr %88, i64 %503
  %512 = load <16 x float>, ptr %511, align 4
  %513 = fneg <16 x float> %512
  %gep3666 = getelementptr inbounds float, ptr %invariant.gep3665, i64 %504
  store <16 x float> %513, ptr %gep3666, align 4
  %514 = getelementptr float, ptr %89, i64 %503
  %515 = load <16 x float>, ptr %514, align 4
  %516 = fneg <16 x float> %515
  %gep3668 = getelementptr inbounds float, ptr %invariant.gep3667, i64 %504
  store <16 x float> %516, ptr %gep3668, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3636, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3391, i64 256, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02870, 1
  %exitcond3392.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond3392.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02872 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3433 = shl nsw i64 %i20.addr.02872, 8
  %invariant.gep3669 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3433
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.02871 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3670 = getelementptr inbounds float, ptr %invariant.gep3669, i64 %j16.addr.02871
  %517 = getelementptr inbounds i8, ptr %gep3670, i64 49152
  %518 = load <16 x float>, ptr %517, align 4
  %519 = getelementptr inbounds i8, ptr %gep3670, i64 51200
  %520 = load <16 x float>, ptr %519, align 4
  %521 = getelementptr inbounds i8, ptr %gep3670, i64 49408
  %522 = load <16 x float>, ptr %521, align 4
  %523 = getelementptr inbounds i8, ptr %gep3670, i64 51456
  %524 = load <16 x float>, ptr %523, align 4
  %525 = getelementptr inbounds i8, ptr %gep3670, i64 49664
  %526 = load <16 x float>, ptr %525, align 4
  %527 = getelementptr inbounds i8, ptr %gep3670, i64 51712
  %528 = load <16 x float>, ptr %527, align 4
  %529 = getelementptr inbounds i8, ptr %gep3670, i64 49920
  %530 = load <16 x float>, ptr %529, align 4
  %531 = getelementptr inbounds i8, ptr %gep3670, i64 51968
  %532 = load <16 x float>, ptr %531, align 4
  %533 = getelementptr inbounds i8, ptr %gep3670, i64 50176
  %534 = load <16 x float>, ptr %533, align 4
  %535 = getelementptr inbounds i8, ptr %gep3670, i64 52224
  %536 = load <16 x float>, ptr %535, align 4
  %537 = getelementptr inbounds i8, ptr %gep3670, i64 50432
  %538 = load <16 x float>, ptr %537, align 4
  %539 = getelementptr inbounds i8, ptr %gep3670, i64 52480
  %540 = load <16 x float>, ptr %539, align 4
  %541 = getelementptr inbounds i8, ptr %gep3670, i64 50688
  %542 = load <16 x float>, ptr %541, align 4
  %543 = getelementptr inbounds i8, ptr %gep3670, i64 52736
  %544 = load <16 x float>, ptr %543, align 4
  %545 = getelementptr inbounds i8, ptr %gep3670, i64 50944
  %546 = load <16 x float>, ptr %545, align 4
  %547 = getelementptr inbounds i8, ptr %gep3670, i64 52992
  %548 = load <16 x float>, ptr %547, align 4
  %549 = shufflevector <16 x float> %518, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %550 = shufflevector <16 x float> %534, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %551 = shufflevector <16 x float> %522, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %552 = shufflevector <16 x float> %538, <16 x float> %540, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %553 = shufflevector <16 x float> %526, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %554 = shufflevector <16 x float> %542, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %555 = shufflevector <16 x float> %530, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %556 = shufflevector <16 x float> %546, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %557 = shufflevector <16 x float> %518, <16 x float> %520, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %534, <16 x float> %536, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %522, <16 x float> %524, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %538, <16 x float> %540, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %526, <16 x float> %528, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %562 = shufflevector <16 x float> %542, <16 x float> %544, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %530, <16 x float> %532, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %546, <16 x float> %548, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %565 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %566 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %568 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %569 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %570 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %571 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %572 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %573 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %574 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %575 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %576 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %577 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %578 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %579 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %580 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %581 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %582 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %583 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %584 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %585 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %586 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %587 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %588 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %589 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %590 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %591 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %592 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %593 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %594 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %595 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %596 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %597 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %598 = shl nuw nsw i64 %j16.addr.02871, 7
  %599 = add nuw nsw i64 %598, %i20.addr.02872
  %600 = getelementptr inbounds float, ptr %KT, i64 %599
  store <16 x float> %597, ptr %600, align 4
  %601 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %602 = or disjoint i64 %599, 128
  %603 = getelementptr inbounds float, ptr %KT, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %605 = or disjoint i64 %599, 256
  %606 = getelementptr inbounds float, ptr %KT, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %608 = or disjoint i64 %599, 384
  %609 = getelementptr inbounds float, ptr %KT, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %611 = or disjoint i64 %599, 512
  %612 = getelementptr inbounds float, ptr %KT, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %614 = or disjoint i64 %599, 640
  %615 = getelementptr inbounds float, ptr %KT, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %617 = or disjoint i64 %599, 768
  %618 = getelementptr inbounds float, ptr %KT, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %620 = or disjoint i64 %599, 896
  %621 = getelementptr inbounds float, ptr %KT, i64 %620
  store <16 x float> %619, ptr %621, align 4
  %622 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %623 = or disjoint i64 %599, 1024
  %624 = getelementptr inbounds float, ptr %KT, i64 %623
  store <16 x float> %622, ptr %624, align 4
  %625 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %626 = or disjoint i64 %599, 1152
  %627 = getelementptr inbounds float, ptr %KT, i64 %626
  store <16 x float> %625, ptr %627, align 4
  %628 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %629 = or disjoint i64 %599, 1280
  %630 = getelementptr inbounds float, ptr %KT, i64 %629
  store <16 x float> %628, ptr %630, align 4
  %631 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %632 = or disjoint i64 %599, 1408
  %633 = getelementptr inbounds float, ptr %KT, i64 %632
  store <16 x float> %631, ptr %633, align 4
  %634 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %635 = or disjoint i64 %599, 1536
  %636 = getelementptr inbounds float, ptr %KT, i64 %635
  store <16 x float> %634, ptr %636, align 4
  %637 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %638 = or disjoint i64 %599, 1664
  %639 = getelementptr inbounds float, ptr %KT, i64 %638
  store <16 x float> %637, ptr %639, align 4
  %640 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %641 = or disjoint i64 %599, 1792
  %642 = getelementptr inbounds float, ptr %KT, i64 %641
  store <16 x float> %640, ptr %642, align 4
  %643 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %644 = or disjoint i64 %599, 1920
  %645 = getelementptr inbounds float, ptr %KT, i64 %644
  store <16 x float> %643, ptr %645, align 4
  %j16.next = add nuw nsw i64 %j16.addr.02871, 16
  %646 = icmp ult i64 %j16.addr.02871, 48
  br i1 %646, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02872, 16
  %647 = icmp ult i64 %i20.addr.02872, 112
  br i1 %647, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02874 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %648 = shl nuw nsw i64 %i21.addr.02874, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.02873 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %649 = add nuw nsw i64 %j17.addr.02873, %648
  %650 = or disjoint i64 %649, 8192
  %651 = getelementptr inbounds float, ptr %Bk, i64 %650
  %652 = load <16 x float>, ptr %651, align 4
  %653 = or disjoint i64 %649, 8704
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  %655 = load <16 x float>, ptr %654, align 4
  %656 = or disjoint i64 %649, 8256
  %657 = getelementptr inbounds float, ptr %Bk, i64 %656
  %658 = load <16 x float>, ptr %657, align 4
  %659 = or disjoint i64 %649, 8768
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  %661 = load <16 x float>, ptr %660, align 4
  %662 = or disjoint i64 %649, 8320
  %663 = getelementptr inbounds float, ptr %Bk, i64 %662
  %664 = load <16 x float>, ptr %663, align 4
  %665 = or disjoint i64 %649, 8832
  %666 = getelementptr inbounds float, ptr %Bk, i64 %665
  %667 = load <16 x float>, ptr %666, align 4
  %668 = or disjoint i64 %649, 8384
  %669 = getelementptr inbounds float, ptr %Bk, i64 %668
  %670 = load <16 x float>, ptr %669, align 4
  %671 = or disjoint i64 %649, 8896
  %672 = getelementptr inbounds float, ptr %Bk, i64 %671
  %673 = load <16 x float>, ptr %672, align 4
  %674 = or disjoint i64 %649, 8448
  %675 = getelementptr inbounds float, ptr %Bk, i64 %674
  %676 = load <16 x float>, ptr %675, align 4
  %677 = or disjoint i64 %649, 8960
  %678 = getelementptr inbounds float, ptr %Bk, i64 %677
  %679 = load <16 x float>, ptr %678, align 4
  %680 = or disjoint i64 %649, 8512
  %681 = getelementptr inbounds float, ptr %Bk, i64 %680
  %682 = load <16 x float>, ptr %681, align 4
  %683 = or disjoint i64 %649, 9024
  %684 = getelementptr inbounds float, ptr %Bk, i64 %683
  %685 = load <16 x float>, ptr %684, align 4
  %686 = or disjoint i64 %649, 8576
  %687 = getelementptr inbounds float, ptr %Bk, i64 %686
  %688 = load <16 x float>, ptr %687, align 4
  %689 = or disjoint i64 %649, 9088
  %690 = getelementptr inbounds float, ptr %Bk, i64 %689
  %691 = load <16 x float>, ptr %690, align 4
  %692 = or disjoint i64 %649, 8640
  %693 = getelementptr inbounds float, ptr %Bk, i64 %692
  %694 = load <16 x float>, ptr %693, align 4
  %695 = or disjoint i64 %649, 9152
  %696 = getelementptr inbounds float, ptr %Bk, i64 %695
  %697 = load <16 x float>, ptr %696, align 4
  %698 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %699 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %700 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %701 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %702 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %703 = shufflevector <16 x float> %688, <16 x float> %691, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %704 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %705 = shufflevector <16 x float> %694, <16 x float> %697, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %706 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %707 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %708 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %709 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %710 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %711 = shufflevector <16 x float> %688, <16 x float> %691, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %694, <16 x float> %697, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %714 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %715 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %716 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %717 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %718 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %719 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %720 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %721 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %722 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %723 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %724 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %725 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %726 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %727 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %728 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %729 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %730 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %731 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %732 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %733 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %734 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %735 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %736 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %737 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %738 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %739 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %740 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %741 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %742 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %743 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %744 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %745 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %746 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %747 = shl nuw nsw i64 %j17.addr.02873, 6
  %748 = add nuw nsw i64 %747, %i21.addr.02874
  %749 = getelementptr inbounds float, ptr %QcT, i64 %748
  store <16 x float> %746, ptr %749, align 4
  %750 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %751 = or disjoint i64 %748, 64
  %752 = getelementptr inbounds float, ptr %QcT, i64 %751
  store <16 x float> %750, ptr %752, align 4
  %753 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %754 = or disjoint i64 %748, 128
  %755 = getelementptr inbounds float, ptr %QcT, i64 %754
  store <16 x float> %753, ptr %755, align 4
  %756 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %757 = or disjoint i64 %748, 192
  %758 = getelementptr inbounds float, ptr %QcT, i64 %757
  store <16 x float> %756, ptr %758, align 4
  %759 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %760 = or disjoint i64 %748, 256
  %761 = getelementptr inbounds float, ptr %QcT, i64 %760
  store <16 x float> %759, ptr %761, align 4
  %762 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %763 = or disjoint i64 %748, 320
  %764 = getelementptr inbounds float, ptr %QcT, i64 %763
  store <16 x float> %762, ptr %764, align 4
  %765 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %766 = or disjoint i64 %748, 384
  %767 = getelementptr inbounds float, ptr %QcT, i64 %766
  store <16 x float> %765, ptr %767, align 4
  %768 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %769 = or disjoint i64 %748, 448
  %770 = getelementptr inbounds float, ptr %QcT, i64 %769
  store <16 x float> %768, ptr %770, align 4
  %771 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %772 = or disjoint i64 %748, 512
  %773 = getelementptr inbounds float, ptr %QcT, i64 %772
  store <16 x float> %771, ptr %773, align 4
  %774 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %775 = or disjoint i64 %748, 576
  %776 = getelementptr inbounds float, ptr %QcT, i64 %775
  store <16 x float> %774, ptr %776, align 4
  %777 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %778 = or disjoint i64 %748, 640
  %779 = getelementptr inbounds float, ptr %QcT, i64 %778
  store <16 x float> %777, ptr %779, align 4
  %780 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %781 = or disjoint i64 %748, 704
  %782 = getelementptr inbounds float, ptr %QcT, i64 %781
  store <16 x float> %780, ptr %782, align 4
  %783 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %784 = or disjoint i64 %748, 768
  %785 = getelementptr inbounds float, ptr %QcT, i64 %784
  store <16 x float> %783, ptr %785, align 4
  %786 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %787 = or disjoint i64 %748, 832
  %788 = getelementptr inbounds float, ptr %QcT, i64 %787
  store <16 x float> %786, ptr %788, align 4
  %789 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %790 = or disjoint i64 %748, 896
  %791 = getelementptr inbounds float, ptr %QcT, i64 %790
  store <16 x float> %789, ptr %791, align 4
  %792 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %793 = or disjoint i64 %748, 960
  %794 = getelementptr inbounds float, ptr %QcT, i64 %793
  store <16 x float> %792, ptr %794, align 4
  %j17.next = add nuw nsw i64 %j17.addr.02873, 16
  %795 = icmp ult i64 %j17.addr.02873, 48
  br i1 %795, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02874, 16
  %796 = icmp ult i64 %i21.addr.02874, 48
  br i1 %796, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02876 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %797 = shl nuw nsw i64 %i22.addr.02876, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.02875 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %798 = add nuw nsw i64 %j18.addr.02875, %797
  %799 = getelementptr inbounds float, ptr %OY, i64 %798
  %800 = load <16 x float>, ptr %799, align 4
  %801 = or disjoint i64 %798, 512
  %802 = getelementptr inbounds float, ptr %OY, i64 %801
  %803 = load <16 x float>, ptr %802, align 4
  %804 = or disjoint i64 %798, 64
  %805 = getelementptr inbounds float, ptr %OY, i64 %804
  %806 = load <16 x float>, ptr %805, align 4
  %807 = or disjoint i64 %798, 576
  %808 = getelementptr inbounds float, ptr %OY, i64 %807
  %809 = load <16 x float>, ptr %808, align 4
  %810 = or disjoint i64 %798, 128
  %811 = getelementptr inbounds float, ptr %OY, i64 %810
  %812 = load <16 x float>, ptr %811, align 4
  %813 = or disjoint i64 %798, 640
  %814 = getelementptr inbounds float, ptr %OY, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %798, 192
  %817 = getelementptr inbounds float, ptr %OY, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %798, 704
  %820 = getelementptr inbounds float, ptr %OY, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %798, 256
  %823 = getelementptr inbounds float, ptr %OY, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %798, 768
  %826 = getelementptr inbounds float, ptr %OY, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %798, 320
  %829 = getelementptr inbounds float, ptr %OY, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %798, 832
  %832 = getelementptr inbounds float, ptr %OY, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %798, 384
  %835 = getelementptr inbounds float, ptr %OY, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %798, 896
  %838 = getelementptr inbounds float, ptr %OY, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = or disjoint i64 %798, 448
  %841 = getelementptr inbounds float, ptr %OY, i64 %840
  %842 = load <16 x float>, ptr %841, align 4
  %843 = or disjoint i64 %798, 960
  %844 = getelementptr inbounds float, ptr %OY, i64 %843
  %845 = load <16 x float>, ptr %844, align 4
  %846 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %847 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %848 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %849 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %850 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %851 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %852 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %853 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %854 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %855 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %856 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %857 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %858 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %859 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %862 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %863 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %864 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %865 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %866 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %867 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %868 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %869 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %871 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %872 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %873 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %874 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %875 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %876 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %877 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %878 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %879 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %880 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %881 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %882 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %883 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %884 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %885 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %886 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %887 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %888 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %889 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %890 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %891 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %892 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %893 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %894 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %895 = shl nuw nsw i64 %j18.addr.02875, 6
  %896 = add nuw nsw i64 %895, %i22.addr.02876
  %897 = getelementptr inbounds float, ptr %dOT, i64 %896
  store <16 x float> %894, ptr %897, align 4
  %898 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %899 = or disjoint i64 %896, 64
  %900 = getelementptr inbounds float, ptr %dOT, i64 %899
  store <16 x float> %898, ptr %900, align 4
  %901 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %902 = or disjoint i64 %896, 128
  %903 = getelementptr inbounds float, ptr %dOT, i64 %902
  store <16 x float> %901, ptr %903, align 4
  %904 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %905 = or disjoint i64 %896, 192
  %906 = getelementptr inbounds float, ptr %dOT, i64 %905
  store <16 x float> %904, ptr %906, align 4
  %907 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %908 = or disjoint i64 %896, 256
  %909 = getelementptr inbounds float, ptr %dOT, i64 %908
  store <16 x float> %907, ptr %909, align 4
  %910 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %911 = or disjoint i64 %896, 320
  %912 = getelementptr inbounds float, ptr %dOT, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %914 = or disjoint i64 %896, 384
  %915 = getelementptr inbounds float, ptr %dOT, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %917 = or disjoint i64 %896, 448
  %918 = getelementptr inbounds float, ptr %dOT, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %920 = or disjoint i64 %896, 512
  %921 = getelementptr inbounds float, ptr %dOT, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %923 = or disjoint i64 %896, 576
  %924 = getelementptr inbounds float, ptr %dOT, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %926 = or disjoint i64 %896, 640
  %927 = getelementptr inbounds float, ptr %dOT, i64 %926
  store <16 x float> %925, ptr %927, align 4
  %928 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %929 = or disjoint i64 %896, 704
  %930 = getelementptr inbounds float, ptr %dOT, i64 %929
  store <16 x float> %928, ptr %930, align 4
  %931 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %932 = or disjoint i64 %896, 768
  %933 = getelementptr inbounds float, ptr %dOT, i64 %932
  store <16 x float> %931, ptr %933, align 4
  %934 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %935 = or disjoint i64 %896, 832
  %936 = getelementptr inbounds float, ptr %dOT, i64 %935
  store <16 x float> %934, ptr %936, align 4
  %937 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %938 = or disjoint i64 %896, 896
  %939 = getelementptr inbounds float, ptr %dOT, i64 %938
  store <16 x float> %937, ptr %939, align 4
  %940 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %941 = or disjoint i64 %896, 960
  %942 = getelementptr inbounds float, ptr %dOT, i64 %941
  store <16 x float> %940, ptr %942, align 4
  %j18.next = add nuw nsw i64 %j18.addr.02875, 16
  %943 = icmp ult i64 %j18.addr.02875, 48
  br i1 %943, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02876, 16
  %944 = icmp ult i64 %i22.addr.02876, 48
  br i1 %944, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %945 = icmp ult i64 %i23.addr.02887, 120
  br i1 %945, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02887 = phi i64 [ %946, %i23.head.loopexit ], [ 0, %j18.exit ]
  %946 = add nuw nsw i64 %i23.addr.02887, 8
  %.idx2837 = shl nuw nsw i64 %i23.addr.02887, 9
  %947 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2837
  %948 = shl nuw nsw i64 %i23.addr.02887, 7
  %949 = or disjoint i64 %948, 128
  %950 = getelementptr inbounds float, ptr %Gm, i64 %949
  %951 = or disjoint i64 %948, 256
  %952 = getelementptr inbounds float, ptr %Gm, i64 %951
  %953 = or disjoint i64 %948, 384
  %954 = getelementptr inbounds float, ptr %Gm, i64 %953
  %955 = or disjoint i64 %948, 512
  %956 = getelementptr inbounds float, ptr %Gm, i64 %955
  %957 = or disjoint i64 %948, 640
  %958 = getelementptr inbounds float, ptr %Gm, i64 %957
  %959 = or disjoint i64 %948, 768
  %960 = getelementptr inbounds float, ptr %Gm, i64 %959
  %961 = or disjoint i64 %948, 896
  %962 = getelementptr inbounds float, ptr %Gm, i64 %961
  %.idx3434 = shl nsw i64 %i23.addr.02887, 8
  %invariant.gep3671 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3434
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02886 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02886
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02885 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %968, %p3.body ]
  %acc1.02884 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %973, %p3.body ]
  %acc2.02883 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %978, %p3.body ]
  %acc3.02882 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %983, %p3.body ]
  %acc4.02881 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %988, %p3.body ]
  %acc5.02880 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %993, %p3.body ]
  %acc6.02879 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %998, %p3.body ]
  %acc7.02878 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1003, %p3.body ]
  %p3.addr.02877 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2838 = shl nuw nsw i64 %p3.addr.02877, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2838
  %963 = load <16 x float>, ptr %gep, align 4
  %gep3672 = getelementptr inbounds float, ptr %invariant.gep3671, i64 %p3.addr.02877
  %964 = getelementptr inbounds i8, ptr %gep3672, i64 49152
  %965 = load float, ptr %964, align 4
  %966 = insertelement <16 x float> poison, float %965, i64 0
  %967 = shufflevector <16 x float> %966, <16 x float> poison, <16 x i32> zeroinitializer
  %968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %967, <16 x float> %963, <16 x float> %acc.02885)
  %969 = getelementptr inbounds i8, ptr %gep3672, i64 49408
  %970 = load float, ptr %969, align 4
  %971 = insertelement <16 x float> poison, float %970, i64 0
  %972 = shufflevector <16 x float> %971, <16 x float> poison, <16 x i32> zeroinitializer
  %973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %972, <16 x float> %963, <16 x float> %acc1.02884)
  %974 = getelementptr inbounds i8, ptr %gep3672, i64 49664
  %975 = load float, ptr %974, align 4
  %976 = insertelement <16 x float> poison, float %975, i64 0
  %977 = shufflevector <16 x float> %976, <16 x float> poison, <16 x i32> zeroinitializer
  %978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %963, <16 x float> %acc2.02883)
  %979 = getelementptr inbounds i8, ptr %gep3672, i64 49920
  %980 = load float, ptr %979, align 4
  %981 = insertelement <16 x float> poison, float %980, i64 0
  %982 = shufflevector <16 x float> %981, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %982, <16 x float> %963, <16 x float> %acc3.02882)
  %984 = getelementptr inbounds i8, ptr %gep3672, i64 50176
  %985 = load float, ptr %984, align 4
  %986 = insertelement <16 x float> poison, float %985, i64 0
  %987 = shufflevector <16 x float> %986, <16 x float> poison, <16 x i32> zeroinitializer
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %987, <16 x float> %963, <16 x float> %acc4.02881)
  %989 = getelementptr inbounds i8, ptr %gep3672, i64 50432
  %990 = load float, ptr %989, align 4
  %991 = insertelement <16 x float> poison, float %990, i64 0
  %992 = shufflevector <16 x float> %991, <16 x float> poison, <16 x i32> zeroinitializer
  %993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %992, <16 x float> %963, <16 x float> %acc5.02880)
  %994 = getelementptr inbounds i8, ptr %gep3672, i64 50688
  %995 = load float, ptr %994, align 4
  %996 = insertelement <16 x float> poison, float %995, i64 0
  %997 = shufflevector <16 x float> %996, <16 x float> poison, <16 x i32> zeroinitializer
  %998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %997, <16 x float> %963, <16 x float> %acc6.02879)
  %999 = getelementptr inbounds i8, ptr %gep3672, i64 50944
  %1000 = load float, ptr %999, align 4
  %1001 = insertelement <16 x float> poison, float %1000, i64 0
  %1002 = shufflevector <16 x float> %1001, <16 x float> poison, <16 x i32> zeroinitializer
  %1003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %963, <16 x float> %acc7.02878)
  %p3.next = add nuw nsw i64 %p3.addr.02877, 1
  %exitcond3393.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3393.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1004 = getelementptr inbounds float, ptr %947, i64 %j19.addr.02886
  store <16 x float> %968, ptr %1004, align 4
  %1005 = getelementptr inbounds float, ptr %950, i64 %j19.addr.02886
  store <16 x float> %973, ptr %1005, align 4
  %1006 = getelementptr inbounds float, ptr %952, i64 %j19.addr.02886
  store <16 x float> %978, ptr %1006, align 4
  %1007 = getelementptr inbounds float, ptr %954, i64 %j19.addr.02886
  store <16 x float> %983, ptr %1007, align 4
  %1008 = getelementptr inbounds float, ptr %956, i64 %j19.addr.02886
  store <16 x float> %988, ptr %1008, align 4
  %1009 = getelementptr inbounds float, ptr %958, i64 %j19.addr.02886
  store <16 x float> %993, ptr %1009, align 4
  %1010 = getelementptr inbounds float, ptr %960, i64 %j19.addr.02886
  store <16 x float> %998, ptr %1010, align 4
  %1011 = getelementptr inbounds float, ptr %962, i64 %j19.addr.02886
  store <16 x float> %1003, ptr %1011, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02886, 16
  %1012 = icmp ult i64 %j19.next, %946
  br i1 %1012, label %p3.head.preheader, label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.02906 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1013 = shl nuw nsw i64 %i24.addr.02906, 6
  %1014 = shl nuw nsw i64 %i24.addr.02906, 7
  %1015 = or disjoint i64 %1014, 128
  %1016 = or disjoint i64 %1014, 256
  %1017 = or disjoint i64 %1014, 384
  %invariant.gep3673 = getelementptr inbounds float, ptr %Bk, i64 %1013
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.02904 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1034, %p4.body ]
  %acc9.02903 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1035, %p4.body ]
  %acc10.02902 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1036, %p4.body ]
  %acc11.02901 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1037, %p4.body ]
  %acc12.02900 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1042, %p4.body ]
  %acc13.02899 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1043, %p4.body ]
  %acc14.02898 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1044, %p4.body ]
  %acc15.02897 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1045, %p4.body ]
  %acc16.02896 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1050, %p4.body ]
  %acc17.02895 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1051, %p4.body ]
  %acc18.02894 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1052, %p4.body ]
  %acc19.02893 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1053, %p4.body ]
  %acc20.02892 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1058, %p4.body ]
  %acc21.02891 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1059, %p4.body ]
  %acc22.02890 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1060, %p4.body ]
  %acc23.02889 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1061, %p4.body ]
  %p4.addr.02888 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1018 = shl nuw nsw i64 %p4.addr.02888, 7
  %1019 = getelementptr inbounds float, ptr %work, i64 %1018
  %1020 = load <16 x float>, ptr %1019, align 4
  %1021 = or disjoint i64 %1018, 16
  %1022 = getelementptr inbounds float, ptr %work, i64 %1021
  %1023 = load <16 x float>, ptr %1022, align 4
  %1024 = or disjoint i64 %1018, 32
  %1025 = getelementptr inbounds float, ptr %work, i64 %1024
  %1026 = load <16 x float>, ptr %1025, align 4
  %1027 = or disjoint i64 %1018, 48
  %1028 = getelementptr inbounds float, ptr %work, i64 %1027
  %1029 = load <16 x float>, ptr %1028, align 4
  %gep3674 = getelementptr inbounds float, ptr %invariant.gep3673, i64 %p4.addr.02888
  %1030 = getelementptr inbounds i8, ptr %gep3674, i64 49152
  %1031 = load float, ptr %1030, align 4
  %1032 = insertelement <16 x float> poison, float %1031, i64 0
  %1033 = shufflevector <16 x float> %1032, <16 x float> poison, <16 x i32> zeroinitializer
  %1034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1033, <16 x float> %1020, <16 x float> %acc8.02904)
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1033, <16 x float> %1023, <16 x float> %acc9.02903)
  %1036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1033, <16 x float> %1026, <16 x float> %acc10.02902)
  %1037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1033, <16 x float> %1029, <16 x float> %acc11.02901)
  %1038 = getelementptr inbounds i8, ptr %gep3674, i64 49408
  %1039 = load float, ptr %1038, align 4
  %1040 = insertelement <16 x float> poison, float %1039, i64 0
  %1041 = shufflevector <16 x float> %1040, <16 x float> poison, <16 x i32> zeroinitializer
  %1042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1020, <16 x float> %acc12.02900)
  %1043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1023, <16 x float> %acc13.02899)
  %1044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1026, <16 x float> %acc14.02898)
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1029, <16 x float> %acc15.02897)
  %1046 = getelementptr inbounds i8, ptr %gep3674, i64 49664
  %1047 = load float, ptr %1046, align 4
  %1048 = insertelement <16 x float> poison, float %1047, i64 0
  %1049 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1020, <16 x float> %acc16.02896)
  %1051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1023, <16 x float> %acc17.02895)
  %1052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1026, <16 x float> %acc18.02894)
  %1053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1029, <16 x float> %acc19.02893)
  %1054 = getelementptr inbounds i8, ptr %gep3674, i64 49920
  %1055 = load float, ptr %1054, align 4
  %1056 = insertelement <16 x float> poison, float %1055, i64 0
  %1057 = shufflevector <16 x float> %1056, <16 x float> poison, <16 x i32> zeroinitializer
  %1058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1057, <16 x float> %1020, <16 x float> %acc20.02892)
  %1059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1057, <16 x float> %1023, <16 x float> %acc21.02891)
  %1060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1057, <16 x float> %1026, <16 x float> %acc22.02890)
  %1061 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1057, <16 x float> %1029, <16 x float> %acc23.02889)
  %p4.next = add nuw nsw i64 %p4.addr.02888, 1
  %exitcond3394.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3394.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1062 = getelementptr inbounds float, ptr %KSdS, i64 %1014
  store <16 x float> %1034, ptr %1062, align 4
  %1063 = or disjoint i64 %1014, 16
  %1064 = getelementptr inbounds float, ptr %KSdS, i64 %1063
  store <16 x float> %1035, ptr %1064, align 4
  %1065 = or disjoint i64 %1014, 32
  %1066 = getelementptr inbounds float, ptr %KSdS, i64 %1065
  store <16 x float> %1036, ptr %1066, align 4
  %1067 = or disjoint i64 %1014, 48
  %1068 = getelementptr inbounds float, ptr %KSdS, i64 %1067
  store <16 x float> %1037, ptr %1068, align 4
  %1069 = getelementptr inbounds float, ptr %KSdS, i64 %1015
  store <16 x float> %1042, ptr %1069, align 4
  %1070 = or disjoint i64 %1014, 144
  %1071 = getelementptr inbounds float, ptr %KSdS, i64 %1070
  store <16 x float> %1043, ptr %1071, align 4
  %1072 = or disjoint i64 %1014, 160
  %1073 = getelementptr inbounds float, ptr %KSdS, i64 %1072
  store <16 x float> %1044, ptr %1073, align 4
  %1074 = or disjoint i64 %1014, 176
  %1075 = getelementptr inbounds float, ptr %KSdS, i64 %1074
  store <16 x float> %1045, ptr %1075, align 4
  %1076 = getelementptr inbounds float, ptr %KSdS, i64 %1016
  store <16 x float> %1050, ptr %1076, align 4
  %1077 = or disjoint i64 %1014, 272
  %1078 = getelementptr inbounds float, ptr %KSdS, i64 %1077
  store <16 x float> %1051, ptr %1078, align 4
  %1079 = or disjoint i64 %1014, 288
  %1080 = getelementptr inbounds float, ptr %KSdS, i64 %1079
  store <16 x float> %1052, ptr %1080, align 4
  %1081 = or disjoint i64 %1014, 304
  %1082 = getelementptr inbounds float, ptr %KSdS, i64 %1081
  store <16 x float> %1053, ptr %1082, align 4
  %1083 = getelementptr inbounds float, ptr %KSdS, i64 %1017
  store <16 x float> %1058, ptr %1083, align 4
  %1084 = or disjoint i64 %1014, 400
  %1085 = getelementptr inbounds float, ptr %KSdS, i64 %1084
  store <16 x float> %1059, ptr %1085, align 4
  %1086 = or disjoint i64 %1014, 416
  %1087 = getelementptr inbounds float, ptr %KSdS, i64 %1086
  store <16 x float> %1060, ptr %1087, align 4
  %1088 = or disjoint i64 %1014, 432
  %1089 = getelementptr inbounds float, ptr %KSdS, i64 %1088
  store <16 x float> %1061, ptr %1089, align 4
  %invariant.gep3675 = getelementptr inbounds float, ptr %Bk, i64 %1013
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.02904.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1107, %p4.body.1 ]
  %acc9.02903.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1108, %p4.body.1 ]
  %acc10.02902.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1109, %p4.body.1 ]
  %acc11.02901.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1110, %p4.body.1 ]
  %acc12.02900.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1115, %p4.body.1 ]
  %acc13.02899.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1116, %p4.body.1 ]
  %acc14.02898.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1117, %p4.body.1 ]
  %acc15.02897.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1118, %p4.body.1 ]
  %acc16.02896.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1123, %p4.body.1 ]
  %acc17.02895.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1124, %p4.body.1 ]
  %acc18.02894.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1125, %p4.body.1 ]
  %acc19.02893.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1126, %p4.body.1 ]
  %acc20.02892.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1131, %p4.body.1 ]
  %acc21.02891.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1132, %p4.body.1 ]
  %acc22.02890.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1133, %p4.body.1 ]
  %acc23.02889.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1134, %p4.body.1 ]
  %p4.addr.02888.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1090 = shl nuw nsw i64 %p4.addr.02888.1, 7
  %1091 = or disjoint i64 %1090, 64
  %1092 = getelementptr inbounds float, ptr %work, i64 %1091
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = or disjoint i64 %1090, 80
  %1095 = getelementptr inbounds float, ptr %work, i64 %1094
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = or disjoint i64 %1090, 96
  %1098 = getelementptr inbounds float, ptr %work, i64 %1097
  %1099 = load <16 x float>, ptr %1098, align 4
  %1100 = or disjoint i64 %1090, 112
  %1101 = getelementptr inbounds float, ptr %work, i64 %1100
  %1102 = load <16 x float>, ptr %1101, align 4
  %gep3676 = getelementptr inbounds float, ptr %invariant.gep3675, i64 %p4.addr.02888.1
  %1103 = getelementptr inbounds i8, ptr %gep3676, i64 49152
  %1104 = load float, ptr %1103, align 4
  %1105 = insertelement <16 x float> poison, float %1104, i64 0
  %1106 = shufflevector <16 x float> %1105, <16 x float> poison, <16 x i32> zeroinitializer
  %1107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1106, <16 x float> %1093, <16 x float> %acc8.02904.1)
  %1108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1106, <16 x float> %1096, <16 x float> %acc9.02903.1)
  %1109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1106, <16 x float> %1099, <16 x float> %acc10.02902.1)
  %1110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1106, <16 x float> %1102, <16 x float> %acc11.02901.1)
  %1111 = getelementptr inbounds i8, ptr %gep3676, i64 49408
  %1112 = load float, ptr %1111, align 4
  %1113 = insertelement <16 x float> poison, float %1112, i64 0
  %1114 = shufflevector <16 x float> %1113, <16 x float> poison, <16 x i32> zeroinitializer
  %1115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1114, <16 x float> %1093, <16 x float> %acc12.02900.1)
  %1116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1114, <16 x float> %1096, <16 x float> %acc13.02899.1)
  %1117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1114, <16 x float> %1099, <16 x float> %acc14.02898.1)
  %1118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1114, <16 x float> %1102, <16 x float> %acc15.02897.1)
  %1119 = getelementptr inbounds i8, ptr %gep3676, i64 49664
  %1120 = load float, ptr %1119, align 4
  %1121 = insertelement <16 x float> poison, float %1120, i64 0
  %1122 = shufflevector <16 x float> %1121, <16 x float> poison, <16 x i32> zeroinitializer
  %1123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1122, <16 x float> %1093, <16 x float> %acc16.02896.1)
  %1124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1122, <16 x float> %1096, <16 x float> %acc17.02895.1)
  %1125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1122, <16 x float> %1099, <16 x float> %acc18.02894.1)
  %1126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1122, <16 x float> %1102, <16 x float> %acc19.02893.1)
  %1127 = getelementptr inbounds i8, ptr %gep3676, i64 49920
  %1128 = load float, ptr %1127, align 4
  %1129 = insertelement <16 x float> poison, float %1128, i64 0
  %1130 = shufflevector <16 x float> %1129, <16 x float> poison, <16 x i32> zeroinitializer
  %1131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1130, <16 x float> %1093, <16 x float> %acc20.02892.1)
  %1132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1130, <16 x float> %1096, <16 x float> %acc21.02891.1)
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1130, <16 x float> %1099, <16 x float> %acc22.02890.1)
  %1134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1130, <16 x float> %1102, <16 x float> %acc23.02889.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.02888.1, 1
  %exitcond3394.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3394.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1135 = or disjoint i64 %1014, 64
  %1136 = getelementptr inbounds float, ptr %KSdS, i64 %1135
  store <16 x float> %1107, ptr %1136, align 4
  %1137 = or disjoint i64 %1014, 80
  %1138 = getelementptr inbounds float, ptr %KSdS, i64 %1137
  store <16 x float> %1108, ptr %1138, align 4
  %1139 = or disjoint i64 %1014, 96
  %1140 = getelementptr inbounds float, ptr %KSdS, i64 %1139
  store <16 x float> %1109, ptr %1140, align 4
  %1141 = or disjoint i64 %1014, 112
  %1142 = getelementptr inbounds float, ptr %KSdS, i64 %1141
  store <16 x float> %1110, ptr %1142, align 4
  %1143 = or disjoint i64 %1014, 192
  %1144 = getelementptr inbounds float, ptr %KSdS, i64 %1143
  store <16 x float> %1115, ptr %1144, align 4
  %1145 = or disjoint i64 %1014, 208
  %1146 = getelementptr inbounds float, ptr %KSdS, i64 %1145
  store <16 x float> %1116, ptr %1146, align 4
  %1147 = or disjoint i64 %1014, 224
  %1148 = getelementptr inbounds float, ptr %KSdS, i64 %1147
  store <16 x float> %1117, ptr %1148, align 4
  %1149 = or disjoint i64 %1014, 240
  %1150 = getelementptr inbounds float, ptr %KSdS, i64 %1149
  store <16 x float> %1118, ptr %1150, align 4
  %1151 = or disjoint i64 %1014, 320
  %1152 = getelementptr inbounds float, ptr %KSdS, i64 %1151
  store <16 x float> %1123, ptr %1152, align 4
  %1153 = or disjoint i64 %1014, 336
  %1154 = getelementptr inbounds float, ptr %KSdS, i64 %1153
  store <16 x float> %1124, ptr %1154, align 4
  %1155 = or disjoint i64 %1014, 352
  %1156 = getelementptr inbounds float, ptr %KSdS, i64 %1155
  store <16 x float> %1125, ptr %1156, align 4
  %1157 = or disjoint i64 %1014, 368
  %1158 = getelementptr inbounds float, ptr %KSdS, i64 %1157
  store <16 x float> %1126, ptr %1158, align 4
  %1159 = or disjoint i64 %1014, 448
  %1160 = getelementptr inbounds float, ptr %KSdS, i64 %1159
  store <16 x float> %1131, ptr %1160, align 4
  %1161 = or disjoint i64 %1014, 464
  %1162 = getelementptr inbounds float, ptr %KSdS, i64 %1161
  store <16 x float> %1132, ptr %1162, align 4
  %1163 = or disjoint i64 %1014, 480
  %1164 = getelementptr inbounds float, ptr %KSdS, i64 %1163
  store <16 x float> %1133, ptr %1164, align 4
  %1165 = or disjoint i64 %1014, 496
  %1166 = getelementptr inbounds float, ptr %KSdS, i64 %1165
  store <16 x float> %1134, ptr %1166, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02906, 4
  %1167 = icmp ult i64 %i24.addr.02906, 124
  br i1 %1167, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.02908 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3169 = shl nsw i64 %i25.addr.02908, 8
  %1168 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3169
  %1169 = load <16 x float>, ptr %1168, align 4
  %.idx3170 = shl nsw i64 %i25.addr.02908, 9
  %1170 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3170
  %1171 = load <16 x float>, ptr %1170, align 4
  %1172 = fsub <16 x float> %1169, %1171
  store <16 x float> %1172, ptr %1168, align 4
  %1173 = getelementptr inbounds i8, ptr %23, i64 %.idx3169
  %1174 = load <16 x float>, ptr %1173, align 4
  %1175 = getelementptr inbounds i8, ptr %24, i64 %.idx3170
  %1176 = load <16 x float>, ptr %1175, align 4
  %1177 = fsub <16 x float> %1174, %1176
  store <16 x float> %1177, ptr %1173, align 4
  %1178 = getelementptr inbounds i8, ptr %25, i64 %.idx3169
  %1179 = load <16 x float>, ptr %1178, align 4
  %1180 = getelementptr inbounds i8, ptr %26, i64 %.idx3170
  %1181 = load <16 x float>, ptr %1180, align 4
  %1182 = fsub <16 x float> %1179, %1181
  store <16 x float> %1182, ptr %1178, align 4
  %1183 = getelementptr inbounds i8, ptr %27, i64 %.idx3169
  %1184 = load <16 x float>, ptr %1183, align 4
  %1185 = getelementptr inbounds i8, ptr %28, i64 %.idx3170
  %1186 = load <16 x float>, ptr %1185, align 4
  %1187 = fsub <16 x float> %1184, %1186
  store <16 x float> %1187, ptr %1183, align 4
  %i25.next = or disjoint i64 %i25.addr.02908, 1
  %.idx3169.1 = shl nsw i64 %i25.next, 8
  %1188 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3169.1
  %1189 = load <16 x float>, ptr %1188, align 4
  %.idx3170.1 = shl nsw i64 %i25.next, 9
  %1190 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3170.1
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = fsub <16 x float> %1189, %1191
  store <16 x float> %1192, ptr %1188, align 4
  %1193 = getelementptr inbounds i8, ptr %23, i64 %.idx3169.1
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = getelementptr inbounds i8, ptr %24, i64 %.idx3170.1
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = fsub <16 x float> %1194, %1196
  store <16 x float> %1197, ptr %1193, align 4
  %1198 = getelementptr inbounds i8, ptr %25, i64 %.idx3169.1
  %1199 = load <16 x float>, ptr %1198, align 4
  %1200 = getelementptr inbounds i8, ptr %26, i64 %.idx3170.1
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = fsub <16 x float> %1199, %1201
  store <16 x float> %1202, ptr %1198, align 4
  %1203 = getelementptr inbounds i8, ptr %27, i64 %.idx3169.1
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = getelementptr inbounds i8, ptr %28, i64 %.idx3170.1
  %1206 = load <16 x float>, ptr %1205, align 4
  %1207 = fsub <16 x float> %1204, %1206
  store <16 x float> %1207, ptr %1203, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.02908, 2
  %exitcond3395.not.1 = icmp eq i64 %i25.next.1, 128
  br i1 %exitcond3395.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.02941 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02941, 2
  %.not3171 = icmp eq i64 %ib.addr.02941, 0
  br i1 %.not3171, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2836 = shl nuw nsw i64 %ib.addr.02941, 11
  %1208 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2836
  %1209 = shl nuw nsw i64 %ib.addr.02941, 9
  %1210 = or disjoint i64 %1209, 128
  %1211 = getelementptr inbounds float, ptr %Gm, i64 %1210
  %1212 = or disjoint i64 %1209, 256
  %1213 = getelementptr inbounds float, ptr %Gm, i64 %1212
  %1214 = or disjoint i64 %1209, 384
  %1215 = getelementptr inbounds float, ptr %Gm, i64 %1214
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.02925 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1232, %j21.body ]
  %acc25.02924 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1233, %j21.body ]
  %acc26.02923 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1234, %j21.body ]
  %acc27.02922 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1235, %j21.body ]
  %acc28.02921 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1240, %j21.body ]
  %acc29.02920 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1241, %j21.body ]
  %acc30.02919 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1242, %j21.body ]
  %acc31.02918 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1243, %j21.body ]
  %acc32.02917 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1248, %j21.body ]
  %acc33.02916 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1249, %j21.body ]
  %acc34.02915 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1250, %j21.body ]
  %acc35.02914 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1251, %j21.body ]
  %acc36.02913 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1256, %j21.body ]
  %acc37.02912 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1257, %j21.body ]
  %acc38.02911 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1258, %j21.body ]
  %acc39.02910 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1259, %j21.body ]
  %j21.addr.02909 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1216 = shl nsw i64 %j21.addr.02909, 6
  %1217 = getelementptr inbounds float, ptr %Vn, i64 %1216
  %1218 = load <16 x float>, ptr %1217, align 4
  %1219 = or disjoint i64 %1216, 16
  %1220 = getelementptr inbounds float, ptr %Vn, i64 %1219
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = or disjoint i64 %1216, 32
  %1223 = getelementptr inbounds float, ptr %Vn, i64 %1222
  %1224 = load <16 x float>, ptr %1223, align 4
  %1225 = or disjoint i64 %1216, 48
  %1226 = getelementptr inbounds float, ptr %Vn, i64 %1225
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = getelementptr inbounds float, ptr %1208, i64 %j21.addr.02909
  %1229 = load float, ptr %1228, align 4
  %1230 = insertelement <16 x float> poison, float %1229, i64 0
  %1231 = shufflevector <16 x float> %1230, <16 x float> poison, <16 x i32> zeroinitializer
  %1232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1231, <16 x float> %1218, <16 x float> %acc24.02925)
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1231, <16 x float> %1221, <16 x float> %acc25.02924)
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1231, <16 x float> %1224, <16 x float> %acc26.02923)
  %1235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1231, <16 x float> %1227, <16 x float> %acc27.02922)
  %1236 = getelementptr inbounds float, ptr %1211, i64 %j21.addr.02909
  %1237 = load float, ptr %1236, align 4
  %1238 = insertelement <16 x float> poison, float %1237, i64 0
  %1239 = shufflevector <16 x float> %1238, <16 x float> poison, <16 x i32> zeroinitializer
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1218, <16 x float> %acc28.02921)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1221, <16 x float> %acc29.02920)
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1224, <16 x float> %acc30.02919)
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1227, <16 x float> %acc31.02918)
  %1244 = getelementptr inbounds float, ptr %1213, i64 %j21.addr.02909
  %1245 = load float, ptr %1244, align 4
  %1246 = insertelement <16 x float> poison, float %1245, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1218, <16 x float> %acc32.02917)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1221, <16 x float> %acc33.02916)
  %1250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1224, <16 x float> %acc34.02915)
  %1251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1227, <16 x float> %acc35.02914)
  %1252 = getelementptr inbounds float, ptr %1215, i64 %j21.addr.02909
  %1253 = load float, ptr %1252, align 4
  %1254 = insertelement <16 x float> poison, float %1253, i64 0
  %1255 = shufflevector <16 x float> %1254, <16 x float> poison, <16 x i32> zeroinitializer
  %1256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1255, <16 x float> %1218, <16 x float> %acc36.02913)
  %1257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1255, <16 x float> %1221, <16 x float> %acc37.02912)
  %1258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1255, <16 x float> %1224, <16 x float> %acc38.02911)
  %1259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1255, <16 x float> %1227, <16 x float> %acc39.02910)
  %j21.next = add nuw nsw i64 %j21.addr.02909, 1
  %exitcond3396.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3396.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1259, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1258, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1257, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1256, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1251, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1250, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1249, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1248, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1243, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1242, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1241, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1240, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1235, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1234, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1233, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1232, %j21.body ]
  %1260 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1261 = load float, ptr %1260, align 4
  %1262 = shl nuw nsw i64 %ib.addr.02941, 8
  %1263 = getelementptr inbounds float, ptr %Rr, i64 %1262
  %1264 = load <16 x float>, ptr %1263, align 4
  %1265 = fsub <16 x float> %1264, %acc24.0.lcssa
  store <16 x float> %1265, ptr %1263, align 4
  %1266 = insertelement <16 x float> poison, float %1261, i64 0
  %1267 = shufflevector <16 x float> %1266, <16 x float> poison, <16 x i32> zeroinitializer
  %1268 = fmul <16 x float> %1267, %1265
  %1269 = getelementptr inbounds float, ptr %Vn, i64 %1262
  store <16 x float> %1268, ptr %1269, align 4
  %1270 = mul nuw nsw i64 %ib.addr.02941, 1280
  %1271 = getelementptr inbounds float, ptr %Ak, i64 %1270
  store <16 x float> %1268, ptr %1271, align 4
  %1272 = or disjoint i64 %1262, 16
  %1273 = getelementptr inbounds float, ptr %Rr, i64 %1272
  %1274 = load <16 x float>, ptr %1273, align 4
  %1275 = fsub <16 x float> %1274, %acc25.0.lcssa
  store <16 x float> %1275, ptr %1273, align 4
  %1276 = fmul <16 x float> %1267, %1275
  %1277 = getelementptr inbounds float, ptr %Vn, i64 %1272
  store <16 x float> %1276, ptr %1277, align 4
  %1278 = or disjoint i64 %1270, 16
  %1279 = getelementptr inbounds float, ptr %Ak, i64 %1278
  store <16 x float> %1276, ptr %1279, align 4
  %1280 = or disjoint i64 %1262, 32
  %1281 = getelementptr inbounds float, ptr %Rr, i64 %1280
  %1282 = load <16 x float>, ptr %1281, align 4
  %1283 = fsub <16 x float> %1282, %acc26.0.lcssa
  store <16 x float> %1283, ptr %1281, align 4
  %1284 = fmul <16 x float> %1267, %1283
  %1285 = getelementptr inbounds float, ptr %Vn, i64 %1280
  store <16 x float> %1284, ptr %1285, align 4
  %1286 = or disjoint i64 %1270, 32
  %1287 = getelementptr inbounds float, ptr %Ak, i64 %1286
  store <16 x float> %1284, ptr %1287, align 4
  %1288 = or disjoint i64 %1262, 48
  %1289 = getelementptr inbounds float, ptr %Rr, i64 %1288
  %1290 = load <16 x float>, ptr %1289, align 4
  %1291 = fsub <16 x float> %1290, %acc27.0.lcssa
  store <16 x float> %1291, ptr %1289, align 4
  %1292 = fmul <16 x float> %1267, %1291
  %1293 = getelementptr inbounds float, ptr %Vn, i64 %1288
  store <16 x float> %1292, ptr %1293, align 4
  %1294 = or disjoint i64 %1270, 48
  %1295 = getelementptr inbounds float, ptr %Ak, i64 %1294
  store <16 x float> %1292, ptr %1295, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx3172 = shl nsw i64 %i26, 9
  %1296 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3172
  %1297 = getelementptr inbounds float, ptr %1296, i64 %i0
  %1298 = load float, ptr %1297, align 4
  %1299 = insertelement <16 x float> poison, float %1298, i64 0
  %1300 = shufflevector <16 x float> %1299, <16 x float> poison, <16 x i32> zeroinitializer
  %1301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1268, <16 x float> %acc28.0.lcssa)
  %1302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1276, <16 x float> %acc29.0.lcssa)
  %1303 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1284, <16 x float> %acc30.0.lcssa)
  %1304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1292, <16 x float> %acc31.0.lcssa)
  %1305 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1306 = load float, ptr %1305, align 4
  %1307 = shl nuw nsw i64 %i26, 6
  %1308 = getelementptr inbounds float, ptr %Rr, i64 %1307
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = fsub <16 x float> %1309, %1301
  store <16 x float> %1310, ptr %1308, align 4
  %1311 = insertelement <16 x float> poison, float %1306, i64 0
  %1312 = shufflevector <16 x float> %1311, <16 x float> poison, <16 x i32> zeroinitializer
  %1313 = fmul <16 x float> %1312, %1310
  %1314 = getelementptr inbounds float, ptr %Vn, i64 %1307
  store <16 x float> %1313, ptr %1314, align 4
  %1315 = mul nuw nsw i64 %i26, 320
  %1316 = getelementptr inbounds float, ptr %Ak, i64 %1315
  store <16 x float> %1313, ptr %1316, align 4
  %1317 = or disjoint i64 %1307, 16
  %1318 = getelementptr inbounds float, ptr %Rr, i64 %1317
  %1319 = load <16 x float>, ptr %1318, align 4
  %1320 = fsub <16 x float> %1319, %1302
  store <16 x float> %1320, ptr %1318, align 4
  %1321 = fmul <16 x float> %1312, %1320
  %1322 = getelementptr inbounds float, ptr %Vn, i64 %1317
  store <16 x float> %1321, ptr %1322, align 4
  %1323 = or disjoint i64 %1315, 16
  %1324 = getelementptr inbounds float, ptr %Ak, i64 %1323
  store <16 x float> %1321, ptr %1324, align 4
  %1325 = or disjoint i64 %1307, 32
  %1326 = getelementptr inbounds float, ptr %Rr, i64 %1325
  %1327 = load <16 x float>, ptr %1326, align 4
  %1328 = fsub <16 x float> %1327, %1303
  store <16 x float> %1328, ptr %1326, align 4
  %1329 = fmul <16 x float> %1312, %1328
  %1330 = getelementptr inbounds float, ptr %Vn, i64 %1325
  store <16 x float> %1329, ptr %1330, align 4
  %1331 = or disjoint i64 %1315, 32
  %1332 = getelementptr inbounds float, ptr %Ak, i64 %1331
  store <16 x float> %1329, ptr %1332, align 4
  %1333 = or disjoint i64 %1307, 48
  %1334 = getelementptr inbounds float, ptr %Rr, i64 %1333
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = fsub <16 x float> %1335, %1304
  store <16 x float> %1336, ptr %1334, align 4
  %1337 = fmul <16 x float> %1312, %1336
  %1338 = getelementptr inbounds float, ptr %Vn, i64 %1333
  store <16 x float> %1337, ptr %1338, align 4
  %1339 = or disjoint i64 %1315, 48
  %1340 = getelementptr inbounds float, ptr %Ak, i64 %1339
  store <16 x float> %1337, ptr %1340, align 4
  %i27 = or disjoint i64 %i0, 2
  %1341 = shl nuw nsw i64 %i27, 7
  %1342 = or disjoint i64 %1341, %i0
  %1343 = getelementptr inbounds float, ptr %Gm, i64 %1342
  %1344 = load float, ptr %1343, align 4
  %1345 = insertelement <16 x float> poison, float %1344, i64 0
  %1346 = shufflevector <16 x float> %1345, <16 x float> poison, <16 x i32> zeroinitializer
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1268, <16 x float> %acc32.0.lcssa)
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1276, <16 x float> %acc33.0.lcssa)
  %1349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1284, <16 x float> %acc34.0.lcssa)
  %1350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1292, <16 x float> %acc35.0.lcssa)
  %1351 = or disjoint i64 %1341, %i26
  %1352 = getelementptr inbounds float, ptr %Gm, i64 %1351
  %1353 = load float, ptr %1352, align 4
  %1354 = insertelement <16 x float> poison, float %1353, i64 0
  %1355 = shufflevector <16 x float> %1354, <16 x float> poison, <16 x i32> zeroinitializer
  %1356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1313, <16 x float> %1347)
  %1357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1321, <16 x float> %1348)
  %1358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1329, <16 x float> %1349)
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1337, <16 x float> %1350)
  %1360 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1361 = load float, ptr %1360, align 4
  %1362 = shl nuw nsw i64 %i27, 6
  %1363 = getelementptr inbounds float, ptr %Rr, i64 %1362
  %1364 = load <16 x float>, ptr %1363, align 4
  %1365 = fsub <16 x float> %1364, %1356
  store <16 x float> %1365, ptr %1363, align 4
  %1366 = insertelement <16 x float> poison, float %1361, i64 0
  %1367 = shufflevector <16 x float> %1366, <16 x float> poison, <16 x i32> zeroinitializer
  %1368 = fmul <16 x float> %1367, %1365
  %1369 = getelementptr inbounds float, ptr %Vn, i64 %1362
  store <16 x float> %1368, ptr %1369, align 4
  %1370 = mul nuw nsw i64 %i27, 320
  %1371 = getelementptr inbounds float, ptr %Ak, i64 %1370
  store <16 x float> %1368, ptr %1371, align 4
  %1372 = or disjoint i64 %1362, 16
  %1373 = getelementptr inbounds float, ptr %Rr, i64 %1372
  %1374 = load <16 x float>, ptr %1373, align 4
  %1375 = fsub <16 x float> %1374, %1357
  store <16 x float> %1375, ptr %1373, align 4
  %1376 = fmul <16 x float> %1367, %1375
  %1377 = getelementptr inbounds float, ptr %Vn, i64 %1372
  store <16 x float> %1376, ptr %1377, align 4
  %1378 = or disjoint i64 %1370, 16
  %1379 = getelementptr inbounds float, ptr %Ak, i64 %1378
  store <16 x float> %1376, ptr %1379, align 4
  %1380 = or disjoint i64 %1362, 32
  %1381 = getelementptr inbounds float, ptr %Rr, i64 %1380
  %1382 = load <16 x float>, ptr %1381, align 4
  %1383 = fsub <16 x float> %1382, %1358
  store <16 x float> %1383, ptr %1381, align 4
  %1384 = fmul <16 x float> %1367, %1383
  %1385 = getelementptr inbounds float, ptr %Vn, i64 %1380
  store <16 x float> %1384, ptr %1385, align 4
  %1386 = or disjoint i64 %1370, 32
  %1387 = getelementptr inbounds float, ptr %Ak, i64 %1386
  store <16 x float> %1384, ptr %1387, align 4
  %1388 = or disjoint i64 %1362, 48
  %1389 = getelementptr inbounds float, ptr %Rr, i64 %1388
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = fsub <16 x float> %1390, %1359
  store <16 x float> %1391, ptr %1389, align 4
  %1392 = fmul <16 x float> %1367, %1391
  %1393 = getelementptr inbounds float, ptr %Vn, i64 %1388
  store <16 x float> %1392, ptr %1393, align 4
  %1394 = or disjoint i64 %1370, 48
  %1395 = getelementptr inbounds float, ptr %Ak, i64 %1394
  store <16 x float> %1392, ptr %1395, align 4
  %i28 = or disjoint i64 %i0, 3
  %1396 = shl nuw nsw i64 %i28, 7
  %1397 = or disjoint i64 %1396, %i0
  %1398 = getelementptr inbounds float, ptr %Gm, i64 %1397
  %1399 = load float, ptr %1398, align 4
  %1400 = insertelement <16 x float> poison, float %1399, i64 0
  %1401 = shufflevector <16 x float> %1400, <16 x float> poison, <16 x i32> zeroinitializer
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1268, <16 x float> %acc36.0.lcssa)
  %1403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1276, <16 x float> %acc37.0.lcssa)
  %1404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1284, <16 x float> %acc38.0.lcssa)
  %1405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1292, <16 x float> %acc39.0.lcssa)
  %1406 = or disjoint i64 %1396, %i26
  %1407 = getelementptr inbounds float, ptr %Gm, i64 %1406
  %1408 = load float, ptr %1407, align 4
  %1409 = insertelement <16 x float> poison, float %1408, i64 0
  %1410 = shufflevector <16 x float> %1409, <16 x float> poison, <16 x i32> zeroinitializer
  %1411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1313, <16 x float> %1402)
  %1412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1321, <16 x float> %1403)
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1329, <16 x float> %1404)
  %1414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1337, <16 x float> %1405)
  %1415 = or disjoint i64 %1396, %i27
  %1416 = getelementptr inbounds float, ptr %Gm, i64 %1415
  %1417 = load float, ptr %1416, align 4
  %1418 = insertelement <16 x float> poison, float %1417, i64 0
  %1419 = shufflevector <16 x float> %1418, <16 x float> poison, <16 x i32> zeroinitializer
  %1420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1419, <16 x float> %1368, <16 x float> %1411)
  %1421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1419, <16 x float> %1376, <16 x float> %1412)
  %1422 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1419, <16 x float> %1384, <16 x float> %1413)
  %1423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1419, <16 x float> %1392, <16 x float> %1414)
  %1424 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1425 = load float, ptr %1424, align 4
  %1426 = shl nuw nsw i64 %i28, 6
  %1427 = getelementptr inbounds float, ptr %Rr, i64 %1426
  %1428 = load <16 x float>, ptr %1427, align 4
  %1429 = fsub <16 x float> %1428, %1420
  store <16 x float> %1429, ptr %1427, align 4
  %1430 = insertelement <16 x float> poison, float %1425, i64 0
  %1431 = shufflevector <16 x float> %1430, <16 x float> poison, <16 x i32> zeroinitializer
  %1432 = fmul <16 x float> %1431, %1429
  %1433 = getelementptr inbounds float, ptr %Vn, i64 %1426
  store <16 x float> %1432, ptr %1433, align 4
  %1434 = mul nuw nsw i64 %i28, 320
  %1435 = getelementptr inbounds float, ptr %Ak, i64 %1434
  store <16 x float> %1432, ptr %1435, align 4
  %1436 = or disjoint i64 %1426, 16
  %1437 = getelementptr inbounds float, ptr %Rr, i64 %1436
  %1438 = load <16 x float>, ptr %1437, align 4
  %1439 = fsub <16 x float> %1438, %1421
  store <16 x float> %1439, ptr %1437, align 4
  %1440 = fmul <16 x float> %1431, %1439
  %1441 = getelementptr inbounds float, ptr %Vn, i64 %1436
  store <16 x float> %1440, ptr %1441, align 4
  %1442 = or disjoint i64 %1434, 16
  %1443 = getelementptr inbounds float, ptr %Ak, i64 %1442
  store <16 x float> %1440, ptr %1443, align 4
  %1444 = or disjoint i64 %1426, 32
  %1445 = getelementptr inbounds float, ptr %Rr, i64 %1444
  %1446 = load <16 x float>, ptr %1445, align 4
  %1447 = fsub <16 x float> %1446, %1422
  store <16 x float> %1447, ptr %1445, align 4
  %1448 = fmul <16 x float> %1431, %1447
  %1449 = getelementptr inbounds float, ptr %Vn, i64 %1444
  store <16 x float> %1448, ptr %1449, align 4
  %1450 = or disjoint i64 %1434, 32
  %1451 = getelementptr inbounds float, ptr %Ak, i64 %1450
  store <16 x float> %1448, ptr %1451, align 4
  %1452 = or disjoint i64 %1426, 48
  %1453 = getelementptr inbounds float, ptr %Rr, i64 %1452
  %1454 = load <16 x float>, ptr %1453, align 4
  %1455 = fsub <16 x float> %1454, %1423
  store <16 x float> %1455, ptr %1453, align 4
  %1456 = fmul <16 x float> %1431, %1455
  %1457 = getelementptr inbounds float, ptr %Vn, i64 %1452
  store <16 x float> %1456, ptr %1457, align 4
  %1458 = or disjoint i64 %1434, 48
  %1459 = getelementptr inbounds float, ptr %Ak, i64 %1458
  store <16 x float> %1456, ptr %1459, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02941, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3397.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3397.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02943 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1460 = shl nuw nsw i64 %i29.addr.02943, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.02942 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %1461 = add nuw nsw i64 %j22.addr.02942, %1460
  %1462 = getelementptr inbounds float, ptr %Vn, i64 %1461
  %1463 = load <16 x float>, ptr %1462, align 4
  %1464 = or disjoint i64 %1461, 512
  %1465 = getelementptr inbounds float, ptr %Vn, i64 %1464
  %1466 = load <16 x float>, ptr %1465, align 4
  %1467 = or disjoint i64 %1461, 64
  %1468 = getelementptr inbounds float, ptr %Vn, i64 %1467
  %1469 = load <16 x float>, ptr %1468, align 4
  %1470 = or disjoint i64 %1461, 576
  %1471 = getelementptr inbounds float, ptr %Vn, i64 %1470
  %1472 = load <16 x float>, ptr %1471, align 4
  %1473 = or disjoint i64 %1461, 128
  %1474 = getelementptr inbounds float, ptr %Vn, i64 %1473
  %1475 = load <16 x float>, ptr %1474, align 4
  %1476 = or disjoint i64 %1461, 640
  %1477 = getelementptr inbounds float, ptr %Vn, i64 %1476
  %1478 = load <16 x float>, ptr %1477, align 4
  %1479 = or disjoint i64 %1461, 192
  %1480 = getelementptr inbounds float, ptr %Vn, i64 %1479
  %1481 = load <16 x float>, ptr %1480, align 4
  %1482 = or disjoint i64 %1461, 704
  %1483 = getelementptr inbounds float, ptr %Vn, i64 %1482
  %1484 = load <16 x float>, ptr %1483, align 4
  %1485 = or disjoint i64 %1461, 256
  %1486 = getelementptr inbounds float, ptr %Vn, i64 %1485
  %1487 = load <16 x float>, ptr %1486, align 4
  %1488 = or disjoint i64 %1461, 768
  %1489 = getelementptr inbounds float, ptr %Vn, i64 %1488
  %1490 = load <16 x float>, ptr %1489, align 4
  %1491 = or disjoint i64 %1461, 320
  %1492 = getelementptr inbounds float, ptr %Vn, i64 %1491
  %1493 = load <16 x float>, ptr %1492, align 4
  %1494 = or disjoint i64 %1461, 832
  %1495 = getelementptr inbounds float, ptr %Vn, i64 %1494
  %1496 = load <16 x float>, ptr %1495, align 4
  %1497 = or disjoint i64 %1461, 384
  %1498 = getelementptr inbounds float, ptr %Vn, i64 %1497
  %1499 = load <16 x float>, ptr %1498, align 4
  %1500 = or disjoint i64 %1461, 896
  %1501 = getelementptr inbounds float, ptr %Vn, i64 %1500
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1461, 448
  %1504 = getelementptr inbounds float, ptr %Vn, i64 %1503
  %1505 = load <16 x float>, ptr %1504, align 4
  %1506 = or disjoint i64 %1461, 960
  %1507 = getelementptr inbounds float, ptr %Vn, i64 %1506
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = shufflevector <16 x float> %1463, <16 x float> %1466, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1510 = shufflevector <16 x float> %1487, <16 x float> %1490, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1511 = shufflevector <16 x float> %1469, <16 x float> %1472, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1512 = shufflevector <16 x float> %1493, <16 x float> %1496, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1513 = shufflevector <16 x float> %1475, <16 x float> %1478, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1514 = shufflevector <16 x float> %1499, <16 x float> %1502, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1515 = shufflevector <16 x float> %1481, <16 x float> %1484, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1516 = shufflevector <16 x float> %1505, <16 x float> %1508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1517 = shufflevector <16 x float> %1463, <16 x float> %1466, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1518 = shufflevector <16 x float> %1487, <16 x float> %1490, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1519 = shufflevector <16 x float> %1469, <16 x float> %1472, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1520 = shufflevector <16 x float> %1493, <16 x float> %1496, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1521 = shufflevector <16 x float> %1475, <16 x float> %1478, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1522 = shufflevector <16 x float> %1499, <16 x float> %1502, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1523 = shufflevector <16 x float> %1481, <16 x float> %1484, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1524 = shufflevector <16 x float> %1505, <16 x float> %1508, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1525 = shufflevector <16 x float> %1509, <16 x float> %1510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1526 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1527 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1528 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1529 = shufflevector <16 x float> %1509, <16 x float> %1510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1530 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1531 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1532 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1533 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1534 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1535 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1536 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1537 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1538 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1539 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1541 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1542 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1543 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1544 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1545 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1546 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1547 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1548 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1549 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1550 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1551 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1552 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1553 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1554 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1555 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1556 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1557 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1558 = shl nuw nsw i64 %j22.addr.02942, 7
  %1559 = add nuw nsw i64 %1558, %i29.addr.02943
  %1560 = getelementptr inbounds float, ptr %VnT, i64 %1559
  store <16 x float> %1557, ptr %1560, align 4
  %1561 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1562 = or disjoint i64 %1559, 128
  %1563 = getelementptr inbounds float, ptr %VnT, i64 %1562
  store <16 x float> %1561, ptr %1563, align 4
  %1564 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1565 = or disjoint i64 %1559, 256
  %1566 = getelementptr inbounds float, ptr %VnT, i64 %1565
  store <16 x float> %1564, ptr %1566, align 4
  %1567 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1568 = or disjoint i64 %1559, 384
  %1569 = getelementptr inbounds float, ptr %VnT, i64 %1568
  store <16 x float> %1567, ptr %1569, align 4
  %1570 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1571 = or disjoint i64 %1559, 512
  %1572 = getelementptr inbounds float, ptr %VnT, i64 %1571
  store <16 x float> %1570, ptr %1572, align 4
  %1573 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1574 = or disjoint i64 %1559, 640
  %1575 = getelementptr inbounds float, ptr %VnT, i64 %1574
  store <16 x float> %1573, ptr %1575, align 4
  %1576 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1577 = or disjoint i64 %1559, 768
  %1578 = getelementptr inbounds float, ptr %VnT, i64 %1577
  store <16 x float> %1576, ptr %1578, align 4
  %1579 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1580 = or disjoint i64 %1559, 896
  %1581 = getelementptr inbounds float, ptr %VnT, i64 %1580
  store <16 x float> %1579, ptr %1581, align 4
  %1582 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1583 = or disjoint i64 %1559, 1024
  %1584 = getelementptr inbounds float, ptr %VnT, i64 %1583
  store <16 x float> %1582, ptr %1584, align 4
  %1585 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1586 = or disjoint i64 %1559, 1152
  %1587 = getelementptr inbounds float, ptr %VnT, i64 %1586
  store <16 x float> %1585, ptr %1587, align 4
  %1588 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1589 = or disjoint i64 %1559, 1280
  %1590 = getelementptr inbounds float, ptr %VnT, i64 %1589
  store <16 x float> %1588, ptr %1590, align 4
  %1591 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1592 = or disjoint i64 %1559, 1408
  %1593 = getelementptr inbounds float, ptr %VnT, i64 %1592
  store <16 x float> %1591, ptr %1593, align 4
  %1594 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1595 = or disjoint i64 %1559, 1536
  %1596 = getelementptr inbounds float, ptr %VnT, i64 %1595
  store <16 x float> %1594, ptr %1596, align 4
  %1597 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1598 = or disjoint i64 %1559, 1664
  %1599 = getelementptr inbounds float, ptr %VnT, i64 %1598
  store <16 x float> %1597, ptr %1599, align 4
  %1600 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1601 = or disjoint i64 %1559, 1792
  %1602 = getelementptr inbounds float, ptr %VnT, i64 %1601
  store <16 x float> %1600, ptr %1602, align 4
  %1603 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1604 = or disjoint i64 %1559, 1920
  %1605 = getelementptr inbounds float, ptr %VnT, i64 %1604
  store <16 x float> %1603, ptr %1605, align 4
  %j22.next = add nuw nsw i64 %j22.addr.02942, 16
  %1606 = icmp ult i64 %j22.addr.02942, 48
  br i1 %1606, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02943, 16
  %1607 = icmp ult i64 %i29.addr.02943, 112
  br i1 %1607, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02961 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1608 = shl nuw nsw i64 %i30.addr.02961, 6
  %invariant.gep3677 = getelementptr inbounds float, ptr %Bk, i64 %1608
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.02960 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1625, %p6.body ]
  %acc41.02959 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1626, %p6.body ]
  %acc42.02958 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1627, %p6.body ]
  %acc43.02957 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1628, %p6.body ]
  %acc44.02956 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1633, %p6.body ]
  %acc45.02955 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1634, %p6.body ]
  %acc46.02954 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1635, %p6.body ]
  %acc47.02953 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1636, %p6.body ]
  %acc48.02952 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1641, %p6.body ]
  %acc49.02951 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1642, %p6.body ]
  %acc50.02950 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1643, %p6.body ]
  %acc51.02949 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1644, %p6.body ]
  %acc52.02948 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1649, %p6.body ]
  %acc53.02947 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1650, %p6.body ]
  %acc54.02946 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1651, %p6.body ]
  %acc55.02945 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1652, %p6.body ]
  %p6.addr.02944 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1609 = shl nuw nsw i64 %p6.addr.02944, 6
  %1610 = getelementptr inbounds float, ptr %QcT, i64 %1609
  %1611 = load <16 x float>, ptr %1610, align 4
  %1612 = or disjoint i64 %1609, 16
  %1613 = getelementptr inbounds float, ptr %QcT, i64 %1612
  %1614 = load <16 x float>, ptr %1613, align 4
  %1615 = or disjoint i64 %1609, 32
  %1616 = getelementptr inbounds float, ptr %QcT, i64 %1615
  %1617 = load <16 x float>, ptr %1616, align 4
  %1618 = or disjoint i64 %1609, 48
  %1619 = getelementptr inbounds float, ptr %QcT, i64 %1618
  %1620 = load <16 x float>, ptr %1619, align 4
  %gep3678 = getelementptr inbounds float, ptr %invariant.gep3677, i64 %p6.addr.02944
  %1621 = getelementptr inbounds i8, ptr %gep3678, i64 49152
  %1622 = load float, ptr %1621, align 4
  %1623 = insertelement <16 x float> poison, float %1622, i64 0
  %1624 = shufflevector <16 x float> %1623, <16 x float> poison, <16 x i32> zeroinitializer
  %1625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1611, <16 x float> %acc40.02960)
  %1626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1614, <16 x float> %acc41.02959)
  %1627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1617, <16 x float> %acc42.02958)
  %1628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1624, <16 x float> %1620, <16 x float> %acc43.02957)
  %1629 = getelementptr inbounds i8, ptr %gep3678, i64 49408
  %1630 = load float, ptr %1629, align 4
  %1631 = insertelement <16 x float> poison, float %1630, i64 0
  %1632 = shufflevector <16 x float> %1631, <16 x float> poison, <16 x i32> zeroinitializer
  %1633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1632, <16 x float> %1611, <16 x float> %acc44.02956)
  %1634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1632, <16 x float> %1614, <16 x float> %acc45.02955)
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1632, <16 x float> %1617, <16 x float> %acc46.02954)
  %1636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1632, <16 x float> %1620, <16 x float> %acc47.02953)
  %1637 = getelementptr inbounds i8, ptr %gep3678, i64 49664
  %1638 = load float, ptr %1637, align 4
  %1639 = insertelement <16 x float> poison, float %1638, i64 0
  %1640 = shufflevector <16 x float> %1639, <16 x float> poison, <16 x i32> zeroinitializer
  %1641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1611, <16 x float> %acc48.02952)
  %1642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1614, <16 x float> %acc49.02951)
  %1643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1617, <16 x float> %acc50.02950)
  %1644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1620, <16 x float> %acc51.02949)
  %1645 = getelementptr inbounds i8, ptr %gep3678, i64 49920
  %1646 = load float, ptr %1645, align 4
  %1647 = insertelement <16 x float> poison, float %1646, i64 0
  %1648 = shufflevector <16 x float> %1647, <16 x float> poison, <16 x i32> zeroinitializer
  %1649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1648, <16 x float> %1611, <16 x float> %acc52.02948)
  %1650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1648, <16 x float> %1614, <16 x float> %acc53.02947)
  %1651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1648, <16 x float> %1617, <16 x float> %acc54.02946)
  %1652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1648, <16 x float> %1620, <16 x float> %acc55.02945)
  %p6.next = add nuw nsw i64 %p6.addr.02944, 1
  %exitcond3398.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3398.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1653 = getelementptr inbounds float, ptr %PT, i64 %1608
  store <16 x float> %1625, ptr %1653, align 4
  %1654 = or disjoint i64 %1608, 16
  %1655 = getelementptr inbounds float, ptr %PT, i64 %1654
  store <16 x float> %1626, ptr %1655, align 4
  %1656 = or disjoint i64 %1608, 32
  %1657 = getelementptr inbounds float, ptr %PT, i64 %1656
  store <16 x float> %1627, ptr %1657, align 4
  %1658 = or disjoint i64 %1608, 48
  %1659 = getelementptr inbounds float, ptr %PT, i64 %1658
  store <16 x float> %1628, ptr %1659, align 4
  %1660 = or disjoint i64 %1608, 64
  %1661 = getelementptr inbounds float, ptr %PT, i64 %1660
  store <16 x float> %1633, ptr %1661, align 4
  %1662 = or disjoint i64 %1608, 80
  %1663 = getelementptr inbounds float, ptr %PT, i64 %1662
  store <16 x float> %1634, ptr %1663, align 4
  %1664 = or disjoint i64 %1608, 96
  %1665 = getelementptr inbounds float, ptr %PT, i64 %1664
  store <16 x float> %1635, ptr %1665, align 4
  %1666 = or disjoint i64 %1608, 112
  %1667 = getelementptr inbounds float, ptr %PT, i64 %1666
  store <16 x float> %1636, ptr %1667, align 4
  %1668 = or disjoint i64 %1608, 128
  %1669 = getelementptr inbounds float, ptr %PT, i64 %1668
  store <16 x float> %1641, ptr %1669, align 4
  %1670 = or disjoint i64 %1608, 144
  %1671 = getelementptr inbounds float, ptr %PT, i64 %1670
  store <16 x float> %1642, ptr %1671, align 4
  %1672 = or disjoint i64 %1608, 160
  %1673 = getelementptr inbounds float, ptr %PT, i64 %1672
  store <16 x float> %1643, ptr %1673, align 4
  %1674 = or disjoint i64 %1608, 176
  %1675 = getelementptr inbounds float, ptr %PT, i64 %1674
  store <16 x float> %1644, ptr %1675, align 4
  %1676 = or disjoint i64 %1608, 192
  %1677 = getelementptr inbounds float, ptr %PT, i64 %1676
  store <16 x float> %1649, ptr %1677, align 4
  %1678 = or disjoint i64 %1608, 208
  %1679 = getelementptr inbounds float, ptr %PT, i64 %1678
  store <16 x float> %1650, ptr %1679, align 4
  %1680 = or disjoint i64 %1608, 224
  %1681 = getelementptr inbounds float, ptr %PT, i64 %1680
  store <16 x float> %1651, ptr %1681, align 4
  %1682 = or disjoint i64 %1608, 240
  %1683 = getelementptr inbounds float, ptr %PT, i64 %1682
  store <16 x float> %1652, ptr %1683, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02961, 4
  %1684 = icmp ult i64 %i30.addr.02961, 124
  br i1 %1684, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02964 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3173 = shl nsw i64 %t2.addr.02964, 9
  %1685 = getelementptr inbounds i8, ptr %PT, i64 %.idx3173
  %1686 = load <16 x float>, ptr %1685, align 4
  %.idx3174 = shl nsw i64 %t2.addr.02964, 8
  %1687 = getelementptr inbounds i8, ptr %M, i64 %.idx3174
  %1688 = load <16 x float>, ptr %1687, align 4
  %1689 = fmul <16 x float> %1686, %1688
  store <16 x float> %1689, ptr %1685, align 4
  %1690 = getelementptr inbounds i8, ptr %29, i64 %.idx3173
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = getelementptr inbounds i8, ptr %30, i64 %.idx3174
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = fmul <16 x float> %1691, %1693
  store <16 x float> %1694, ptr %1690, align 4
  %1695 = getelementptr inbounds i8, ptr %31, i64 %.idx3173
  %1696 = load <16 x float>, ptr %1695, align 4
  %1697 = getelementptr inbounds i8, ptr %32, i64 %.idx3174
  %1698 = load <16 x float>, ptr %1697, align 4
  %1699 = fmul <16 x float> %1696, %1698
  store <16 x float> %1699, ptr %1695, align 4
  %1700 = getelementptr inbounds i8, ptr %33, i64 %.idx3173
  %1701 = load <16 x float>, ptr %1700, align 4
  %1702 = getelementptr inbounds i8, ptr %34, i64 %.idx3174
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = fmul <16 x float> %1701, %1703
  store <16 x float> %1704, ptr %1700, align 4
  %1705 = getelementptr inbounds i8, ptr %1685, i64 256
  %1706 = load <16 x float>, ptr %1705, align 4
  %1707 = load <16 x float>, ptr %1687, align 4
  %1708 = fmul <16 x float> %1706, %1707
  store <16 x float> %1708, ptr %1705, align 4
  %1709 = getelementptr inbounds i8, ptr %1690, i64 256
  %1710 = load <16 x float>, ptr %1709, align 4
  %1711 = load <16 x float>, ptr %1692, align 4
  %1712 = fmul <16 x float> %1710, %1711
  store <16 x float> %1712, ptr %1709, align 4
  %1713 = getelementptr inbounds i8, ptr %1695, i64 256
  %1714 = load <16 x float>, ptr %1713, align 4
  %1715 = load <16 x float>, ptr %1697, align 4
  %1716 = fmul <16 x float> %1714, %1715
  store <16 x float> %1716, ptr %1713, align 4
  %1717 = getelementptr inbounds i8, ptr %1700, i64 256
  %1718 = load <16 x float>, ptr %1717, align 4
  %1719 = load <16 x float>, ptr %1702, align 4
  %1720 = fmul <16 x float> %1718, %1719
  store <16 x float> %1720, ptr %1717, align 4
  %t2.next = or disjoint i64 %t2.addr.02964, 1
  %.idx3173.1 = shl nsw i64 %t2.next, 9
  %1721 = getelementptr inbounds i8, ptr %PT, i64 %.idx3173.1
  %1722 = load <16 x float>, ptr %1721, align 4
  %.idx3174.1 = shl nsw i64 %t2.next, 8
  %1723 = getelementptr inbounds i8, ptr %M, i64 %.idx3174.1
  %1724 = load <16 x float>, ptr %1723, align 4
  %1725 = fmul <16 x float> %1722, %1724
  store <16 x float> %1725, ptr %1721, align 4
  %1726 = getelementptr inbounds i8, ptr %29, i64 %.idx3173.1
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = getelementptr inbounds i8, ptr %30, i64 %.idx3174.1
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = fmul <16 x float> %1727, %1729
  store <16 x float> %1730, ptr %1726, align 4
  %1731 = getelementptr inbounds i8, ptr %31, i64 %.idx3173.1
  %1732 = load <16 x float>, ptr %1731, align 4
  %1733 = getelementptr inbounds i8, ptr %32, i64 %.idx3174.1
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = fmul <16 x float> %1732, %1734
  store <16 x float> %1735, ptr %1731, align 4
  %1736 = getelementptr inbounds i8, ptr %33, i64 %.idx3173.1
  %1737 = load <16 x float>, ptr %1736, align 4
  %1738 = getelementptr inbounds i8, ptr %34, i64 %.idx3174.1
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = fmul <16 x float> %1737, %1739
  store <16 x float> %1740, ptr %1736, align 4
  %1741 = getelementptr inbounds i8, ptr %1721, i64 256
  %1742 = load <16 x float>, ptr %1741, align 4
  %1743 = load <16 x float>, ptr %1723, align 4
  %1744 = fmul <16 x float> %1742, %1743
  store <16 x float> %1744, ptr %1741, align 4
  %1745 = getelementptr inbounds i8, ptr %1726, i64 256
  %1746 = load <16 x float>, ptr %1745, align 4
  %1747 = load <16 x float>, ptr %1728, align 4
  %1748 = fmul <16 x float> %1746, %1747
  store <16 x float> %1748, ptr %1745, align 4
  %1749 = getelementptr inbounds i8, ptr %1731, i64 256
  %1750 = load <16 x float>, ptr %1749, align 4
  %1751 = load <16 x float>, ptr %1733, align 4
  %1752 = fmul <16 x float> %1750, %1751
  store <16 x float> %1752, ptr %1749, align 4
  %1753 = getelementptr inbounds i8, ptr %1736, i64 256
  %1754 = load <16 x float>, ptr %1753, align 4
  %1755 = load <16 x float>, ptr %1738, align 4
  %1756 = fmul <16 x float> %1754, %1755
  store <16 x float> %1756, ptr %1753, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02964, 2
  %exitcond3399.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond3399.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02966 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3177 = shl nsw i64 %i33.addr.02966, 9
  %gep3680 = getelementptr inbounds i8, ptr %invariant.gep3679, i64 %.idx3177
  %1757 = load <16 x float>, ptr %gep3680, align 4
  %.idx3178 = shl nsw i64 %i33.addr.02966, 8
  %gep3682 = getelementptr inbounds i8, ptr %invariant.gep3681, i64 %.idx3178
  store <16 x float> %1757, ptr %gep3682, align 4
  %gep3684 = getelementptr inbounds i8, ptr %invariant.gep3683, i64 %.idx3177
  %1758 = load <16 x float>, ptr %gep3684, align 4
  %gep3686 = getelementptr inbounds i8, ptr %invariant.gep3685, i64 %.idx3178
  store <16 x float> %1758, ptr %gep3686, align 4
  %gep3688 = getelementptr inbounds i8, ptr %invariant.gep3687, i64 %.idx3177
  %1759 = load <16 x float>, ptr %gep3688, align 4
  %gep3690 = getelementptr inbounds i8, ptr %invariant.gep3689, i64 %.idx3178
  store <16 x float> %1759, ptr %gep3690, align 4
  %gep3692 = getelementptr inbounds i8, ptr %invariant.gep3691, i64 %.idx3177
  %1760 = load <16 x float>, ptr %gep3692, align 4
  %gep3694 = getelementptr inbounds i8, ptr %invariant.gep3693, i64 %.idx3178
  store <16 x float> %1760, ptr %gep3694, align 4
  %i33.next = or disjoint i64 %i33.addr.02966, 1
  %.idx3177.1 = shl nsw i64 %i33.next, 9
  %gep3680.1 = getelementptr inbounds i8, ptr %invariant.gep3679, i64 %.idx3177.1
  %1761 = load <16 x float>, ptr %gep3680.1, align 4
  %.idx3178.1 = shl nsw i64 %i33.next, 8
  %gep3682.1 = getelementptr inbounds i8, ptr %invariant.gep3681, i64 %.idx3178.1
  store <16 x float> %1761, ptr %gep3682.1, align 4
  %gep3684.1 = getelementptr inbounds i8, ptr %invariant.gep3683, i64 %.idx3177.1
  %1762 = load <16 x float>, ptr %gep3684.1, align 4
  %gep3686.1 = getelementptr inbounds i8, ptr %invariant.gep3685, i64 %.idx3178.1
  store <16 x float> %1762, ptr %gep3686.1, align 4
  %gep3688.1 = getelementptr inbounds i8, ptr %invariant.gep3687, i64 %.idx3177.1
  %1763 = load <16 x float>, ptr %gep3688.1, align 4
  %gep3690.1 = getelementptr inbounds i8, ptr %invariant.gep3689, i64 %.idx3178.1
  store <16 x float> %1763, ptr %gep3690.1, align 4
  %gep3692.1 = getelementptr inbounds i8, ptr %invariant.gep3691, i64 %.idx3177.1
  %1764 = load <16 x float>, ptr %gep3692.1, align 4
  %gep3694.1 = getelementptr inbounds i8, ptr %invariant.gep3693, i64 %.idx3178.1
  store <16 x float> %1764, ptr %gep3694.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02966, 2
  %.idx3177.2 = shl nsw i64 %i33.next.1, 9
  %gep3680.2 = getelementptr inbounds i8, ptr %invariant.gep3679, i64 %.idx3177.2
  %1765 = load <16 x float>, ptr %gep3680.2, align 4
  %.idx3178.2 = shl nsw i64 %i33.next.1, 8
  %gep3682.2 = getelementptr inbounds i8, ptr %invariant.gep3681, i64 %.idx3178.2
  store <16 x float> %1765, ptr %gep3682.2, align 4
  %gep3684.2 = getelementptr inbounds i8, ptr %invariant.gep3683, i64 %.idx3177.2
  %1766 = load <16 x float>, ptr %gep3684.2, align 4
  %gep3686.2 = getelementptr inbounds i8, ptr %invariant.gep3685, i64 %.idx3178.2
  store <16 x float> %1766, ptr %gep3686.2, align 4
  %gep3688.2 = getelementptr inbounds i8, ptr %invariant.gep3687, i64 %.idx3177.2
  %1767 = load <16 x float>, ptr %gep3688.2, align 4
  %gep3690.2 = getelementptr inbounds i8, ptr %invariant.gep3689, i64 %.idx3178.2
  store <16 x float> %1767, ptr %gep3690.2, align 4
  %gep3692.2 = getelementptr inbounds i8, ptr %invariant.gep3691, i64 %.idx3177.2
  %1768 = load <16 x float>, ptr %gep3692.2, align 4
  %gep3694.2 = getelementptr inbounds i8, ptr %invariant.gep3693, i64 %.idx3178.2
  store <16 x float> %1768, ptr %gep3694.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02966, 3
  %.idx3177.3 = shl nsw i64 %i33.next.2, 9
  %gep3680.3 = getelementptr inbounds i8, ptr %invariant.gep3679, i64 %.idx3177.3
  %1769 = load <16 x float>, ptr %gep3680.3, align 4
  %.idx3178.3 = shl nsw i64 %i33.next.2, 8
  %gep3682.3 = getelementptr inbounds i8, ptr %invariant.gep3681, i64 %.idx3178.3
  store <16 x float> %1769, ptr %gep3682.3, align 4
  %gep3684.3 = getelementptr inbounds i8, ptr %invariant.gep3683, i64 %.idx3177.3
  %1770 = load <16 x float>, ptr %gep3684.3, align 4
  %gep3686.3 = getelementptr inbounds i8, ptr %invariant.gep3685, i64 %.idx3178.3
  store <16 x float> %1770, ptr %gep3686.3, align 4
  %gep3688.3 = getelementptr inbounds i8, ptr %invariant.gep3687, i64 %.idx3177.3
  %1771 = load <16 x float>, ptr %gep3688.3, align 4
  %gep3690.3 = getelementptr inbounds i8, ptr %invariant.gep3689, i64 %.idx3178.3
  store <16 x float> %1771, ptr %gep3690.3, align 4
  %gep3692.3 = getelementptr inbounds i8, ptr %invariant.gep3691, i64 %.idx3177.3
  %1772 = load <16 x float>, ptr %gep3692.3, align 4
  %gep3694.3 = getelementptr inbounds i8, ptr %invariant.gep3693, i64 %.idx3178.3
  store <16 x float> %1772, ptr %gep3694.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.02966, 4
  %exitcond3402.not.3 = icmp eq i64 %i33.next.3, 128
  br i1 %exitcond3402.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02984 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %1773 = shl nuw nsw i64 %i34.addr.02984, 6
  %1774 = getelementptr inbounds float, ptr %OY, i64 %1773
  %1775 = getelementptr inbounds i8, ptr %1774, i64 16384
  %1776 = load <16 x float>, ptr %1775, align 4
  %1777 = getelementptr inbounds i8, ptr %1774, i64 16448
  %1778 = load <16 x float>, ptr %1777, align 4
  %1779 = getelementptr inbounds i8, ptr %1774, i64 16512
  %1780 = load <16 x float>, ptr %1779, align 4
  %1781 = getelementptr inbounds i8, ptr %1774, i64 16576
  %1782 = load <16 x float>, ptr %1781, align 4
  %1783 = getelementptr inbounds i8, ptr %1774, i64 16640
  %1784 = load <16 x float>, ptr %1783, align 4
  %1785 = getelementptr inbounds i8, ptr %1774, i64 16704
  %1786 = load <16 x float>, ptr %1785, align 4
  %1787 = getelementptr inbounds i8, ptr %1774, i64 16768
  %1788 = load <16 x float>, ptr %1787, align 4
  %1789 = getelementptr inbounds i8, ptr %1774, i64 16832
  %1790 = load <16 x float>, ptr %1789, align 4
  %1791 = getelementptr inbounds i8, ptr %1774, i64 16896
  %1792 = load <16 x float>, ptr %1791, align 4
  %1793 = getelementptr inbounds i8, ptr %1774, i64 16960
  %1794 = load <16 x float>, ptr %1793, align 4
  %1795 = getelementptr inbounds i8, ptr %1774, i64 17024
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = getelementptr inbounds i8, ptr %1774, i64 17088
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = getelementptr inbounds i8, ptr %1774, i64 17152
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = getelementptr inbounds i8, ptr %1774, i64 17216
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = getelementptr inbounds i8, ptr %1774, i64 17280
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = getelementptr inbounds i8, ptr %1774, i64 17344
  %1806 = load <16 x float>, ptr %1805, align 4
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02983 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc71.02982 = phi <16 x float> [ %1806, %i34.body ], [ %1854, %p7.body ]
  %acc70.02981 = phi <16 x float> [ %1804, %i34.body ], [ %1853, %p7.body ]
  %acc69.02980 = phi <16 x float> [ %1802, %i34.body ], [ %1852, %p7.body ]
  %acc68.02979 = phi <16 x float> [ %1800, %i34.body ], [ %1851, %p7.body ]
  %acc67.02978 = phi <16 x float> [ %1798, %i34.body ], [ %1845, %p7.body ]
  %acc66.02977 = phi <16 x float> [ %1796, %i34.body ], [ %1844, %p7.body ]
  %acc65.02976 = phi <16 x float> [ %1794, %i34.body ], [ %1843, %p7.body ]
  %acc64.02975 = phi <16 x float> [ %1792, %i34.body ], [ %1842, %p7.body ]
  %acc63.02974 = phi <16 x float> [ %1790, %i34.body ], [ %1836, %p7.body ]
  %acc62.02973 = phi <16 x float> [ %1788, %i34.body ], [ %1835, %p7.body ]
  %acc61.02972 = phi <16 x float> [ %1786, %i34.body ], [ %1834, %p7.body ]
  %acc60.02971 = phi <16 x float> [ %1784, %i34.body ], [ %1833, %p7.body ]
  %acc59.02970 = phi <16 x float> [ %1782, %i34.body ], [ %1827, %p7.body ]
  %acc58.02969 = phi <16 x float> [ %1780, %i34.body ], [ %1826, %p7.body ]
  %acc57.02968 = phi <16 x float> [ %1778, %i34.body ], [ %1825, %p7.body ]
  %acc56.02967 = phi <16 x float> [ %1776, %i34.body ], [ %1824, %p7.body ]
  %1807 = shl nuw nsw i64 %p7.addr.02983, 6
  %1808 = getelementptr inbounds float, ptr %OY, i64 %1807
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = or disjoint i64 %1807, 16
  %1811 = getelementptr inbounds float, ptr %OY, i64 %1810
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = or disjoint i64 %1807, 32
  %1814 = getelementptr inbounds float, ptr %OY, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = or disjoint i64 %1807, 48
  %1817 = getelementptr inbounds float, ptr %OY, i64 %1816
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %p7.addr.02983, %1773
  %1820 = getelementptr inbounds float, ptr %PT, i64 %1819
  %1821 = load float, ptr %1820, align 4
  %1822 = insertelement <16 x float> poison, float %1821, i64 0
  %1823 = shufflevector <16 x float> %1822, <16 x float> poison, <16 x i32> zeroinitializer
  %1824 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1823, <16 x float> %1809, <16 x float> %acc56.02967)
  %1825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1823, <16 x float> %1812, <16 x float> %acc57.02968)
  %1826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1823, <16 x float> %1815, <16 x float> %acc58.02969)
  %1827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1823, <16 x float> %1818, <16 x float> %acc59.02970)
  %1828 = or disjoint i64 %1819, 64
  %1829 = getelementptr inbounds float, ptr %PT, i64 %1828
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <16 x float> poison, float %1830, i64 0
  %1832 = shufflevector <16 x float> %1831, <16 x float> poison, <16 x i32> zeroinitializer
  %1833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1809, <16 x float> %acc60.02971)
  %1834 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1812, <16 x float> %acc61.02972)
  %1835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1815, <16 x float> %acc62.02973)
  %1836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1818, <16 x float> %acc63.02974)
  %1837 = or disjoint i64 %1819, 128
  %1838 = getelementptr inbounds float, ptr %PT, i64 %1837
  %1839 = load float, ptr %1838, align 4
  %1840 = insertelement <16 x float> poison, float %1839, i64 0
  %1841 = shufflevector <16 x float> %1840, <16 x float> poison, <16 x i32> zeroinitializer
  %1842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1809, <16 x float> %acc64.02975)
  %1843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1812, <16 x float> %acc65.02976)
  %1844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1815, <16 x float> %acc66.02977)
  %1845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1818, <16 x float> %acc67.02978)
  %1846 = or disjoint i64 %1819, 192
  %1847 = getelementptr inbounds float, ptr %PT, i64 %1846
  %1848 = load float, ptr %1847, align 4
  %1849 = insertelement <16 x float> poison, float %1848, i64 0
  %1850 = shufflevector <16 x float> %1849, <16 x float> poison, <16 x i32> zeroinitializer
  %1851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1809, <16 x float> %acc68.02979)
  %1852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1812, <16 x float> %acc69.02980)
  %1853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1815, <16 x float> %acc70.02981)
  %1854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1818, <16 x float> %acc71.02982)
  %p7.next = add nuw nsw i64 %p7.addr.02983, 1
  %exitcond3403.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3403.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1824, ptr %1775, align 4
  store <16 x float> %1825, ptr %1777, align 4
  store <16 x float> %1826, ptr %1779, align 4
  store <16 x float> %1827, ptr %1781, align 4
  store <16 x float> %1833, ptr %1783, align 4
  store <16 x float> %1834, ptr %1785, align 4
  store <16 x float> %1835, ptr %1787, align 4
  store <16 x float> %1836, ptr %1789, align 4
  store <16 x float> %1842, ptr %1791, align 4
  store <16 x float> %1843, ptr %1793, align 4
  store <16 x float> %1844, ptr %1795, align 4
  store <16 x float> %1845, ptr %1797, align 4
  store <16 x float> %1851, ptr %1799, align 4
  store <16 x float> %1852, ptr %1801, align 4
  store <16 x float> %1853, ptr %1803, align 4
  store <16 x float> %1854, ptr %1805, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02984, 4
  %1855 = icmp ult i64 %i34.addr.02984, 124
  br i1 %1855, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03002 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1856 = shl nuw nsw i64 %i35.addr.03002, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.03001 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03000 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1904, %p8.body ]
  %acc86.02999 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1903, %p8.body ]
  %acc85.02998 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1902, %p8.body ]
  %acc84.02997 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1901, %p8.body ]
  %acc83.02996 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1895, %p8.body ]
  %acc82.02995 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1894, %p8.body ]
  %acc81.02994 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1893, %p8.body ]
  %acc80.02993 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1892, %p8.body ]
  %acc79.02992 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1886, %p8.body ]
  %acc78.02991 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1885, %p8.body ]
  %acc77.02990 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1884, %p8.body ]
  %acc76.02989 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1883, %p8.body ]
  %acc75.02988 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1877, %p8.body ]
  %acc74.02987 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1876, %p8.body ]
  %acc73.02986 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1875, %p8.body ]
  %acc72.02985 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1874, %p8.body ]
  %1857 = shl nuw nsw i64 %p8.addr.03001, 6
  %1858 = getelementptr inbounds float, ptr %dOT, i64 %1857
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = or disjoint i64 %1857, 16
  %1861 = getelementptr inbounds float, ptr %dOT, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1857, 32
  %1864 = getelementptr inbounds float, ptr %dOT, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %1857, 48
  %1867 = getelementptr inbounds float, ptr %dOT, i64 %1866
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = add nuw nsw i64 %p8.addr.03001, %1856
  %1870 = getelementptr inbounds float, ptr %Vn, i64 %1869
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <16 x float> poison, float %1871, i64 0
  %1873 = shufflevector <16 x float> %1872, <16 x float> poison, <16 x i32> zeroinitializer
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1859, <16 x float> %acc72.02985)
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1862, <16 x float> %acc73.02986)
  %1876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1865, <16 x float> %acc74.02987)
  %1877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1868, <16 x float> %acc75.02988)
  %1878 = or disjoint i64 %1869, 64
  %1879 = getelementptr inbounds float, ptr %Vn, i64 %1878
  %1880 = load float, ptr %1879, align 4
  %1881 = insertelement <16 x float> poison, float %1880, i64 0
  %1882 = shufflevector <16 x float> %1881, <16 x float> poison, <16 x i32> zeroinitializer
  %1883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1882, <16 x float> %1859, <16 x float> %acc76.02989)
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1882, <16 x float> %1862, <16 x float> %acc77.02990)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1882, <16 x float> %1865, <16 x float> %acc78.02991)
  %1886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1882, <16 x float> %1868, <16 x float> %acc79.02992)
  %1887 = or disjoint i64 %1869, 128
  %1888 = getelementptr inbounds float, ptr %Vn, i64 %1887
  %1889 = load float, ptr %1888, align 4
  %1890 = insertelement <16 x float> poison, float %1889, i64 0
  %1891 = shufflevector <16 x float> %1890, <16 x float> poison, <16 x i32> zeroinitializer
  %1892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1859, <16 x float> %acc80.02993)
  %1893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1862, <16 x float> %acc81.02994)
  %1894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1865, <16 x float> %acc82.02995)
  %1895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1868, <16 x float> %acc83.02996)
  %1896 = or disjoint i64 %1869, 192
  %1897 = getelementptr inbounds float, ptr %Vn, i64 %1896
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <16 x float> poison, float %1898, i64 0
  %1900 = shufflevector <16 x float> %1899, <16 x float> poison, <16 x i32> zeroinitializer
  %1901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1859, <16 x float> %acc84.02997)
  %1902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1862, <16 x float> %acc85.02998)
  %1903 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1865, <16 x float> %acc86.02999)
  %1904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1868, <16 x float> %acc87.03000)
  %p8.next = add nuw nsw i64 %p8.addr.03001, 1
  %exitcond3404.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3404.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1905 = mul nuw nsw i64 %i35.addr.03002, 320
  %1906 = or disjoint i64 %1905, 128
  %1907 = getelementptr inbounds float, ptr %Ak, i64 %1906
  store <16 x float> %1874, ptr %1907, align 4
  %1908 = or disjoint i64 %1905, 144
  %1909 = getelementptr inbounds float, ptr %Ak, i64 %1908
  store <16 x float> %1875, ptr %1909, align 4
  %1910 = or disjoint i64 %1905, 160
  %1911 = getelementptr inbounds float, ptr %Ak, i64 %1910
  store <16 x float> %1876, ptr %1911, align 4
  %1912 = or disjoint i64 %1905, 176
  %1913 = getelementptr inbounds float, ptr %Ak, i64 %1912
  store <16 x float> %1877, ptr %1913, align 4
  %1914 = getelementptr inbounds float, ptr %Ak, i64 %1905
  %1915 = getelementptr inbounds i8, ptr %1914, i64 1792
  store <16 x float> %1883, ptr %1915, align 4
  %1916 = getelementptr inbounds i8, ptr %1914, i64 1856
  store <16 x float> %1884, ptr %1916, align 4
  %1917 = getelementptr inbounds i8, ptr %1914, i64 1920
  store <16 x float> %1885, ptr %1917, align 4
  %1918 = getelementptr inbounds i8, ptr %1914, i64 1984
  store <16 x float> %1886, ptr %1918, align 4
  %1919 = getelementptr inbounds i8, ptr %1914, i64 3072
  store <16 x float> %1892, ptr %1919, align 4
  %1920 = getelementptr inbounds i8, ptr %1914, i64 3136
  store <16 x float> %1893, ptr %1920, align 4
  %1921 = getelementptr inbounds i8, ptr %1914, i64 3200
  store <16 x float> %1894, ptr %1921, align 4
  %1922 = getelementptr inbounds i8, ptr %1914, i64 3264
  store <16 x float> %1895, ptr %1922, align 4
  %1923 = getelementptr inbounds i8, ptr %1914, i64 4352
  store <16 x float> %1901, ptr %1923, align 4
  %1924 = getelementptr inbounds i8, ptr %1914, i64 4416
  store <16 x float> %1902, ptr %1924, align 4
  %1925 = getelementptr inbounds i8, ptr %1914, i64 4480
  store <16 x float> %1903, ptr %1925, align 4
  %1926 = getelementptr inbounds i8, ptr %1914, i64 4544
  store <16 x float> %1904, ptr %1926, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03002, 4
  %1927 = icmp ult i64 %i35.addr.03002, 124
  br i1 %1927, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.03005 = phi i64 [ %t3.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3179 = mul nuw nsw i64 %t3.addr.03005, 2560
  %1928 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3179
  %1929 = getelementptr inbounds i8, ptr %1928, i64 512
  %1930 = load <16 x float>, ptr %1929, align 4
  %.idx3180 = shl nsw i64 %t3.addr.03005, 8
  %1931 = getelementptr inbounds i8, ptr %M, i64 %.idx3180
  %1932 = load <16 x float>, ptr %1931, align 4
  %1933 = fmul <16 x float> %1930, %1932
  store <16 x float> %1933, ptr %1929, align 4
  %1934 = getelementptr inbounds i8, ptr %35, i64 %.idx3179
  %1935 = getelementptr inbounds i8, ptr %1934, i64 512
  %1936 = load <16 x float>, ptr %1935, align 4
  %1937 = getelementptr inbounds i8, ptr %30, i64 %.idx3180
  %1938 = load <16 x float>, ptr %1937, align 4
  %1939 = fmul <16 x float> %1936, %1938
  store <16 x float> %1939, ptr %1935, align 4
  %1940 = getelementptr inbounds i8, ptr %36, i64 %.idx3179
  %1941 = getelementptr inbounds i8, ptr %1940, i64 512
  %1942 = load <16 x float>, ptr %1941, align 4
  %1943 = getelementptr inbounds i8, ptr %32, i64 %.idx3180
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = fmul <16 x float> %1942, %1944
  store <16 x float> %1945, ptr %1941, align 4
  %1946 = getelementptr inbounds i8, ptr %37, i64 %.idx3179
  %1947 = getelementptr inbounds i8, ptr %1946, i64 512
  %1948 = load <16 x float>, ptr %1947, align 4
  %1949 = getelementptr inbounds i8, ptr %34, i64 %.idx3180
  %1950 = load <16 x float>, ptr %1949, align 4
  %1951 = fmul <16 x float> %1948, %1950
  store <16 x float> %1951, ptr %1947, align 4
  %1952 = getelementptr inbounds i8, ptr %1928, i64 1792
  %1953 = load <16 x float>, ptr %1952, align 4
  %1954 = load <16 x float>, ptr %1931, align 4
  %1955 = fmul <16 x float> %1953, %1954
  store <16 x float> %1955, ptr %1952, align 4
  %1956 = getelementptr inbounds i8, ptr %1934, i64 1792
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = load <16 x float>, ptr %1937, align 4
  %1959 = fmul <16 x float> %1957, %1958
  store <16 x float> %1959, ptr %1956, align 4
  %1960 = getelementptr inbounds i8, ptr %1940, i64 1792
  %1961 = load <16 x float>, ptr %1960, align 4
  %1962 = load <16 x float>, ptr %1943, align 4
  %1963 = fmul <16 x float> %1961, %1962
  store <16 x float> %1963, ptr %1960, align 4
  %1964 = getelementptr inbounds i8, ptr %1946, i64 1792
  %1965 = load <16 x float>, ptr %1964, align 4
  %1966 = load <16 x float>, ptr %1949, align 4
  %1967 = fmul <16 x float> %1965, %1966
  store <16 x float> %1967, ptr %1964, align 4
  %t3.next = or disjoint i64 %t3.addr.03005, 1
  %.idx3179.1 = mul nuw nsw i64 %t3.next, 2560
  %1968 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3179.1
  %1969 = getelementptr inbounds i8, ptr %1968, i64 512
  %1970 = load <16 x float>, ptr %1969, align 4
  %.idx3180.1 = shl nsw i64 %t3.next, 8
  %1971 = getelementptr inbounds i8, ptr %M, i64 %.idx3180.1
  %1972 = load <16 x float>, ptr %1971, align 4
  %1973 = fmul <16 x float> %1970, %1972
  store <16 x float> %1973, ptr %1969, align 4
  %1974 = getelementptr inbounds i8, ptr %35, i64 %.idx3179.1
  %1975 = getelementptr inbounds i8, ptr %1974, i64 512
  %1976 = load <16 x float>, ptr %1975, align 4
  %1977 = getelementptr inbounds i8, ptr %30, i64 %.idx3180.1
  %1978 = load <16 x float>, ptr %1977, align 4
  %1979 = fmul <16 x float> %1976, %1978
  store <16 x float> %1979, ptr %1975, align 4
  %1980 = getelementptr inbounds i8, ptr %36, i64 %.idx3179.1
  %1981 = getelementptr inbounds i8, ptr %1980, i64 512
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = getelementptr inbounds i8, ptr %32, i64 %.idx3180.1
  %1984 = load <16 x float>, ptr %1983, align 4
  %1985 = fmul <16 x float> %1982, %1984
  store <16 x float> %1985, ptr %1981, align 4
  %1986 = getelementptr inbounds i8, ptr %37, i64 %.idx3179.1
  %1987 = getelementptr inbounds i8, ptr %1986, i64 512
  %1988 = load <16 x float>, ptr %1987, align 4
  %1989 = getelementptr inbounds i8, ptr %34, i64 %.idx3180.1
  %1990 = load <16 x float>, ptr %1989, align 4
  %1991 = fmul <16 x float> %1988, %1990
  store <16 x float> %1991, ptr %1987, align 4
  %1992 = getelementptr inbounds i8, ptr %1968, i64 1792
  %1993 = load <16 x float>, ptr %1992, align 4
  %1994 = load <16 x float>, ptr %1971, align 4
  %1995 = fmul <16 x float> %1993, %1994
  store <16 x float> %1995, ptr %1992, align 4
  %1996 = getelementptr inbounds i8, ptr %1974, i64 1792
  %1997 = load <16 x float>, ptr %1996, align 4
  %1998 = load <16 x float>, ptr %1977, align 4
  %1999 = fmul <16 x float> %1997, %1998
  store <16 x float> %1999, ptr %1996, align 4
  %2000 = getelementptr inbounds i8, ptr %1980, i64 1792
  %2001 = load <16 x float>, ptr %2000, align 4
  %2002 = load <16 x float>, ptr %1983, align 4
  %2003 = fmul <16 x float> %2001, %2002
  store <16 x float> %2003, ptr %2000, align 4
  %2004 = getelementptr inbounds i8, ptr %1986, i64 1792
  %2005 = load <16 x float>, ptr %2004, align 4
  %2006 = load <16 x float>, ptr %1989, align 4
  %2007 = fmul <16 x float> %2005, %2006
  store <16 x float> %2007, ptr %2004, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.03005, 2
  %exitcond3405.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3405.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03023 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2008 = shl nuw nsw i64 %i38.addr.03023, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03022 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03021 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2057, %p9.body ]
  %acc102.03020 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2056, %p9.body ]
  %acc101.03019 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2055, %p9.body ]
  %acc100.03018 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2054, %p9.body ]
  %acc99.03017 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2048, %p9.body ]
  %acc98.03016 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2047, %p9.body ]
  %acc97.03015 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2046, %p9.body ]
  %acc96.03014 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2045, %p9.body ]
  %acc95.03013 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2039, %p9.body ]
  %acc94.03012 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2038, %p9.body ]
  %acc93.03011 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2037, %p9.body ]
  %acc92.03010 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2036, %p9.body ]
  %acc91.03009 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2030, %p9.body ]
  %acc90.03008 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2029, %p9.body ]
  %acc89.03007 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2028, %p9.body ]
  %acc88.03006 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2027, %p9.body ]
  %2009 = shl nuw nsw i64 %p9.addr.03022, 6
  %2010 = or disjoint i64 %2009, 4096
  %2011 = getelementptr inbounds float, ptr %Bk, i64 %2010
  %2012 = load <16 x float>, ptr %2011, align 4
  %2013 = or disjoint i64 %2009, 4112
  %2014 = getelementptr inbounds float, ptr %Bk, i64 %2013
  %2015 = load <16 x float>, ptr %2014, align 4
  %2016 = or disjoint i64 %2009, 4128
  %2017 = getelementptr inbounds float, ptr %Bk, i64 %2016
  %2018 = load <16 x float>, ptr %2017, align 4
  %2019 = or disjoint i64 %2009, 4144
  %2020 = getelementptr inbounds float, ptr %Bk, i64 %2019
  %2021 = load <16 x float>, ptr %2020, align 4
  %2022 = add nuw nsw i64 %p9.addr.03022, %2008
  %2023 = getelementptr inbounds float, ptr %OY, i64 %2022
  %2024 = load float, ptr %2023, align 4
  %2025 = insertelement <16 x float> poison, float %2024, i64 0
  %2026 = shufflevector <16 x float> %2025, <16 x float> poison, <16 x i32> zeroinitializer
  %2027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2026, <16 x float> %2012, <16 x float> %acc88.03006)
  %2028 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2026, <16 x float> %2015, <16 x float> %acc89.03007)
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2026, <16 x float> %2018, <16 x float> %acc90.03008)
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2026, <16 x float> %2021, <16 x float> %acc91.03009)
  %2031 = or disjoint i64 %2022, 64
  %2032 = getelementptr inbounds float, ptr %OY, i64 %2031
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <16 x float> poison, float %2033, i64 0
  %2035 = shufflevector <16 x float> %2034, <16 x float> poison, <16 x i32> zeroinitializer
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2012, <16 x float> %acc92.03010)
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2015, <16 x float> %acc93.03011)
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2018, <16 x float> %acc94.03012)
  %2039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2021, <16 x float> %acc95.03013)
  %2040 = or disjoint i64 %2022, 128
  %2041 = getelementptr inbounds float, ptr %OY, i64 %2040
  %2042 = load float, ptr %2041, align 4
  %2043 = insertelement <16 x float> poison, float %2042, i64 0
  %2044 = shufflevector <16 x float> %2043, <16 x float> poison, <16 x i32> zeroinitializer
  %2045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2044, <16 x float> %2012, <16 x float> %acc96.03014)
  %2046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2044, <16 x float> %2015, <16 x float> %acc97.03015)
  %2047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2044, <16 x float> %2018, <16 x float> %acc98.03016)
  %2048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2044, <16 x float> %2021, <16 x float> %acc99.03017)
  %2049 = or disjoint i64 %2022, 192
  %2050 = getelementptr inbounds float, ptr %OY, i64 %2049
  %2051 = load float, ptr %2050, align 4
  %2052 = insertelement <16 x float> poison, float %2051, i64 0
  %2053 = shufflevector <16 x float> %2052, <16 x float> poison, <16 x i32> zeroinitializer
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2012, <16 x float> %acc100.03018)
  %2055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2015, <16 x float> %acc101.03019)
  %2056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2018, <16 x float> %acc102.03020)
  %2057 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2021, <16 x float> %acc103.03021)
  %p9.next = add nuw nsw i64 %p9.addr.03022, 1
  %exitcond3406.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3406.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2058 = getelementptr inbounds float, ptr %dQc, i64 %2008
  store <16 x float> %2027, ptr %2058, align 4
  %2059 = or disjoint i64 %2008, 16
  %2060 = getelementptr inbounds float, ptr %dQc, i64 %2059
  store <16 x float> %2028, ptr %2060, align 4
  %2061 = or disjoint i64 %2008, 32
  %2062 = getelementptr inbounds float, ptr %dQc, i64 %2061
  store <16 x float> %2029, ptr %2062, align 4
  %2063 = or disjoint i64 %2008, 48
  %2064 = getelementptr inbounds float, ptr %dQc, i64 %2063
  store <16 x float> %2030, ptr %2064, align 4
  %2065 = or disjoint i64 %2008, 64
  %2066 = getelementptr inbounds float, ptr %dQc, i64 %2065
  store <16 x float> %2036, ptr %2066, align 4
  %2067 = or disjoint i64 %2008, 80
  %2068 = getelementptr inbounds float, ptr %dQc, i64 %2067
  store <16 x float> %2037, ptr %2068, align 4
  %2069 = or disjoint i64 %2008, 96
  %2070 = getelementptr inbounds float, ptr %dQc, i64 %2069
  store <16 x float> %2038, ptr %2070, align 4
  %2071 = or disjoint i64 %2008, 112
  %2072 = getelementptr inbounds float, ptr %dQc, i64 %2071
  store <16 x float> %2039, ptr %2072, align 4
  %2073 = or disjoint i64 %2008, 128
  %2074 = getelementptr inbounds float, ptr %dQc, i64 %2073
  store <16 x float> %2045, ptr %2074, align 4
  %2075 = or disjoint i64 %2008, 144
  %2076 = getelementptr inbounds float, ptr %dQc, i64 %2075
  store <16 x float> %2046, ptr %2076, align 4
  %2077 = or disjoint i64 %2008, 160
  %2078 = getelementptr inbounds float, ptr %dQc, i64 %2077
  store <16 x float> %2047, ptr %2078, align 4
  %2079 = or disjoint i64 %2008, 176
  %2080 = getelementptr inbounds float, ptr %dQc, i64 %2079
  store <16 x float> %2048, ptr %2080, align 4
  %2081 = or disjoint i64 %2008, 192
  %2082 = getelementptr inbounds float, ptr %dQc, i64 %2081
  store <16 x float> %2054, ptr %2082, align 4
  %2083 = or disjoint i64 %2008, 208
  %2084 = getelementptr inbounds float, ptr %dQc, i64 %2083
  store <16 x float> %2055, ptr %2084, align 4
  %2085 = or disjoint i64 %2008, 224
  %2086 = getelementptr inbounds float, ptr %dQc, i64 %2085
  store <16 x float> %2056, ptr %2086, align 4
  %2087 = or disjoint i64 %2008, 240
  %2088 = getelementptr inbounds float, ptr %dQc, i64 %2087
  store <16 x float> %2057, ptr %2088, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03023, 4
  %2089 = icmp ult i64 %i38.addr.03023, 60
  br i1 %2089, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %98, i64 64)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1477
  %i39.addr.03041 = phi i64 [ %i39.next, %endif1477 ], [ 0, %i39.body.preheader ]
  %2090 = shl nuw nsw i64 %i39.addr.03041, 6
  %2091 = getelementptr inbounds float, ptr %dQc, i64 %2090
  %2092 = load <16 x float>, ptr %2091, align 4
  %2093 = or disjoint i64 %2090, 16
  %2094 = getelementptr inbounds float, ptr %dQc, i64 %2093
  %2095 = load <16 x float>, ptr %2094, align 4
  %2096 = or disjoint i64 %2090, 32
  %2097 = getelementptr inbounds float, ptr %dQc, i64 %2096
  %2098 = load <16 x float>, ptr %2097, align 4
  %2099 = or disjoint i64 %2090, 48
  %2100 = getelementptr inbounds float, ptr %dQc, i64 %2099
  %2101 = load <16 x float>, ptr %2100, align 4
  %2102 = or disjoint i64 %i39.addr.03041, 1
  %2103 = shl nuw nsw i64 %2102, 6
  %2104 = getelementptr inbounds float, ptr %dQc, i64 %2103
  %2105 = load <16 x float>, ptr %2104, align 4
  %2106 = or disjoint i64 %2103, 16
  %2107 = getelementptr inbounds float, ptr %dQc, i64 %2106
  %2108 = load <16 x float>, ptr %2107, align 4
  %2109 = or disjoint i64 %2103, 32
  %2110 = getelementptr inbounds float, ptr %dQc, i64 %2109
  %2111 = load <16 x float>, ptr %2110, align 4
  %2112 = or disjoint i64 %2103, 48
  %2113 = getelementptr inbounds float, ptr %dQc, i64 %2112
  %2114 = load <16 x float>, ptr %2113, align 4
  %2115 = or disjoint i64 %i39.addr.03041, 2
  %2116 = shl nuw nsw i64 %2115, 6
  %2117 = getelementptr inbounds float, ptr %dQc, i64 %2116
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = or disjoint i64 %2116, 16
  %2120 = getelementptr inbounds float, ptr %dQc, i64 %2119
  %2121 = load <16 x float>, ptr %2120, align 4
  %2122 = or disjoint i64 %2116, 32
  %2123 = getelementptr inbounds float, ptr %dQc, i64 %2122
  %2124 = load <16 x float>, ptr %2123, align 4
  %2125 = or disjoint i64 %2116, 48
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  %2127 = load <16 x float>, ptr %2126, align 4
  %2128 = or disjoint i64 %i39.addr.03041, 3
  %2129 = shl nuw nsw i64 %2128, 6
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  %2131 = load <16 x float>, ptr %2130, align 4
  %2132 = or disjoint i64 %2129, 16
  %2133 = getelementptr inbounds float, ptr %dQc, i64 %2132
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = or disjoint i64 %2129, 32
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  %2137 = load <16 x float>, ptr %2136, align 4
  %2138 = or disjoint i64 %2129, 48
  %2139 = getelementptr inbounds float, ptr %dQc, i64 %2138
  %2140 = load <16 x float>, ptr %2139, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03040 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03039 = phi <16 x float> [ %2140, %i39.body ], [ %2187, %p10.body ]
  %acc118.03038 = phi <16 x float> [ %2137, %i39.body ], [ %2186, %p10.body ]
  %acc117.03037 = phi <16 x float> [ %2134, %i39.body ], [ %2185, %p10.body ]
  %acc116.03036 = phi <16 x float> [ %2131, %i39.body ], [ %2184, %p10.body ]
  %acc115.03035 = phi <16 x float> [ %2127, %i39.body ], [ %2178, %p10.body ]
  %acc114.03034 = phi <16 x float> [ %2124, %i39.body ], [ %2177, %p10.body ]
  %acc113.03033 = phi <16 x float> [ %2121, %i39.body ], [ %2176, %p10.body ]
  %acc112.03032 = phi <16 x float> [ %2118, %i39.body ], [ %2175, %p10.body ]
  %acc111.03031 = phi <16 x float> [ %2114, %i39.body ], [ %2169, %p10.body ]
  %acc110.03030 = phi <16 x float> [ %2111, %i39.body ], [ %2168, %p10.body ]
  %acc109.03029 = phi <16 x float> [ %2108, %i39.body ], [ %2167, %p10.body ]
  %acc108.03028 = phi <16 x float> [ %2105, %i39.body ], [ %2166, %p10.body ]
  %acc107.03027 = phi <16 x float> [ %2101, %i39.body ], [ %2160, %p10.body ]
  %acc106.03026 = phi <16 x float> [ %2098, %i39.body ], [ %2159, %p10.body ]
  %acc105.03025 = phi <16 x float> [ %2095, %i39.body ], [ %2158, %p10.body ]
  %acc104.03024 = phi <16 x float> [ %2092, %i39.body ], [ %2157, %p10.body ]
  %.idx2843 = shl nuw nsw i64 %p10.addr.03040, 8
  %2141 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2843
  %2142 = getelementptr inbounds i8, ptr %2141, i64 49152
  %2143 = load <16 x float>, ptr %2142, align 4
  %2144 = getelementptr inbounds i8, ptr %2141, i64 49216
  %2145 = load <16 x float>, ptr %2144, align 4
  %2146 = getelementptr inbounds i8, ptr %2141, i64 49280
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = getelementptr inbounds i8, ptr %2141, i64 49344
  %2149 = load <16 x float>, ptr %2148, align 4
  %2150 = mul nuw nsw i64 %p10.addr.03040, 320
  %2151 = add nuw nsw i64 %2150, 128
  %2152 = or disjoint i64 %2151, %i39.addr.03041
  %2153 = getelementptr inbounds float, ptr %Ak, i64 %2152
  %2154 = load float, ptr %2153, align 4
  %2155 = insertelement <16 x float> poison, float %2154, i64 0
  %2156 = shufflevector <16 x float> %2155, <16 x float> poison, <16 x i32> zeroinitializer
  %2157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2156, <16 x float> %2143, <16 x float> %acc104.03024)
  %2158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2156, <16 x float> %2145, <16 x float> %acc105.03025)
  %2159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2156, <16 x float> %2147, <16 x float> %acc106.03026)
  %2160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2156, <16 x float> %2149, <16 x float> %acc107.03027)
  %2161 = or disjoint i64 %2151, %2102
  %2162 = getelementptr inbounds float, ptr %Ak, i64 %2161
  %2163 = load float, ptr %2162, align 4
  %2164 = insertelement <16 x float> poison, float %2163, i64 0
  %2165 = shufflevector <16 x float> %2164, <16 x float> poison, <16 x i32> zeroinitializer
  %2166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2165, <16 x float> %2143, <16 x float> %acc108.03028)
  %2167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2165, <16 x float> %2145, <16 x float> %acc109.03029)
  %2168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2165, <16 x float> %2147, <16 x float> %acc110.03030)
  %2169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2165, <16 x float> %2149, <16 x float> %acc111.03031)
  %2170 = or disjoint i64 %2151, %2115
  %2171 = getelementptr inbounds float, ptr %Ak, i64 %2170
  %2172 = load float, ptr %2171, align 4
  %2173 = insertelement <16 x float> poison, float %2172, i64 0
  %2174 = shufflevector <16 x float> %2173, <16 x float> poison, <16 x i32> zeroinitializer
  %2175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2174, <16 x float> %2143, <16 x float> %acc112.03032)
  %2176 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2174, <16 x float> %2145, <16 x float> %acc113.03033)
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2174, <16 x float> %2147, <16 x float> %acc114.03034)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2174, <16 x float> %2149, <16 x float> %acc115.03035)
  %2179 = or disjoint i64 %2151, %2128
  %2180 = getelementptr inbounds float, ptr %Ak, i64 %2179
  %2181 = load float, ptr %2180, align 4
  %2182 = insertelement <16 x float> poison, float %2181, i64 0
  %2183 = shufflevector <16 x float> %2182, <16 x float> poison, <16 x i32> zeroinitializer
  %2184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2143, <16 x float> %acc116.03036)
  %2185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2145, <16 x float> %acc117.03037)
  %2186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2147, <16 x float> %acc118.03038)
  %2187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2149, <16 x float> %acc119.03039)
  %p10.next = add nuw nsw i64 %p10.addr.03040, 1
  %exitcond3407.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3407.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2188 = icmp slt i64 %i39.addr.03041, %L
  br i1 %2188, label %then1415, label %endif1429

then1415:                                         ; preds = %p10.exit
  %2189 = fmul <16 x float> %2157, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2190 = or disjoint i64 %i39.addr.03041, %t0
  %2191 = mul nsw i64 %2190, %sq
  %2192 = getelementptr inbounds float, ptr %qh1, i64 %2191
  store <16 x float> %2189, ptr %2192, align 4
  %2193 = fmul <16 x float> %2158, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2194 = or disjoint i64 %2191, 16
  %2195 = getelementptr inbounds float, ptr %qh1, i64 %2194
  store <16 x float> %2193, ptr %2195, align 4
  %2196 = fmul <16 x float> %2159, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2197 = or disjoint i64 %2191, 32
  %2198 = getelementptr inbounds float, ptr %qh1, i64 %2197
  store <16 x float> %2196, ptr %2198, align 4
  %2199 = fmul <16 x float> %2160, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2200 = or disjoint i64 %2191, 48
  %2201 = getelementptr inbounds float, ptr %qh1, i64 %2200
  store <16 x float> %2199, ptr %2201, align 4
  br label %endif1429

endif1429:                                        ; preds = %p10.exit, %then1415
  %2202 = icmp slt i64 %2102, %L
  br i1 %2202, label %then1431, label %endif1445

then1431:                                         ; preds = %endif1429
  %2203 = fmul <16 x float> %2166, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2204 = or disjoint i64 %2102, %t0
  %2205 = mul nsw i64 %2204, %sq
  %2206 = getelementptr inbounds float, ptr %qh1, i64 %2205
  store <16 x float> %2203, ptr %2206, align 4
  %2207 = fmul <16 x float> %2167, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2208 = or disjoint i64 %2205, 16
  %2209 = getelementptr inbounds float, ptr %qh1, i64 %2208
  store <16 x float> %2207, ptr %2209, align 4
  %2210 = fmul <16 x float> %2168, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2211 = or disjoint i64 %2205, 32
  %2212 = getelementptr inbounds float, ptr %qh1, i64 %2211
  store <16 x float> %2210, ptr %2212, align 4
  %2213 = fmul <16 x float> %2169, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2214 = or disjoint i64 %2205, 48
  %2215 = getelementptr inbounds float, ptr %qh1, i64 %2214
  store <16 x float> %2213, ptr %2215, align 4
  br label %endif1445

endif1445:                                        ; preds = %endif1429, %then1431
  %2216 = icmp slt i64 %2115, %L
  br i1 %2216, label %then1447, label %endif1461

then1447:                                         ; preds = %endif1445
  %2217 = fmul <16 x float> %2175, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2218 = or disjoint i64 %2115, %t0
  %2219 = mul nsw i64 %2218, %sq
  %2220 = getelementptr inbounds float, ptr %qh1, i64 %2219
  store <16 x float> %2217, ptr %2220, align 4
  %2221 = fmul <16 x float> %2176, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2222 = or disjoint i64 %2219, 16
  %2223 = getelementptr inbounds float, ptr %qh1, i64 %2222
  store <16 x float> %2221, ptr %2223, align 4
  %2224 = fmul <16 x float> %2177, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2225 = or disjoint i64 %2219, 32
  %2226 = getelementptr inbounds float, ptr %qh1, i64 %2225
  store <16 x float> %2224, ptr %2226, align 4
  %2227 = fmul <16 x float> %2178, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2228 = or disjoint i64 %2219, 48
  %2229 = getelementptr inbounds float, ptr %qh1, i64 %2228
  store <16 x float> %2227, ptr %2229, align 4
  br label %endif1461

endif1461:                                        ; preds = %endif1445, %then1447
  %2230 = icmp slt i64 %2128, %L
  br i1 %2230, label %then1463, label %endif1477

then1463:                                         ; preds = %endif1461
  %2231 = fmul <16 x float> %2184, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2232 = or disjoint i64 %2128, %t0
  %2233 = mul nsw i64 %2232, %sq
  %2234 = getelementptr inbounds float, ptr %qh1, i64 %2233
  store <16 x float> %2231, ptr %2234, align 4
  %2235 = fmul <16 x float> %2185, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2236 = or disjoint i64 %2233, 16
  %2237 = getelementptr inbounds float, ptr %qh1, i64 %2236
  store <16 x float> %2235, ptr %2237, align 4
  %2238 = fmul <16 x float> %2186, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2239 = or disjoint i64 %2233, 32
  %2240 = getelementptr inbounds float, ptr %qh1, i64 %2239
  store <16 x float> %2238, ptr %2240, align 4
  %2241 = fmul <16 x float> %2187, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2242 = or disjoint i64 %2233, 48
  %2243 = getelementptr inbounds float, ptr %qh1, i64 %2242
  store <16 x float> %2241, ptr %2243, align 4
  br label %endif1477

endif1477:                                        ; preds = %endif1461, %then1463
  %i39.next = add nuw nsw i64 %i39.addr.03041, 4
  %2244 = icmp ult i64 %i39.addr.03041, 60
  br i1 %2244, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1477
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j30.exit
  %2245 = icmp sgt i64 %98, 0
  br i1 %2245, label %t4.body.preheader, label %i48.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2246 = getelementptr i8, ptr %dv, i64 %92
  %2247 = getelementptr i8, ptr %dv, i64 %93
  %xtraiter = and i64 %smax4089, 1
  %2248 = icmp slt i64 %indvars.iv3413, 2
  br i1 %2248, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter = and i64 %smax4089, 126
  br label %t4.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03076 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2249 = shl nuw nsw i64 %ib1.addr.03076, 2
  %i01 = sub nuw nsw i64 124, %2249
  %2250 = shl nuw nsw i64 %i01, 6
  %2251 = getelementptr inbounds float, ptr %OY, i64 %2250
  %2252 = getelementptr inbounds i8, ptr %2251, i64 16384
  %2253 = load <16 x float>, ptr %2252, align 4
  %2254 = getelementptr inbounds i8, ptr %2251, i64 16448
  %2255 = load <16 x float>, ptr %2254, align 4
  %2256 = getelementptr inbounds i8, ptr %2251, i64 16512
  %2257 = load <16 x float>, ptr %2256, align 4
  %2258 = getelementptr inbounds i8, ptr %2251, i64 16576
  %2259 = load <16 x float>, ptr %2258, align 4
  %2260 = sub nuw nsw i64 125, %2249
  %2261 = shl nuw nsw i64 %2260, 6
  %2262 = getelementptr inbounds float, ptr %OY, i64 %2261
  %2263 = getelementptr inbounds i8, ptr %2262, i64 16384
  %2264 = load <16 x float>, ptr %2263, align 4
  %2265 = getelementptr inbounds i8, ptr %2262, i64 16448
  %2266 = load <16 x float>, ptr %2265, align 4
  %2267 = getelementptr inbounds i8, ptr %2262, i64 16512
  %2268 = load <16 x float>, ptr %2267, align 4
  %2269 = getelementptr inbounds i8, ptr %2262, i64 16576
  %2270 = load <16 x float>, ptr %2269, align 4
  %2271 = sub nuw nsw i64 126, %2249
  %2272 = shl nuw nsw i64 %2271, 6
  %2273 = getelementptr inbounds float, ptr %OY, i64 %2272
  %2274 = getelementptr inbounds i8, ptr %2273, i64 16384
  %2275 = load <16 x float>, ptr %2274, align 4
  %2276 = getelementptr inbounds i8, ptr %2273, i64 16448
  %2277 = load <16 x float>, ptr %2276, align 4
  %2278 = getelementptr inbounds i8, ptr %2273, i64 16512
  %2279 = load <16 x float>, ptr %2278, align 4
  %2280 = getelementptr inbounds i8, ptr %2273, i64 16576
  %2281 = load <16 x float>, ptr %2280, align 4
  %2282 = sub nuw nsw i64 127, %2249
  %2283 = shl nuw nsw i64 %2282, 6
  %2284 = getelementptr inbounds float, ptr %OY, i64 %2283
  %2285 = getelementptr inbounds i8, ptr %2284, i64 16384
  %2286 = load <16 x float>, ptr %2285, align 4
  %2287 = getelementptr inbounds i8, ptr %2284, i64 16448
  %2288 = load <16 x float>, ptr %2287, align 4
  %2289 = getelementptr inbounds i8, ptr %2284, i64 16512
  %2290 = load <16 x float>, ptr %2289, align 4
  %2291 = getelementptr inbounds i8, ptr %2284, i64 16576
  %2292 = load <16 x float>, ptr %2291, align 4
  %.not3183 = icmp eq i64 %ib1.addr.03076, 0
  br i1 %.not3183, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2293 = sub nuw nsw i64 128, %2249
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03059 = phi i64 [ %j30.next, %j30.body ], [ %2293, %j30.body.preheader ]
  %acc135.03058 = phi <16 x float> [ %2343, %j30.body ], [ %2292, %j30.body.preheader ]
  %acc134.03057 = phi <16 x float> [ %2342, %j30.body ], [ %2290, %j30.body.preheader ]
  %acc133.03056 = phi <16 x float> [ %2341, %j30.body ], [ %2288, %j30.body.preheader ]
  %acc132.03055 = phi <16 x float> [ %2340, %j30.body ], [ %2286, %j30.body.preheader ]
  %acc131.03054 = phi <16 x float> [ %2333, %j30.body ], [ %2281, %j30.body.preheader ]
  %acc130.03053 = phi <16 x float> [ %2332, %j30.body ], [ %2279, %j30.body.preheader ]
  %acc129.03052 = phi <16 x float> [ %2331, %j30.body ], [ %2277, %j30.body.preheader ]
  %acc128.03051 = phi <16 x float> [ %2330, %j30.body ], [ %2275, %j30.body.preheader ]
  %acc127.03050 = phi <16 x float> [ %2323, %j30.body ], [ %2270, %j30.body.preheader ]
  %acc126.03049 = phi <16 x float> [ %2322, %j30.body ], [ %2268, %j30.body.preheader ]
  %acc125.03048 = phi <16 x float> [ %2321, %j30.body ], [ %2266, %j30.body.preheader ]
  %acc124.03047 = phi <16 x float> [ %2320, %j30.body ], [ %2264, %j30.body.preheader ]
  %acc123.03046 = phi <16 x float> [ %2313, %j30.body ], [ %2259, %j30.body.preheader ]
  %acc122.03045 = phi <16 x float> [ %2312, %j30.body ], [ %2257, %j30.body.preheader ]
  %acc121.03044 = phi <16 x float> [ %2311, %j30.body ], [ %2255, %j30.body.preheader ]
  %acc120.03043 = phi <16 x float> [ %2310, %j30.body ], [ %2253, %j30.body.preheader ]
  %.idx2842 = shl nuw nsw i64 %j30.addr.03059, 8
  %2294 = getelementptr inbounds i8, ptr %OY, i64 %.idx2842
  %2295 = getelementptr inbounds i8, ptr %2294, i64 16384
  %2296 = load <16 x float>, ptr %2295, align 4
  %2297 = getelementptr inbounds i8, ptr %2294, i64 16448
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = getelementptr inbounds i8, ptr %2294, i64 16512
  %2300 = load <16 x float>, ptr %2299, align 4
  %2301 = getelementptr inbounds i8, ptr %2294, i64 16576
  %2302 = load <16 x float>, ptr %2301, align 4
  %2303 = shl nuw nsw i64 %j30.addr.03059, 7
  %2304 = or disjoint i64 %2303, %i01
  %2305 = getelementptr inbounds float, ptr %Gm, i64 %2304
  %2306 = load float, ptr %2305, align 4
  %2307 = fneg float %2306
  %2308 = insertelement <16 x float> poison, float %2307, i64 0
  %2309 = shufflevector <16 x float> %2308, <16 x float> poison, <16 x i32> zeroinitializer
  %2310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2309, <16 x float> %2296, <16 x float> %acc120.03043)
  %2311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2309, <16 x float> %2298, <16 x float> %acc121.03044)
  %2312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2309, <16 x float> %2300, <16 x float> %acc122.03045)
  %2313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2309, <16 x float> %2302, <16 x float> %acc123.03046)
  %2314 = or disjoint i64 %2303, %2260
  %2315 = getelementptr inbounds float, ptr %Gm, i64 %2314
  %2316 = load float, ptr %2315, align 4
  %2317 = fneg float %2316
  %2318 = insertelement <16 x float> poison, float %2317, i64 0
  %2319 = shufflevector <16 x float> %2318, <16 x float> poison, <16 x i32> zeroinitializer
  %2320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2296, <16 x float> %acc124.03047)
  %2321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2298, <16 x float> %acc125.03048)
  %2322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2300, <16 x float> %acc126.03049)
  %2323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2302, <16 x float> %acc127.03050)
  %2324 = or disjoint i64 %2303, %2271
  %2325 = getelementptr inbounds float, ptr %Gm, i64 %2324
  %2326 = load float, ptr %2325, align 4
  %2327 = fneg float %2326
  %2328 = insertelement <16 x float> poison, float %2327, i64 0
  %2329 = shufflevector <16 x float> %2328, <16 x float> poison, <16 x i32> zeroinitializer
  %2330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2296, <16 x float> %acc128.03051)
  %2331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2298, <16 x float> %acc129.03052)
  %2332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2300, <16 x float> %acc130.03053)
  %2333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2302, <16 x float> %acc131.03054)
  %2334 = or disjoint i64 %2303, %2282
  %2335 = getelementptr inbounds float, ptr %Gm, i64 %2334
  %2336 = load float, ptr %2335, align 4
  %2337 = fneg float %2336
  %2338 = insertelement <16 x float> poison, float %2337, i64 0
  %2339 = shufflevector <16 x float> %2338, <16 x float> poison, <16 x i32> zeroinitializer
  %2340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2296, <16 x float> %acc132.03055)
  %2341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2298, <16 x float> %acc133.03056)
  %2342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2300, <16 x float> %acc134.03057)
  %2343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2302, <16 x float> %acc135.03058)
  %j30.next = add nuw nsw i64 %j30.addr.03059, 1
  %2344 = icmp ult i64 %j30.addr.03059, 127
  br i1 %2344, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2253, %ib1.body ], [ %2310, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2255, %ib1.body ], [ %2311, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2257, %ib1.body ], [ %2312, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2259, %ib1.body ], [ %2313, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2264, %ib1.body ], [ %2320, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2266, %ib1.body ], [ %2321, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2268, %ib1.body ], [ %2322, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2270, %ib1.body ], [ %2323, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2275, %ib1.body ], [ %2330, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2277, %ib1.body ], [ %2331, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2279, %ib1.body ], [ %2332, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2281, %ib1.body ], [ %2333, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2286, %ib1.body ], [ %2340, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2288, %ib1.body ], [ %2341, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2290, %ib1.body ], [ %2342, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2292, %ib1.body ], [ %2343, %j30.body ]
  %2345 = getelementptr inbounds float, ptr %Rr, i64 %2283
  %2346 = load <16 x float>, ptr %2345, align 4
  %2347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2346, <16 x float> zeroinitializer)
  %2348 = or disjoint i64 %2283, 16
  %2349 = getelementptr inbounds float, ptr %Rr, i64 %2348
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2350, <16 x float> %2347)
  %2352 = or disjoint i64 %2283, 32
  %2353 = getelementptr inbounds float, ptr %Rr, i64 %2352
  %2354 = load <16 x float>, ptr %2353, align 4
  %2355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2354, <16 x float> %2351)
  %2356 = or disjoint i64 %2283, 48
  %2357 = getelementptr inbounds float, ptr %Rr, i64 %2356
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2358, <16 x float> %2355)
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2361 = shufflevector <16 x float> %2359, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2362 = fadd <8 x float> %2360, %2361
  %2363 = shufflevector <8 x float> %2362, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2364 = shufflevector <8 x float> %2362, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2365 = fadd <4 x float> %2363, %2364
  %2366 = shufflevector <4 x float> %2365, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2367 = shufflevector <4 x float> %2365, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2368 = fadd <2 x float> %2366, %2367
  %2369 = shufflevector <2 x float> %2368, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2370 = shufflevector <2 x float> %2368, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2371 = getelementptr inbounds float, ptr %bet, i64 %2282
  %2372 = load float, ptr %2371, align 4
  %2373 = insertelement <16 x float> poison, float %2372, i64 0
  %2374 = shufflevector <16 x float> %2373, <16 x float> poison, <16 x i32> zeroinitializer
  %2375 = fmul <16 x float> %acc132.0.lcssa, %2374
  store <16 x float> %2375, ptr %2285, align 4
  %2376 = fneg <16 x float> %2375
  %.idx2840 = mul nuw nsw i64 %2282, 1280
  %2377 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2840
  %2378 = getelementptr inbounds i8, ptr %2377, i64 256
  store <16 x float> %2376, ptr %2378, align 4
  %2379 = fmul <16 x float> %acc133.0.lcssa, %2374
  store <16 x float> %2379, ptr %2287, align 4
  %2380 = fneg <16 x float> %2379
  %2381 = getelementptr inbounds i8, ptr %2377, i64 320
  store <16 x float> %2380, ptr %2381, align 4
  %2382 = fmul <16 x float> %acc134.0.lcssa, %2374
  store <16 x float> %2382, ptr %2289, align 4
  %2383 = fneg <16 x float> %2382
  %2384 = getelementptr inbounds i8, ptr %2377, i64 384
  store <16 x float> %2383, ptr %2384, align 4
  %2385 = fmul <16 x float> %acc135.0.lcssa, %2374
  store <16 x float> %2385, ptr %2291, align 4
  %2386 = fneg <16 x float> %2385
  %2387 = getelementptr inbounds i8, ptr %2377, i64 448
  store <16 x float> %2386, ptr %2387, align 4
  %2388 = shl nuw nsw i64 %2282, 7
  %2389 = or disjoint i64 %2388, %2271
  %2390 = getelementptr inbounds float, ptr %Gm, i64 %2389
  %2391 = load float, ptr %2390, align 4
  %2392 = fneg float %2391
  %2393 = insertelement <16 x float> poison, float %2392, i64 0
  %2394 = shufflevector <16 x float> %2393, <16 x float> poison, <16 x i32> zeroinitializer
  %2395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2375, <16 x float> %acc128.0.lcssa)
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2379, <16 x float> %acc129.0.lcssa)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2382, <16 x float> %acc130.0.lcssa)
  %2398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2385, <16 x float> %acc131.0.lcssa)
  %2399 = getelementptr inbounds float, ptr %Rr, i64 %2272
  %2400 = load <16 x float>, ptr %2399, align 4
  %2401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2400, <16 x float> zeroinitializer)
  %2402 = or disjoint i64 %2272, 16
  %2403 = getelementptr inbounds float, ptr %Rr, i64 %2402
  %2404 = load <16 x float>, ptr %2403, align 4
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2396, <16 x float> %2404, <16 x float> %2401)
  %2406 = or disjoint i64 %2272, 32
  %2407 = getelementptr inbounds float, ptr %Rr, i64 %2406
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2408, <16 x float> %2405)
  %2410 = or disjoint i64 %2272, 48
  %2411 = getelementptr inbounds float, ptr %Rr, i64 %2410
  %2412 = load <16 x float>, ptr %2411, align 4
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2398, <16 x float> %2412, <16 x float> %2409)
  %2414 = shufflevector <16 x float> %2413, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2415 = shufflevector <16 x float> %2413, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2416 = fadd <8 x float> %2414, %2415
  %2417 = shufflevector <8 x float> %2416, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2418 = shufflevector <8 x float> %2416, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2419 = fadd <4 x float> %2417, %2418
  %2420 = shufflevector <4 x float> %2419, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2421 = shufflevector <4 x float> %2419, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2422 = fadd <2 x float> %2420, %2421
  %2423 = shufflevector <2 x float> %2422, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2424 = shufflevector <2 x float> %2422, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2425 = getelementptr inbounds float, ptr %bet, i64 %2271
  %2426 = load float, ptr %2425, align 4
  %2427 = insertelement <16 x float> poison, float %2426, i64 0
  %2428 = shufflevector <16 x float> %2427, <16 x float> poison, <16 x i32> zeroinitializer
  %2429 = fmul <16 x float> %2395, %2428
  store <16 x float> %2429, ptr %2274, align 4
  %2430 = fneg <16 x float> %2429
  %2431 = mul nuw nsw i64 %2271, 320
  %2432 = or disjoint i64 %2431, 64
  %2433 = getelementptr inbounds float, ptr %Ak, i64 %2432
  store <16 x float> %2430, ptr %2433, align 4
  %2434 = fmul <16 x float> %2396, %2428
  store <16 x float> %2434, ptr %2276, align 4
  %2435 = fneg <16 x float> %2434
  %2436 = or disjoint i64 %2431, 80
  %2437 = getelementptr inbounds float, ptr %Ak, i64 %2436
  store <16 x float> %2435, ptr %2437, align 4
  %2438 = fmul <16 x float> %2397, %2428
  store <16 x float> %2438, ptr %2278, align 4
  %2439 = fneg <16 x float> %2438
  %2440 = or disjoint i64 %2431, 96
  %2441 = getelementptr inbounds float, ptr %Ak, i64 %2440
  store <16 x float> %2439, ptr %2441, align 4
  %2442 = fmul <16 x float> %2398, %2428
  store <16 x float> %2442, ptr %2280, align 4
  %2443 = fneg <16 x float> %2442
  %2444 = or disjoint i64 %2431, 112
  %2445 = getelementptr inbounds float, ptr %Ak, i64 %2444
  store <16 x float> %2443, ptr %2445, align 4
  %2446 = shl nuw nsw i64 %2271, 7
  %2447 = or disjoint i64 %2446, %2260
  %2448 = getelementptr inbounds float, ptr %Gm, i64 %2447
  %2449 = load float, ptr %2448, align 4
  %2450 = fneg float %2449
  %2451 = insertelement <16 x float> poison, float %2450, i64 0
  %2452 = shufflevector <16 x float> %2451, <16 x float> poison, <16 x i32> zeroinitializer
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2429, <16 x float> %acc124.0.lcssa)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2434, <16 x float> %acc125.0.lcssa)
  %2455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2438, <16 x float> %acc126.0.lcssa)
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2442, <16 x float> %acc127.0.lcssa)
  %2457 = or disjoint i64 %2388, %2260
  %2458 = getelementptr inbounds float, ptr %Gm, i64 %2457
  %2459 = load float, ptr %2458, align 4
  %2460 = fneg float %2459
  %2461 = insertelement <16 x float> poison, float %2460, i64 0
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <16 x i32> zeroinitializer
  %2463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2375, <16 x float> %2453)
  %2464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2379, <16 x float> %2454)
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2382, <16 x float> %2455)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2385, <16 x float> %2456)
  %2467 = getelementptr inbounds float, ptr %Rr, i64 %2261
  %2468 = load <16 x float>, ptr %2467, align 4
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2463, <16 x float> %2468, <16 x float> zeroinitializer)
  %2470 = or disjoint i64 %2261, 16
  %2471 = getelementptr inbounds float, ptr %Rr, i64 %2470
  %2472 = load <16 x float>, ptr %2471, align 4
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2472, <16 x float> %2469)
  %2474 = or disjoint i64 %2261, 32
  %2475 = getelementptr inbounds float, ptr %Rr, i64 %2474
  %2476 = load <16 x float>, ptr %2475, align 4
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2476, <16 x float> %2473)
  %2478 = or disjoint i64 %2261, 48
  %2479 = getelementptr inbounds float, ptr %Rr, i64 %2478
  %2480 = load <16 x float>, ptr %2479, align 4
  %2481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2466, <16 x float> %2480, <16 x float> %2477)
  %2482 = shufflevector <16 x float> %2481, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2483 = shufflevector <16 x float> %2481, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2484 = fadd <8 x float> %2482, %2483
  %2485 = shufflevector <8 x float> %2484, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2486 = shufflevector <8 x float> %2484, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2487 = fadd <4 x float> %2485, %2486
  %2488 = shufflevector <4 x float> %2487, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2489 = shufflevector <4 x float> %2487, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2490 = fadd <2 x float> %2488, %2489
  %2491 = getelementptr inbounds float, ptr %bet, i64 %2260
  %2492 = load float, ptr %2491, align 4
  %2493 = insertelement <16 x float> poison, float %2492, i64 0
  %2494 = shufflevector <16 x float> %2493, <16 x float> poison, <16 x i32> zeroinitializer
  %2495 = fmul <16 x float> %2463, %2494
  store <16 x float> %2495, ptr %2263, align 4
  %2496 = fneg <16 x float> %2495
  %.idx2841 = mul nuw nsw i64 %2260, 1280
  %2497 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2841
  %2498 = getelementptr inbounds i8, ptr %2497, i64 256
  store <16 x float> %2496, ptr %2498, align 4
  %2499 = fmul <16 x float> %2464, %2494
  store <16 x float> %2499, ptr %2265, align 4
  %2500 = fneg <16 x float> %2499
  %2501 = getelementptr inbounds i8, ptr %2497, i64 320
  store <16 x float> %2500, ptr %2501, align 4
  %2502 = fmul <16 x float> %2465, %2494
  store <16 x float> %2502, ptr %2267, align 4
  %2503 = fneg <16 x float> %2502
  %2504 = getelementptr inbounds i8, ptr %2497, i64 384
  store <16 x float> %2503, ptr %2504, align 4
  %2505 = fmul <16 x float> %2466, %2494
  store <16 x float> %2505, ptr %2269, align 4
  %2506 = fneg <16 x float> %2505
  %2507 = getelementptr inbounds i8, ptr %2497, i64 448
  store <16 x float> %2506, ptr %2507, align 4
  %2508 = shl nuw nsw i64 %2260, 7
  %2509 = or disjoint i64 %2508, %i01
  %2510 = getelementptr inbounds float, ptr %Gm, i64 %2509
  %2511 = load float, ptr %2510, align 4
  %2512 = fneg float %2511
  %2513 = insertelement <16 x float> poison, float %2512, i64 0
  %2514 = shufflevector <16 x float> %2513, <16 x float> poison, <16 x i32> zeroinitializer
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2495, <16 x float> %acc120.0.lcssa)
  %2516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2499, <16 x float> %acc121.0.lcssa)
  %2517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2502, <16 x float> %acc122.0.lcssa)
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2505, <16 x float> %acc123.0.lcssa)
  %2519 = or disjoint i64 %2446, %i01
  %2520 = getelementptr inbounds float, ptr %Gm, i64 %2519
  %2521 = load float, ptr %2520, align 4
  %2522 = fneg float %2521
  %2523 = insertelement <16 x float> poison, float %2522, i64 0
  %2524 = shufflevector <16 x float> %2523, <16 x float> poison, <16 x i32> zeroinitializer
  %2525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2429, <16 x float> %2515)
  %2526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2434, <16 x float> %2516)
  %2527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2438, <16 x float> %2517)
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2442, <16 x float> %2518)
  %2529 = or disjoint i64 %2388, %i01
  %2530 = getelementptr inbounds float, ptr %Gm, i64 %2529
  %2531 = load float, ptr %2530, align 4
  %2532 = fneg float %2531
  %2533 = insertelement <16 x float> poison, float %2532, i64 0
  %2534 = shufflevector <16 x float> %2533, <16 x float> poison, <16 x i32> zeroinitializer
  %2535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2375, <16 x float> %2525)
  %2536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2379, <16 x float> %2526)
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2382, <16 x float> %2527)
  %2538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2385, <16 x float> %2528)
  %2539 = getelementptr inbounds float, ptr %Rr, i64 %2250
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2540, <16 x float> zeroinitializer)
  %2542 = or disjoint i64 %2250, 16
  %2543 = getelementptr inbounds float, ptr %Rr, i64 %2542
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2536, <16 x float> %2544, <16 x float> %2541)
  %2546 = or disjoint i64 %2250, 32
  %2547 = getelementptr inbounds float, ptr %Rr, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2537, <16 x float> %2548, <16 x float> %2545)
  %2550 = or disjoint i64 %2250, 48
  %2551 = getelementptr inbounds float, ptr %Rr, i64 %2550
  %2552 = load <16 x float>, ptr %2551, align 4
  %2553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2552, <16 x float> %2549)
  %2554 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2555 = shufflevector <16 x float> %2553, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2556 = shufflevector <16 x float> %2553, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2557 = fadd <8 x float> %2555, %2556
  %2558 = shufflevector <8 x float> %2557, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2559 = shufflevector <8 x float> %2557, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2560 = fadd <4 x float> %2558, %2559
  %2561 = shufflevector <4 x float> %2560, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2562 = shufflevector <4 x float> %2560, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2563 = fadd <2 x float> %2561, %2562
  %2564 = load <4 x float>, ptr %2554, align 4
  %2565 = shufflevector <2 x float> %2563, <2 x float> %2490, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2566 = shufflevector <4 x float> %2565, <4 x float> %2424, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2567 = shufflevector <4 x float> %2566, <4 x float> %2370, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2568 = shufflevector <2 x float> %2563, <2 x float> %2490, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2569 = shufflevector <4 x float> %2568, <4 x float> %2423, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2570 = shufflevector <4 x float> %2569, <4 x float> %2369, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2571 = fadd <4 x float> %2567, %2570
  %2572 = fadd <4 x float> %2564, %2571
  store <4 x float> %2572, ptr %2554, align 4
  %2573 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = fmul <16 x float> %2535, %2576
  store <16 x float> %2577, ptr %2252, align 4
  %2578 = fneg <16 x float> %2577
  %2579 = mul nuw nsw i64 %i01, 320
  %2580 = or disjoint i64 %2579, 64
  %2581 = getelementptr inbounds float, ptr %Ak, i64 %2580
  store <16 x float> %2578, ptr %2581, align 4
  %2582 = fmul <16 x float> %2536, %2576
  store <16 x float> %2582, ptr %2254, align 4
  %2583 = fneg <16 x float> %2582
  %2584 = or disjoint i64 %2579, 80
  %2585 = getelementptr inbounds float, ptr %Ak, i64 %2584
  store <16 x float> %2583, ptr %2585, align 4
  %2586 = fmul <16 x float> %2537, %2576
  store <16 x float> %2586, ptr %2256, align 4
  %2587 = fneg <16 x float> %2586
  %2588 = or disjoint i64 %2579, 96
  %2589 = getelementptr inbounds float, ptr %Ak, i64 %2588
  store <16 x float> %2587, ptr %2589, align 4
  %2590 = fmul <16 x float> %2538, %2576
  store <16 x float> %2590, ptr %2258, align 4
  %2591 = fneg <16 x float> %2590
  %2592 = or disjoint i64 %2579, 112
  %2593 = getelementptr inbounds float, ptr %Ak, i64 %2592
  store <16 x float> %2591, ptr %2593, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03076, 1
  %exitcond3408.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3408.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.03079 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter = phi i64 [ 0, %t4.body.preheader.new ], [ %niter.next.1, %t4.body ]
  %2594 = mul i64 %18, %t4.addr.03079
  %scevgep3411 = getelementptr i8, ptr %2246, i64 %2594
  %2595 = shl nuw nsw i64 %t4.addr.03079, 9
  %gep3696 = getelementptr i8, ptr %invariant.gep3695, i64 %2595
  %scevgep3409 = getelementptr i8, ptr %2247, i64 %2594
  %gep3698 = getelementptr i8, ptr %invariant.gep3697, i64 %2595
  %2596 = add nsw i64 %t4.addr.03079, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3409, ptr noundef nonnull align 4 dereferenceable(256) %gep3698, i64 256, i1 false)
  %i44 = shl nuw nsw i64 %t4.addr.03079, 1
  %tau2 = shl nsw i64 %2596, 1
  %2597 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2598 = load float, ptr %2597, align 4
  %2599 = mul nsw i64 %tau2, %H
  %2600 = getelementptr inbounds float, ptr %betah1, i64 %2599
  store float %2598, ptr %2600, align 4
  %i46 = or disjoint i64 %i44, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3411, ptr noundef nonnull align 4 dereferenceable(256) %gep3696, i64 256, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2601 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2602 = load float, ptr %2601, align 4
  %2603 = mul nsw i64 %tau3, %H
  %2604 = getelementptr inbounds float, ptr %betah1, i64 %2603
  store float %2602, ptr %2604, align 4
  %t4.next = or disjoint i64 %t4.addr.03079, 1
  %2605 = mul i64 %18, %t4.next
  %scevgep3411.1 = getelementptr i8, ptr %2246, i64 %2605
  %2606 = shl nuw nsw i64 %t4.next, 9
  %gep3696.1 = getelementptr i8, ptr %invariant.gep3695, i64 %2606
  %scevgep3409.1 = getelementptr i8, ptr %2247, i64 %2605
  %gep3698.1 = getelementptr i8, ptr %invariant.gep3697, i64 %2606
  %2607 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3409.1, ptr noundef nonnull align 4 dereferenceable(256) %gep3698.1, i64 256, i1 false)
  %i44.1 = shl nuw nsw i64 %t4.next, 1
  %tau2.1 = shl nsw i64 %2607, 1
  %2608 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2609 = load float, ptr %2608, align 4
  %2610 = mul nsw i64 %tau2.1, %H
  %2611 = getelementptr inbounds float, ptr %betah1, i64 %2610
  store float %2609, ptr %2611, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3411.1, ptr noundef nonnull align 4 dereferenceable(256) %gep3696.1, i64 256, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2612 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2613 = load float, ptr %2612, align 4
  %2614 = mul nsw i64 %tau3.1, %H
  %2615 = getelementptr inbounds float, ptr %betah1, i64 %2614
  store float %2613, ptr %2615, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.03079, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.03079.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2616 = mul i64 %18, %t4.addr.03079.unr
  %scevgep3411.epil = getelementptr i8, ptr %2246, i64 %2616
  %2617 = shl nuw nsw i64 %t4.addr.03079.unr, 9
  %gep3696.epil = getelementptr i8, ptr %invariant.gep3695, i64 %2617
  %scevgep3409.epil = getelementptr i8, ptr %2247, i64 %2616
  %gep3698.epil = getelementptr i8, ptr %invariant.gep3697, i64 %2617
  %2618 = add nsw i64 %t4.addr.03079.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3409.epil, ptr noundef nonnull align 4 dereferenceable(256) %gep3698.epil, i64 256, i1 false)
  %i44.epil = shl nuw nsw i64 %t4.addr.03079.unr, 1
  %tau2.epil = shl nsw i64 %2618, 1
  %2619 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2620 = load float, ptr %2619, align 4
  %2621 = mul nsw i64 %tau2.epil, %H
  %2622 = getelementptr inbounds float, ptr %betah1, i64 %2621
  store float %2620, ptr %2622, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3411.epil, ptr noundef nonnull align 4 dereferenceable(256) %gep3696.epil, i64 256, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2623 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2624 = load float, ptr %2623, align 4
  %2625 = mul nsw i64 %tau3.epil, %H
  %2626 = getelementptr inbounds float, ptr %betah1, i64 %2625
  store float %2624, ptr %2626, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t4.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03097 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2627 = shl nuw nsw i64 %i48.addr.03097, 7
  %2628 = or disjoint i64 %2627, 64
  %2629 = getelementptr inbounds float, ptr %work, i64 %2628
  %2630 = load <16 x float>, ptr %2629, align 4
  %2631 = or disjoint i64 %2627, 80
  %2632 = getelementptr inbounds float, ptr %work, i64 %2631
  %2633 = load <16 x float>, ptr %2632, align 4
  %2634 = or disjoint i64 %2627, 96
  %2635 = getelementptr inbounds float, ptr %work, i64 %2634
  %2636 = load <16 x float>, ptr %2635, align 4
  %2637 = or disjoint i64 %2627, 112
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %i48.addr.03097, 1
  %2641 = shl nuw nsw i64 %2640, 7
  %2642 = or disjoint i64 %2641, 64
  %2643 = getelementptr inbounds float, ptr %work, i64 %2642
  %2644 = load <16 x float>, ptr %2643, align 4
  %2645 = or disjoint i64 %2641, 80
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2641, 96
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %2641, 112
  %2652 = getelementptr inbounds float, ptr %work, i64 %2651
  %2653 = load <16 x float>, ptr %2652, align 4
  %2654 = or disjoint i64 %i48.addr.03097, 2
  %2655 = shl nuw nsw i64 %2654, 7
  %2656 = or disjoint i64 %2655, 64
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %2655, 80
  %2660 = getelementptr inbounds float, ptr %work, i64 %2659
  %2661 = load <16 x float>, ptr %2660, align 4
  %2662 = or disjoint i64 %2655, 96
  %2663 = getelementptr inbounds float, ptr %work, i64 %2662
  %2664 = load <16 x float>, ptr %2663, align 4
  %2665 = or disjoint i64 %2655, 112
  %2666 = getelementptr inbounds float, ptr %work, i64 %2665
  %2667 = load <16 x float>, ptr %2666, align 4
  %2668 = or disjoint i64 %i48.addr.03097, 3
  %2669 = shl nuw nsw i64 %2668, 7
  %2670 = or disjoint i64 %2669, 64
  %2671 = getelementptr inbounds float, ptr %work, i64 %2670
  %2672 = load <16 x float>, ptr %2671, align 4
  %2673 = or disjoint i64 %2669, 80
  %2674 = getelementptr inbounds float, ptr %work, i64 %2673
  %2675 = load <16 x float>, ptr %2674, align 4
  %2676 = or disjoint i64 %2669, 96
  %2677 = getelementptr inbounds float, ptr %work, i64 %2676
  %2678 = load <16 x float>, ptr %2677, align 4
  %2679 = or disjoint i64 %2669, 112
  %2680 = getelementptr inbounds float, ptr %work, i64 %2679
  %2681 = load <16 x float>, ptr %2680, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03096 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03095 = phi <16 x float> [ %2681, %i48.body ], [ %2729, %p11.body ]
  %acc150.03094 = phi <16 x float> [ %2678, %i48.body ], [ %2728, %p11.body ]
  %acc149.03093 = phi <16 x float> [ %2675, %i48.body ], [ %2727, %p11.body ]
  %acc148.03092 = phi <16 x float> [ %2672, %i48.body ], [ %2726, %p11.body ]
  %acc147.03091 = phi <16 x float> [ %2667, %i48.body ], [ %2720, %p11.body ]
  %acc146.03090 = phi <16 x float> [ %2664, %i48.body ], [ %2719, %p11.body ]
  %acc145.03089 = phi <16 x float> [ %2661, %i48.body ], [ %2718, %p11.body ]
  %acc144.03088 = phi <16 x float> [ %2658, %i48.body ], [ %2717, %p11.body ]
  %acc143.03087 = phi <16 x float> [ %2653, %i48.body ], [ %2711, %p11.body ]
  %acc142.03086 = phi <16 x float> [ %2650, %i48.body ], [ %2710, %p11.body ]
  %acc141.03085 = phi <16 x float> [ %2647, %i48.body ], [ %2709, %p11.body ]
  %acc140.03084 = phi <16 x float> [ %2644, %i48.body ], [ %2708, %p11.body ]
  %acc139.03083 = phi <16 x float> [ %2639, %i48.body ], [ %2702, %p11.body ]
  %acc138.03082 = phi <16 x float> [ %2636, %i48.body ], [ %2701, %p11.body ]
  %acc137.03081 = phi <16 x float> [ %2633, %i48.body ], [ %2700, %p11.body ]
  %acc136.03080 = phi <16 x float> [ %2630, %i48.body ], [ %2699, %p11.body ]
  %2682 = shl nuw nsw i64 %p11.addr.03096, 6
  %2683 = getelementptr inbounds float, ptr %OY, i64 %2682
  %2684 = load <16 x float>, ptr %2683, align 4
  %2685 = or disjoint i64 %2682, 16
  %2686 = getelementptr inbounds float, ptr %OY, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2682, 32
  %2689 = getelementptr inbounds float, ptr %OY, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  %2691 = or disjoint i64 %2682, 48
  %2692 = getelementptr inbounds float, ptr %OY, i64 %2691
  %2693 = load <16 x float>, ptr %2692, align 4
  %2694 = or disjoint i64 %2682, %i48.addr.03097
  %2695 = getelementptr inbounds float, ptr %QK, i64 %2694
  %2696 = load float, ptr %2695, align 4
  %2697 = insertelement <16 x float> poison, float %2696, i64 0
  %2698 = shufflevector <16 x float> %2697, <16 x float> poison, <16 x i32> zeroinitializer
  %2699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2684, <16 x float> %acc136.03080)
  %2700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2687, <16 x float> %acc137.03081)
  %2701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2690, <16 x float> %acc138.03082)
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2693, <16 x float> %acc139.03083)
  %2703 = or disjoint i64 %2682, %2640
  %2704 = getelementptr inbounds float, ptr %QK, i64 %2703
  %2705 = load float, ptr %2704, align 4
  %2706 = insertelement <16 x float> poison, float %2705, i64 0
  %2707 = shufflevector <16 x float> %2706, <16 x float> poison, <16 x i32> zeroinitializer
  %2708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2684, <16 x float> %acc140.03084)
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2687, <16 x float> %acc141.03085)
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2690, <16 x float> %acc142.03086)
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2693, <16 x float> %acc143.03087)
  %2712 = or disjoint i64 %2682, %2654
  %2713 = getelementptr inbounds float, ptr %QK, i64 %2712
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2684, <16 x float> %acc144.03088)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2687, <16 x float> %acc145.03089)
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2690, <16 x float> %acc146.03090)
  %2720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2693, <16 x float> %acc147.03091)
  %2721 = or disjoint i64 %2682, %2668
  %2722 = getelementptr inbounds float, ptr %QK, i64 %2721
  %2723 = load float, ptr %2722, align 4
  %2724 = insertelement <16 x float> poison, float %2723, i64 0
  %2725 = shufflevector <16 x float> %2724, <16 x float> poison, <16 x i32> zeroinitializer
  %2726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2684, <16 x float> %acc148.03092)
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2687, <16 x float> %acc149.03093)
  %2728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2690, <16 x float> %acc150.03094)
  %2729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2693, <16 x float> %acc151.03095)
  %p11.next = add nuw nsw i64 %p11.addr.03096, 1
  %exitcond3416.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3416.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2699, ptr %2629, align 4
  store <16 x float> %2700, ptr %2632, align 4
  store <16 x float> %2701, ptr %2635, align 4
  store <16 x float> %2702, ptr %2638, align 4
  store <16 x float> %2708, ptr %2643, align 4
  store <16 x float> %2709, ptr %2646, align 4
  store <16 x float> %2710, ptr %2649, align 4
  store <16 x float> %2711, ptr %2652, align 4
  store <16 x float> %2717, ptr %2657, align 4
  store <16 x float> %2718, ptr %2660, align 4
  store <16 x float> %2719, ptr %2663, align 4
  store <16 x float> %2720, ptr %2666, align 4
  store <16 x float> %2726, ptr %2671, align 4
  store <16 x float> %2727, ptr %2674, align 4
  store <16 x float> %2728, ptr %2677, align 4
  store <16 x float> %2729, ptr %2680, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03097, 4
  %2730 = icmp ult i64 %i48.addr.03097, 60
  br i1 %2730, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2731 = icmp ult i64 %i49.addr.03110, 120
  br i1 %2731, label %i49.body, label %t5.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03110 = phi i64 [ %2732, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2732 = add nuw nsw i64 %i49.addr.03110, 8
  %2733 = mul nuw nsw i64 %i49.addr.03110, 320
  %2734 = or disjoint i64 %2733, 192
  %2735 = getelementptr inbounds float, ptr %Ak, i64 %2734
  %.idx2828 = mul nuw nsw i64 %i49.addr.03110, 1280
  %2736 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2828
  %2737 = getelementptr inbounds i8, ptr %2736, i64 2048
  %2738 = getelementptr inbounds i8, ptr %2736, i64 3328
  %2739 = getelementptr inbounds i8, ptr %2736, i64 4608
  %2740 = getelementptr inbounds i8, ptr %2736, i64 5888
  %2741 = getelementptr inbounds i8, ptr %2736, i64 7168
  %2742 = getelementptr inbounds i8, ptr %2736, i64 8448
  %2743 = getelementptr inbounds i8, ptr %2736, i64 9728
  %.idx3435 = shl nsw i64 %i49.addr.03110, 8
  %invariant.gep3699 = getelementptr inbounds i8, ptr %OY, i64 %.idx3435
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.03109 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep3098 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.03109
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.03108 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.03107 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2784, %p12.body ]
  %acc158.03106 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2779, %p12.body ]
  %acc157.03105 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2774, %p12.body ]
  %acc156.03104 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2769, %p12.body ]
  %acc155.03103 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2764, %p12.body ]
  %acc154.03102 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2759, %p12.body ]
  %acc153.03101 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2754, %p12.body ]
  %acc152.03100 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2749, %p12.body ]
  %.idx2835 = shl nuw nsw i64 %p12.addr.03108, 9
  %gep3099 = getelementptr inbounds i8, ptr %invariant.gep3098, i64 %.idx2835
  %2744 = load <16 x float>, ptr %gep3099, align 4
  %gep3700 = getelementptr inbounds float, ptr %invariant.gep3699, i64 %p12.addr.03108
  %2745 = getelementptr inbounds i8, ptr %gep3700, i64 16384
  %2746 = load float, ptr %2745, align 4
  %2747 = insertelement <16 x float> poison, float %2746, i64 0
  %2748 = shufflevector <16 x float> %2747, <16 x float> poison, <16 x i32> zeroinitializer
  %2749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2748, <16 x float> %2744, <16 x float> %acc152.03100)
  %2750 = getelementptr inbounds i8, ptr %gep3700, i64 16640
  %2751 = load float, ptr %2750, align 4
  %2752 = insertelement <16 x float> poison, float %2751, i64 0
  %2753 = shufflevector <16 x float> %2752, <16 x float> poison, <16 x i32> zeroinitializer
  %2754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2753, <16 x float> %2744, <16 x float> %acc153.03101)
  %2755 = getelementptr inbounds i8, ptr %gep3700, i64 16896
  %2756 = load float, ptr %2755, align 4
  %2757 = insertelement <16 x float> poison, float %2756, i64 0
  %2758 = shufflevector <16 x float> %2757, <16 x float> poison, <16 x i32> zeroinitializer
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2744, <16 x float> %acc154.03102)
  %2760 = getelementptr inbounds i8, ptr %gep3700, i64 17152
  %2761 = load float, ptr %2760, align 4
  %2762 = insertelement <16 x float> poison, float %2761, i64 0
  %2763 = shufflevector <16 x float> %2762, <16 x float> poison, <16 x i32> zeroinitializer
  %2764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2763, <16 x float> %2744, <16 x float> %acc155.03103)
  %2765 = getelementptr inbounds i8, ptr %gep3700, i64 17408
  %2766 = load float, ptr %2765, align 4
  %2767 = insertelement <16 x float> poison, float %2766, i64 0
  %2768 = shufflevector <16 x float> %2767, <16 x float> poison, <16 x i32> zeroinitializer
  %2769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2744, <16 x float> %acc156.03104)
  %2770 = getelementptr inbounds i8, ptr %gep3700, i64 17664
  %2771 = load float, ptr %2770, align 4
  %2772 = insertelement <16 x float> poison, float %2771, i64 0
  %2773 = shufflevector <16 x float> %2772, <16 x float> poison, <16 x i32> zeroinitializer
  %2774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2744, <16 x float> %acc157.03105)
  %2775 = getelementptr inbounds i8, ptr %gep3700, i64 17920
  %2776 = load float, ptr %2775, align 4
  %2777 = insertelement <16 x float> poison, float %2776, i64 0
  %2778 = shufflevector <16 x float> %2777, <16 x float> poison, <16 x i32> zeroinitializer
  %2779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2778, <16 x float> %2744, <16 x float> %acc158.03106)
  %2780 = getelementptr inbounds i8, ptr %gep3700, i64 18176
  %2781 = load float, ptr %2780, align 4
  %2782 = insertelement <16 x float> poison, float %2781, i64 0
  %2783 = shufflevector <16 x float> %2782, <16 x float> poison, <16 x i32> zeroinitializer
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2783, <16 x float> %2744, <16 x float> %acc159.03107)
  %p12.next = add nuw nsw i64 %p12.addr.03108, 1
  %exitcond3417.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3417.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2785 = getelementptr inbounds float, ptr %2735, i64 %j34.addr.03109
  store <16 x float> %2749, ptr %2785, align 4
  %2786 = getelementptr inbounds float, ptr %2737, i64 %j34.addr.03109
  store <16 x float> %2754, ptr %2786, align 4
  %2787 = getelementptr inbounds float, ptr %2738, i64 %j34.addr.03109
  store <16 x float> %2759, ptr %2787, align 4
  %2788 = getelementptr inbounds float, ptr %2739, i64 %j34.addr.03109
  store <16 x float> %2764, ptr %2788, align 4
  %2789 = getelementptr inbounds float, ptr %2740, i64 %j34.addr.03109
  store <16 x float> %2769, ptr %2789, align 4
  %2790 = getelementptr inbounds float, ptr %2741, i64 %j34.addr.03109
  store <16 x float> %2774, ptr %2790, align 4
  %2791 = getelementptr inbounds float, ptr %2742, i64 %j34.addr.03109
  store <16 x float> %2779, ptr %2791, align 4
  %2792 = getelementptr inbounds float, ptr %2743, i64 %j34.addr.03109
  store <16 x float> %2784, ptr %2792, align 4
  %j34.next = add nuw nsw i64 %j34.addr.03109, 16
  %2793 = icmp ult i64 %j34.next, %2732
  br i1 %2793, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2794 = shl nsw i64 %L, 1
  %2795 = shl nsw i64 %ci, 7
  br label %p13.head.preheader

t5.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3422 = phi i64 [ %indvars.iv.next3423, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3418 = phi i64 [ %indvars.iv.next3419, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t5.addr.03127 = phi i64 [ %t5.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax4090 = tail call i64 @llvm.umax.i64(i64 %indvars.iv3418, i64 1)
  %i50 = shl nuw nsw i64 %t5.addr.03127, 1
  %invariant.gep3115 = getelementptr float, ptr %invariant.gep3111, i64 %i50
  %.not3186 = icmp eq i64 %t5.addr.03127, 0
  br i1 %.not3186, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t5.body
  %.idx2826 = mul nuw nsw i64 %t5.addr.03127, 2560
  %gep3112 = getelementptr inbounds i8, ptr %invariant.gep3111, i64 %.idx2826
  %xtraiter4091 = and i64 %umax4090, 7
  %2796 = icmp ult i64 %indvars.iv3418, 8
  br i1 %2796, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4093 = and i64 %umax4090, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03117 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4094 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4094.next.7, %j35.body ]
  %2797 = getelementptr inbounds float, ptr %gep3112, i64 %j35.addr.03117
  %2798 = load float, ptr %2797, align 4
  %2799 = fneg float %2798
  store float %2799, ptr %2797, align 4
  %.idx2827 = mul nuw nsw i64 %j35.addr.03117, 1280
  %gep3116 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827
  store float %2799, ptr %gep3116, align 4
  %j35.next = or disjoint i64 %j35.addr.03117, 1
  %2800 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next
  %2801 = load float, ptr %2800, align 4
  %2802 = fneg float %2801
  store float %2802, ptr %2800, align 4
  %.idx2827.1 = mul nuw nsw i64 %j35.next, 1280
  %gep3116.1 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.1
  store float %2802, ptr %gep3116.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03117, 2
  %2803 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.1
  %2804 = load float, ptr %2803, align 4
  %2805 = fneg float %2804
  store float %2805, ptr %2803, align 4
  %.idx2827.2 = mul nuw nsw i64 %j35.next.1, 1280
  %gep3116.2 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.2
  store float %2805, ptr %gep3116.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03117, 3
  %2806 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.2
  %2807 = load float, ptr %2806, align 4
  %2808 = fneg float %2807
  store float %2808, ptr %2806, align 4
  %.idx2827.3 = mul nuw nsw i64 %j35.next.2, 1280
  %gep3116.3 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.3
  store float %2808, ptr %gep3116.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03117, 4
  %2809 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.3
  %2810 = load float, ptr %2809, align 4
  %2811 = fneg float %2810
  store float %2811, ptr %2809, align 4
  %.idx2827.4 = mul nuw nsw i64 %j35.next.3, 1280
  %gep3116.4 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.4
  store float %2811, ptr %gep3116.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03117, 5
  %2812 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.4
  %2813 = load float, ptr %2812, align 4
  %2814 = fneg float %2813
  store float %2814, ptr %2812, align 4
  %.idx2827.5 = mul nuw nsw i64 %j35.next.4, 1280
  %gep3116.5 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.5
  store float %2814, ptr %gep3116.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03117, 6
  %2815 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.5
  %2816 = load float, ptr %2815, align 4
  %2817 = fneg float %2816
  store float %2817, ptr %2815, align 4
  %.idx2827.6 = mul nuw nsw i64 %j35.next.5, 1280
  %gep3116.6 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.6
  store float %2817, ptr %gep3116.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03117, 7
  %2818 = getelementptr inbounds float, ptr %gep3112, i64 %j35.next.6
  %2819 = load float, ptr %2818, align 4
  %2820 = fneg float %2819
  store float %2820, ptr %2818, align 4
  %.idx2827.7 = mul nuw nsw i64 %j35.next.6, 1280
  %gep3116.7 = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.7
  store float %2820, ptr %gep3116.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03117, 8
  %niter4094.next.7 = add i64 %niter4094, 8
  %niter4094.ncmp.7 = icmp eq i64 %niter4094.next.7, %unroll_iter4093
  br i1 %niter4094.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03117.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4092.not = icmp eq i64 %xtraiter4091, 0
  br i1 %lcmp.mod4092.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03117.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03117.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %2821 = getelementptr inbounds float, ptr %gep3112, i64 %j35.addr.03117.epil
  %2822 = load float, ptr %2821, align 4
  %2823 = fneg float %2822
  store float %2823, ptr %2821, align 4
  %.idx2827.epil = mul nuw nsw i64 %j35.addr.03117.epil, 1280
  %gep3116.epil = getelementptr i8, ptr %invariant.gep3115, i64 %.idx2827.epil
  store float %2823, ptr %gep3116.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03117.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4091
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t5.body
  %.idx2823.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2826, %j35.body.epil ], [ %.idx2826, %j35.exit.loopexit.unr-lcssa ]
  %gep3124 = getelementptr inbounds i8, ptr %invariant.gep3111, i64 %.idx2823.pre-phi
  %2824 = getelementptr inbounds float, ptr %gep3124, i64 %i50
  store float 0.000000e+00, ptr %2824, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2824 = mul nuw nsw i64 %i51, 1280
  %gep3126 = getelementptr inbounds i8, ptr %invariant.gep3111, i64 %.idx2824
  %invariant.gep3120 = getelementptr float, ptr %invariant.gep3111, i64 %i51
  %xtraiter4095 = and i64 %indvars.iv3422, 7
  %2825 = icmp ult i64 %indvars.iv3418, 7
  br i1 %2825, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4098 = and i64 %indvars.iv3422, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03122 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4099 = phi i64 [ 0, %j35.exit.new ], [ %niter4099.next.7, %j36.body ]
  %2826 = getelementptr inbounds float, ptr %gep3126, i64 %j36.addr.03122
  %2827 = load float, ptr %2826, align 4
  %2828 = fneg float %2827
  store float %2828, ptr %2826, align 4
  %.idx2825 = mul nuw nsw i64 %j36.addr.03122, 1280
  %gep3121 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825
  store float %2828, ptr %gep3121, align 4
  %j36.next = or disjoint i64 %j36.addr.03122, 1
  %2829 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next
  %2830 = load float, ptr %2829, align 4
  %2831 = fneg float %2830
  store float %2831, ptr %2829, align 4
  %.idx2825.1 = mul nuw nsw i64 %j36.next, 1280
  %gep3121.1 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.1
  store float %2831, ptr %gep3121.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03122, 2
  %2832 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.1
  %2833 = load float, ptr %2832, align 4
  %2834 = fneg float %2833
  store float %2834, ptr %2832, align 4
  %.idx2825.2 = mul nuw nsw i64 %j36.next.1, 1280
  %gep3121.2 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.2
  store float %2834, ptr %gep3121.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03122, 3
  %2835 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.2
  %2836 = load float, ptr %2835, align 4
  %2837 = fneg float %2836
  store float %2837, ptr %2835, align 4
  %.idx2825.3 = mul nuw nsw i64 %j36.next.2, 1280
  %gep3121.3 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.3
  store float %2837, ptr %gep3121.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03122, 4
  %2838 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.3
  %2839 = load float, ptr %2838, align 4
  %2840 = fneg float %2839
  store float %2840, ptr %2838, align 4
  %.idx2825.4 = mul nuw nsw i64 %j36.next.3, 1280
  %gep3121.4 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.4
  store float %2840, ptr %gep3121.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03122, 5
  %2841 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.4
  %2842 = load float, ptr %2841, align 4
  %2843 = fneg float %2842
  store float %2843, ptr %2841, align 4
  %.idx2825.5 = mul nuw nsw i64 %j36.next.4, 1280
  %gep3121.5 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.5
  store float %2843, ptr %gep3121.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03122, 6
  %2844 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.5
  %2845 = load float, ptr %2844, align 4
  %2846 = fneg float %2845
  store float %2846, ptr %2844, align 4
  %.idx2825.6 = mul nuw nsw i64 %j36.next.5, 1280
  %gep3121.6 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.6
  store float %2846, ptr %gep3121.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03122, 7
  %2847 = getelementptr inbounds float, ptr %gep3126, i64 %j36.next.6
  %2848 = load float, ptr %2847, align 4
  %2849 = fneg float %2848
  store float %2849, ptr %2847, align 4
  %.idx2825.7 = mul nuw nsw i64 %j36.next.6, 1280
  %gep3121.7 = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.7
  store float %2849, ptr %gep3121.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03122, 8
  %niter4099.next.7 = add i64 %niter4099, 8
  %niter4099.ncmp.7 = icmp eq i64 %niter4099.next.7, %unroll_iter4098
  br i1 %niter4099.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03122.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4097.not = icmp eq i64 %xtraiter4095, 0
  br i1 %lcmp.mod4097.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03122.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03122.unr, %j36.exit.unr-lcssa ]
  %epil.iter4096 = phi i64 [ %epil.iter4096.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %2850 = getelementptr inbounds float, ptr %gep3126, i64 %j36.addr.03122.epil
  %2851 = load float, ptr %2850, align 4
  %2852 = fneg float %2851
  store float %2852, ptr %2850, align 4
  %.idx2825.epil = mul nuw nsw i64 %j36.addr.03122.epil, 1280
  %gep3121.epil = getelementptr i8, ptr %invariant.gep3120, i64 %.idx2825.epil
  store float %2852, ptr %gep3121.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03122.epil, 1
  %epil.iter4096.next = add i64 %epil.iter4096, 1
  %epil.iter4096.cmp.not = icmp eq i64 %epil.iter4096.next, %xtraiter4095
  br i1 %epil.iter4096.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3702 = getelementptr inbounds i8, ptr %invariant.gep3701, i64 %.idx2824
  %2853 = getelementptr inbounds float, ptr %gep3702, i64 %i51
  store float 0.000000e+00, ptr %2853, align 4
  %t5.next = add nuw nsw i64 %t5.addr.03127, 1
  %indvars.iv.next3419 = add nuw nsw i64 %indvars.iv3418, 2
  %indvars.iv.next3423 = add nuw nsw i64 %indvars.iv3422, 2
  %exitcond3425.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond3425.not, label %i52.head.preheader, label %t5.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1925
  %i52.addr.03145 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1925 ]
  %.idx = mul nuw nsw i64 %i52.addr.03145, 1280
  %2854 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2855 = getelementptr inbounds i8, ptr %2854, i64 1280
  %2856 = getelementptr inbounds i8, ptr %2854, i64 2560
  %2857 = getelementptr inbounds i8, ptr %2854, i64 3840
  br label %p13.body

i52.exit:                                         ; preds = %endif1925
  %cc.next = add nuw nsw i64 %cc.addr.03146, 1
  %indvars.iv.next3414 = add i64 %indvars.iv3413, 64
  %exitcond3428.not = icmp eq i64 %cc.next, %smax3427
  br i1 %exitcond3428.not, label %i53.head.preheader, label %cc.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03144 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03143 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2901, %p13.body ]
  %acc174.03142 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2900, %p13.body ]
  %acc173.03141 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2899, %p13.body ]
  %acc172.03140 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2898, %p13.body ]
  %acc171.03139 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2893, %p13.body ]
  %acc170.03138 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2892, %p13.body ]
  %acc169.03137 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2891, %p13.body ]
  %acc168.03136 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2890, %p13.body ]
  %acc167.03135 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2885, %p13.body ]
  %acc166.03134 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2884, %p13.body ]
  %acc165.03133 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2883, %p13.body ]
  %acc164.03132 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2882, %p13.body ]
  %acc163.03131 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2877, %p13.body ]
  %acc162.03130 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2876, %p13.body ]
  %acc161.03129 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2875, %p13.body ]
  %acc160.03128 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2874, %p13.body ]
  %2858 = shl nuw nsw i64 %p13.addr.03144, 6
  %2859 = getelementptr inbounds float, ptr %Bk, i64 %2858
  %2860 = load <16 x float>, ptr %2859, align 4
  %2861 = or disjoint i64 %2858, 16
  %2862 = getelementptr inbounds float, ptr %Bk, i64 %2861
  %2863 = load <16 x float>, ptr %2862, align 4
  %2864 = or disjoint i64 %2858, 32
  %2865 = getelementptr inbounds float, ptr %Bk, i64 %2864
  %2866 = load <16 x float>, ptr %2865, align 4
  %2867 = or disjoint i64 %2858, 48
  %2868 = getelementptr inbounds float, ptr %Bk, i64 %2867
  %2869 = load <16 x float>, ptr %2868, align 4
  %2870 = getelementptr inbounds float, ptr %2854, i64 %p13.addr.03144
  %2871 = load float, ptr %2870, align 4
  %2872 = insertelement <16 x float> poison, float %2871, i64 0
  %2873 = shufflevector <16 x float> %2872, <16 x float> poison, <16 x i32> zeroinitializer
  %2874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2860, <16 x float> %acc160.03128)
  %2875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2863, <16 x float> %acc161.03129)
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2866, <16 x float> %acc162.03130)
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2869, <16 x float> %acc163.03131)
  %2878 = getelementptr inbounds float, ptr %2855, i64 %p13.addr.03144
  %2879 = load float, ptr %2878, align 4
  %2880 = insertelement <16 x float> poison, float %2879, i64 0
  %2881 = shufflevector <16 x float> %2880, <16 x float> poison, <16 x i32> zeroinitializer
  %2882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2860, <16 x float> %acc164.03132)
  %2883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2863, <16 x float> %acc165.03133)
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2866, <16 x float> %acc166.03134)
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2869, <16 x float> %acc167.03135)
  %2886 = getelementptr inbounds float, ptr %2856, i64 %p13.addr.03144
  %2887 = load float, ptr %2886, align 4
  %2888 = insertelement <16 x float> poison, float %2887, i64 0
  %2889 = shufflevector <16 x float> %2888, <16 x float> poison, <16 x i32> zeroinitializer
  %2890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2860, <16 x float> %acc168.03136)
  %2891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2863, <16 x float> %acc169.03137)
  %2892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2866, <16 x float> %acc170.03138)
  %2893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2869, <16 x float> %acc171.03139)
  %2894 = getelementptr inbounds float, ptr %2857, i64 %p13.addr.03144
  %2895 = load float, ptr %2894, align 4
  %2896 = insertelement <16 x float> poison, float %2895, i64 0
  %2897 = shufflevector <16 x float> %2896, <16 x float> poison, <16 x i32> zeroinitializer
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2860, <16 x float> %acc172.03140)
  %2899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2863, <16 x float> %acc173.03141)
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2866, <16 x float> %acc174.03142)
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2869, <16 x float> %acc175.03143)
  %p13.next = add nuw nsw i64 %p13.addr.03144, 1
  %exitcond3426.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3426.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2902 = icmp slt i64 %i52.addr.03145, %2794
  br i1 %2902, label %then1863, label %endif1877

then1863:                                         ; preds = %p13.exit
  %2903 = add nuw nsw i64 %i52.addr.03145, %2795
  %2904 = mul nsw i64 %2903, %sq
  %2905 = getelementptr inbounds float, ptr %kh1, i64 %2904
  store <16 x float> %2874, ptr %2905, align 4
  %2906 = or disjoint i64 %2904, 16
  %2907 = getelementptr inbounds float, ptr %kh1, i64 %2906
  store <16 x float> %2875, ptr %2907, align 4
  %2908 = or disjoint i64 %2904, 32
  %2909 = getelementptr inbounds float, ptr %kh1, i64 %2908
  store <16 x float> %2876, ptr %2909, align 4
  %2910 = or disjoint i64 %2904, 48
  %2911 = getelementptr inbounds float, ptr %kh1, i64 %2910
  store <16 x float> %2877, ptr %2911, align 4
  br label %endif1877

endif1877:                                        ; preds = %p13.exit, %then1863
  %2912 = or disjoint i64 %i52.addr.03145, 1
  %2913 = icmp slt i64 %2912, %2794
  br i1 %2913, label %then1879, label %endif1893

then1879:                                         ; preds = %endif1877
  %2914 = add nuw nsw i64 %2912, %2795
  %2915 = mul nsw i64 %2914, %sq
  %2916 = getelementptr inbounds float, ptr %kh1, i64 %2915
  store <16 x float> %2882, ptr %2916, align 4
  %2917 = or disjoint i64 %2915, 16
  %2918 = getelementptr inbounds float, ptr %kh1, i64 %2917
  store <16 x float> %2883, ptr %2918, align 4
  %2919 = or disjoint i64 %2915, 32
  %2920 = getelementptr inbounds float, ptr %kh1, i64 %2919
  store <16 x float> %2884, ptr %2920, align 4
  %2921 = or disjoint i64 %2915, 48
  %2922 = getelementptr inbounds float, ptr %kh1, i64 %2921
  store <16 x float> %2885, ptr %2922, align 4
  br label %endif1893

endif1893:                                        ; preds = %endif1877, %then1879
  %2923 = or disjoint i64 %i52.addr.03145, 2
  %2924 = icmp slt i64 %2923, %2794
  br i1 %2924, label %then1895, label %endif1909

then1895:                                         ; preds = %endif1893
  %2925 = add nuw nsw i64 %2923, %2795
  %2926 = mul nsw i64 %2925, %sq
  %2927 = getelementptr inbounds float, ptr %kh1, i64 %2926
  store <16 x float> %2890, ptr %2927, align 4
  %2928 = or disjoint i64 %2926, 16
  %2929 = getelementptr inbounds float, ptr %kh1, i64 %2928
  store <16 x float> %2891, ptr %2929, align 4
  %2930 = or disjoint i64 %2926, 32
  %2931 = getelementptr inbounds float, ptr %kh1, i64 %2930
  store <16 x float> %2892, ptr %2931, align 4
  %2932 = or disjoint i64 %2926, 48
  %2933 = getelementptr inbounds float, ptr %kh1, i64 %2932
  store <16 x float> %2893, ptr %2933, align 4
  br label %endif1909

endif1909:                                        ; preds = %endif1893, %then1895
  %2934 = or disjoint i64 %i52.addr.03145, 3
  %2935 = icmp slt i64 %2934, %2794
  br i1 %2935, label %then1911, label %endif1925

then1911:                                         ; preds = %endif1909
  %2936 = add nuw nsw i64 %2934, %2795
  %2937 = mul nsw i64 %2936, %sq
  %2938 = getelementptr inbounds float, ptr %kh1, i64 %2937
  store <16 x float> %2898, ptr %2938, align 4
  %2939 = or disjoint i64 %2937, 16
  %2940 = getelementptr inbounds float, ptr %kh1, i64 %2939
  store <16 x float> %2899, ptr %2940, align 4
  %2941 = or disjoint i64 %2937, 32
  %2942 = getelementptr inbounds float, ptr %kh1, i64 %2941
  store <16 x float> %2900, ptr %2942, align 4
  %2943 = or disjoint i64 %2937, 48
  %2944 = getelementptr inbounds float, ptr %kh1, i64 %2943
  store <16 x float> %2901, ptr %2944, align 4
  br label %endif1925

endif1925:                                        ; preds = %endif1909, %then1911
  %i52.next = add nuw nsw i64 %i52.addr.03145, 4
  %2945 = icmp ult i64 %i52.addr.03145, 124
  br i1 %2945, label %p13.head.preheader, label %i52.exit

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03148 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %2946 = shl nuw nsw i64 %i53.addr.03148, 8
  %scevgep3429 = getelementptr i8, ptr %90, i64 %2946
  %2947 = shl nuw nsw i64 %i53.addr.03148, 9
  %2948 = or disjoint i64 %2947, 256
  %scevgep3430 = getelementptr i8, ptr %work, i64 %2948
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03148, 1
  %2949 = shl nuw nsw i64 %i53.next, 8
  %scevgep3429.1 = getelementptr i8, ptr %90, i64 %2949
  %2950 = shl nuw nsw i64 %i53.next, 9
  %2951 = or disjoint i64 %2950, 256
  %scevgep3430.1 = getelementptr i8, ptr %work, i64 %2951
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03148, 2
  %2952 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3429.2 = getelementptr i8, ptr %90, i64 %2952
  %2953 = shl nuw nsw i64 %i53.next.1, 9
  %2954 = or disjoint i64 %2953, 256
  %scevgep3430.2 = getelementptr i8, ptr %work, i64 %2954
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03148, 3
  %2955 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3429.3 = getelementptr i8, ptr %90, i64 %2955
  %2956 = shl nuw nsw i64 %i53.next.2, 9
  %2957 = or disjoint i64 %2956, 256
  %scevgep3430.3 = getelementptr i8, ptr %work, i64 %2957
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03148, 4
  %2958 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3429.4 = getelementptr i8, ptr %90, i64 %2958
  %2959 = shl nuw nsw i64 %i53.next.3, 9
  %2960 = or disjoint i64 %2959, 256
  %scevgep3430.4 = getelementptr i8, ptr %work, i64 %2960
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03148, 5
  %2961 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3429.5 = getelementptr i8, ptr %90, i64 %2961
  %2962 = shl nuw nsw i64 %i53.next.4, 9
  %2963 = or disjoint i64 %2962, 256
  %scevgep3430.5 = getelementptr i8, ptr %work, i64 %2963
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03148, 6
  %2964 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3429.6 = getelementptr i8, ptr %90, i64 %2964
  %2965 = shl nuw nsw i64 %i53.next.5, 9
  %2966 = or disjoint i64 %2965, 256
  %scevgep3430.6 = getelementptr i8, ptr %work, i64 %2966
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03148, 7
  %2967 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3429.7 = getelementptr i8, ptr %90, i64 %2967
  %2968 = shl nuw nsw i64 %i53.next.6, 9
  %2969 = or disjoint i64 %2968, 256
  %scevgep3430.7 = getelementptr i8, ptr %work, i64 %2969
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3429.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3430.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03148, 8
  %exitcond3431.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3431.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03149, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3432.not = icmp eq i64 %indvar.next, %22
  br i1 %exitcond3432.not, label %bh.exit, label %bh.body
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
