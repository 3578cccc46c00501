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
  %5 = getelementptr inbounds i8, ptr %work, i64 1097792
  %6 = getelementptr inbounds i8, ptr %work, i64 1097856
  %7 = getelementptr inbounds i8, ptr %work, i64 1097920
  %8 = getelementptr inbounds i8, ptr %work, i64 1097984
  %9 = getelementptr inbounds i8, ptr %work, i64 1098048
  %10 = getelementptr inbounds i8, ptr %work, i64 1098112
  %11 = getelementptr inbounds i8, ptr %work, i64 1098176
  %12 = shl i64 %H, 7
  %13 = getelementptr inbounds i8, ptr %work, i64 1130816
  %14 = getelementptr inbounds i8, ptr %work, i64 1130880
  %15 = getelementptr inbounds i8, ptr %work, i64 1130944
  %16 = getelementptr inbounds i8, ptr %work, i64 1130560
  %17 = getelementptr inbounds i8, ptr %work, i64 1130624
  %18 = getelementptr inbounds i8, ptr %work, i64 1130688
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 14
  %22 = add i64 %21, -16384
  %23 = shl i64 %nc, 14
  %24 = shl nsw i64 %nc, 6
  %25 = add i64 %24, 72057594037927872
  %26 = mul i64 %25, %H
  %27 = mul i64 %H, -16384
  %28 = shl i64 %H, 8
  %29 = add i64 %T, 64
  %30 = sub i64 %29, %24
  %smax632 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %31 = sub i64 %bh1, %bh0
  %32 = getelementptr i8, ptr %work, i64 1131072
  %33 = getelementptr i8, ptr %work, i64 1131136
  %34 = getelementptr i8, ptr %work, i64 1131200
  %35 = getelementptr i8, ptr %work, i64 1097792
  %36 = getelementptr i8, ptr %work, i64 1097856
  %37 = getelementptr i8, ptr %work, i64 1097920
  %38 = getelementptr i8, ptr %work, i64 1130816
  %39 = getelementptr i8, ptr %work, i64 1130880
  %40 = getelementptr i8, ptr %work, i64 1130944
  %41 = getelementptr i8, ptr %work, i64 1131072
  %42 = getelementptr i8, ptr %work, i64 1131136
  %43 = getelementptr i8, ptr %work, i64 1131200
  %44 = getelementptr i8, ptr %work, i64 1131072
  %45 = getelementptr i8, ptr %work, i64 1131136
  %46 = getelementptr i8, ptr %work, i64 1131200
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0580 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %47 = add i64 %indvar, %bh0
  %48 = shl i64 %47, 14
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
  %54 = shl nsw i64 %bT, 6
  %55 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %dS, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep615, i64 16384, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %55
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dSkPrev, i8 0, i64 256, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %54
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %54
  %oh = getelementptr inbounds float, ptr %dout, i64 %54
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %56 = add i64 %26, %bT
  %57 = shl i64 %56, 8
  %58 = getelementptr i8, ptr %dq, i64 %57
  %59 = getelementptr i8, ptr %kh1, i64 64
  %60 = getelementptr i8, ptr %kh1, i64 128
  %61 = getelementptr i8, ptr %kh1, i64 192
  %62 = getelementptr i8, ptr %vh1, i64 64
  %63 = getelementptr i8, ptr %vh1, i64 128
  %64 = getelementptr i8, ptr %vh1, i64 192
  %65 = getelementptr i8, ptr %kh1, i64 64
  %66 = getelementptr i8, ptr %kh1, i64 128
  %67 = getelementptr i8, ptr %kh1, i64 192
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep636, ptr noundef nonnull align 4 dereferenceable(16384) %dS, i64 16384, i1 false)
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
  %68 = shl i64 %cc.addr.0577, 14
  %69 = sub i64 %50, %68
  %scevgep617 = getelementptr i8, ptr %hs, i64 %69
  %70 = xor i64 %cc.addr.0577, -1
  %ci = add nsw i64 %nc, %70
  %t0 = shl nsw i64 %ci, 6
  %71 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep617, i64 16384, i1 false)
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
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.epil, i8 0, i64 256, i1 false)
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
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, i8 0, i64 256, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0521, 1
  %79 = mul i64 %28, %tl.next
  %scevgep.1 = getelementptr i8, ptr %74, i64 %79
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, i8 0, i64 256, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0521, 2
  %80 = mul i64 %28, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %74, i64 %80
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, i8 0, i64 256, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0521, 3
  %81 = mul i64 %28, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %74, i64 %81
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, i8 0, i64 256, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0521, 4
  %82 = mul i64 %28, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %74, i64 %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, i8 0, i64 256, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0521, 5
  %83 = mul i64 %28, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %74, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, i8 0, i64 256, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0521, 6
  %84 = mul i64 %28, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %74, i64 %84
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, i8 0, i64 256, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0521, 7
  %85 = mul i64 %28, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %74, i64 %85
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, i8 0, i64 256, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0521, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0526 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %116, %i4.body ]
  %acc1.0525 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %121, %i4.body ]
  %acc2.0524 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %126, %i4.body ]
  %acc3.0523 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %131, %i4.body ]
  %i4.addr.0522 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0522
  %86 = load float, ptr %gep, align 4
  %87 = shl nuw nsw i64 %i4.addr.0522, 6
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <16 x float>, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %Sh, i64 %87
  store <16 x float> %89, ptr %90, align 4
  %91 = insertelement <16 x float> poison, float %86, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %92, <16 x float> %89, <16 x float> %acc.0526)
  %94 = or disjoint i64 %87, 16
  %95 = getelementptr inbounds float, ptr %work, i64 %94
  %96 = load <16 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %Sh, i64 %94
  store <16 x float> %96, ptr %97, align 4
  %98 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %92, <16 x float> %96, <16 x float> %acc1.0525)
  %99 = or disjoint i64 %87, 32
  %100 = getelementptr inbounds float, ptr %work, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %Sh, i64 %99
  store <16 x float> %101, ptr %102, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %92, <16 x float> %101, <16 x float> %acc2.0524)
  %104 = or disjoint i64 %87, 48
  %105 = getelementptr inbounds float, ptr %work, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = getelementptr inbounds float, ptr %Sh, i64 %104
  store <16 x float> %106, ptr %107, align 4
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %92, <16 x float> %106, <16 x float> %acc3.0523)
  %i4.next = or disjoint i64 %i4.addr.0522, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %109 = load float, ptr %gep.1, align 4
  %110 = shl nuw nsw i64 %i4.next, 6
  %111 = getelementptr inbounds float, ptr %work, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = getelementptr inbounds float, ptr %Sh, i64 %110
  store <16 x float> %112, ptr %113, align 4
  %114 = insertelement <16 x float> poison, float %109, i64 0
  %115 = shufflevector <16 x float> %114, <16 x float> poison, <16 x i32> zeroinitializer
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %112, <16 x float> %93)
  %117 = or disjoint i64 %110, 16
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %Sh, i64 %117
  store <16 x float> %119, ptr %120, align 4
  %121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %119, <16 x float> %98)
  %122 = or disjoint i64 %110, 32
  %123 = getelementptr inbounds float, ptr %work, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = getelementptr inbounds float, ptr %Sh, i64 %122
  store <16 x float> %124, ptr %125, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %124, <16 x float> %103)
  %127 = or disjoint i64 %110, 48
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %Sh, i64 %127
  store <16 x float> %129, ptr %130, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %115, <16 x float> %129, <16 x float> %108)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0522, 2
  %exitcond618.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond618.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %132 = shl nsw i64 %ci, 7
  %133 = mul nsw i64 %132, %H
  %134 = getelementptr inbounds float, ptr %betah, i64 %133
  %135 = load float, ptr %134, align 4
  %136 = mul nsw i64 %132, %sq
  %137 = getelementptr inbounds float, ptr %vh, i64 %136
  %138 = load <16 x float>, ptr %137, align 4
  %139 = fsub <16 x float> %138, %116
  store <16 x float> %139, ptr %R, align 4
  %140 = insertelement <16 x float> poison, float %135, i64 0
  %141 = shufflevector <16 x float> %140, <16 x float> poison, <16 x i32> zeroinitializer
  %142 = fmul <16 x float> %141, %139
  %143 = or disjoint i64 %136, 16
  %144 = getelementptr inbounds float, ptr %vh, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fsub <16 x float> %145, %121
  store <16 x float> %146, ptr %5, align 4
  %147 = fmul <16 x float> %141, %146
  %148 = or disjoint i64 %136, 32
  %149 = getelementptr inbounds float, ptr %vh, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = fsub <16 x float> %150, %126
  store <16 x float> %151, ptr %6, align 4
  %152 = fmul <16 x float> %141, %151
  %153 = or disjoint i64 %136, 48
  %154 = getelementptr inbounds float, ptr %vh, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = fsub <16 x float> %155, %131
  store <16 x float> %156, ptr %7, align 4
  %157 = fmul <16 x float> %141, %156
  %158 = or disjoint i64 %132, 1
  %159 = mul nsw i64 %158, %sq
  %invariant.gep665 = getelementptr float, ptr %kh, i64 %159
  br label %i5.body

i5.body:                                          ; preds = %i4.exit, %i5.body
  %acc4.0531 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %173, %i5.body ]
  %acc536.0530 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %179, %i5.body ]
  %acc6.0529 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %185, %i5.body ]
  %acc7.0528 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %191, %i5.body ]
  %i5.addr.0527 = phi i64 [ 0, %i4.exit ], [ %i5.next, %i5.body ]
  %160 = or disjoint i64 %i5.addr.0527, %136
  %161 = getelementptr inbounds float, ptr %kh, i64 %160
  %162 = load float, ptr %161, align 4
  %gep666 = getelementptr float, ptr %invariant.gep665, i64 %i5.addr.0527
  %163 = load float, ptr %gep666, align 4
  %164 = insertelement <16 x float> poison, float %162, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = shl nuw nsw i64 %i5.addr.0527, 6
  %167 = getelementptr inbounds float, ptr %Sh, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %142, <16 x float> %168)
  %170 = getelementptr inbounds float, ptr %Sroll, i64 %166
  store <16 x float> %169, ptr %170, align 4
  %171 = insertelement <16 x float> poison, float %163, i64 0
  %172 = shufflevector <16 x float> %171, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %169, <16 x float> %acc4.0531)
  %174 = or disjoint i64 %166, 16
  %175 = getelementptr inbounds float, ptr %Sh, i64 %174
  %176 = load <16 x float>, ptr %175, align 4
  %177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %147, <16 x float> %176)
  %178 = getelementptr inbounds float, ptr %Sroll, i64 %174
  store <16 x float> %177, ptr %178, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %177, <16 x float> %acc536.0530)
  %180 = or disjoint i64 %166, 32
  %181 = getelementptr inbounds float, ptr %Sh, i64 %180
  %182 = load <16 x float>, ptr %181, align 4
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %152, <16 x float> %182)
  %184 = getelementptr inbounds float, ptr %Sroll, i64 %180
  store <16 x float> %183, ptr %184, align 4
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %183, <16 x float> %acc6.0529)
  %186 = or disjoint i64 %166, 48
  %187 = getelementptr inbounds float, ptr %Sh, i64 %186
  %188 = load <16 x float>, ptr %187, align 4
  %189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %157, <16 x float> %188)
  %190 = getelementptr inbounds float, ptr %Sroll, i64 %186
  store <16 x float> %189, ptr %190, align 4
  %191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %189, <16 x float> %acc7.0528)
  %i5.next = add nuw nsw i64 %i5.addr.0527, 1
  %exitcond619.not = icmp eq i64 %i5.next, 64
  br i1 %exitcond619.not, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %192 = mul nsw i64 %158, %H
  %193 = getelementptr inbounds float, ptr %betah, i64 %192
  %194 = load float, ptr %193, align 4
  %195 = getelementptr inbounds float, ptr %vh, i64 %159
  %196 = load <16 x float>, ptr %195, align 4
  %197 = fsub <16 x float> %196, %173
  store <16 x float> %197, ptr %8, align 4
  %198 = insertelement <16 x float> poison, float %194, i64 0
  %199 = shufflevector <16 x float> %198, <16 x float> poison, <16 x i32> zeroinitializer
  %200 = fmul <16 x float> %199, %197
  %201 = or disjoint i64 %159, 16
  %202 = getelementptr inbounds float, ptr %vh, i64 %201
  %203 = load <16 x float>, ptr %202, align 4
  %204 = fsub <16 x float> %203, %179
  store <16 x float> %204, ptr %9, align 4
  %205 = fmul <16 x float> %199, %204
  %206 = or disjoint i64 %159, 32
  %207 = getelementptr inbounds float, ptr %vh, i64 %206
  %208 = load <16 x float>, ptr %207, align 4
  %209 = fsub <16 x float> %208, %185
  store <16 x float> %209, ptr %10, align 4
  %210 = fmul <16 x float> %199, %209
  %211 = or disjoint i64 %159, 48
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fsub <16 x float> %213, %191
  store <16 x float> %214, ptr %11, align 4
  %215 = fmul <16 x float> %199, %214
  %216 = icmp sgt i64 %71, 1
  br i1 %216, label %i6.head.preheader.lr.ph, label %tl1.exit

i6.head.preheader.lr.ph:                          ; preds = %i5.exit
  %217 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0546 = phi <16 x float> [ %200, %i6.head.preheader.lr.ph ], [ %392, %i7.exit ]
  %delta1.0545 = phi <16 x float> [ %205, %i6.head.preheader.lr.ph ], [ %399, %i7.exit ]
  %delta2.0544 = phi <16 x float> [ %210, %i6.head.preheader.lr.ph ], [ %406, %i7.exit ]
  %delta3.0543 = phi <16 x float> [ %215, %i6.head.preheader.lr.ph ], [ %413, %i7.exit ]
  %tl1.addr.0542 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %218 = add i64 %217, %tl1.addr.0542
  %219 = shl nsw i64 %218, 1
  %220 = or disjoint i64 %219, 1
  %221 = mul nsw i64 %220, %sq
  %222 = add nsw i64 %tl1.addr.0542, %t0
  %223 = mul i64 %12, %222
  %224 = mul nsw i64 %218, %sq
  %225 = getelementptr inbounds float, ptr %oh, i64 %224
  %226 = load <16 x float>, ptr %225, align 4
  %227 = shl nsw i64 %tl1.addr.0542, 12
  %228 = or disjoint i64 %224, 16
  %229 = getelementptr inbounds float, ptr %oh, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = or disjoint i64 %224, 32
  %232 = getelementptr inbounds float, ptr %oh, i64 %231
  %233 = load <16 x float>, ptr %232, align 4
  %234 = or disjoint i64 %224, 48
  %235 = getelementptr inbounds float, ptr %oh, i64 %234
  %236 = load <16 x float>, ptr %235, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <16 x float> [ %215, %i5.exit ], [ %413, %i7.exit ]
  %delta2.0.lcssa = phi <16 x float> [ %210, %i5.exit ], [ %406, %i7.exit ]
  %delta1.0.lcssa = phi <16 x float> [ %205, %i5.exit ], [ %399, %i7.exit ]
  %delta.0.lcssa = phi <16 x float> [ %200, %i5.exit ], [ %392, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %237 = add nsw i64 %tlast, %t0
  %238 = shl nsw i64 %237, 1
  %239 = or disjoint i64 %238, 1
  %240 = mul nsw i64 %239, %sq
  %241 = mul nsw i64 %237, %sq
  %242 = getelementptr inbounds float, ptr %oh, i64 %241
  %243 = load <16 x float>, ptr %242, align 4
  %244 = or disjoint i64 %241, 16
  %245 = getelementptr inbounds float, ptr %oh, i64 %244
  %246 = load <16 x float>, ptr %245, align 4
  %247 = or disjoint i64 %241, 32
  %248 = getelementptr inbounds float, ptr %oh, i64 %247
  %249 = load <16 x float>, ptr %248, align 4
  %250 = or disjoint i64 %241, 48
  %251 = getelementptr inbounds float, ptr %oh, i64 %250
  %252 = load <16 x float>, ptr %251, align 4
  %invariant.gep669 = getelementptr float, ptr %kh, i64 %240
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc8.0536 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %269, %i6.body ]
  %acc9.0535 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %277, %i6.body ]
  %acc10.0534 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %285, %i6.body ]
  %acc11.0533 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %293, %i6.body ]
  %i6.addr.0532 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %253 = getelementptr float, ptr %kh, i64 %i6.addr.0532
  %254 = getelementptr float, ptr %253, i64 %221
  %255 = load float, ptr %254, align 4
  %256 = getelementptr float, ptr %253, i64 %223
  %257 = load float, ptr %256, align 4
  %258 = insertelement <16 x float> poison, float %255, i64 0
  %259 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = shl nuw nsw i64 %i6.addr.0532, 6
  %261 = getelementptr inbounds float, ptr %Sroll, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %delta.0546, <16 x float> %262)
  %264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %263, <16 x float> %226, <16 x float> zeroinitializer)
  %265 = add nuw nsw i64 %260, %227
  %266 = getelementptr inbounds float, ptr %Sh, i64 %265
  store <16 x float> %263, ptr %266, align 4
  %267 = insertelement <16 x float> poison, float %257, i64 0
  %268 = shufflevector <16 x float> %267, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %268, <16 x float> %263, <16 x float> %acc8.0536)
  %270 = or disjoint i64 %260, 16
  %271 = getelementptr inbounds float, ptr %Sroll, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %delta1.0545, <16 x float> %272)
  %274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %273, <16 x float> %230, <16 x float> %264)
  %275 = or disjoint i64 %265, 16
  %276 = getelementptr inbounds float, ptr %Sh, i64 %275
  store <16 x float> %273, ptr %276, align 4
  %277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %268, <16 x float> %273, <16 x float> %acc9.0535)
  %278 = or disjoint i64 %260, 32
  %279 = getelementptr inbounds float, ptr %Sroll, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %delta2.0544, <16 x float> %280)
  %282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %281, <16 x float> %233, <16 x float> %274)
  %283 = or disjoint i64 %265, 32
  %284 = getelementptr inbounds float, ptr %Sh, i64 %283
  store <16 x float> %281, ptr %284, align 4
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %268, <16 x float> %281, <16 x float> %acc10.0534)
  %286 = or disjoint i64 %260, 48
  %287 = getelementptr inbounds float, ptr %Sroll, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %delta3.0543, <16 x float> %288)
  %290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %289, <16 x float> %236, <16 x float> %282)
  %291 = or disjoint i64 %265, 48
  %292 = getelementptr inbounds float, ptr %Sh, i64 %291
  store <16 x float> %289, ptr %292, align 4
  %293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %268, <16 x float> %289, <16 x float> %acc11.0533)
  %294 = or disjoint i64 %i6.addr.0532, %224
  %295 = getelementptr inbounds float, ptr %qh1, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = shufflevector <16 x float> %290, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %298 = shufflevector <16 x float> %290, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %299 = fadd <8 x float> %297, %298
  %300 = shufflevector <8 x float> %299, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %301 = shufflevector <8 x float> %299, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %302 = fadd <4 x float> %300, %301
  %303 = shufflevector <4 x float> %302, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %304 = shufflevector <4 x float> %302, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %305 = fadd <2 x float> %303, %304
  %shift = shufflevector <2 x float> %305, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %306 = fadd <2 x float> %305, %shift
  %307 = extractelement <2 x float> %306, i64 0
  %308 = fmul float %307, 1.250000e-01
  %309 = fadd float %296, %308
  store float %309, ptr %295, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0532, 1
  %exitcond620.not = icmp eq i64 %i6.next, 64
  br i1 %exitcond620.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %310 = shl nsw i64 %222, 1
  %311 = mul nsw i64 %310, %H
  %312 = getelementptr inbounds float, ptr %betah, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = mul nsw i64 %310, %sq
  %315 = getelementptr inbounds float, ptr %vh, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = fsub <16 x float> %316, %269
  %318 = shl i64 %tl1.addr.0542, 7
  %319 = getelementptr inbounds float, ptr %R, i64 %318
  store <16 x float> %317, ptr %319, align 4
  %320 = insertelement <16 x float> poison, float %313, i64 0
  %321 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = fmul <16 x float> %321, %317
  %323 = or disjoint i64 %314, 16
  %324 = getelementptr inbounds float, ptr %vh, i64 %323
  %325 = load <16 x float>, ptr %324, align 4
  %326 = fsub <16 x float> %325, %277
  %327 = or disjoint i64 %318, 16
  %328 = getelementptr inbounds float, ptr %R, i64 %327
  store <16 x float> %326, ptr %328, align 4
  %329 = fmul <16 x float> %321, %326
  %330 = or disjoint i64 %314, 32
  %331 = getelementptr inbounds float, ptr %vh, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = fsub <16 x float> %332, %285
  %334 = or disjoint i64 %318, 32
  %335 = getelementptr inbounds float, ptr %R, i64 %334
  store <16 x float> %333, ptr %335, align 4
  %336 = fmul <16 x float> %321, %333
  %337 = or disjoint i64 %314, 48
  %338 = getelementptr inbounds float, ptr %vh, i64 %337
  %339 = load <16 x float>, ptr %338, align 4
  %340 = fsub <16 x float> %339, %293
  %341 = or disjoint i64 %318, 48
  %342 = getelementptr inbounds float, ptr %R, i64 %341
  store <16 x float> %340, ptr %342, align 4
  %343 = fmul <16 x float> %321, %340
  %344 = or disjoint i64 %310, 1
  %345 = mul nsw i64 %344, %sq
  %invariant.gep667 = getelementptr float, ptr %kh, i64 %345
  br label %i7.body

i7.body:                                          ; preds = %i6.exit, %i7.body
  %acc12.0541 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %360, %i7.body ]
  %acc13.0540 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %367, %i7.body ]
  %acc14.0539 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %374, %i7.body ]
  %acc15.0538 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %381, %i7.body ]
  %i7.addr.0537 = phi i64 [ 0, %i6.exit ], [ %i7.next, %i7.body ]
  %346 = or disjoint i64 %i7.addr.0537, %314
  %347 = getelementptr inbounds float, ptr %kh, i64 %346
  %348 = load float, ptr %347, align 4
  %gep668 = getelementptr float, ptr %invariant.gep667, i64 %i7.addr.0537
  %349 = load float, ptr %gep668, align 4
  %350 = insertelement <16 x float> poison, float %348, i64 0
  %351 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = shl nuw nsw i64 %i7.addr.0537, 6
  %353 = add nuw nsw i64 %352, %227
  %354 = getelementptr inbounds float, ptr %Sh, i64 %353
  %355 = load <16 x float>, ptr %354, align 4
  %356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %351, <16 x float> %322, <16 x float> %355)
  %357 = getelementptr inbounds float, ptr %Sroll, i64 %352
  store <16 x float> %356, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %349, i64 0
  %359 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %356, <16 x float> %acc12.0541)
  %361 = or disjoint i64 %353, 16
  %362 = getelementptr inbounds float, ptr %Sh, i64 %361
  %363 = load <16 x float>, ptr %362, align 4
  %364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %351, <16 x float> %329, <16 x float> %363)
  %365 = or disjoint i64 %352, 16
  %366 = getelementptr inbounds float, ptr %Sroll, i64 %365
  store <16 x float> %364, ptr %366, align 4
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %364, <16 x float> %acc13.0540)
  %368 = or disjoint i64 %353, 32
  %369 = getelementptr inbounds float, ptr %Sh, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %351, <16 x float> %336, <16 x float> %370)
  %372 = or disjoint i64 %352, 32
  %373 = getelementptr inbounds float, ptr %Sroll, i64 %372
  store <16 x float> %371, ptr %373, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %371, <16 x float> %acc14.0539)
  %375 = or disjoint i64 %353, 48
  %376 = getelementptr inbounds float, ptr %Sh, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %351, <16 x float> %343, <16 x float> %377)
  %379 = or disjoint i64 %352, 48
  %380 = getelementptr inbounds float, ptr %Sroll, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %378, <16 x float> %acc15.0538)
  %i7.next = add nuw nsw i64 %i7.addr.0537, 1
  %exitcond621.not = icmp eq i64 %i7.next, 64
  br i1 %exitcond621.not, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %382 = mul nsw i64 %344, %H
  %383 = getelementptr inbounds float, ptr %betah, i64 %382
  %384 = load float, ptr %383, align 4
  %385 = getelementptr inbounds float, ptr %vh, i64 %345
  %386 = load <16 x float>, ptr %385, align 4
  %387 = fsub <16 x float> %386, %360
  %388 = or disjoint i64 %318, 64
  %389 = getelementptr inbounds float, ptr %R, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = insertelement <16 x float> poison, float %384, i64 0
  %391 = shufflevector <16 x float> %390, <16 x float> poison, <16 x i32> zeroinitializer
  %392 = fmul <16 x float> %391, %387
  %393 = or disjoint i64 %345, 16
  %394 = getelementptr inbounds float, ptr %vh, i64 %393
  %395 = load <16 x float>, ptr %394, align 4
  %396 = fsub <16 x float> %395, %367
  %397 = or disjoint i64 %318, 80
  %398 = getelementptr inbounds float, ptr %R, i64 %397
  store <16 x float> %396, ptr %398, align 4
  %399 = fmul <16 x float> %391, %396
  %400 = or disjoint i64 %345, 32
  %401 = getelementptr inbounds float, ptr %vh, i64 %400
  %402 = load <16 x float>, ptr %401, align 4
  %403 = fsub <16 x float> %402, %374
  %404 = or disjoint i64 %318, 96
  %405 = getelementptr inbounds float, ptr %R, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = fmul <16 x float> %391, %403
  %407 = or disjoint i64 %345, 48
  %408 = getelementptr inbounds float, ptr %vh, i64 %407
  %409 = load <16 x float>, ptr %408, align 4
  %410 = fsub <16 x float> %409, %381
  %411 = or disjoint i64 %318, 112
  %412 = getelementptr inbounds float, ptr %R, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = fmul <16 x float> %391, %410
  %tl1.next = add nuw nsw i64 %tl1.addr.0542, 1
  %exitcond624.not = icmp eq i64 %tl1.next, %smax623
  br i1 %exitcond624.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %72, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %tl1.exit, %i8.body
  %i8.addr.0550 = phi i64 [ 0, %tl1.exit ], [ %i8.next, %i8.body ]
  %gep670 = getelementptr float, ptr %invariant.gep669, i64 %i8.addr.0550
  %414 = load float, ptr %gep670, align 4
  %415 = insertelement <16 x float> poison, float %414, i64 0
  %416 = shufflevector <16 x float> %415, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = shl nuw nsw i64 %i8.addr.0550, 6
  %418 = getelementptr inbounds float, ptr %Sroll, i64 %417
  %419 = load <16 x float>, ptr %418, align 4
  %420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %delta.0.lcssa, <16 x float> %419)
  %421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %420, <16 x float> %243, <16 x float> zeroinitializer)
  %422 = or disjoint i64 %417, 16
  %423 = getelementptr inbounds float, ptr %Sroll, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %delta1.0.lcssa, <16 x float> %424)
  %426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %425, <16 x float> %246, <16 x float> %421)
  %427 = or disjoint i64 %417, 32
  %428 = getelementptr inbounds float, ptr %Sroll, i64 %427
  %429 = load <16 x float>, ptr %428, align 4
  %430 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %delta2.0.lcssa, <16 x float> %429)
  %431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %430, <16 x float> %249, <16 x float> %426)
  %432 = or disjoint i64 %417, 48
  %433 = getelementptr inbounds float, ptr %Sroll, i64 %432
  %434 = load <16 x float>, ptr %433, align 4
  %435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %delta3.0.lcssa, <16 x float> %434)
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> %252, <16 x float> %431)
  %437 = or disjoint i64 %i8.addr.0550, %241
  %438 = getelementptr inbounds float, ptr %qh1, i64 %437
  %439 = load float, ptr %438, align 4
  %440 = shufflevector <16 x float> %436, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %441 = shufflevector <16 x float> %436, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %442 = fadd <8 x float> %440, %441
  %443 = shufflevector <8 x float> %442, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %444 = shufflevector <8 x float> %442, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %445 = fadd <4 x float> %443, %444
  %446 = shufflevector <4 x float> %445, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %447 = shufflevector <4 x float> %445, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %448 = fadd <2 x float> %446, %447
  %shift698 = shufflevector <2 x float> %448, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %449 = fadd <2 x float> %448, %shift698
  %450 = extractelement <2 x float> %449, i64 0
  %451 = fmul float %450, 1.250000e-01
  %452 = fadd float %439, %451
  store float %452, ptr %438, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0550, 1
  %exitcond625.not = icmp eq i64 %i8.next, 64
  br i1 %exitcond625.not, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %453 = fneg float %135
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0573 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0573
  %454 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %454, i64 %tlast)
  %455 = add nsw i64 %ptl, %t0
  %456 = shl nsw i64 %455, 1
  %457 = mul nsw i64 %456, %H
  %458 = getelementptr inbounds float, ptr %betah, i64 %457
  %459 = load float, ptr %458, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %460 = icmp slt i64 %454, %L
  %.neg = fneg float %459
  %461 = select i1 %460, float %.neg, float -0.000000e+00
  %462 = mul nsw i64 %456, %sq
  %463 = shl nsw i64 %ptl, 12
  %464 = shl nsw i64 %ptl, 7
  %465 = getelementptr inbounds float, ptr %R, i64 %464
  %466 = or disjoint i64 %464, 16
  %467 = getelementptr inbounds float, ptr %R, i64 %466
  %468 = or disjoint i64 %464, 32
  %469 = getelementptr inbounds float, ptr %R, i64 %468
  %470 = or disjoint i64 %464, 48
  %471 = getelementptr inbounds float, ptr %R, i64 %470
  %472 = add nsw i64 %tl2, %t0
  %473 = mul nsw i64 %472, %sq
  %474 = getelementptr inbounds float, ptr %oh, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = or disjoint i64 %473, 16
  %477 = getelementptr inbounds float, ptr %oh, i64 %476
  %478 = load <16 x float>, ptr %477, align 4
  %479 = or disjoint i64 %473, 32
  %480 = getelementptr inbounds float, ptr %oh, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = or disjoint i64 %473, 48
  %483 = getelementptr inbounds float, ptr %oh, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = shl nsw i64 %472, 1
  %486 = or disjoint i64 %485, 1
  %487 = mul nsw i64 %486, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0556 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %570, %i10.body ]
  %dsk1.0555 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %571, %i10.body ]
  %dsk2.0554 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %572, %i10.body ]
  %dsk3.0553 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %573, %i10.body ]
  %i10.addr.0552 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %488 = shl nuw nsw i64 %i10.addr.0552, 6
  %489 = getelementptr inbounds float, ptr %dS, i64 %488
  %490 = load <16 x float>, ptr %489, align 4
  %491 = or disjoint i64 %488, 16
  %492 = getelementptr inbounds float, ptr %dS, i64 %491
  %493 = load <16 x float>, ptr %492, align 4
  %494 = or disjoint i64 %488, 32
  %495 = getelementptr inbounds float, ptr %dS, i64 %494
  %496 = load <16 x float>, ptr %495, align 4
  %497 = or disjoint i64 %488, 48
  %498 = getelementptr inbounds float, ptr %dS, i64 %497
  %499 = load <16 x float>, ptr %498, align 4
  %500 = getelementptr float, ptr %kh, i64 %i10.addr.0552
  %501 = getelementptr float, ptr %500, i64 %462
  %502 = load float, ptr %501, align 4
  %503 = fmul float %461, %502
  %504 = load <16 x float>, ptr %dSkPrev, align 4
  %505 = add nuw nsw i64 %488, %463
  %506 = getelementptr inbounds float, ptr %Sh, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = load <16 x float>, ptr %465, align 4
  %509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %490, <16 x float> %508, <16 x float> zeroinitializer)
  %510 = fneg <16 x float> %507
  %511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %510, <16 x float> %504, <16 x float> %509)
  %512 = insertelement <16 x float> poison, float %503, i64 0
  %513 = shufflevector <16 x float> %512, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %504, <16 x float> %490)
  %515 = load <16 x float>, ptr %13, align 4
  %516 = or disjoint i64 %505, 16
  %517 = getelementptr inbounds float, ptr %Sh, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = load <16 x float>, ptr %467, align 4
  %520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %493, <16 x float> %519, <16 x float> %511)
  %521 = fneg <16 x float> %518
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %521, <16 x float> %515, <16 x float> %520)
  %523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %515, <16 x float> %493)
  %524 = load <16 x float>, ptr %14, align 4
  %525 = or disjoint i64 %505, 32
  %526 = getelementptr inbounds float, ptr %Sh, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = load <16 x float>, ptr %469, align 4
  %529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %496, <16 x float> %528, <16 x float> %522)
  %530 = fneg <16 x float> %527
  %531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %530, <16 x float> %524, <16 x float> %529)
  %532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %524, <16 x float> %496)
  %533 = load <16 x float>, ptr %15, align 4
  %534 = or disjoint i64 %505, 48
  %535 = getelementptr inbounds float, ptr %Sh, i64 %534
  %536 = load <16 x float>, ptr %535, align 4
  %537 = load <16 x float>, ptr %471, align 4
  %538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %499, <16 x float> %537, <16 x float> %531)
  %539 = fneg <16 x float> %536
  %540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %539, <16 x float> %533, <16 x float> %538)
  %541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %533, <16 x float> %499)
  %542 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0552
  %543 = load float, ptr %542, align 4
  %544 = shufflevector <16 x float> %540, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %545 = shufflevector <16 x float> %540, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %546 = fadd <8 x float> %544, %545
  %547 = shufflevector <8 x float> %546, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %548 = shufflevector <8 x float> %546, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %549 = fadd <4 x float> %547, %548
  %550 = shufflevector <4 x float> %549, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %551 = shufflevector <4 x float> %549, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %552 = fadd <2 x float> %550, %551
  %shift699 = shufflevector <2 x float> %552, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %553 = fadd <2 x float> %552, %shift699
  %554 = extractelement <2 x float> %553, i64 0
  %555 = fadd float %543, %554
  store float %555, ptr %542, align 4
  %556 = or disjoint i64 %i10.addr.0552, %473
  %557 = getelementptr inbounds float, ptr %qh, i64 %556
  %558 = load float, ptr %557, align 4
  %559 = fmul float %558, 1.250000e-01
  %560 = insertelement <16 x float> poison, float %559, i64 0
  %561 = shufflevector <16 x float> %560, <16 x float> poison, <16 x i32> zeroinitializer
  %562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %561, <16 x float> %475, <16 x float> %514)
  %563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %561, <16 x float> %478, <16 x float> %523)
  %564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %561, <16 x float> %481, <16 x float> %532)
  %565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %561, <16 x float> %484, <16 x float> %541)
  %566 = getelementptr float, ptr %500, i64 %487
  %567 = load float, ptr %566, align 4
  %568 = insertelement <16 x float> poison, float %567, i64 0
  %569 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %562, <16 x float> %dsk.0556)
  %571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %563, <16 x float> %dsk1.0555)
  %572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %564, <16 x float> %dsk2.0554)
  %573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %565, <16 x float> %dsk3.0553)
  store <16 x float> %562, ptr %489, align 4
  store <16 x float> %563, ptr %492, align 4
  store <16 x float> %564, ptr %495, align 4
  store <16 x float> %565, ptr %498, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0552, 1
  %exitcond626.not = icmp eq i64 %i10.next, 64
  br i1 %exitcond626.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <16 x float> %570, ptr %dSk, align 4
  store <16 x float> %571, ptr %16, align 4
  store <16 x float> %572, ptr %17, align 4
  store <16 x float> %573, ptr %18, align 4
  br i1 %460, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %574 = insertelement <16 x float> poison, float %459, i64 0
  %575 = shufflevector <16 x float> %574, <16 x float> poison, <16 x i32> zeroinitializer
  %576 = load <16 x float>, ptr %dkTmp, align 4
  %577 = fmul <16 x float> %575, %576
  %578 = getelementptr float, ptr %kh1, i64 %462
  store <16 x float> %577, ptr %578, align 4
  %579 = load <16 x float>, ptr %32, align 4
  %580 = fmul <16 x float> %575, %579
  %581 = getelementptr float, ptr %59, i64 %462
  store <16 x float> %580, ptr %581, align 4
  %582 = load <16 x float>, ptr %33, align 4
  %583 = fmul <16 x float> %575, %582
  %584 = getelementptr float, ptr %60, i64 %462
  store <16 x float> %583, ptr %584, align 4
  %585 = load <16 x float>, ptr %34, align 4
  %586 = fmul <16 x float> %575, %585
  %587 = getelementptr float, ptr %61, i64 %462
  store <16 x float> %586, ptr %587, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %588 = mul nsw i64 %486, %H
  %589 = getelementptr inbounds float, ptr %betah, i64 %588
  %590 = load float, ptr %589, align 4
  %591 = insertelement <16 x float> poison, float %590, i64 0
  %592 = shufflevector <16 x float> %591, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = fmul <16 x float> %592, %570
  %594 = getelementptr float, ptr %vh1, i64 %487
  store <16 x float> %593, ptr %594, align 4
  %595 = fmul <16 x float> %592, %571
  %596 = getelementptr float, ptr %62, i64 %487
  store <16 x float> %595, ptr %596, align 4
  %597 = fmul <16 x float> %592, %572
  %598 = getelementptr float, ptr %63, i64 %487
  store <16 x float> %597, ptr %598, align 4
  %599 = fmul <16 x float> %592, %573
  %600 = getelementptr float, ptr %64, i64 %487
  store <16 x float> %599, ptr %600, align 4
  %.idx582 = shl i64 %tl2, 9
  %601 = getelementptr i8, ptr %R, i64 %.idx582
  %602 = getelementptr i8, ptr %601, i64 256
  %603 = load <16 x float>, ptr %602, align 4
  %604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %570, <16 x float> %603, <16 x float> zeroinitializer)
  %605 = getelementptr i8, ptr %35, i64 %.idx582
  %606 = getelementptr i8, ptr %605, i64 256
  %607 = load <16 x float>, ptr %606, align 4
  %608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %607, <16 x float> %604)
  %609 = getelementptr i8, ptr %36, i64 %.idx582
  %610 = getelementptr i8, ptr %609, i64 256
  %611 = load <16 x float>, ptr %610, align 4
  %612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %572, <16 x float> %611, <16 x float> %608)
  %613 = getelementptr i8, ptr %37, i64 %.idx582
  %614 = getelementptr i8, ptr %613, i64 256
  %615 = load <16 x float>, ptr %614, align 4
  %616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %615, <16 x float> %612)
  %617 = shufflevector <16 x float> %616, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %618 = shufflevector <16 x float> %616, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %619 = fadd <8 x float> %617, %618
  %620 = shufflevector <8 x float> %619, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %621 = shufflevector <8 x float> %619, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %622 = fadd <4 x float> %620, %621
  %623 = shufflevector <4 x float> %622, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %624 = shufflevector <4 x float> %622, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %625 = fadd <2 x float> %623, %624
  %shift700 = shufflevector <2 x float> %625, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %626 = fadd <2 x float> %625, %shift700
  %627 = extractelement <2 x float> %626, i64 0
  %628 = getelementptr inbounds float, ptr %betah1, i64 %588
  store float %627, ptr %628, align 4
  store <16 x float> %570, ptr %dSkPrev, align 4
  store <16 x float> %571, ptr %38, align 4
  store <16 x float> %572, ptr %39, align 4
  store <16 x float> %573, ptr %40, align 4
  %629 = mul nsw i64 %485, %H
  %630 = getelementptr inbounds float, ptr %betah, i64 %629
  %631 = load float, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %632 = fneg float %590
  %633 = mul nsw i64 %485, %sq
  %634 = shl nsw i64 %tl2, 12
  %635 = shl i64 %tl2, 7
  %636 = getelementptr inbounds float, ptr %R, i64 %635
  %637 = or disjoint i64 %635, 64
  %638 = getelementptr inbounds float, ptr %R, i64 %637
  %639 = or disjoint i64 %635, 16
  %640 = getelementptr inbounds float, ptr %R, i64 %639
  %641 = or disjoint i64 %635, 80
  %642 = getelementptr inbounds float, ptr %R, i64 %641
  %643 = or disjoint i64 %635, 32
  %644 = getelementptr inbounds float, ptr %R, i64 %643
  %645 = or disjoint i64 %635, 96
  %646 = getelementptr inbounds float, ptr %R, i64 %645
  %647 = or disjoint i64 %635, 48
  %648 = getelementptr inbounds float, ptr %R, i64 %647
  %649 = or disjoint i64 %635, 112
  %650 = getelementptr inbounds float, ptr %R, i64 %649
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0567 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0566 = phi <16 x float> [ zeroinitializer, %endif ], [ %737, %i16.body ]
  %dsk6.0565 = phi <16 x float> [ zeroinitializer, %endif ], [ %736, %i16.body ]
  %dsk5.0564 = phi <16 x float> [ zeroinitializer, %endif ], [ %735, %i16.body ]
  %dsk4.0563 = phi <16 x float> [ zeroinitializer, %endif ], [ %734, %i16.body ]
  %651 = shl nuw nsw i64 %i16.addr.0567, 6
  %652 = getelementptr inbounds float, ptr %dS, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %651, 16
  %655 = getelementptr inbounds float, ptr %dS, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %651, 32
  %658 = getelementptr inbounds float, ptr %dS, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %651, 48
  %661 = getelementptr inbounds float, ptr %dS, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = getelementptr float, ptr %kh, i64 %i16.addr.0567
  %664 = getelementptr float, ptr %663, i64 %487
  %665 = load float, ptr %664, align 4
  %666 = fmul float %665, %632
  %667 = getelementptr float, ptr %663, i64 %633
  %668 = load float, ptr %667, align 4
  %669 = fmul float %631, %668
  %670 = load <16 x float>, ptr %dSkPrev, align 4
  %671 = add nuw nsw i64 %651, %634
  %672 = getelementptr inbounds float, ptr %Sh, i64 %671
  %673 = load <16 x float>, ptr %672, align 4
  %674 = load <16 x float>, ptr %636, align 4
  %675 = insertelement <16 x float> poison, float %669, i64 0
  %676 = shufflevector <16 x float> %675, <16 x float> poison, <16 x i32> zeroinitializer
  %677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %676, <16 x float> %674, <16 x float> %673)
  %678 = load <16 x float>, ptr %638, align 4
  %679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %653, <16 x float> %678, <16 x float> zeroinitializer)
  %680 = fneg <16 x float> %677
  %681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %680, <16 x float> %670, <16 x float> %679)
  %682 = insertelement <16 x float> poison, float %666, i64 0
  %683 = shufflevector <16 x float> %682, <16 x float> poison, <16 x i32> zeroinitializer
  %684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %670, <16 x float> %653)
  %685 = load <16 x float>, ptr %13, align 4
  %686 = or disjoint i64 %671, 16
  %687 = getelementptr inbounds float, ptr %Sh, i64 %686
  %688 = load <16 x float>, ptr %687, align 4
  %689 = load <16 x float>, ptr %640, align 4
  %690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %676, <16 x float> %689, <16 x float> %688)
  %691 = load <16 x float>, ptr %642, align 4
  %692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %656, <16 x float> %691, <16 x float> %681)
  %693 = fneg <16 x float> %690
  %694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %693, <16 x float> %685, <16 x float> %692)
  %695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %685, <16 x float> %656)
  %696 = load <16 x float>, ptr %14, align 4
  %697 = or disjoint i64 %671, 32
  %698 = getelementptr inbounds float, ptr %Sh, i64 %697
  %699 = load <16 x float>, ptr %698, align 4
  %700 = load <16 x float>, ptr %644, align 4
  %701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %676, <16 x float> %700, <16 x float> %699)
  %702 = load <16 x float>, ptr %646, align 4
  %703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %659, <16 x float> %702, <16 x float> %694)
  %704 = fneg <16 x float> %701
  %705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %704, <16 x float> %696, <16 x float> %703)
  %706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %696, <16 x float> %659)
  %707 = load <16 x float>, ptr %15, align 4
  %708 = or disjoint i64 %671, 48
  %709 = getelementptr inbounds float, ptr %Sh, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %711 = load <16 x float>, ptr %648, align 4
  %712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %676, <16 x float> %711, <16 x float> %710)
  %713 = load <16 x float>, ptr %650, align 4
  %714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %662, <16 x float> %713, <16 x float> %705)
  %715 = fneg <16 x float> %712
  %716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %715, <16 x float> %707, <16 x float> %714)
  %717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %707, <16 x float> %662)
  %718 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0567
  %719 = load float, ptr %718, align 4
  %720 = shufflevector <16 x float> %716, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %721 = shufflevector <16 x float> %716, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %722 = fadd <8 x float> %720, %721
  %723 = shufflevector <8 x float> %722, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %724 = shufflevector <8 x float> %722, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %725 = fadd <4 x float> %723, %724
  %726 = shufflevector <4 x float> %725, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %727 = shufflevector <4 x float> %725, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %728 = fadd <2 x float> %726, %727
  %shift701 = shufflevector <2 x float> %728, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %729 = fadd <2 x float> %728, %shift701
  %730 = extractelement <2 x float> %729, i64 0
  %731 = fadd float %719, %730
  store float %731, ptr %718, align 4
  %732 = insertelement <16 x float> poison, float %668, i64 0
  %733 = shufflevector <16 x float> %732, <16 x float> poison, <16 x i32> zeroinitializer
  %734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %733, <16 x float> %684, <16 x float> %dsk4.0563)
  %735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %733, <16 x float> %695, <16 x float> %dsk5.0564)
  %736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %733, <16 x float> %706, <16 x float> %dsk6.0565)
  %737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %733, <16 x float> %717, <16 x float> %dsk7.0566)
  store <16 x float> %684, ptr %652, align 4
  store <16 x float> %695, ptr %655, align 4
  store <16 x float> %706, ptr %658, align 4
  store <16 x float> %717, ptr %661, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0567, 1
  %exitcond627.not = icmp eq i64 %i16.next, 64
  br i1 %exitcond627.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <16 x float> %734, ptr %dSk, align 4
  store <16 x float> %735, ptr %16, align 4
  store <16 x float> %736, ptr %17, align 4
  store <16 x float> %737, ptr %18, align 4
  %738 = load <16 x float>, ptr %dkTmp, align 4
  %739 = fmul <16 x float> %592, %738
  %740 = getelementptr float, ptr %kh1, i64 %487
  store <16 x float> %739, ptr %740, align 4
  %741 = load <16 x float>, ptr %41, align 4
  %742 = fmul <16 x float> %592, %741
  %743 = getelementptr float, ptr %65, i64 %487
  store <16 x float> %742, ptr %743, align 4
  %744 = load <16 x float>, ptr %42, align 4
  %745 = fmul <16 x float> %592, %744
  %746 = getelementptr float, ptr %66, i64 %487
  store <16 x float> %745, ptr %746, align 4
  %747 = load <16 x float>, ptr %43, align 4
  %748 = fmul <16 x float> %592, %747
  %749 = getelementptr float, ptr %67, i64 %487
  store <16 x float> %748, ptr %749, align 4
  %750 = insertelement <16 x float> poison, float %631, i64 0
  %751 = shufflevector <16 x float> %750, <16 x float> poison, <16 x i32> zeroinitializer
  %752 = fmul <16 x float> %751, %734
  %753 = getelementptr float, ptr %vh1, i64 %633
  store <16 x float> %752, ptr %753, align 4
  %754 = fmul <16 x float> %751, %735
  %755 = getelementptr float, ptr %62, i64 %633
  store <16 x float> %754, ptr %755, align 4
  %756 = fmul <16 x float> %751, %736
  %757 = getelementptr float, ptr %63, i64 %633
  store <16 x float> %756, ptr %757, align 4
  %758 = fmul <16 x float> %751, %737
  %759 = getelementptr float, ptr %64, i64 %633
  store <16 x float> %758, ptr %759, align 4
  %760 = load <16 x float>, ptr %601, align 4
  %761 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %734, <16 x float> %760, <16 x float> zeroinitializer)
  %762 = load <16 x float>, ptr %605, align 4
  %763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %735, <16 x float> %762, <16 x float> %761)
  %764 = load <16 x float>, ptr %609, align 4
  %765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %736, <16 x float> %764, <16 x float> %763)
  %766 = load <16 x float>, ptr %613, align 4
  %767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %737, <16 x float> %766, <16 x float> %765)
  %768 = shufflevector <16 x float> %767, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %769 = shufflevector <16 x float> %767, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %770 = fadd <8 x float> %768, %769
  %771 = shufflevector <8 x float> %770, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %772 = shufflevector <8 x float> %770, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %773 = fadd <4 x float> %771, %772
  %774 = shufflevector <4 x float> %773, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %775 = shufflevector <4 x float> %773, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %776 = fadd <2 x float> %774, %775
  %shift702 = shufflevector <2 x float> %776, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %777 = fadd <2 x float> %776, %shift702
  %778 = extractelement <2 x float> %777, i64 0
  %779 = getelementptr inbounds float, ptr %betah1, i64 %629
  store float %778, ptr %779, align 4
  store <16 x float> %734, ptr %dSkPrev, align 4
  store <16 x float> %735, ptr %38, align 4
  store <16 x float> %736, ptr %39, align 4
  store <16 x float> %737, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0573, 1
  %exitcond630.not = icmp eq i64 %tt.next, %smax629
  br i1 %exitcond630.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %j12.head.preheader, %i22.body
  %i22.addr.0575 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next, %i22.body ]
  %780 = shl nuw nsw i64 %i22.addr.0575, 6
  %781 = getelementptr inbounds float, ptr %dS, i64 %780
  %782 = load <16 x float>, ptr %781, align 4
  %783 = or disjoint i64 %780, 16
  %784 = getelementptr inbounds float, ptr %dS, i64 %783
  %785 = load <16 x float>, ptr %784, align 4
  %786 = or disjoint i64 %780, 32
  %787 = getelementptr inbounds float, ptr %dS, i64 %786
  %788 = load <16 x float>, ptr %787, align 4
  %789 = or disjoint i64 %780, 48
  %790 = getelementptr inbounds float, ptr %dS, i64 %789
  %791 = load <16 x float>, ptr %790, align 4
  %792 = or disjoint i64 %i22.addr.0575, %136
  %793 = getelementptr inbounds float, ptr %kh, i64 %792
  %794 = load float, ptr %793, align 4
  %795 = fmul float %794, %453
  %796 = load <16 x float>, ptr %dSkPrev, align 4
  %797 = getelementptr inbounds float, ptr %Sh, i64 %780
  %798 = load <16 x float>, ptr %797, align 4
  %799 = load <16 x float>, ptr %R, align 4
  %800 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %782, <16 x float> %799, <16 x float> zeroinitializer)
  %801 = fneg <16 x float> %798
  %802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %801, <16 x float> %796, <16 x float> %800)
  %803 = insertelement <16 x float> poison, float %795, i64 0
  %804 = shufflevector <16 x float> %803, <16 x float> poison, <16 x i32> zeroinitializer
  %805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %804, <16 x float> %796, <16 x float> %782)
  %806 = load <16 x float>, ptr %13, align 4
  %807 = getelementptr inbounds float, ptr %Sh, i64 %783
  %808 = load <16 x float>, ptr %807, align 4
  %809 = load <16 x float>, ptr %5, align 4
  %810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %785, <16 x float> %809, <16 x float> %802)
  %811 = fneg <16 x float> %808
  %812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %811, <16 x float> %806, <16 x float> %810)
  %813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %804, <16 x float> %806, <16 x float> %785)
  %814 = load <16 x float>, ptr %14, align 4
  %815 = getelementptr inbounds float, ptr %Sh, i64 %786
  %816 = load <16 x float>, ptr %815, align 4
  %817 = load <16 x float>, ptr %6, align 4
  %818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %788, <16 x float> %817, <16 x float> %812)
  %819 = fneg <16 x float> %816
  %820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %819, <16 x float> %814, <16 x float> %818)
  %821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %804, <16 x float> %814, <16 x float> %788)
  %822 = load <16 x float>, ptr %15, align 4
  %823 = getelementptr inbounds float, ptr %Sh, i64 %789
  %824 = load <16 x float>, ptr %823, align 4
  %825 = load <16 x float>, ptr %7, align 4
  %826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %791, <16 x float> %825, <16 x float> %820)
  %827 = fneg <16 x float> %824
  %828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %827, <16 x float> %822, <16 x float> %826)
  %829 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %804, <16 x float> %822, <16 x float> %791)
  %830 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0575
  %831 = load float, ptr %830, align 4
  %832 = shufflevector <16 x float> %828, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %833 = shufflevector <16 x float> %828, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %834 = fadd <8 x float> %832, %833
  %835 = shufflevector <8 x float> %834, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %836 = shufflevector <8 x float> %834, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %837 = fadd <4 x float> %835, %836
  %838 = shufflevector <4 x float> %837, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %839 = shufflevector <4 x float> %837, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %840 = fadd <2 x float> %838, %839
  %shift703 = shufflevector <2 x float> %840, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %841 = fadd <2 x float> %840, %shift703
  %842 = extractelement <2 x float> %841, i64 0
  %843 = fadd float %831, %842
  store float %843, ptr %830, align 4
  store <16 x float> %805, ptr %781, align 4
  store <16 x float> %813, ptr %784, align 4
  store <16 x float> %821, ptr %787, align 4
  store <16 x float> %829, ptr %790, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0575, 1
  %exitcond631.not = icmp eq i64 %i22.next, 64
  br i1 %exitcond631.not, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %844 = load <16 x float>, ptr %dkTmp, align 4
  %845 = fmul <16 x float> %141, %844
  %846 = getelementptr inbounds float, ptr %kh1, i64 %136
  store <16 x float> %845, ptr %846, align 4
  %847 = load <16 x float>, ptr %44, align 4
  %848 = fmul <16 x float> %141, %847
  %849 = getelementptr inbounds float, ptr %kh1, i64 %143
  store <16 x float> %848, ptr %849, align 4
  %850 = load <16 x float>, ptr %45, align 4
  %851 = fmul <16 x float> %141, %850
  %852 = getelementptr inbounds float, ptr %kh1, i64 %148
  store <16 x float> %851, ptr %852, align 4
  %853 = load <16 x float>, ptr %46, align 4
  %854 = fmul <16 x float> %141, %853
  %855 = getelementptr inbounds float, ptr %kh1, i64 %153
  store <16 x float> %854, ptr %855, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0577, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond633.not = icmp eq i64 %cc.next, %smax632
  br i1 %exitcond633.not, label %i24.head.preheader, label %cc.body
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
