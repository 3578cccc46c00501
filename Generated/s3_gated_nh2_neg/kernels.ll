; ---- dp_fwd_h2_k16_v16_r64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k16_v16_r64_gate'
source_filename = "dp_fwd_h2_k16_v16_r64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k16_v16_r64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %alphas = getelementptr inbounds i8, ptr %work, i64 1024
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 5
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 10
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr inbounds i8, ptr %work, i64 32
  %10 = getelementptr inbounds i8, ptr %work, i64 64
  %11 = getelementptr inbounds i8, ptr %work, i64 96
  %12 = getelementptr inbounds i8, ptr %work, i64 128
  %13 = getelementptr inbounds i8, ptr %work, i64 160
  %14 = getelementptr inbounds i8, ptr %work, i64 192
  %15 = getelementptr inbounds i8, ptr %work, i64 224
  %16 = getelementptr inbounds i8, ptr %work, i64 256
  %17 = getelementptr inbounds i8, ptr %work, i64 288
  %18 = getelementptr inbounds i8, ptr %work, i64 320
  %19 = getelementptr inbounds i8, ptr %work, i64 352
  %20 = getelementptr inbounds i8, ptr %work, i64 384
  %21 = getelementptr inbounds i8, ptr %work, i64 416
  %22 = getelementptr inbounds i8, ptr %work, i64 448
  %23 = getelementptr inbounds i8, ptr %work, i64 480
  %24 = getelementptr inbounds i8, ptr %work, i64 512
  %25 = getelementptr inbounds i8, ptr %work, i64 544
  %26 = getelementptr inbounds i8, ptr %work, i64 576
  %27 = getelementptr inbounds i8, ptr %work, i64 608
  %28 = getelementptr inbounds i8, ptr %work, i64 640
  %29 = getelementptr inbounds i8, ptr %work, i64 672
  %30 = getelementptr inbounds i8, ptr %work, i64 704
  %31 = getelementptr inbounds i8, ptr %work, i64 736
  %32 = getelementptr inbounds i8, ptr %work, i64 768
  %33 = getelementptr inbounds i8, ptr %work, i64 800
  %34 = getelementptr inbounds i8, ptr %work, i64 832
  %35 = getelementptr inbounds i8, ptr %work, i64 864
  %36 = getelementptr inbounds i8, ptr %work, i64 896
  %37 = getelementptr inbounds i8, ptr %work, i64 928
  %38 = getelementptr inbounds i8, ptr %work, i64 960
  %39 = getelementptr inbounds i8, ptr %work, i64 992
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %4, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0127 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %40 = add i64 %indvar, %bh0
  %41 = shl i64 %40, 10
  %scevgep147 = getelementptr i8, ptr %hT, i64 %41
  %scevgep142 = getelementptr i8, ptr %h0, i64 %41
  %b = sdiv i64 %bh.addr.0127, %H
  %h = srem i64 %bh.addr.0127, %H
  %42 = mul nsw i64 %b, %T
  %43 = mul nsw i64 %42, %H
  %bT = add nsw i64 %43, %h
  %44 = mul i64 %1, %42
  %bTn = add nsw i64 %44, %h
  %45 = shl nsw i64 %bT, 4
  %46 = shl nsw i64 %bTn, 4
  %vh = getelementptr inbounds float, ptr %v, i64 %46
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep142, i64 1024, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %kh = getelementptr inbounds float, ptr %k, i64 %46
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %45
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %47 = mul i64 %7, %indvar
  %invariant.gep154 = getelementptr i8, ptr %hs, i64 %47
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t1.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep147, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0127, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond148.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond148.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0124 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %48 = shl nuw nsw i64 %ci.addr.0124, 6
  %49 = add nuw i64 %48, 64
  %smin = tail call i64 @llvm.smin.i64(i64 %T, i64 %49)
  %smax159 = tail call i64 @llvm.smax.i64(i64 %smin, i64 %48)
  %50 = mul nsw i64 %ci.addr.0124, -64
  %51 = or disjoint i64 %50, 1
  %52 = add i64 %smax159, %51
  %53 = add i64 %6, %ci.addr.0124
  %54 = shl i64 %53, 10
  %gep155 = getelementptr i8, ptr %invariant.gep154, i64 %54
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep155, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0 = shl nsw i64 %ci.addr.0124, 6
  %55 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %55, i64 %T)
  %.not104 = icmp sgt i64 %t0, %T
  br i1 %.not104, label %i2.head.preheader, label %t.body.preheader

t.body.preheader:                                 ; preds = %i1.head.preheader
  %min.iters.check = icmp ult i64 %52, 8
  br i1 %min.iters.check, label %t.body.preheader160, label %vector.ph

t.body.preheader160:                              ; preds = %middle.block, %t.body.preheader
  %t.addr.0105.ph = phi i64 [ %t0, %t.body.preheader ], [ %ind.end, %middle.block ]
  br label %t.body

vector.ph:                                        ; preds = %t.body.preheader
  %n.vec = and i64 %52, -8
  %ind.end = add i64 %t0, %n.vec
  %.splatinsert = insertelement <8 x i64> poison, i64 %t0, i64 0
  %.splat = shufflevector <8 x i64> %.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %induction = or disjoint <8 x i64> %.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.ind = phi <8 x i64> [ %induction, %vector.ph ], [ %vec.ind.next, %vector.body ]
  %56 = tail call <8 x i64> @llvm.smin.v8i64(<8 x i64> %vec.ind, <8 x i64> %broadcast.splat)
  %57 = extractelement <8 x i64> %56, i64 0
  %58 = mul nsw i64 %57, %H
  %59 = extractelement <8 x i64> %56, i64 1
  %60 = mul nsw i64 %59, %H
  %61 = extractelement <8 x i64> %56, i64 2
  %62 = mul nsw i64 %61, %H
  %63 = extractelement <8 x i64> %56, i64 3
  %64 = mul nsw i64 %63, %H
  %65 = extractelement <8 x i64> %56, i64 4
  %66 = mul nsw i64 %65, %H
  %67 = extractelement <8 x i64> %56, i64 5
  %68 = mul nsw i64 %67, %H
  %69 = extractelement <8 x i64> %56, i64 6
  %70 = mul nsw i64 %69, %H
  %71 = extractelement <8 x i64> %56, i64 7
  %72 = mul nsw i64 %71, %H
  %73 = getelementptr inbounds float, ptr %gh, i64 %58
  %74 = getelementptr inbounds float, ptr %gh, i64 %60
  %75 = getelementptr inbounds float, ptr %gh, i64 %62
  %76 = getelementptr inbounds float, ptr %gh, i64 %64
  %77 = getelementptr inbounds float, ptr %gh, i64 %66
  %78 = getelementptr inbounds float, ptr %gh, i64 %68
  %79 = getelementptr inbounds float, ptr %gh, i64 %70
  %80 = getelementptr inbounds float, ptr %gh, i64 %72
  %81 = load float, ptr %73, align 4
  %82 = load float, ptr %74, align 4
  %83 = load float, ptr %75, align 4
  %84 = load float, ptr %76, align 4
  %85 = load float, ptr %77, align 4
  %86 = load float, ptr %78, align 4
  %87 = load float, ptr %79, align 4
  %88 = load float, ptr %80, align 4
  %89 = insertelement <8 x float> poison, float %81, i64 0
  %90 = insertelement <8 x float> %89, float %82, i64 1
  %91 = insertelement <8 x float> %90, float %83, i64 2
  %92 = insertelement <8 x float> %91, float %84, i64 3
  %93 = insertelement <8 x float> %92, float %85, i64 4
  %94 = insertelement <8 x float> %93, float %86, i64 5
  %95 = insertelement <8 x float> %94, float %87, i64 6
  %96 = insertelement <8 x float> %95, float %88, i64 7
  %97 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %96)
  %98 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %97, ptr %98, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %99 = icmp eq i64 %index.next, %n.vec
  br i1 %99, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %52, %n.vec
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader160

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %100 = icmp slt i64 %t0, %T
  br i1 %100, label %t1.body.preheader, label %t1.exit

t.body:                                           ; preds = %t.body.preheader160, %t.body
  %t.addr.0105 = phi i64 [ %t.next, %t.body ], [ %t.addr.0105.ph, %t.body.preheader160 ]
  %101 = tail call i64 @llvm.smin.i64(i64 %t.addr.0105, i64 %4)
  %102 = mul nsw i64 %101, %H
  %103 = getelementptr inbounds float, ptr %gh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = tail call float @llvm.exp.f32(float %104)
  %106 = sub nuw nsw i64 %t.addr.0105, %t0
  %107 = getelementptr inbounds float, ptr %alphas, i64 %106
  store float %105, ptr %107, align 4
  %t.next = add nuw nsw i64 %t.addr.0105, 1
  %.not.not = icmp slt i64 %t.addr.0105, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

t1.body.preheader:                                ; preds = %i2.head.preheader
  %108 = shl nsw i64 %ci.addr.0124, 7
  %109 = mul nsw i64 %108, %H
  %110 = getelementptr inbounds float, ptr %betah, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = insertelement <8 x float> poison, float %111, i64 0
  %113 = shufflevector <8 x float> %112, <8 x float> poison, <8 x i32> zeroinitializer
  %114 = mul nsw i64 %108, %sq
  %115 = or disjoint i64 %114, 8
  %116 = getelementptr inbounds float, ptr %vh, i64 %115
  %117 = load <8 x float>, ptr %116, align 4
  %118 = or disjoint i64 %114, 15
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %39, align 4
  %124 = or disjoint i64 %114, 13
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %35, align 4
  %130 = or disjoint i64 %114, 11
  %131 = getelementptr inbounds float, ptr %kh, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %132, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = load <8 x float>, ptr %31, align 4
  %136 = or disjoint i64 %114, 9
  %137 = getelementptr inbounds float, ptr %kh, i64 %136
  %138 = load float, ptr %137, align 4
  %139 = insertelement <8 x float> poison, float %138, i64 0
  %140 = shufflevector <8 x float> %139, <8 x float> poison, <8 x i32> zeroinitializer
  %141 = load <8 x float>, ptr %27, align 4
  %142 = or disjoint i64 %114, 7
  %143 = getelementptr inbounds float, ptr %kh, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <8 x float> poison, float %144, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = load <8 x float>, ptr %23, align 4
  %148 = or disjoint i64 %114, 5
  %149 = getelementptr inbounds float, ptr %kh, i64 %148
  %150 = load float, ptr %149, align 4
  %151 = insertelement <8 x float> poison, float %150, i64 0
  %152 = shufflevector <8 x float> %151, <8 x float> poison, <8 x i32> zeroinitializer
  %153 = load <8 x float>, ptr %19, align 4
  %154 = or disjoint i64 %114, 3
  %155 = getelementptr inbounds float, ptr %kh, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = insertelement <8 x float> poison, float %156, i64 0
  %158 = shufflevector <8 x float> %157, <8 x float> poison, <8 x i32> zeroinitializer
  %159 = load <8 x float>, ptr %15, align 4
  %160 = or disjoint i64 %114, 1
  %161 = getelementptr inbounds float, ptr %kh, i64 %160
  %162 = load float, ptr %161, align 4
  %163 = insertelement <8 x float> poison, float %162, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = load <8 x float>, ptr %11, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %165, <8 x float> zeroinitializer)
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %159, <8 x float> %166)
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %153, <8 x float> %167)
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %147, <8 x float> %168)
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %141, <8 x float> %169)
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %135, <8 x float> %170)
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %129, <8 x float> %171)
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %123, <8 x float> %172)
  %174 = or disjoint i64 %114, 14
  %175 = getelementptr inbounds float, ptr %kh, i64 %174
  %176 = load float, ptr %175, align 4
  %177 = insertelement <8 x float> poison, float %176, i64 0
  %178 = shufflevector <8 x float> %177, <8 x float> poison, <8 x i32> zeroinitializer
  %179 = load <8 x float>, ptr %37, align 4
  %180 = or disjoint i64 %114, 12
  %181 = getelementptr inbounds float, ptr %kh, i64 %180
  %182 = load float, ptr %181, align 4
  %183 = insertelement <8 x float> poison, float %182, i64 0
  %184 = shufflevector <8 x float> %183, <8 x float> poison, <8 x i32> zeroinitializer
  %185 = load <8 x float>, ptr %33, align 4
  %186 = or disjoint i64 %114, 10
  %187 = getelementptr inbounds float, ptr %kh, i64 %186
  %188 = load float, ptr %187, align 4
  %189 = insertelement <8 x float> poison, float %188, i64 0
  %190 = shufflevector <8 x float> %189, <8 x float> poison, <8 x i32> zeroinitializer
  %191 = load <8 x float>, ptr %29, align 4
  %192 = getelementptr inbounds float, ptr %kh, i64 %115
  %193 = load float, ptr %192, align 4
  %194 = insertelement <8 x float> poison, float %193, i64 0
  %195 = shufflevector <8 x float> %194, <8 x float> poison, <8 x i32> zeroinitializer
  %196 = load <8 x float>, ptr %25, align 4
  %197 = or disjoint i64 %114, 6
  %198 = getelementptr inbounds float, ptr %kh, i64 %197
  %199 = load float, ptr %198, align 4
  %200 = insertelement <8 x float> poison, float %199, i64 0
  %201 = shufflevector <8 x float> %200, <8 x float> poison, <8 x i32> zeroinitializer
  %202 = load <8 x float>, ptr %21, align 4
  %203 = or disjoint i64 %114, 4
  %204 = getelementptr inbounds float, ptr %kh, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = insertelement <8 x float> poison, float %205, i64 0
  %207 = shufflevector <8 x float> %206, <8 x float> poison, <8 x i32> zeroinitializer
  %208 = load <8 x float>, ptr %17, align 4
  %209 = or disjoint i64 %114, 2
  %210 = getelementptr inbounds float, ptr %kh, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = insertelement <8 x float> poison, float %211, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = load <8 x float>, ptr %13, align 4
  %215 = getelementptr inbounds float, ptr %kh, i64 %114
  %216 = load float, ptr %215, align 4
  %217 = insertelement <8 x float> poison, float %216, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = load <8 x float>, ptr %9, align 4
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %219, <8 x float> zeroinitializer)
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %214, <8 x float> %220)
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %208, <8 x float> %221)
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %202, <8 x float> %222)
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %196, <8 x float> %223)
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %191, <8 x float> %224)
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %185, <8 x float> %225)
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %179, <8 x float> %226)
  %228 = fadd <8 x float> %173, %227
  %229 = load float, ptr %alphas, align 4
  %230 = insertelement <8 x float> poison, float %229, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = fmul <8 x float> %228, %231
  %233 = fsub <8 x float> %117, %232
  %234 = fmul <8 x float> %113, %233
  %235 = getelementptr inbounds float, ptr %vh, i64 %114
  %236 = load <8 x float>, ptr %235, align 4
  %237 = load <8 x float>, ptr %38, align 4
  %238 = load <8 x float>, ptr %34, align 4
  %239 = load <8 x float>, ptr %30, align 4
  %240 = load <8 x float>, ptr %26, align 4
  %241 = load <8 x float>, ptr %22, align 4
  %242 = load <8 x float>, ptr %18, align 4
  %243 = load <8 x float>, ptr %14, align 4
  %244 = load <8 x float>, ptr %10, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %244, <8 x float> zeroinitializer)
  %246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %243, <8 x float> %245)
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %242, <8 x float> %246)
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %241, <8 x float> %247)
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %240, <8 x float> %248)
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %239, <8 x float> %249)
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %238, <8 x float> %250)
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %237, <8 x float> %251)
  %253 = load <8 x float>, ptr %36, align 4
  %254 = load <8 x float>, ptr %32, align 4
  %255 = load <8 x float>, ptr %28, align 4
  %256 = load <8 x float>, ptr %24, align 4
  %257 = load <8 x float>, ptr %20, align 4
  %258 = load <8 x float>, ptr %16, align 4
  %259 = load <8 x float>, ptr %12, align 4
  %260 = load <8 x float>, ptr %work, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %260, <8 x float> zeroinitializer)
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %259, <8 x float> %261)
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %207, <8 x float> %258, <8 x float> %262)
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %257, <8 x float> %263)
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %256, <8 x float> %264)
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %255, <8 x float> %265)
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> %254, <8 x float> %266)
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> %253, <8 x float> %267)
  %269 = fadd <8 x float> %252, %268
  %270 = fmul <8 x float> %269, %231
  %271 = fsub <8 x float> %236, %270
  %272 = fmul <8 x float> %113, %271
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0123 = phi <8 x float> [ %696, %i4.exit ], [ %272, %t1.body.preheader ]
  %delta1.0122 = phi <8 x float> [ %705, %i4.exit ], [ %234, %t1.body.preheader ]
  %t1.addr.0121 = phi i64 [ %276, %i4.exit ], [ %t0, %t1.body.preheader ]
  %273 = sub nuw nsw i64 %t1.addr.0121, %t0
  %274 = getelementptr inbounds float, ptr %alphas, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = add nuw nsw i64 %t1.addr.0121, 1
  %277 = shl nuw nsw i64 %t1.addr.0121, 1
  %278 = mul nsw i64 %277, %sq
  %279 = or disjoint i64 %277, 1
  %280 = mul nsw i64 %279, %sq
  %281 = insertelement <8 x float> poison, float %275, i64 0
  %282 = shufflevector <8 x float> %281, <8 x float> poison, <8 x i32> zeroinitializer
  %283 = getelementptr inbounds float, ptr %kh, i64 %278
  %284 = load float, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %kh, i64 %280
  %286 = load float, ptr %285, align 4
  %287 = insertelement <8 x float> poison, float %284, i64 0
  %288 = shufflevector <8 x float> %287, <8 x float> poison, <8 x i32> zeroinitializer
  %289 = load <8 x float>, ptr %work, align 4
  %290 = fmul <8 x float> %282, %289
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %288, <8 x float> %delta.0123, <8 x float> %290)
  store <8 x float> %291, ptr %work, align 4
  %292 = insertelement <8 x float> poison, float %286, i64 0
  %293 = shufflevector <8 x float> %292, <8 x float> poison, <8 x i32> zeroinitializer
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %291, <8 x float> zeroinitializer)
  %295 = load <8 x float>, ptr %9, align 4
  %296 = fmul <8 x float> %282, %295
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %288, <8 x float> %delta1.0122, <8 x float> %296)
  store <8 x float> %297, ptr %9, align 4
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %297, <8 x float> zeroinitializer)
  %299 = or disjoint i64 %278, 1
  %300 = getelementptr inbounds float, ptr %kh, i64 %299
  %301 = load float, ptr %300, align 4
  %302 = or disjoint i64 %280, 1
  %303 = getelementptr inbounds float, ptr %kh, i64 %302
  %304 = load float, ptr %303, align 4
  %305 = insertelement <8 x float> poison, float %301, i64 0
  %306 = shufflevector <8 x float> %305, <8 x float> poison, <8 x i32> zeroinitializer
  %307 = load <8 x float>, ptr %10, align 4
  %308 = fmul <8 x float> %282, %307
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %delta.0123, <8 x float> %308)
  store <8 x float> %309, ptr %10, align 4
  %310 = insertelement <8 x float> poison, float %304, i64 0
  %311 = shufflevector <8 x float> %310, <8 x float> poison, <8 x i32> zeroinitializer
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %309, <8 x float> zeroinitializer)
  %313 = load <8 x float>, ptr %11, align 4
  %314 = fmul <8 x float> %282, %313
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %delta1.0122, <8 x float> %314)
  store <8 x float> %315, ptr %11, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %315, <8 x float> zeroinitializer)
  %317 = or disjoint i64 %278, 2
  %318 = getelementptr inbounds float, ptr %kh, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = or disjoint i64 %280, 2
  %321 = getelementptr inbounds float, ptr %kh, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = insertelement <8 x float> poison, float %319, i64 0
  %324 = shufflevector <8 x float> %323, <8 x float> poison, <8 x i32> zeroinitializer
  %325 = load <8 x float>, ptr %12, align 4
  %326 = fmul <8 x float> %282, %325
  %327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %delta.0123, <8 x float> %326)
  store <8 x float> %327, ptr %12, align 4
  %328 = insertelement <8 x float> poison, float %322, i64 0
  %329 = shufflevector <8 x float> %328, <8 x float> poison, <8 x i32> zeroinitializer
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %327, <8 x float> %294)
  %331 = load <8 x float>, ptr %13, align 4
  %332 = fmul <8 x float> %282, %331
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %delta1.0122, <8 x float> %332)
  store <8 x float> %333, ptr %13, align 4
  %334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %333, <8 x float> %298)
  %335 = or disjoint i64 %278, 3
  %336 = getelementptr inbounds float, ptr %kh, i64 %335
  %337 = load float, ptr %336, align 4
  %338 = or disjoint i64 %280, 3
  %339 = getelementptr inbounds float, ptr %kh, i64 %338
  %340 = load float, ptr %339, align 4
  %341 = insertelement <8 x float> poison, float %337, i64 0
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <8 x i32> zeroinitializer
  %343 = load <8 x float>, ptr %14, align 4
  %344 = fmul <8 x float> %282, %343
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %delta.0123, <8 x float> %344)
  store <8 x float> %345, ptr %14, align 4
  %346 = insertelement <8 x float> poison, float %340, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> %312)
  %349 = load <8 x float>, ptr %15, align 4
  %350 = fmul <8 x float> %282, %349
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %delta1.0122, <8 x float> %350)
  store <8 x float> %351, ptr %15, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %351, <8 x float> %316)
  %353 = or disjoint i64 %278, 4
  %354 = getelementptr inbounds float, ptr %kh, i64 %353
  %355 = load float, ptr %354, align 4
  %356 = or disjoint i64 %280, 4
  %357 = getelementptr inbounds float, ptr %kh, i64 %356
  %358 = load float, ptr %357, align 4
  %359 = insertelement <8 x float> poison, float %355, i64 0
  %360 = shufflevector <8 x float> %359, <8 x float> poison, <8 x i32> zeroinitializer
  %361 = load <8 x float>, ptr %16, align 4
  %362 = fmul <8 x float> %282, %361
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %delta.0123, <8 x float> %362)
  store <8 x float> %363, ptr %16, align 4
  %364 = insertelement <8 x float> poison, float %358, i64 0
  %365 = shufflevector <8 x float> %364, <8 x float> poison, <8 x i32> zeroinitializer
  %366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %363, <8 x float> %330)
  %367 = load <8 x float>, ptr %17, align 4
  %368 = fmul <8 x float> %282, %367
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %delta1.0122, <8 x float> %368)
  store <8 x float> %369, ptr %17, align 4
  %370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %369, <8 x float> %334)
  %371 = or disjoint i64 %278, 5
  %372 = getelementptr inbounds float, ptr %kh, i64 %371
  %373 = load float, ptr %372, align 4
  %374 = or disjoint i64 %280, 5
  %375 = getelementptr inbounds float, ptr %kh, i64 %374
  %376 = load float, ptr %375, align 4
  %377 = insertelement <8 x float> poison, float %373, i64 0
  %378 = shufflevector <8 x float> %377, <8 x float> poison, <8 x i32> zeroinitializer
  %379 = load <8 x float>, ptr %18, align 4
  %380 = fmul <8 x float> %282, %379
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %delta.0123, <8 x float> %380)
  store <8 x float> %381, ptr %18, align 4
  %382 = insertelement <8 x float> poison, float %376, i64 0
  %383 = shufflevector <8 x float> %382, <8 x float> poison, <8 x i32> zeroinitializer
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %381, <8 x float> %348)
  %385 = load <8 x float>, ptr %19, align 4
  %386 = fmul <8 x float> %282, %385
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %delta1.0122, <8 x float> %386)
  store <8 x float> %387, ptr %19, align 4
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %387, <8 x float> %352)
  %389 = or disjoint i64 %278, 6
  %390 = getelementptr inbounds float, ptr %kh, i64 %389
  %391 = load float, ptr %390, align 4
  %392 = or disjoint i64 %280, 6
  %393 = getelementptr inbounds float, ptr %kh, i64 %392
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> poison, float %391, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = load <8 x float>, ptr %20, align 4
  %398 = fmul <8 x float> %282, %397
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %delta.0123, <8 x float> %398)
  store <8 x float> %399, ptr %20, align 4
  %400 = insertelement <8 x float> poison, float %394, i64 0
  %401 = shufflevector <8 x float> %400, <8 x float> poison, <8 x i32> zeroinitializer
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %399, <8 x float> %366)
  %403 = load <8 x float>, ptr %21, align 4
  %404 = fmul <8 x float> %282, %403
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %delta1.0122, <8 x float> %404)
  store <8 x float> %405, ptr %21, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %405, <8 x float> %370)
  %407 = or disjoint i64 %278, 7
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = or disjoint i64 %280, 7
  %411 = getelementptr inbounds float, ptr %kh, i64 %410
  %412 = load float, ptr %411, align 4
  %413 = insertelement <8 x float> poison, float %409, i64 0
  %414 = shufflevector <8 x float> %413, <8 x float> poison, <8 x i32> zeroinitializer
  %415 = load <8 x float>, ptr %22, align 4
  %416 = fmul <8 x float> %282, %415
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta.0123, <8 x float> %416)
  store <8 x float> %417, ptr %22, align 4
  %418 = insertelement <8 x float> poison, float %412, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> %384)
  %421 = load <8 x float>, ptr %23, align 4
  %422 = fmul <8 x float> %282, %421
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta1.0122, <8 x float> %422)
  store <8 x float> %423, ptr %23, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %423, <8 x float> %388)
  %425 = or disjoint i64 %278, 8
  %426 = getelementptr inbounds float, ptr %kh, i64 %425
  %427 = load float, ptr %426, align 4
  %428 = or disjoint i64 %280, 8
  %429 = getelementptr inbounds float, ptr %kh, i64 %428
  %430 = load float, ptr %429, align 4
  %431 = insertelement <8 x float> poison, float %427, i64 0
  %432 = shufflevector <8 x float> %431, <8 x float> poison, <8 x i32> zeroinitializer
  %433 = load <8 x float>, ptr %24, align 4
  %434 = fmul <8 x float> %282, %433
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %delta.0123, <8 x float> %434)
  store <8 x float> %435, ptr %24, align 4
  %436 = insertelement <8 x float> poison, float %430, i64 0
  %437 = shufflevector <8 x float> %436, <8 x float> poison, <8 x i32> zeroinitializer
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %435, <8 x float> %402)
  %439 = load <8 x float>, ptr %25, align 4
  %440 = fmul <8 x float> %282, %439
  %441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %delta1.0122, <8 x float> %440)
  store <8 x float> %441, ptr %25, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %437, <8 x float> %441, <8 x float> %406)
  %443 = or disjoint i64 %278, 9
  %444 = getelementptr inbounds float, ptr %kh, i64 %443
  %445 = load float, ptr %444, align 4
  %446 = or disjoint i64 %280, 9
  %447 = getelementptr inbounds float, ptr %kh, i64 %446
  %448 = load float, ptr %447, align 4
  %449 = insertelement <8 x float> poison, float %445, i64 0
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <8 x i32> zeroinitializer
  %451 = load <8 x float>, ptr %26, align 4
  %452 = fmul <8 x float> %282, %451
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %delta.0123, <8 x float> %452)
  store <8 x float> %453, ptr %26, align 4
  %454 = insertelement <8 x float> poison, float %448, i64 0
  %455 = shufflevector <8 x float> %454, <8 x float> poison, <8 x i32> zeroinitializer
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %453, <8 x float> %420)
  %457 = load <8 x float>, ptr %27, align 4
  %458 = fmul <8 x float> %282, %457
  %459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %delta1.0122, <8 x float> %458)
  store <8 x float> %459, ptr %27, align 4
  %460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %459, <8 x float> %424)
  %461 = or disjoint i64 %278, 10
  %462 = getelementptr inbounds float, ptr %kh, i64 %461
  %463 = load float, ptr %462, align 4
  %464 = or disjoint i64 %280, 10
  %465 = getelementptr inbounds float, ptr %kh, i64 %464
  %466 = load float, ptr %465, align 4
  %467 = insertelement <8 x float> poison, float %463, i64 0
  %468 = shufflevector <8 x float> %467, <8 x float> poison, <8 x i32> zeroinitializer
  %469 = load <8 x float>, ptr %28, align 4
  %470 = fmul <8 x float> %282, %469
  %471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %delta.0123, <8 x float> %470)
  store <8 x float> %471, ptr %28, align 4
  %472 = insertelement <8 x float> poison, float %466, i64 0
  %473 = shufflevector <8 x float> %472, <8 x float> poison, <8 x i32> zeroinitializer
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %471, <8 x float> %438)
  %475 = load <8 x float>, ptr %29, align 4
  %476 = fmul <8 x float> %282, %475
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %delta1.0122, <8 x float> %476)
  store <8 x float> %477, ptr %29, align 4
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> %477, <8 x float> %442)
  %479 = or disjoint i64 %278, 11
  %480 = getelementptr inbounds float, ptr %kh, i64 %479
  %481 = load float, ptr %480, align 4
  %482 = or disjoint i64 %280, 11
  %483 = getelementptr inbounds float, ptr %kh, i64 %482
  %484 = load float, ptr %483, align 4
  %485 = insertelement <8 x float> poison, float %481, i64 0
  %486 = shufflevector <8 x float> %485, <8 x float> poison, <8 x i32> zeroinitializer
  %487 = load <8 x float>, ptr %30, align 4
  %488 = fmul <8 x float> %282, %487
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %delta.0123, <8 x float> %488)
  store <8 x float> %489, ptr %30, align 4
  %490 = insertelement <8 x float> poison, float %484, i64 0
  %491 = shufflevector <8 x float> %490, <8 x float> poison, <8 x i32> zeroinitializer
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> %489, <8 x float> %456)
  %493 = load <8 x float>, ptr %31, align 4
  %494 = fmul <8 x float> %282, %493
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %delta1.0122, <8 x float> %494)
  store <8 x float> %495, ptr %31, align 4
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> %495, <8 x float> %460)
  %497 = or disjoint i64 %278, 12
  %498 = getelementptr inbounds float, ptr %kh, i64 %497
  %499 = load float, ptr %498, align 4
  %500 = or disjoint i64 %280, 12
  %501 = getelementptr inbounds float, ptr %kh, i64 %500
  %502 = load float, ptr %501, align 4
  %503 = insertelement <8 x float> poison, float %499, i64 0
  %504 = shufflevector <8 x float> %503, <8 x float> poison, <8 x i32> zeroinitializer
  %505 = load <8 x float>, ptr %32, align 4
  %506 = fmul <8 x float> %282, %505
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %504, <8 x float> %delta.0123, <8 x float> %506)
  store <8 x float> %507, ptr %32, align 4
  %508 = insertelement <8 x float> poison, float %502, i64 0
  %509 = shufflevector <8 x float> %508, <8 x float> poison, <8 x i32> zeroinitializer
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %507, <8 x float> %474)
  %511 = load <8 x float>, ptr %33, align 4
  %512 = fmul <8 x float> %282, %511
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %504, <8 x float> %delta1.0122, <8 x float> %512)
  store <8 x float> %513, ptr %33, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %513, <8 x float> %478)
  %515 = or disjoint i64 %278, 13
  %516 = getelementptr inbounds float, ptr %kh, i64 %515
  %517 = load float, ptr %516, align 4
  %518 = or disjoint i64 %280, 13
  %519 = getelementptr inbounds float, ptr %kh, i64 %518
  %520 = load float, ptr %519, align 4
  %521 = insertelement <8 x float> poison, float %517, i64 0
  %522 = shufflevector <8 x float> %521, <8 x float> poison, <8 x i32> zeroinitializer
  %523 = load <8 x float>, ptr %34, align 4
  %524 = fmul <8 x float> %282, %523
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %delta.0123, <8 x float> %524)
  store <8 x float> %525, ptr %34, align 4
  %526 = insertelement <8 x float> poison, float %520, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %525, <8 x float> %492)
  %529 = load <8 x float>, ptr %35, align 4
  %530 = fmul <8 x float> %282, %529
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %delta1.0122, <8 x float> %530)
  store <8 x float> %531, ptr %35, align 4
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %531, <8 x float> %496)
  %533 = or disjoint i64 %278, 14
  %534 = getelementptr inbounds float, ptr %kh, i64 %533
  %535 = load float, ptr %534, align 4
  %536 = or disjoint i64 %280, 14
  %537 = getelementptr inbounds float, ptr %kh, i64 %536
  %538 = load float, ptr %537, align 4
  %539 = insertelement <8 x float> poison, float %535, i64 0
  %540 = shufflevector <8 x float> %539, <8 x float> poison, <8 x i32> zeroinitializer
  %541 = load <8 x float>, ptr %36, align 4
  %542 = fmul <8 x float> %282, %541
  %543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %delta.0123, <8 x float> %542)
  store <8 x float> %543, ptr %36, align 4
  %544 = insertelement <8 x float> poison, float %538, i64 0
  %545 = shufflevector <8 x float> %544, <8 x float> poison, <8 x i32> zeroinitializer
  %546 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %543, <8 x float> %510)
  %547 = load <8 x float>, ptr %37, align 4
  %548 = fmul <8 x float> %282, %547
  %549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %delta1.0122, <8 x float> %548)
  store <8 x float> %549, ptr %37, align 4
  %550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %549, <8 x float> %514)
  %551 = or disjoint i64 %278, 15
  %552 = getelementptr inbounds float, ptr %kh, i64 %551
  %553 = load float, ptr %552, align 4
  %554 = or disjoint i64 %280, 15
  %555 = getelementptr inbounds float, ptr %kh, i64 %554
  %556 = load float, ptr %555, align 4
  %557 = insertelement <8 x float> poison, float %553, i64 0
  %558 = shufflevector <8 x float> %557, <8 x float> poison, <8 x i32> zeroinitializer
  %559 = load <8 x float>, ptr %38, align 4
  %560 = fmul <8 x float> %282, %559
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %delta.0123, <8 x float> %560)
  store <8 x float> %561, ptr %38, align 4
  %562 = insertelement <8 x float> poison, float %556, i64 0
  %563 = shufflevector <8 x float> %562, <8 x float> poison, <8 x i32> zeroinitializer
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %561, <8 x float> %528)
  %565 = load <8 x float>, ptr %39, align 4
  %566 = fmul <8 x float> %282, %565
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %delta1.0122, <8 x float> %566)
  store <8 x float> %567, ptr %39, align 4
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %567, <8 x float> %532)
  %tn = tail call i64 @llvm.smin.i64(i64 %276, i64 %4)
  %569 = mul nsw i64 %279, %H
  %570 = getelementptr inbounds float, ptr %betah, i64 %569
  %571 = load float, ptr %570, align 4
  %572 = getelementptr inbounds float, ptr %vh, i64 %280
  %573 = load <8 x float>, ptr %572, align 4
  %574 = fadd <8 x float> %546, %564
  %575 = fsub <8 x float> %573, %574
  %576 = insertelement <8 x float> poison, float %571, i64 0
  %577 = shufflevector <8 x float> %576, <8 x float> poison, <8 x i32> zeroinitializer
  %578 = fmul <8 x float> %577, %575
  %579 = getelementptr inbounds float, ptr %vh, i64 %428
  %580 = load <8 x float>, ptr %579, align 4
  %581 = fadd <8 x float> %550, %568
  %582 = fsub <8 x float> %580, %581
  %583 = fmul <8 x float> %577, %582
  %584 = mul nsw i64 %t1.addr.0121, %sq
  %585 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %584
  %invariant.gep152 = getelementptr float, ptr %kh, i64 %585
  br label %i4.body

t1.exit:                                          ; preds = %i4.exit, %i2.head.preheader
  %ci.next = add nuw nsw i64 %ci.addr.0124, 1
  %exitcond145.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond145.not, label %i5.head.preheader, label %i1.head.preheader

i4.body:                                          ; preds = %i4.body, %t1.body
  %i4.addr.0120 = phi i64 [ 0, %t1.body ], [ %i4.next.3, %i4.body ]
  %acc11.0119 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %677, %i4.body ]
  %acc10.0118 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %671, %i4.body ]
  %acc9.0117 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %676, %i4.body ]
  %acc8.0116 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %668, %i4.body ]
  %586 = or disjoint i64 %i4.addr.0120, %280
  %587 = getelementptr inbounds float, ptr %kh, i64 %586
  %588 = load float, ptr %587, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0120
  %589 = load float, ptr %gep, align 4
  %gep153 = getelementptr float, ptr %invariant.gep152, i64 %i4.addr.0120
  %590 = load float, ptr %gep153, align 4
  %591 = insertelement <8 x float> poison, float %588, i64 0
  %592 = shufflevector <8 x float> %591, <8 x float> poison, <8 x i32> zeroinitializer
  %593 = shl nuw nsw i64 %i4.addr.0120, 4
  %594 = getelementptr inbounds float, ptr %work, i64 %593
  %595 = load <8 x float>, ptr %594, align 4
  %596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> %578, <8 x float> %595)
  store <8 x float> %596, ptr %594, align 4
  %597 = insertelement <8 x float> poison, float %589, i64 0
  %598 = shufflevector <8 x float> %597, <8 x float> poison, <8 x i32> zeroinitializer
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %596, <8 x float> %acc8.0116)
  %600 = insertelement <8 x float> poison, float %590, i64 0
  %601 = shufflevector <8 x float> %600, <8 x float> poison, <8 x i32> zeroinitializer
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %596, <8 x float> %acc10.0118)
  %603 = or disjoint i64 %593, 8
  %604 = getelementptr inbounds float, ptr %work, i64 %603
  %605 = load <8 x float>, ptr %604, align 4
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> %583, <8 x float> %605)
  store <8 x float> %606, ptr %604, align 4
  %607 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %606, <8 x float> %acc9.0117)
  %608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %606, <8 x float> %acc11.0119)
  %i4.next = or disjoint i64 %i4.addr.0120, 1
  %609 = or disjoint i64 %i4.next, %280
  %610 = getelementptr inbounds float, ptr %kh, i64 %609
  %611 = load float, ptr %610, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %612 = load float, ptr %gep.1, align 4
  %gep153.1 = getelementptr float, ptr %invariant.gep152, i64 %i4.next
  %613 = load float, ptr %gep153.1, align 4
  %614 = insertelement <8 x float> poison, float %611, i64 0
  %615 = shufflevector <8 x float> %614, <8 x float> poison, <8 x i32> zeroinitializer
  %616 = shl nuw nsw i64 %i4.next, 4
  %617 = getelementptr inbounds float, ptr %work, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %578, <8 x float> %618)
  store <8 x float> %619, ptr %617, align 4
  %620 = insertelement <8 x float> poison, float %612, i64 0
  %621 = shufflevector <8 x float> %620, <8 x float> poison, <8 x i32> zeroinitializer
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> %619, <8 x float> %599)
  %623 = insertelement <8 x float> poison, float %613, i64 0
  %624 = shufflevector <8 x float> %623, <8 x float> poison, <8 x i32> zeroinitializer
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %619, <8 x float> %602)
  %626 = or disjoint i64 %616, 8
  %627 = getelementptr inbounds float, ptr %work, i64 %626
  %628 = load <8 x float>, ptr %627, align 4
  %629 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %583, <8 x float> %628)
  store <8 x float> %629, ptr %627, align 4
  %630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> %629, <8 x float> %607)
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %629, <8 x float> %608)
  %i4.next.1 = or disjoint i64 %i4.addr.0120, 2
  %632 = or disjoint i64 %i4.next.1, %280
  %633 = getelementptr inbounds float, ptr %kh, i64 %632
  %634 = load float, ptr %633, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %635 = load float, ptr %gep.2, align 4
  %gep153.2 = getelementptr float, ptr %invariant.gep152, i64 %i4.next.1
  %636 = load float, ptr %gep153.2, align 4
  %637 = insertelement <8 x float> poison, float %634, i64 0
  %638 = shufflevector <8 x float> %637, <8 x float> poison, <8 x i32> zeroinitializer
  %639 = shl nuw nsw i64 %i4.next.1, 4
  %640 = getelementptr inbounds float, ptr %work, i64 %639
  %641 = load <8 x float>, ptr %640, align 4
  %642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %638, <8 x float> %578, <8 x float> %641)
  store <8 x float> %642, ptr %640, align 4
  %643 = insertelement <8 x float> poison, float %635, i64 0
  %644 = shufflevector <8 x float> %643, <8 x float> poison, <8 x i32> zeroinitializer
  %645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %642, <8 x float> %622)
  %646 = insertelement <8 x float> poison, float %636, i64 0
  %647 = shufflevector <8 x float> %646, <8 x float> poison, <8 x i32> zeroinitializer
  %648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %642, <8 x float> %625)
  %649 = or disjoint i64 %639, 8
  %650 = getelementptr inbounds float, ptr %work, i64 %649
  %651 = load <8 x float>, ptr %650, align 4
  %652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %638, <8 x float> %583, <8 x float> %651)
  store <8 x float> %652, ptr %650, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %652, <8 x float> %630)
  %654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %652, <8 x float> %631)
  %i4.next.2 = or disjoint i64 %i4.addr.0120, 3
  %655 = or disjoint i64 %i4.next.2, %280
  %656 = getelementptr inbounds float, ptr %kh, i64 %655
  %657 = load float, ptr %656, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %658 = load float, ptr %gep.3, align 4
  %gep153.3 = getelementptr float, ptr %invariant.gep152, i64 %i4.next.2
  %659 = load float, ptr %gep153.3, align 4
  %660 = insertelement <8 x float> poison, float %657, i64 0
  %661 = shufflevector <8 x float> %660, <8 x float> poison, <8 x i32> zeroinitializer
  %662 = shl nuw nsw i64 %i4.next.2, 4
  %663 = getelementptr inbounds float, ptr %work, i64 %662
  %664 = load <8 x float>, ptr %663, align 4
  %665 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %578, <8 x float> %664)
  store <8 x float> %665, ptr %663, align 4
  %666 = insertelement <8 x float> poison, float %658, i64 0
  %667 = shufflevector <8 x float> %666, <8 x float> poison, <8 x i32> zeroinitializer
  %668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %665, <8 x float> %645)
  %669 = insertelement <8 x float> poison, float %659, i64 0
  %670 = shufflevector <8 x float> %669, <8 x float> poison, <8 x i32> zeroinitializer
  %671 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %665, <8 x float> %648)
  %672 = or disjoint i64 %662, 8
  %673 = getelementptr inbounds float, ptr %work, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %583, <8 x float> %674)
  store <8 x float> %675, ptr %673, align 4
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %675, <8 x float> %653)
  %677 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %675, <8 x float> %654)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0120, 4
  %exitcond.not.3 = icmp eq i64 %i4.next.3, 16
  br i1 %exitcond.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %678 = sub nsw i64 %tn, %t0
  %679 = getelementptr inbounds float, ptr %alphas, i64 %678
  %680 = load float, ptr %679, align 4
  %681 = fmul <8 x float> %668, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %682 = getelementptr inbounds float, ptr %oh, i64 %584
  store <8 x float> %681, ptr %682, align 4
  %683 = shl nsw i64 %tn, 1
  %684 = mul nsw i64 %683, %H
  %685 = getelementptr inbounds float, ptr %betah, i64 %684
  %686 = load float, ptr %685, align 4
  %687 = mul nsw i64 %683, %sq
  %688 = getelementptr inbounds float, ptr %vh, i64 %687
  %689 = load <8 x float>, ptr %688, align 4
  %690 = insertelement <8 x float> poison, float %680, i64 0
  %691 = shufflevector <8 x float> %690, <8 x float> poison, <8 x i32> zeroinitializer
  %692 = fmul <8 x float> %671, %691
  %693 = fsub <8 x float> %689, %692
  %694 = insertelement <8 x float> poison, float %686, i64 0
  %695 = shufflevector <8 x float> %694, <8 x float> poison, <8 x i32> zeroinitializer
  %696 = fmul <8 x float> %695, %693
  %697 = fmul <8 x float> %676, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %698 = or disjoint i64 %584, 8
  %699 = getelementptr inbounds float, ptr %oh, i64 %698
  store <8 x float> %697, ptr %699, align 4
  %700 = or disjoint i64 %687, 8
  %701 = getelementptr inbounds float, ptr %vh, i64 %700
  %702 = load <8 x float>, ptr %701, align 4
  %703 = fmul <8 x float> %677, %691
  %704 = fsub <8 x float> %702, %703
  %705 = fmul <8 x float> %695, %704
  %706 = icmp slt i64 %276, %t1
  br i1 %706, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

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
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
; ---- dp_bwd_h2_k16_v16_c64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k16_v16_c64_gate'
source_filename = "dp_bwd_h2_k16_v16_c64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k16_v16_c64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 68608
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %Sroll = getelementptr inbounds i8, ptr %work, i64 67584
  %alphas = getelementptr inbounds i8, ptr %work, i64 76992
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 76800
  %dSkPrev = getelementptr i8, ptr %work, i64 76864
  %dkTmp = getelementptr i8, ptr %work, i64 76928
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 68640
  %6 = getelementptr inbounds i8, ptr %work, i64 68672
  %7 = getelementptr inbounds i8, ptr %work, i64 68704
  %8 = shl i64 %H, 5
  %9 = getelementptr inbounds i8, ptr %work, i64 76896
  %10 = getelementptr inbounds i8, ptr %work, i64 76832
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 10
  %14 = add i64 %13, -1024
  %15 = shl i64 %nc, 10
  %16 = add i64 %T, 64
  %17 = shl nsw i64 %nc, 6
  %18 = sub i64 %16, %17
  %19 = add i64 %17, 288230376151711680
  %20 = mul i64 %19, %H
  %21 = mul i64 %H, -4096
  %22 = shl i64 %H, 6
  %smax415 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr inbounds i8, ptr %work, i64 32
  %25 = getelementptr inbounds i8, ptr %work, i64 2080
  %26 = getelementptr inbounds i8, ptr %work, i64 64
  %27 = getelementptr inbounds i8, ptr %work, i64 2112
  %28 = getelementptr inbounds i8, ptr %work, i64 96
  %29 = getelementptr inbounds i8, ptr %work, i64 2144
  %30 = getelementptr inbounds i8, ptr %work, i64 128
  %31 = getelementptr inbounds i8, ptr %work, i64 2176
  %32 = getelementptr inbounds i8, ptr %work, i64 160
  %33 = getelementptr inbounds i8, ptr %work, i64 2208
  %34 = getelementptr inbounds i8, ptr %work, i64 192
  %35 = getelementptr inbounds i8, ptr %work, i64 2240
  %36 = getelementptr inbounds i8, ptr %work, i64 224
  %37 = getelementptr inbounds i8, ptr %work, i64 2272
  %38 = getelementptr inbounds i8, ptr %work, i64 256
  %39 = getelementptr inbounds i8, ptr %work, i64 2304
  %40 = getelementptr inbounds i8, ptr %work, i64 288
  %41 = getelementptr inbounds i8, ptr %work, i64 2336
  %42 = getelementptr inbounds i8, ptr %work, i64 320
  %43 = getelementptr inbounds i8, ptr %work, i64 2368
  %44 = getelementptr inbounds i8, ptr %work, i64 352
  %45 = getelementptr inbounds i8, ptr %work, i64 2400
  %46 = getelementptr inbounds i8, ptr %work, i64 384
  %47 = getelementptr inbounds i8, ptr %work, i64 2432
  %48 = getelementptr inbounds i8, ptr %work, i64 416
  %49 = getelementptr inbounds i8, ptr %work, i64 2464
  %50 = getelementptr inbounds i8, ptr %work, i64 448
  %51 = getelementptr inbounds i8, ptr %work, i64 2496
  %52 = getelementptr inbounds i8, ptr %work, i64 480
  %53 = getelementptr inbounds i8, ptr %work, i64 2528
  %54 = getelementptr inbounds i8, ptr %work, i64 512
  %55 = getelementptr inbounds i8, ptr %work, i64 2560
  %56 = getelementptr inbounds i8, ptr %work, i64 544
  %57 = getelementptr inbounds i8, ptr %work, i64 2592
  %58 = getelementptr inbounds i8, ptr %work, i64 576
  %59 = getelementptr inbounds i8, ptr %work, i64 2624
  %60 = getelementptr inbounds i8, ptr %work, i64 608
  %61 = getelementptr inbounds i8, ptr %work, i64 2656
  %62 = getelementptr inbounds i8, ptr %work, i64 640
  %63 = getelementptr inbounds i8, ptr %work, i64 2688
  %64 = getelementptr inbounds i8, ptr %work, i64 672
  %65 = getelementptr inbounds i8, ptr %work, i64 2720
  %66 = getelementptr inbounds i8, ptr %work, i64 704
  %67 = getelementptr inbounds i8, ptr %work, i64 2752
  %68 = getelementptr inbounds i8, ptr %work, i64 736
  %69 = getelementptr inbounds i8, ptr %work, i64 2784
  %70 = getelementptr inbounds i8, ptr %work, i64 768
  %71 = getelementptr inbounds i8, ptr %work, i64 2816
  %72 = getelementptr inbounds i8, ptr %work, i64 800
  %73 = getelementptr inbounds i8, ptr %work, i64 2848
  %74 = getelementptr inbounds i8, ptr %work, i64 832
  %75 = getelementptr inbounds i8, ptr %work, i64 2880
  %76 = getelementptr inbounds i8, ptr %work, i64 864
  %77 = getelementptr inbounds i8, ptr %work, i64 2912
  %78 = getelementptr inbounds i8, ptr %work, i64 896
  %79 = getelementptr inbounds i8, ptr %work, i64 2944
  %80 = getelementptr inbounds i8, ptr %work, i64 928
  %81 = getelementptr inbounds i8, ptr %work, i64 2976
  %82 = getelementptr inbounds i8, ptr %work, i64 960
  %83 = getelementptr inbounds i8, ptr %work, i64 3008
  %84 = getelementptr inbounds i8, ptr %work, i64 992
  %85 = getelementptr inbounds i8, ptr %work, i64 3040
  %86 = getelementptr inbounds i8, ptr %work, i64 67616
  %87 = getelementptr inbounds i8, ptr %work, i64 67648
  %88 = getelementptr inbounds i8, ptr %work, i64 67680
  %89 = getelementptr inbounds i8, ptr %work, i64 67712
  %90 = getelementptr inbounds i8, ptr %work, i64 67744
  %91 = getelementptr inbounds i8, ptr %work, i64 67776
  %92 = getelementptr inbounds i8, ptr %work, i64 67808
  %93 = getelementptr inbounds i8, ptr %work, i64 67840
  %94 = getelementptr inbounds i8, ptr %work, i64 67872
  %95 = getelementptr inbounds i8, ptr %work, i64 67904
  %96 = getelementptr inbounds i8, ptr %work, i64 67936
  %97 = getelementptr inbounds i8, ptr %work, i64 67968
  %98 = getelementptr inbounds i8, ptr %work, i64 68000
  %99 = getelementptr inbounds i8, ptr %work, i64 68032
  %100 = getelementptr inbounds i8, ptr %work, i64 68064
  %101 = getelementptr inbounds i8, ptr %work, i64 68096
  %102 = getelementptr inbounds i8, ptr %work, i64 68128
  %103 = getelementptr inbounds i8, ptr %work, i64 68160
  %104 = getelementptr inbounds i8, ptr %work, i64 68192
  %105 = getelementptr inbounds i8, ptr %work, i64 68224
  %106 = getelementptr inbounds i8, ptr %work, i64 68256
  %107 = getelementptr inbounds i8, ptr %work, i64 68288
  %108 = getelementptr inbounds i8, ptr %work, i64 68320
  %109 = getelementptr inbounds i8, ptr %work, i64 68352
  %110 = getelementptr inbounds i8, ptr %work, i64 68384
  %111 = getelementptr inbounds i8, ptr %work, i64 68416
  %112 = getelementptr inbounds i8, ptr %work, i64 68448
  %113 = getelementptr inbounds i8, ptr %work, i64 68480
  %114 = getelementptr inbounds i8, ptr %work, i64 68512
  %115 = getelementptr inbounds i8, ptr %work, i64 68544
  %116 = getelementptr inbounds i8, ptr %work, i64 68576
  %117 = getelementptr i8, ptr %work, i64 76960
  %118 = getelementptr i8, ptr %work, i64 68640
  %119 = getelementptr i8, ptr %work, i64 76896
  %120 = getelementptr i8, ptr %work, i64 76960
  %121 = getelementptr i8, ptr %work, i64 76960
  %ident.check.not = icmp eq i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0372 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %122 = add i64 %indvar, %bh0
  %123 = shl i64 %122, 10
  %scevgep419 = getelementptr i8, ptr %dh0, i64 %123
  %124 = mul i64 %15, %indvar
  %125 = add i64 %14, %124
  %scevgep395 = getelementptr i8, ptr %dhT, i64 %123
  %b = sdiv i64 %bh.addr.0372, %H
  %h = srem i64 %bh.addr.0372, %H
  %126 = mul i64 %b, %T
  %127 = mul i64 %126, %H
  %bT = add i64 %127, %h
  %128 = mul i64 %1, %126
  %bTn = add nsw i64 %128, %h
  %129 = shl nsw i64 %bT, 4
  %130 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %130
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %129
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %130
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dS, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep395, i64 1024, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %129
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dSkPrev, i8 0, i64 64, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %130
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %130
  %oh = getelementptr inbounds float, ptr %dout, i64 %129
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %131 = add i64 %20, %bT
  %132 = shl i64 %131, 6
  %133 = getelementptr i8, ptr %dq, i64 %132
  %134 = getelementptr i8, ptr %kh, i64 4
  %135 = getelementptr i8, ptr %kh, i64 8
  %136 = getelementptr i8, ptr %kh, i64 12
  %137 = getelementptr i8, ptr %kh, i64 16
  %138 = getelementptr i8, ptr %kh, i64 20
  %139 = getelementptr i8, ptr %kh, i64 24
  %140 = getelementptr i8, ptr %kh, i64 28
  %141 = getelementptr i8, ptr %kh, i64 32
  %142 = getelementptr i8, ptr %kh, i64 36
  %143 = getelementptr i8, ptr %kh, i64 40
  %144 = getelementptr i8, ptr %kh, i64 44
  %145 = getelementptr i8, ptr %kh, i64 48
  %146 = getelementptr i8, ptr %kh, i64 52
  %147 = getelementptr i8, ptr %kh, i64 56
  %148 = getelementptr i8, ptr %kh, i64 60
  %149 = getelementptr i8, ptr %kh1, i64 32
  %150 = getelementptr i8, ptr %vh1, i64 32
  %151 = getelementptr i8, ptr %kh1, i64 32
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.head.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep419, ptr noundef nonnull align 4 dereferenceable(1024) %dS, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0372, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond420.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond420.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.head.preheader
  %indvars.iv = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.head.preheader ]
  %cc.addr.0369 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.head.preheader ]
  %smin467 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax468 = tail call i64 @llvm.smax.i64(i64 %smin467, i64 1)
  %smin465 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax466 = tail call i64 @llvm.smax.i64(i64 %smin465, i64 1)
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin411 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax412 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 1)
  %smax406 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 2)
  %152 = mul i64 %21, %cc.addr.0369
  %153 = shl i64 %cc.addr.0369, 10
  %154 = sub i64 %125, %153
  %scevgep397 = getelementptr i8, ptr %hs, i64 %154
  %155 = xor i64 %cc.addr.0369, -1
  %ci = add nsw i64 %nc, %155
  %t0 = shl nsw i64 %ci, 6
  %156 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep397, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %156, i64 64)
  %157 = icmp sgt i64 %156, 0
  br i1 %157, label %tl.body.preheader, label %tl1.exit

tl.body.preheader:                                ; preds = %cc.body
  %min.iters.check = icmp sgt i64 %indvars.iv, 7
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph, label %tl.body.preheader453

tl.body.preheader453:                             ; preds = %middle.block, %tl.body.preheader
  %tl.addr.0325.ph = phi i64 [ 0, %tl.body.preheader ], [ %n.vec, %middle.block ]
  %xtraiter = and i64 %smax466, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader453, %tl.body.prol
  %tl.addr.0325.prol = phi i64 [ %tl.next.prol, %tl.body.prol ], [ %tl.addr.0325.ph, %tl.body.preheader453 ]
  %prol.iter = phi i64 [ %prol.iter.next, %tl.body.prol ], [ 0, %tl.body.preheader453 ]
  %158 = add nsw i64 %tl.addr.0325.prol, %t0
  %159 = mul nsw i64 %158, %H
  %160 = getelementptr inbounds float, ptr %gh, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = tail call float @llvm.exp.f32(float %161)
  %163 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325.prol
  store float %162, ptr %163, align 4
  %tl.next.prol = add nuw nsw i64 %tl.addr.0325.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %tl.body.prol.loopexit, label %tl.body.prol, !llvm.loop !0

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader453
  %tl.addr.0325.unr = phi i64 [ %tl.addr.0325.ph, %tl.body.preheader453 ], [ %tl.next.prol, %tl.body.prol ]
  %164 = sub nsw i64 %tl.addr.0325.ph, %smax466
  %165 = icmp ugt i64 %164, -8
  br i1 %165, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 120
  %invariant.gep482 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep483 = getelementptr float, ptr %invariant.gep482, i64 %index
  %wide.load = load <8 x float>, ptr %gep483, align 4
  %166 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %wide.load)
  %167 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %166, ptr %167, align 4
  %index.next = add nuw i64 %index, 8
  %168 = icmp eq i64 %index.next, %n.vec
  br i1 %168, label %middle.block, label %vector.body, !llvm.loop !2

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader453

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %157, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %169 = getelementptr i8, ptr %133, i64 %152
  %xtraiter469 = and i64 %smax468, 7
  %170 = icmp slt i64 %indvars.iv, 8
  br i1 %170, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax468, 120
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0325 = phi i64 [ %tl.next.7, %tl.body ], [ %tl.addr.0325.unr, %tl.body.prol.loopexit ]
  %171 = add nsw i64 %tl.addr.0325, %t0
  %172 = mul nsw i64 %171, %H
  %173 = getelementptr inbounds float, ptr %gh, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = tail call float @llvm.exp.f32(float %174)
  %176 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325
  store float %175, ptr %176, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0325, 1
  %177 = add nsw i64 %tl.next, %t0
  %178 = mul nsw i64 %177, %H
  %179 = getelementptr inbounds float, ptr %gh, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = tail call float @llvm.exp.f32(float %180)
  %182 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %181, ptr %182, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0325, 2
  %183 = add nsw i64 %tl.next.1, %t0
  %184 = mul nsw i64 %183, %H
  %185 = getelementptr inbounds float, ptr %gh, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = tail call float @llvm.exp.f32(float %186)
  %188 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.1
  store float %187, ptr %188, align 4
  %tl.next.2 = add nuw nsw i64 %tl.addr.0325, 3
  %189 = add nsw i64 %tl.next.2, %t0
  %190 = mul nsw i64 %189, %H
  %191 = getelementptr inbounds float, ptr %gh, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = tail call float @llvm.exp.f32(float %192)
  %194 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.2
  store float %193, ptr %194, align 4
  %tl.next.3 = add nuw nsw i64 %tl.addr.0325, 4
  %195 = add nsw i64 %tl.next.3, %t0
  %196 = mul nsw i64 %195, %H
  %197 = getelementptr inbounds float, ptr %gh, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = tail call float @llvm.exp.f32(float %198)
  %200 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.3
  store float %199, ptr %200, align 4
  %tl.next.4 = add nuw nsw i64 %tl.addr.0325, 5
  %201 = add nsw i64 %tl.next.4, %t0
  %202 = mul nsw i64 %201, %H
  %203 = getelementptr inbounds float, ptr %gh, i64 %202
  %204 = load float, ptr %203, align 4
  %205 = tail call float @llvm.exp.f32(float %204)
  %206 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.4
  store float %205, ptr %206, align 4
  %tl.next.5 = add nuw nsw i64 %tl.addr.0325, 6
  %207 = add nsw i64 %tl.next.5, %t0
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %gh, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = tail call float @llvm.exp.f32(float %210)
  %212 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.5
  store float %211, ptr %212, align 4
  %tl.next.6 = add nuw nsw i64 %tl.addr.0325, 7
  %213 = add nsw i64 %tl.next.6, %t0
  %214 = mul nsw i64 %213, %H
  %215 = getelementptr inbounds float, ptr %gh, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = tail call float @llvm.exp.f32(float %216)
  %218 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.6
  store float %217, ptr %218, align 4
  %tl.next.7 = add nuw nsw i64 %tl.addr.0325, 8
  %exitcond.not.7 = icmp eq i64 %tl.next.7, %smax412
  br i1 %exitcond.not.7, label %tl1.head.preheader, label %tl.body, !llvm.loop !5

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0327 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %219 = mul i64 %22, %tl1.addr.0327
  %scevgep = getelementptr i8, ptr %169, i64 %219
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep, i8 0, i64 64, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0327, 1
  %220 = mul i64 %22, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %169, i64 %220
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.1, i8 0, i64 64, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0327, 2
  %221 = mul i64 %22, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %169, i64 %221
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.2, i8 0, i64 64, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0327, 3
  %222 = mul i64 %22, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %169, i64 %222
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.3, i8 0, i64 64, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0327, 4
  %223 = mul i64 %22, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %169, i64 %223
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.4, i8 0, i64 64, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0327, 5
  %224 = mul i64 %22, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %169, i64 %224
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.5, i8 0, i64 64, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0327, 6
  %225 = mul i64 %22, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %169, i64 %225
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.6, i8 0, i64 64, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0327, 7
  %226 = mul i64 %22, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %169, i64 %226
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.7, i8 0, i64 64, i1 false)
  %tl1.next.7 = add nuw nsw i64 %tl1.addr.0327, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader

tl1.exit.loopexit.unr-lcssa:                      ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl1.addr.0327.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl1.next.7, %j3.head.preheader ]
  %lcmp.mod470.not = icmp eq i64 %xtraiter469, 0
  br i1 %lcmp.mod470.not, label %tl1.exit, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl1.addr.0327.epil = phi i64 [ %tl1.next.epil, %j3.head.preheader.epil ], [ %tl1.addr.0327.unr, %tl1.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %tl1.exit.loopexit.unr-lcssa ]
  %227 = mul i64 %22, %tl1.addr.0327.epil
  %scevgep.epil = getelementptr i8, ptr %169, i64 %227
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.epil, i8 0, i64 64, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0327.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter469
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !6

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %228 = load float, ptr %alphas, align 4
  %229 = mul i64 %4, %ci
  %230 = insertelement <8 x float> poison, float %228, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = getelementptr float, ptr %kh, i64 %229
  %233 = load float, ptr %232, align 4
  %234 = load <8 x float>, ptr %work, align 4
  %235 = fmul <8 x float> %231, %234
  store <8 x float> %235, ptr %Sh, align 4
  %236 = insertelement <8 x float> poison, float %233, i64 0
  %237 = shufflevector <8 x float> %236, <8 x float> poison, <8 x i32> zeroinitializer
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %235, <8 x float> zeroinitializer)
  %239 = load <8 x float>, ptr %24, align 4
  %240 = fmul <8 x float> %231, %239
  store <8 x float> %240, ptr %25, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %240, <8 x float> zeroinitializer)
  %242 = getelementptr float, ptr %134, i64 %229
  %243 = load float, ptr %242, align 4
  %244 = load <8 x float>, ptr %26, align 4
  %245 = fmul <8 x float> %231, %244
  store <8 x float> %245, ptr %27, align 4
  %246 = insertelement <8 x float> poison, float %243, i64 0
  %247 = shufflevector <8 x float> %246, <8 x float> poison, <8 x i32> zeroinitializer
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %245, <8 x float> %238)
  %249 = load <8 x float>, ptr %28, align 4
  %250 = fmul <8 x float> %231, %249
  store <8 x float> %250, ptr %29, align 4
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %250, <8 x float> %241)
  %252 = getelementptr float, ptr %135, i64 %229
  %253 = load float, ptr %252, align 4
  %254 = load <8 x float>, ptr %30, align 4
  %255 = fmul <8 x float> %231, %254
  store <8 x float> %255, ptr %31, align 4
  %256 = insertelement <8 x float> poison, float %253, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %255, <8 x float> %248)
  %259 = load <8 x float>, ptr %32, align 4
  %260 = fmul <8 x float> %231, %259
  store <8 x float> %260, ptr %33, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %260, <8 x float> %251)
  %262 = getelementptr float, ptr %136, i64 %229
  %263 = load float, ptr %262, align 4
  %264 = load <8 x float>, ptr %34, align 4
  %265 = fmul <8 x float> %231, %264
  store <8 x float> %265, ptr %35, align 4
  %266 = insertelement <8 x float> poison, float %263, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <8 x i32> zeroinitializer
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %265, <8 x float> %258)
  %269 = load <8 x float>, ptr %36, align 4
  %270 = fmul <8 x float> %231, %269
  store <8 x float> %270, ptr %37, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %270, <8 x float> %261)
  %272 = getelementptr float, ptr %137, i64 %229
  %273 = load float, ptr %272, align 4
  %274 = load <8 x float>, ptr %38, align 4
  %275 = fmul <8 x float> %231, %274
  store <8 x float> %275, ptr %39, align 4
  %276 = insertelement <8 x float> poison, float %273, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %275, <8 x float> %268)
  %279 = load <8 x float>, ptr %40, align 4
  %280 = fmul <8 x float> %231, %279
  store <8 x float> %280, ptr %41, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %280, <8 x float> %271)
  %282 = getelementptr float, ptr %138, i64 %229
  %283 = load float, ptr %282, align 4
  %284 = load <8 x float>, ptr %42, align 4
  %285 = fmul <8 x float> %231, %284
  store <8 x float> %285, ptr %43, align 4
  %286 = insertelement <8 x float> poison, float %283, i64 0
  %287 = shufflevector <8 x float> %286, <8 x float> poison, <8 x i32> zeroinitializer
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %285, <8 x float> %278)
  %289 = load <8 x float>, ptr %44, align 4
  %290 = fmul <8 x float> %231, %289
  store <8 x float> %290, ptr %45, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %290, <8 x float> %281)
  %292 = getelementptr float, ptr %139, i64 %229
  %293 = load float, ptr %292, align 4
  %294 = load <8 x float>, ptr %46, align 4
  %295 = fmul <8 x float> %231, %294
  store <8 x float> %295, ptr %47, align 4
  %296 = insertelement <8 x float> poison, float %293, i64 0
  %297 = shufflevector <8 x float> %296, <8 x float> poison, <8 x i32> zeroinitializer
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %295, <8 x float> %288)
  %299 = load <8 x float>, ptr %48, align 4
  %300 = fmul <8 x float> %231, %299
  store <8 x float> %300, ptr %49, align 4
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %300, <8 x float> %291)
  %302 = getelementptr float, ptr %140, i64 %229
  %303 = load float, ptr %302, align 4
  %304 = load <8 x float>, ptr %50, align 4
  %305 = fmul <8 x float> %231, %304
  store <8 x float> %305, ptr %51, align 4
  %306 = insertelement <8 x float> poison, float %303, i64 0
  %307 = shufflevector <8 x float> %306, <8 x float> poison, <8 x i32> zeroinitializer
  %308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %307, <8 x float> %305, <8 x float> %298)
  %309 = load <8 x float>, ptr %52, align 4
  %310 = fmul <8 x float> %231, %309
  store <8 x float> %310, ptr %53, align 4
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %307, <8 x float> %310, <8 x float> %301)
  %312 = getelementptr float, ptr %141, i64 %229
  %313 = load float, ptr %312, align 4
  %314 = load <8 x float>, ptr %54, align 4
  %315 = fmul <8 x float> %231, %314
  store <8 x float> %315, ptr %55, align 4
  %316 = insertelement <8 x float> poison, float %313, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> poison, <8 x i32> zeroinitializer
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %315, <8 x float> %308)
  %319 = load <8 x float>, ptr %56, align 4
  %320 = fmul <8 x float> %231, %319
  store <8 x float> %320, ptr %57, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %320, <8 x float> %311)
  %322 = getelementptr float, ptr %142, i64 %229
  %323 = load float, ptr %322, align 4
  %324 = load <8 x float>, ptr %58, align 4
  %325 = fmul <8 x float> %231, %324
  store <8 x float> %325, ptr %59, align 4
  %326 = insertelement <8 x float> poison, float %323, i64 0
  %327 = shufflevector <8 x float> %326, <8 x float> poison, <8 x i32> zeroinitializer
  %328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %325, <8 x float> %318)
  %329 = load <8 x float>, ptr %60, align 4
  %330 = fmul <8 x float> %231, %329
  store <8 x float> %330, ptr %61, align 4
  %331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %330, <8 x float> %321)
  %332 = getelementptr float, ptr %143, i64 %229
  %333 = load float, ptr %332, align 4
  %334 = load <8 x float>, ptr %62, align 4
  %335 = fmul <8 x float> %231, %334
  store <8 x float> %335, ptr %63, align 4
  %336 = insertelement <8 x float> poison, float %333, i64 0
  %337 = shufflevector <8 x float> %336, <8 x float> poison, <8 x i32> zeroinitializer
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %335, <8 x float> %328)
  %339 = load <8 x float>, ptr %64, align 4
  %340 = fmul <8 x float> %231, %339
  store <8 x float> %340, ptr %65, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %340, <8 x float> %331)
  %342 = getelementptr float, ptr %144, i64 %229
  %343 = load float, ptr %342, align 4
  %344 = load <8 x float>, ptr %66, align 4
  %345 = fmul <8 x float> %231, %344
  store <8 x float> %345, ptr %67, align 4
  %346 = insertelement <8 x float> poison, float %343, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> %338)
  %349 = load <8 x float>, ptr %68, align 4
  %350 = fmul <8 x float> %231, %349
  store <8 x float> %350, ptr %69, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %350, <8 x float> %341)
  %352 = getelementptr float, ptr %145, i64 %229
  %353 = load float, ptr %352, align 4
  %354 = load <8 x float>, ptr %70, align 4
  %355 = fmul <8 x float> %231, %354
  store <8 x float> %355, ptr %71, align 4
  %356 = insertelement <8 x float> poison, float %353, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> poison, <8 x i32> zeroinitializer
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %355, <8 x float> %348)
  %359 = load <8 x float>, ptr %72, align 4
  %360 = fmul <8 x float> %231, %359
  store <8 x float> %360, ptr %73, align 4
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %360, <8 x float> %351)
  %362 = getelementptr float, ptr %146, i64 %229
  %363 = load float, ptr %362, align 4
  %364 = load <8 x float>, ptr %74, align 4
  %365 = fmul <8 x float> %231, %364
  store <8 x float> %365, ptr %75, align 4
  %366 = insertelement <8 x float> poison, float %363, i64 0
  %367 = shufflevector <8 x float> %366, <8 x float> poison, <8 x i32> zeroinitializer
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %365, <8 x float> %358)
  %369 = load <8 x float>, ptr %76, align 4
  %370 = fmul <8 x float> %231, %369
  store <8 x float> %370, ptr %77, align 4
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %370, <8 x float> %361)
  %372 = getelementptr float, ptr %147, i64 %229
  %373 = load float, ptr %372, align 4
  %374 = load <8 x float>, ptr %78, align 4
  %375 = fmul <8 x float> %231, %374
  store <8 x float> %375, ptr %79, align 4
  %376 = insertelement <8 x float> poison, float %373, i64 0
  %377 = shufflevector <8 x float> %376, <8 x float> poison, <8 x i32> zeroinitializer
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %375, <8 x float> %368)
  %379 = load <8 x float>, ptr %80, align 4
  %380 = fmul <8 x float> %231, %379
  store <8 x float> %380, ptr %81, align 4
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %380, <8 x float> %371)
  %382 = getelementptr float, ptr %148, i64 %229
  %383 = load float, ptr %382, align 4
  %384 = load <8 x float>, ptr %82, align 4
  %385 = fmul <8 x float> %231, %384
  store <8 x float> %385, ptr %83, align 4
  %386 = insertelement <8 x float> poison, float %383, i64 0
  %387 = shufflevector <8 x float> %386, <8 x float> poison, <8 x i32> zeroinitializer
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %385, <8 x float> %378)
  %389 = load <8 x float>, ptr %84, align 4
  %390 = fmul <8 x float> %231, %389
  store <8 x float> %390, ptr %85, align 4
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %390, <8 x float> %381)
  %392 = shl nsw i64 %ci, 7
  %393 = mul nsw i64 %392, %H
  %394 = getelementptr inbounds float, ptr %betah, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = mul nsw i64 %392, %sq
  %397 = getelementptr inbounds float, ptr %vh, i64 %396
  %398 = load <8 x float>, ptr %397, align 4
  %399 = fsub <8 x float> %398, %388
  store <8 x float> %399, ptr %R, align 4
  %400 = insertelement <8 x float> poison, float %395, i64 0
  %401 = shufflevector <8 x float> %400, <8 x float> poison, <8 x i32> zeroinitializer
  %402 = fmul <8 x float> %401, %399
  %403 = or disjoint i64 %396, 8
  %404 = getelementptr inbounds float, ptr %vh, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = fsub <8 x float> %405, %391
  store <8 x float> %406, ptr %5, align 4
  %407 = fmul <8 x float> %401, %406
  %408 = or disjoint i64 %392, 1
  %409 = mul nsw i64 %408, %sq
  %410 = getelementptr inbounds float, ptr %kh, i64 %396
  %411 = load float, ptr %410, align 4
  %412 = getelementptr float, ptr %kh, i64 %409
  %413 = load float, ptr %412, align 4
  %414 = insertelement <8 x float> poison, float %411, i64 0
  %415 = shufflevector <8 x float> %414, <8 x float> poison, <8 x i32> zeroinitializer
  %416 = load <8 x float>, ptr %Sh, align 4
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %402, <8 x float> %416)
  store <8 x float> %417, ptr %Sroll, align 4
  %418 = insertelement <8 x float> poison, float %413, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> zeroinitializer)
  %421 = load <8 x float>, ptr %25, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %407, <8 x float> %421)
  store <8 x float> %422, ptr %86, align 4
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %422, <8 x float> zeroinitializer)
  %424 = or disjoint i64 %396, 1
  %425 = getelementptr inbounds float, ptr %kh, i64 %424
  %426 = load float, ptr %425, align 4
  %427 = getelementptr float, ptr %134, i64 %409
  %428 = load float, ptr %427, align 4
  %429 = insertelement <8 x float> poison, float %426, i64 0
  %430 = shufflevector <8 x float> %429, <8 x float> poison, <8 x i32> zeroinitializer
  %431 = load <8 x float>, ptr %27, align 4
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %402, <8 x float> %431)
  store <8 x float> %432, ptr %87, align 4
  %433 = insertelement <8 x float> poison, float %428, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %432, <8 x float> %420)
  %436 = load <8 x float>, ptr %29, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %407, <8 x float> %436)
  store <8 x float> %437, ptr %88, align 4
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %437, <8 x float> %423)
  %439 = or disjoint i64 %396, 2
  %440 = getelementptr inbounds float, ptr %kh, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = getelementptr float, ptr %135, i64 %409
  %443 = load float, ptr %442, align 4
  %444 = insertelement <8 x float> poison, float %441, i64 0
  %445 = shufflevector <8 x float> %444, <8 x float> poison, <8 x i32> zeroinitializer
  %446 = load <8 x float>, ptr %31, align 4
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %402, <8 x float> %446)
  store <8 x float> %447, ptr %89, align 4
  %448 = insertelement <8 x float> poison, float %443, i64 0
  %449 = shufflevector <8 x float> %448, <8 x float> poison, <8 x i32> zeroinitializer
  %450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %447, <8 x float> %435)
  %451 = load <8 x float>, ptr %33, align 4
  %452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %407, <8 x float> %451)
  store <8 x float> %452, ptr %90, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %452, <8 x float> %438)
  %454 = or disjoint i64 %396, 3
  %455 = getelementptr inbounds float, ptr %kh, i64 %454
  %456 = load float, ptr %455, align 4
  %457 = getelementptr float, ptr %136, i64 %409
  %458 = load float, ptr %457, align 4
  %459 = insertelement <8 x float> poison, float %456, i64 0
  %460 = shufflevector <8 x float> %459, <8 x float> poison, <8 x i32> zeroinitializer
  %461 = load <8 x float>, ptr %35, align 4
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %402, <8 x float> %461)
  store <8 x float> %462, ptr %91, align 4
  %463 = insertelement <8 x float> poison, float %458, i64 0
  %464 = shufflevector <8 x float> %463, <8 x float> poison, <8 x i32> zeroinitializer
  %465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %462, <8 x float> %450)
  %466 = load <8 x float>, ptr %37, align 4
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %407, <8 x float> %466)
  store <8 x float> %467, ptr %92, align 4
  %468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %467, <8 x float> %453)
  %469 = or disjoint i64 %396, 4
  %470 = getelementptr inbounds float, ptr %kh, i64 %469
  %471 = load float, ptr %470, align 4
  %472 = getelementptr float, ptr %137, i64 %409
  %473 = load float, ptr %472, align 4
  %474 = insertelement <8 x float> poison, float %471, i64 0
  %475 = shufflevector <8 x float> %474, <8 x float> poison, <8 x i32> zeroinitializer
  %476 = load <8 x float>, ptr %39, align 4
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %402, <8 x float> %476)
  store <8 x float> %477, ptr %93, align 4
  %478 = insertelement <8 x float> poison, float %473, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %477, <8 x float> %465)
  %481 = load <8 x float>, ptr %41, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %407, <8 x float> %481)
  store <8 x float> %482, ptr %94, align 4
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %482, <8 x float> %468)
  %484 = or disjoint i64 %396, 5
  %485 = getelementptr inbounds float, ptr %kh, i64 %484
  %486 = load float, ptr %485, align 4
  %487 = getelementptr float, ptr %138, i64 %409
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> poison, float %486, i64 0
  %490 = shufflevector <8 x float> %489, <8 x float> poison, <8 x i32> zeroinitializer
  %491 = load <8 x float>, ptr %43, align 4
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %402, <8 x float> %491)
  store <8 x float> %492, ptr %95, align 4
  %493 = insertelement <8 x float> poison, float %488, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %492, <8 x float> %480)
  %496 = load <8 x float>, ptr %45, align 4
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %407, <8 x float> %496)
  store <8 x float> %497, ptr %96, align 4
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %497, <8 x float> %483)
  %499 = or disjoint i64 %396, 6
  %500 = getelementptr inbounds float, ptr %kh, i64 %499
  %501 = load float, ptr %500, align 4
  %502 = getelementptr float, ptr %139, i64 %409
  %503 = load float, ptr %502, align 4
  %504 = insertelement <8 x float> poison, float %501, i64 0
  %505 = shufflevector <8 x float> %504, <8 x float> poison, <8 x i32> zeroinitializer
  %506 = load <8 x float>, ptr %47, align 4
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %402, <8 x float> %506)
  store <8 x float> %507, ptr %97, align 4
  %508 = insertelement <8 x float> poison, float %503, i64 0
  %509 = shufflevector <8 x float> %508, <8 x float> poison, <8 x i32> zeroinitializer
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %507, <8 x float> %495)
  %511 = load <8 x float>, ptr %49, align 4
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %407, <8 x float> %511)
  store <8 x float> %512, ptr %98, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %512, <8 x float> %498)
  %514 = or disjoint i64 %396, 7
  %515 = getelementptr inbounds float, ptr %kh, i64 %514
  %516 = load float, ptr %515, align 4
  %517 = getelementptr float, ptr %140, i64 %409
  %518 = load float, ptr %517, align 4
  %519 = insertelement <8 x float> poison, float %516, i64 0
  %520 = shufflevector <8 x float> %519, <8 x float> poison, <8 x i32> zeroinitializer
  %521 = load <8 x float>, ptr %51, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %402, <8 x float> %521)
  store <8 x float> %522, ptr %99, align 4
  %523 = insertelement <8 x float> poison, float %518, i64 0
  %524 = shufflevector <8 x float> %523, <8 x float> poison, <8 x i32> zeroinitializer
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %522, <8 x float> %510)
  %526 = load <8 x float>, ptr %53, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %407, <8 x float> %526)
  store <8 x float> %527, ptr %100, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %527, <8 x float> %513)
  %529 = getelementptr inbounds float, ptr %kh, i64 %403
  %530 = load float, ptr %529, align 4
  %531 = getelementptr float, ptr %141, i64 %409
  %532 = load float, ptr %531, align 4
  %533 = insertelement <8 x float> poison, float %530, i64 0
  %534 = shufflevector <8 x float> %533, <8 x float> poison, <8 x i32> zeroinitializer
  %535 = load <8 x float>, ptr %55, align 4
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %402, <8 x float> %535)
  store <8 x float> %536, ptr %101, align 4
  %537 = insertelement <8 x float> poison, float %532, i64 0
  %538 = shufflevector <8 x float> %537, <8 x float> poison, <8 x i32> zeroinitializer
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %536, <8 x float> %525)
  %540 = load <8 x float>, ptr %57, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %407, <8 x float> %540)
  store <8 x float> %541, ptr %102, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %541, <8 x float> %528)
  %543 = or disjoint i64 %396, 9
  %544 = getelementptr inbounds float, ptr %kh, i64 %543
  %545 = load float, ptr %544, align 4
  %546 = getelementptr float, ptr %142, i64 %409
  %547 = load float, ptr %546, align 4
  %548 = insertelement <8 x float> poison, float %545, i64 0
  %549 = shufflevector <8 x float> %548, <8 x float> poison, <8 x i32> zeroinitializer
  %550 = load <8 x float>, ptr %59, align 4
  %551 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %402, <8 x float> %550)
  store <8 x float> %551, ptr %103, align 4
  %552 = insertelement <8 x float> poison, float %547, i64 0
  %553 = shufflevector <8 x float> %552, <8 x float> poison, <8 x i32> zeroinitializer
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %551, <8 x float> %539)
  %555 = load <8 x float>, ptr %61, align 4
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %407, <8 x float> %555)
  store <8 x float> %556, ptr %104, align 4
  %557 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %556, <8 x float> %542)
  %558 = or disjoint i64 %396, 10
  %559 = getelementptr inbounds float, ptr %kh, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = getelementptr float, ptr %143, i64 %409
  %562 = load float, ptr %561, align 4
  %563 = insertelement <8 x float> poison, float %560, i64 0
  %564 = shufflevector <8 x float> %563, <8 x float> poison, <8 x i32> zeroinitializer
  %565 = load <8 x float>, ptr %63, align 4
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %564, <8 x float> %402, <8 x float> %565)
  store <8 x float> %566, ptr %105, align 4
  %567 = insertelement <8 x float> poison, float %562, i64 0
  %568 = shufflevector <8 x float> %567, <8 x float> poison, <8 x i32> zeroinitializer
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %566, <8 x float> %554)
  %570 = load <8 x float>, ptr %65, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %564, <8 x float> %407, <8 x float> %570)
  store <8 x float> %571, ptr %106, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %571, <8 x float> %557)
  %573 = or disjoint i64 %396, 11
  %574 = getelementptr inbounds float, ptr %kh, i64 %573
  %575 = load float, ptr %574, align 4
  %576 = getelementptr float, ptr %144, i64 %409
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> poison, float %575, i64 0
  %579 = shufflevector <8 x float> %578, <8 x float> poison, <8 x i32> zeroinitializer
  %580 = load <8 x float>, ptr %67, align 4
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %402, <8 x float> %580)
  store <8 x float> %581, ptr %107, align 4
  %582 = insertelement <8 x float> poison, float %577, i64 0
  %583 = shufflevector <8 x float> %582, <8 x float> poison, <8 x i32> zeroinitializer
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %581, <8 x float> %569)
  %585 = load <8 x float>, ptr %69, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %407, <8 x float> %585)
  store <8 x float> %586, ptr %108, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %586, <8 x float> %572)
  %588 = or disjoint i64 %396, 12
  %589 = getelementptr inbounds float, ptr %kh, i64 %588
  %590 = load float, ptr %589, align 4
  %591 = getelementptr float, ptr %145, i64 %409
  %592 = load float, ptr %591, align 4
  %593 = insertelement <8 x float> poison, float %590, i64 0
  %594 = shufflevector <8 x float> %593, <8 x float> poison, <8 x i32> zeroinitializer
  %595 = load <8 x float>, ptr %71, align 4
  %596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %402, <8 x float> %595)
  store <8 x float> %596, ptr %109, align 4
  %597 = insertelement <8 x float> poison, float %592, i64 0
  %598 = shufflevector <8 x float> %597, <8 x float> poison, <8 x i32> zeroinitializer
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %596, <8 x float> %584)
  %600 = load <8 x float>, ptr %73, align 4
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %407, <8 x float> %600)
  store <8 x float> %601, ptr %110, align 4
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %601, <8 x float> %587)
  %603 = or disjoint i64 %396, 13
  %604 = getelementptr inbounds float, ptr %kh, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = getelementptr float, ptr %146, i64 %409
  %607 = load float, ptr %606, align 4
  %608 = insertelement <8 x float> poison, float %605, i64 0
  %609 = shufflevector <8 x float> %608, <8 x float> poison, <8 x i32> zeroinitializer
  %610 = load <8 x float>, ptr %75, align 4
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %402, <8 x float> %610)
  store <8 x float> %611, ptr %111, align 4
  %612 = insertelement <8 x float> poison, float %607, i64 0
  %613 = shufflevector <8 x float> %612, <8 x float> poison, <8 x i32> zeroinitializer
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %611, <8 x float> %599)
  %615 = load <8 x float>, ptr %77, align 4
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %407, <8 x float> %615)
  store <8 x float> %616, ptr %112, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %616, <8 x float> %602)
  %618 = or disjoint i64 %396, 14
  %619 = getelementptr inbounds float, ptr %kh, i64 %618
  %620 = load float, ptr %619, align 4
  %621 = getelementptr float, ptr %147, i64 %409
  %622 = load float, ptr %621, align 4
  %623 = insertelement <8 x float> poison, float %620, i64 0
  %624 = shufflevector <8 x float> %623, <8 x float> poison, <8 x i32> zeroinitializer
  %625 = load <8 x float>, ptr %79, align 4
  %626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %402, <8 x float> %625)
  store <8 x float> %626, ptr %113, align 4
  %627 = insertelement <8 x float> poison, float %622, i64 0
  %628 = shufflevector <8 x float> %627, <8 x float> poison, <8 x i32> zeroinitializer
  %629 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> %626, <8 x float> %614)
  %630 = load <8 x float>, ptr %81, align 4
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %407, <8 x float> %630)
  store <8 x float> %631, ptr %114, align 4
  %632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> %631, <8 x float> %617)
  %633 = or disjoint i64 %396, 15
  %634 = getelementptr inbounds float, ptr %kh, i64 %633
  %635 = load float, ptr %634, align 4
  %636 = getelementptr float, ptr %148, i64 %409
  %637 = load float, ptr %636, align 4
  %638 = insertelement <8 x float> poison, float %635, i64 0
  %639 = shufflevector <8 x float> %638, <8 x float> poison, <8 x i32> zeroinitializer
  %640 = load <8 x float>, ptr %83, align 4
  %641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %639, <8 x float> %402, <8 x float> %640)
  store <8 x float> %641, ptr %115, align 4
  %642 = insertelement <8 x float> poison, float %637, i64 0
  %643 = shufflevector <8 x float> %642, <8 x float> poison, <8 x i32> zeroinitializer
  %644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %641, <8 x float> %629)
  %645 = load <8 x float>, ptr %85, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %639, <8 x float> %407, <8 x float> %645)
  store <8 x float> %646, ptr %116, align 4
  %647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %646, <8 x float> %632)
  %648 = mul nsw i64 %408, %H
  %649 = getelementptr inbounds float, ptr %betah, i64 %648
  %650 = load float, ptr %649, align 4
  %651 = getelementptr inbounds float, ptr %vh, i64 %409
  %652 = load <8 x float>, ptr %651, align 4
  %653 = fsub <8 x float> %652, %644
  store <8 x float> %653, ptr %6, align 4
  %654 = insertelement <8 x float> poison, float %650, i64 0
  %655 = shufflevector <8 x float> %654, <8 x float> poison, <8 x i32> zeroinitializer
  %656 = fmul <8 x float> %655, %653
  %657 = or disjoint i64 %409, 8
  %658 = getelementptr inbounds float, ptr %vh, i64 %657
  %659 = load <8 x float>, ptr %658, align 4
  %660 = fsub <8 x float> %659, %647
  store <8 x float> %660, ptr %7, align 4
  %661 = fmul <8 x float> %655, %660
  %662 = icmp sgt i64 %156, 1
  br i1 %662, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %tl1.exit
  %663 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0342 = phi <8 x float> [ %656, %tl2.body.lr.ph ], [ %891, %i7.exit ]
  %delta1.0341 = phi <8 x float> [ %661, %tl2.body.lr.ph ], [ %898, %i7.exit ]
  %tl2.addr.0340 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %664 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0340
  %665 = load float, ptr %664, align 4
  %666 = add i64 %663, %tl2.addr.0340
  %667 = shl nsw i64 %666, 1
  %668 = or disjoint i64 %667, 1
  %669 = mul nsw i64 %668, %sq
  %670 = add nsw i64 %tl2.addr.0340, %t0
  %671 = mul i64 %8, %670
  %672 = mul nsw i64 %666, %sq
  %673 = getelementptr inbounds float, ptr %oh, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = insertelement <8 x float> poison, float %665, i64 0
  %676 = shufflevector <8 x float> %675, <8 x float> poison, <8 x i32> zeroinitializer
  %677 = shl nsw i64 %tl2.addr.0340, 8
  %678 = or disjoint i64 %672, 8
  %679 = getelementptr inbounds float, ptr %oh, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %tl1.exit
  %delta1.0.lcssa = phi <8 x float> [ %661, %tl1.exit ], [ %898, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %656, %tl1.exit ], [ %891, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %681 = add nsw i64 %tlast, %t0
  %682 = shl nsw i64 %681, 1
  %683 = or disjoint i64 %682, 1
  %684 = mul nsw i64 %683, %sq
  %685 = mul nsw i64 %681, %sq
  %686 = getelementptr inbounds float, ptr %oh, i64 %685
  %687 = load <8 x float>, ptr %686, align 4
  %688 = or disjoint i64 %685, 8
  %689 = getelementptr inbounds float, ptr %oh, i64 %688
  %690 = load <8 x float>, ptr %689, align 4
  %invariant.gep432 = getelementptr float, ptr %kh, i64 %684
  br label %i8.body

i6.body:                                          ; preds = %i6.body, %tl2.body
  %acc4.0336 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %748, %i6.body ]
  %acc5.0335 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %757, %i6.body ]
  %i6.addr.0334 = phi i64 [ 0, %tl2.body ], [ %i6.next.1, %i6.body ]
  %691 = getelementptr float, ptr %kh, i64 %i6.addr.0334
  %692 = getelementptr float, ptr %691, i64 %669
  %693 = load float, ptr %692, align 4
  %694 = getelementptr float, ptr %691, i64 %671
  %695 = load float, ptr %694, align 4
  %696 = insertelement <8 x float> poison, float %693, i64 0
  %697 = shufflevector <8 x float> %696, <8 x float> poison, <8 x i32> zeroinitializer
  %698 = shl nuw nsw i64 %i6.addr.0334, 4
  %699 = getelementptr inbounds float, ptr %Sroll, i64 %698
  %700 = load <8 x float>, ptr %699, align 4
  %701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %delta.0342, <8 x float> %700)
  %702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %674, <8 x float> zeroinitializer)
  %703 = fmul <8 x float> %676, %701
  %704 = add nuw nsw i64 %698, %677
  %705 = getelementptr inbounds float, ptr %Sh, i64 %704
  store <8 x float> %703, ptr %705, align 4
  %706 = insertelement <8 x float> poison, float %695, i64 0
  %707 = shufflevector <8 x float> %706, <8 x float> poison, <8 x i32> zeroinitializer
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %703, <8 x float> %acc4.0336)
  %709 = or disjoint i64 %698, 8
  %710 = getelementptr inbounds float, ptr %Sroll, i64 %709
  %711 = load <8 x float>, ptr %710, align 4
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %delta1.0341, <8 x float> %711)
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %680, <8 x float> %702)
  %714 = fmul <8 x float> %676, %712
  %715 = or disjoint i64 %704, 8
  %716 = getelementptr inbounds float, ptr %Sh, i64 %715
  store <8 x float> %714, ptr %716, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %714, <8 x float> %acc5.0335)
  %718 = or disjoint i64 %i6.addr.0334, %672
  %719 = getelementptr inbounds float, ptr %qh1, i64 %718
  %720 = load float, ptr %719, align 4
  %721 = shufflevector <8 x float> %713, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %722 = shufflevector <8 x float> %713, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %723 = fadd <4 x float> %721, %722
  %724 = shufflevector <4 x float> %723, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %725 = shufflevector <4 x float> %723, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %726 = fadd <2 x float> %724, %725
  %shift = shufflevector <2 x float> %726, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %727 = fadd <2 x float> %726, %shift
  %728 = extractelement <2 x float> %727, i64 0
  %729 = fmul float %728, 2.500000e-01
  %730 = fadd float %720, %729
  store float %730, ptr %719, align 4
  %i6.next = or disjoint i64 %i6.addr.0334, 1
  %731 = getelementptr float, ptr %kh, i64 %i6.next
  %732 = getelementptr float, ptr %731, i64 %669
  %733 = load float, ptr %732, align 4
  %734 = getelementptr float, ptr %731, i64 %671
  %735 = load float, ptr %734, align 4
  %736 = insertelement <8 x float> poison, float %733, i64 0
  %737 = shufflevector <8 x float> %736, <8 x float> poison, <8 x i32> zeroinitializer
  %738 = shl nuw nsw i64 %i6.next, 4
  %739 = getelementptr inbounds float, ptr %Sroll, i64 %738
  %740 = load <8 x float>, ptr %739, align 4
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %delta.0342, <8 x float> %740)
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> %674, <8 x float> zeroinitializer)
  %743 = fmul <8 x float> %676, %741
  %744 = add nuw nsw i64 %738, %677
  %745 = getelementptr inbounds float, ptr %Sh, i64 %744
  store <8 x float> %743, ptr %745, align 4
  %746 = insertelement <8 x float> poison, float %735, i64 0
  %747 = shufflevector <8 x float> %746, <8 x float> poison, <8 x i32> zeroinitializer
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %743, <8 x float> %708)
  %749 = or disjoint i64 %738, 8
  %750 = getelementptr inbounds float, ptr %Sroll, i64 %749
  %751 = load <8 x float>, ptr %750, align 4
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %delta1.0341, <8 x float> %751)
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> %680, <8 x float> %742)
  %754 = fmul <8 x float> %676, %752
  %755 = or disjoint i64 %744, 8
  %756 = getelementptr inbounds float, ptr %Sh, i64 %755
  store <8 x float> %754, ptr %756, align 4
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %754, <8 x float> %717)
  %758 = or disjoint i64 %i6.next, %672
  %759 = getelementptr inbounds float, ptr %qh1, i64 %758
  %760 = load float, ptr %759, align 4
  %761 = shufflevector <8 x float> %753, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %762 = shufflevector <8 x float> %753, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %763 = fadd <4 x float> %761, %762
  %764 = shufflevector <4 x float> %763, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %765 = shufflevector <4 x float> %763, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %766 = fadd <2 x float> %764, %765
  %shift.1 = shufflevector <2 x float> %766, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %767 = fadd <2 x float> %766, %shift.1
  %768 = extractelement <2 x float> %767, i64 0
  %769 = fmul float %768, 2.500000e-01
  %770 = fadd float %760, %769
  store float %770, ptr %759, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0334, 2
  %exitcond403.not.1 = icmp eq i64 %i6.next.1, 16
  br i1 %exitcond403.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %771 = shl nsw i64 %670, 1
  %772 = mul nsw i64 %771, %H
  %773 = getelementptr inbounds float, ptr %betah, i64 %772
  %774 = load float, ptr %773, align 4
  %775 = mul nsw i64 %771, %sq
  %776 = getelementptr inbounds float, ptr %vh, i64 %775
  %777 = load <8 x float>, ptr %776, align 4
  %778 = fsub <8 x float> %777, %748
  %779 = shl i64 %tl2.addr.0340, 5
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  store <8 x float> %778, ptr %780, align 4
  %781 = insertelement <8 x float> poison, float %774, i64 0
  %782 = shufflevector <8 x float> %781, <8 x float> poison, <8 x i32> zeroinitializer
  %783 = fmul <8 x float> %782, %778
  %784 = or disjoint i64 %775, 8
  %785 = getelementptr inbounds float, ptr %vh, i64 %784
  %786 = load <8 x float>, ptr %785, align 4
  %787 = fsub <8 x float> %786, %757
  %788 = or disjoint i64 %779, 8
  %789 = getelementptr inbounds float, ptr %R, i64 %788
  store <8 x float> %787, ptr %789, align 4
  %790 = fmul <8 x float> %782, %787
  %791 = or disjoint i64 %771, 1
  %792 = mul nsw i64 %791, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %792
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0339 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %873, %i7.body ]
  %acc774.0338 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %880, %i7.body ]
  %i7.addr.0337 = phi i64 [ 0, %i6.exit ], [ %i7.next.3, %i7.body ]
  %793 = or disjoint i64 %i7.addr.0337, %775
  %794 = getelementptr inbounds float, ptr %kh, i64 %793
  %795 = load float, ptr %794, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i7.addr.0337
  %796 = load float, ptr %gep, align 4
  %797 = insertelement <8 x float> poison, float %795, i64 0
  %798 = shufflevector <8 x float> %797, <8 x float> poison, <8 x i32> zeroinitializer
  %799 = shl nuw nsw i64 %i7.addr.0337, 4
  %800 = add nuw nsw i64 %799, %677
  %801 = getelementptr inbounds float, ptr %Sh, i64 %800
  %802 = load <8 x float>, ptr %801, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %783, <8 x float> %802)
  %804 = getelementptr inbounds float, ptr %Sroll, i64 %799
  store <8 x float> %803, ptr %804, align 4
  %805 = insertelement <8 x float> poison, float %796, i64 0
  %806 = shufflevector <8 x float> %805, <8 x float> poison, <8 x i32> zeroinitializer
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %803, <8 x float> %acc6.0339)
  %808 = or disjoint i64 %800, 8
  %809 = getelementptr inbounds float, ptr %Sh, i64 %808
  %810 = load <8 x float>, ptr %809, align 4
  %811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %790, <8 x float> %810)
  %812 = or disjoint i64 %799, 8
  %813 = getelementptr inbounds float, ptr %Sroll, i64 %812
  store <8 x float> %811, ptr %813, align 4
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %811, <8 x float> %acc774.0338)
  %i7.next = or disjoint i64 %i7.addr.0337, 1
  %815 = or disjoint i64 %i7.next, %775
  %816 = getelementptr inbounds float, ptr %kh, i64 %815
  %817 = load float, ptr %816, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i7.next
  %818 = load float, ptr %gep.1, align 4
  %819 = insertelement <8 x float> poison, float %817, i64 0
  %820 = shufflevector <8 x float> %819, <8 x float> poison, <8 x i32> zeroinitializer
  %821 = shl nuw nsw i64 %i7.next, 4
  %822 = add nuw nsw i64 %821, %677
  %823 = getelementptr inbounds float, ptr %Sh, i64 %822
  %824 = load <8 x float>, ptr %823, align 4
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %783, <8 x float> %824)
  %826 = getelementptr inbounds float, ptr %Sroll, i64 %821
  store <8 x float> %825, ptr %826, align 4
  %827 = insertelement <8 x float> poison, float %818, i64 0
  %828 = shufflevector <8 x float> %827, <8 x float> poison, <8 x i32> zeroinitializer
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %828, <8 x float> %825, <8 x float> %807)
  %830 = or disjoint i64 %822, 8
  %831 = getelementptr inbounds float, ptr %Sh, i64 %830
  %832 = load <8 x float>, ptr %831, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %790, <8 x float> %832)
  %834 = or disjoint i64 %821, 8
  %835 = getelementptr inbounds float, ptr %Sroll, i64 %834
  store <8 x float> %833, ptr %835, align 4
  %836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %828, <8 x float> %833, <8 x float> %814)
  %i7.next.1 = or disjoint i64 %i7.addr.0337, 2
  %837 = or disjoint i64 %i7.next.1, %775
  %838 = getelementptr inbounds float, ptr %kh, i64 %837
  %839 = load float, ptr %838, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i7.next.1
  %840 = load float, ptr %gep.2, align 4
  %841 = insertelement <8 x float> poison, float %839, i64 0
  %842 = shufflevector <8 x float> %841, <8 x float> poison, <8 x i32> zeroinitializer
  %843 = shl nuw nsw i64 %i7.next.1, 4
  %844 = add nuw nsw i64 %843, %677
  %845 = getelementptr inbounds float, ptr %Sh, i64 %844
  %846 = load <8 x float>, ptr %845, align 4
  %847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %783, <8 x float> %846)
  %848 = getelementptr inbounds float, ptr %Sroll, i64 %843
  store <8 x float> %847, ptr %848, align 4
  %849 = insertelement <8 x float> poison, float %840, i64 0
  %850 = shufflevector <8 x float> %849, <8 x float> poison, <8 x i32> zeroinitializer
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %847, <8 x float> %829)
  %852 = or disjoint i64 %844, 8
  %853 = getelementptr inbounds float, ptr %Sh, i64 %852
  %854 = load <8 x float>, ptr %853, align 4
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %790, <8 x float> %854)
  %856 = or disjoint i64 %843, 8
  %857 = getelementptr inbounds float, ptr %Sroll, i64 %856
  store <8 x float> %855, ptr %857, align 4
  %858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %855, <8 x float> %836)
  %i7.next.2 = or disjoint i64 %i7.addr.0337, 3
  %859 = or disjoint i64 %i7.next.2, %775
  %860 = getelementptr inbounds float, ptr %kh, i64 %859
  %861 = load float, ptr %860, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i7.next.2
  %862 = load float, ptr %gep.3, align 4
  %863 = insertelement <8 x float> poison, float %861, i64 0
  %864 = shufflevector <8 x float> %863, <8 x float> poison, <8 x i32> zeroinitializer
  %865 = shl nuw nsw i64 %i7.next.2, 4
  %866 = add nuw nsw i64 %865, %677
  %867 = getelementptr inbounds float, ptr %Sh, i64 %866
  %868 = load <8 x float>, ptr %867, align 4
  %869 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> %783, <8 x float> %868)
  %870 = getelementptr inbounds float, ptr %Sroll, i64 %865
  store <8 x float> %869, ptr %870, align 4
  %871 = insertelement <8 x float> poison, float %862, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %869, <8 x float> %851)
  %874 = or disjoint i64 %866, 8
  %875 = getelementptr inbounds float, ptr %Sh, i64 %874
  %876 = load <8 x float>, ptr %875, align 4
  %877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> %790, <8 x float> %876)
  %878 = or disjoint i64 %865, 8
  %879 = getelementptr inbounds float, ptr %Sroll, i64 %878
  store <8 x float> %877, ptr %879, align 4
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %877, <8 x float> %858)
  %i7.next.3 = add nuw nsw i64 %i7.addr.0337, 4
  %exitcond404.not.3 = icmp eq i64 %i7.next.3, 16
  br i1 %exitcond404.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %881 = mul nsw i64 %791, %H
  %882 = getelementptr inbounds float, ptr %betah, i64 %881
  %883 = load float, ptr %882, align 4
  %884 = getelementptr inbounds float, ptr %vh, i64 %792
  %885 = load <8 x float>, ptr %884, align 4
  %886 = fsub <8 x float> %885, %873
  %887 = or disjoint i64 %779, 16
  %888 = getelementptr inbounds float, ptr %R, i64 %887
  store <8 x float> %886, ptr %888, align 4
  %889 = insertelement <8 x float> poison, float %883, i64 0
  %890 = shufflevector <8 x float> %889, <8 x float> poison, <8 x i32> zeroinitializer
  %891 = fmul <8 x float> %890, %886
  %892 = or disjoint i64 %792, 8
  %893 = getelementptr inbounds float, ptr %vh, i64 %892
  %894 = load <8 x float>, ptr %893, align 4
  %895 = fsub <8 x float> %894, %880
  %896 = or disjoint i64 %779, 24
  %897 = getelementptr inbounds float, ptr %R, i64 %896
  store <8 x float> %895, ptr %897, align 4
  %898 = fmul <8 x float> %890, %895
  %tl2.next = add nuw nsw i64 %tl2.addr.0340, 1
  %exitcond407.not = icmp eq i64 %tl2.next, %smax406
  br i1 %exitcond407.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %157, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0344 = phi i64 [ 0, %tl2.exit ], [ %i8.next.3, %i8.body ]
  %gep433 = getelementptr float, ptr %invariant.gep432, i64 %i8.addr.0344
  %899 = load float, ptr %gep433, align 4
  %900 = insertelement <8 x float> poison, float %899, i64 0
  %901 = shufflevector <8 x float> %900, <8 x float> poison, <8 x i32> zeroinitializer
  %902 = shl nuw nsw i64 %i8.addr.0344, 4
  %903 = getelementptr inbounds float, ptr %Sroll, i64 %902
  %904 = load <8 x float>, ptr %903, align 4
  %905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %delta.0.lcssa, <8 x float> %904)
  %906 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %687, <8 x float> zeroinitializer)
  %907 = or disjoint i64 %902, 8
  %908 = getelementptr inbounds float, ptr %Sroll, i64 %907
  %909 = load <8 x float>, ptr %908, align 4
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %delta1.0.lcssa, <8 x float> %909)
  %911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> %690, <8 x float> %906)
  %912 = or disjoint i64 %i8.addr.0344, %685
  %913 = getelementptr inbounds float, ptr %qh1, i64 %912
  %914 = load float, ptr %913, align 4
  %915 = shufflevector <8 x float> %911, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %916 = shufflevector <8 x float> %911, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %917 = fadd <4 x float> %915, %916
  %918 = shufflevector <4 x float> %917, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %919 = shufflevector <4 x float> %917, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %920 = fadd <2 x float> %918, %919
  %shift445 = shufflevector <2 x float> %920, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %921 = fadd <2 x float> %920, %shift445
  %922 = extractelement <2 x float> %921, i64 0
  %923 = fmul float %922, 2.500000e-01
  %924 = fadd float %914, %923
  store float %924, ptr %913, align 4
  %i8.next = or disjoint i64 %i8.addr.0344, 1
  %gep433.1 = getelementptr float, ptr %invariant.gep432, i64 %i8.next
  %925 = load float, ptr %gep433.1, align 4
  %926 = insertelement <8 x float> poison, float %925, i64 0
  %927 = shufflevector <8 x float> %926, <8 x float> poison, <8 x i32> zeroinitializer
  %928 = shl nuw nsw i64 %i8.next, 4
  %929 = getelementptr inbounds float, ptr %Sroll, i64 %928
  %930 = load <8 x float>, ptr %929, align 4
  %931 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %delta.0.lcssa, <8 x float> %930)
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %687, <8 x float> zeroinitializer)
  %933 = or disjoint i64 %928, 8
  %934 = getelementptr inbounds float, ptr %Sroll, i64 %933
  %935 = load <8 x float>, ptr %934, align 4
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %delta1.0.lcssa, <8 x float> %935)
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %690, <8 x float> %932)
  %938 = or disjoint i64 %i8.next, %685
  %939 = getelementptr inbounds float, ptr %qh1, i64 %938
  %940 = load float, ptr %939, align 4
  %941 = shufflevector <8 x float> %937, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %942 = shufflevector <8 x float> %937, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %943 = fadd <4 x float> %941, %942
  %944 = shufflevector <4 x float> %943, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %945 = shufflevector <4 x float> %943, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %946 = fadd <2 x float> %944, %945
  %shift445.1 = shufflevector <2 x float> %946, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %947 = fadd <2 x float> %946, %shift445.1
  %948 = extractelement <2 x float> %947, i64 0
  %949 = fmul float %948, 2.500000e-01
  %950 = fadd float %940, %949
  store float %950, ptr %939, align 4
  %i8.next.1 = or disjoint i64 %i8.addr.0344, 2
  %gep433.2 = getelementptr float, ptr %invariant.gep432, i64 %i8.next.1
  %951 = load float, ptr %gep433.2, align 4
  %952 = insertelement <8 x float> poison, float %951, i64 0
  %953 = shufflevector <8 x float> %952, <8 x float> poison, <8 x i32> zeroinitializer
  %954 = shl nuw nsw i64 %i8.next.1, 4
  %955 = getelementptr inbounds float, ptr %Sroll, i64 %954
  %956 = load <8 x float>, ptr %955, align 4
  %957 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %delta.0.lcssa, <8 x float> %956)
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> %687, <8 x float> zeroinitializer)
  %959 = or disjoint i64 %954, 8
  %960 = getelementptr inbounds float, ptr %Sroll, i64 %959
  %961 = load <8 x float>, ptr %960, align 4
  %962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %delta1.0.lcssa, <8 x float> %961)
  %963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %690, <8 x float> %958)
  %964 = or disjoint i64 %i8.next.1, %685
  %965 = getelementptr inbounds float, ptr %qh1, i64 %964
  %966 = load float, ptr %965, align 4
  %967 = shufflevector <8 x float> %963, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %968 = shufflevector <8 x float> %963, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %969 = fadd <4 x float> %967, %968
  %970 = shufflevector <4 x float> %969, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %971 = shufflevector <4 x float> %969, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %972 = fadd <2 x float> %970, %971
  %shift445.2 = shufflevector <2 x float> %972, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %973 = fadd <2 x float> %972, %shift445.2
  %974 = extractelement <2 x float> %973, i64 0
  %975 = fmul float %974, 2.500000e-01
  %976 = fadd float %966, %975
  store float %976, ptr %965, align 4
  %i8.next.2 = or disjoint i64 %i8.addr.0344, 3
  %gep433.3 = getelementptr float, ptr %invariant.gep432, i64 %i8.next.2
  %977 = load float, ptr %gep433.3, align 4
  %978 = insertelement <8 x float> poison, float %977, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = shl nuw nsw i64 %i8.next.2, 4
  %981 = getelementptr inbounds float, ptr %Sroll, i64 %980
  %982 = load <8 x float>, ptr %981, align 4
  %983 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %delta.0.lcssa, <8 x float> %982)
  %984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %687, <8 x float> zeroinitializer)
  %985 = or disjoint i64 %980, 8
  %986 = getelementptr inbounds float, ptr %Sroll, i64 %985
  %987 = load <8 x float>, ptr %986, align 4
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %delta1.0.lcssa, <8 x float> %987)
  %989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> %690, <8 x float> %984)
  %990 = or disjoint i64 %i8.next.2, %685
  %991 = getelementptr inbounds float, ptr %qh1, i64 %990
  %992 = load float, ptr %991, align 4
  %993 = shufflevector <8 x float> %989, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %994 = shufflevector <8 x float> %989, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %995 = fadd <4 x float> %993, %994
  %996 = shufflevector <4 x float> %995, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %997 = shufflevector <4 x float> %995, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %998 = fadd <2 x float> %996, %997
  %shift445.3 = shufflevector <2 x float> %998, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %999 = fadd <2 x float> %998, %shift445.3
  %1000 = extractelement <2 x float> %999, i64 0
  %1001 = fmul float %1000, 2.500000e-01
  %1002 = fadd float %992, %1001
  store float %1002, ptr %991, align 4
  %i8.next.3 = add nuw nsw i64 %i8.addr.0344, 4
  %exitcond408.not.3 = icmp eq i64 %i8.next.3, 16
  br i1 %exitcond408.not.3, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0364 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0364
  %1003 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %1003, i64 %tlast)
  %1004 = add nsw i64 %ptl, %t0
  %1005 = shl nsw i64 %1004, 1
  %1006 = mul nsw i64 %1005, %H
  %1007 = getelementptr inbounds float, ptr %betah, i64 %1006
  %1008 = load float, ptr %1007, align 4
  %1009 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %1010 = load float, ptr %1009, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1011 = icmp slt i64 %1003, %L
  %1012 = select i1 %1011, float %1010, float 1.000000e+00
  %.neg = fneg float %1008
  %1013 = select i1 %1011, float %.neg, float -0.000000e+00
  %1014 = mul nsw i64 %1005, %sq
  %1015 = shl nsw i64 %ptl, 8
  %1016 = shl nsw i64 %ptl, 5
  %1017 = getelementptr inbounds float, ptr %R, i64 %1016
  %1018 = insertelement <8 x float> poison, float %1012, i64 0
  %1019 = shufflevector <8 x float> %1018, <8 x float> poison, <8 x i32> zeroinitializer
  %1020 = or disjoint i64 %1016, 8
  %1021 = getelementptr inbounds float, ptr %R, i64 %1020
  %1022 = add nsw i64 %tl3, %t0
  %1023 = mul nsw i64 %1022, %sq
  %1024 = getelementptr inbounds float, ptr %oh, i64 %1023
  %1025 = load <8 x float>, ptr %1024, align 4
  %1026 = or disjoint i64 %1023, 8
  %1027 = getelementptr inbounds float, ptr %oh, i64 %1026
  %1028 = load <8 x float>, ptr %1027, align 4
  %1029 = shl nsw i64 %1022, 1
  %1030 = or disjoint i64 %1029, 1
  %1031 = mul nsw i64 %1030, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %1032 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1033 = fneg float %395
  %1034 = insertelement <8 x float> poison, float %1032, i64 0
  %1035 = shufflevector <8 x float> %1034, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0349 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1068, %i10.body ]
  %dsk.0348 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1093, %i10.body ]
  %dsk1.0347 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1094, %i10.body ]
  %i10.addr.0346 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %1036 = shl nuw nsw i64 %i10.addr.0346, 4
  %1037 = getelementptr inbounds float, ptr %dS, i64 %1036
  %1038 = load <8 x float>, ptr %1037, align 4
  %1039 = or disjoint i64 %1036, 8
  %1040 = getelementptr inbounds float, ptr %dS, i64 %1039
  %1041 = load <8 x float>, ptr %1040, align 4
  %1042 = getelementptr float, ptr %kh, i64 %i10.addr.0346
  %1043 = getelementptr float, ptr %1042, i64 %1014
  %1044 = load float, ptr %1043, align 4
  %1045 = fmul float %1013, %1044
  %1046 = load <8 x float>, ptr %dSkPrev, align 4
  %1047 = add nuw nsw i64 %1036, %1015
  %1048 = getelementptr inbounds float, ptr %Sh, i64 %1047
  %1049 = load <8 x float>, ptr %1048, align 4
  %1050 = load <8 x float>, ptr %1017, align 4
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1050, <8 x float> zeroinitializer)
  %1052 = fneg <8 x float> %1049
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1046, <8 x float> %1051)
  %1054 = insertelement <8 x float> poison, float %1045, i64 0
  %1055 = shufflevector <8 x float> %1054, <8 x float> poison, <8 x i32> zeroinitializer
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1046, <8 x float> %1038)
  %1057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1056, <8 x float> %1049, <8 x float> %dgacc.0349)
  %1058 = fmul <8 x float> %1019, %1056
  %1059 = load <8 x float>, ptr %9, align 4
  %1060 = or disjoint i64 %1047, 8
  %1061 = getelementptr inbounds float, ptr %Sh, i64 %1060
  %1062 = load <8 x float>, ptr %1061, align 4
  %1063 = load <8 x float>, ptr %1021, align 4
  %1064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1041, <8 x float> %1063, <8 x float> %1053)
  %1065 = fneg <8 x float> %1062
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1059, <8 x float> %1064)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1059, <8 x float> %1041)
  %1068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> %1062, <8 x float> %1057)
  %1069 = fmul <8 x float> %1019, %1067
  %1070 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0346
  %1071 = load float, ptr %1070, align 4
  %1072 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1073 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1074 = fadd <4 x float> %1072, %1073
  %1075 = shufflevector <4 x float> %1074, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1076 = shufflevector <4 x float> %1074, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1077 = fadd <2 x float> %1075, %1076
  %shift446 = shufflevector <2 x float> %1077, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1078 = fadd <2 x float> %1077, %shift446
  %1079 = extractelement <2 x float> %1078, i64 0
  %1080 = fadd float %1071, %1079
  store float %1080, ptr %1070, align 4
  %1081 = or disjoint i64 %i10.addr.0346, %1023
  %1082 = getelementptr inbounds float, ptr %qh, i64 %1081
  %1083 = load float, ptr %1082, align 4
  %1084 = fmul float %1083, 2.500000e-01
  %1085 = insertelement <8 x float> poison, float %1084, i64 0
  %1086 = shufflevector <8 x float> %1085, <8 x float> poison, <8 x i32> zeroinitializer
  %1087 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1025, <8 x float> %1058)
  %1088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1028, <8 x float> %1069)
  %1089 = getelementptr float, ptr %1042, i64 %1031
  %1090 = load float, ptr %1089, align 4
  %1091 = insertelement <8 x float> poison, float %1090, i64 0
  %1092 = shufflevector <8 x float> %1091, <8 x float> poison, <8 x i32> zeroinitializer
  %1093 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1087, <8 x float> %dsk.0348)
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1088, <8 x float> %dsk1.0347)
  store <8 x float> %1087, ptr %1037, align 4
  store <8 x float> %1088, ptr %1040, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0346, 1
  %exitcond409.not = icmp eq i64 %i10.next, 16
  br i1 %exitcond409.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %1093, ptr %dSk, align 4
  store <8 x float> %1094, ptr %10, align 4
  br i1 %1011, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %1095 = insertelement <8 x float> poison, float %1008, i64 0
  %1096 = shufflevector <8 x float> %1095, <8 x float> poison, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, ptr %dkTmp, align 4
  %1098 = fmul <8 x float> %1096, %1097
  %1099 = getelementptr float, ptr %kh1, i64 %1014
  store <8 x float> %1098, ptr %1099, align 4
  %1100 = load <8 x float>, ptr %117, align 4
  %1101 = fmul <8 x float> %1096, %1100
  %1102 = getelementptr float, ptr %149, i64 %1014
  store <8 x float> %1101, ptr %1102, align 4
  %1103 = shufflevector <8 x float> %1068, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1104 = shufflevector <8 x float> %1068, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1105 = fadd <4 x float> %1103, %1104
  %1106 = shufflevector <4 x float> %1105, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1107 = shufflevector <4 x float> %1105, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1108 = fadd <2 x float> %1106, %1107
  %shift447 = shufflevector <2 x float> %1108, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1109 = fadd <2 x float> %1108, %shift447
  %1110 = extractelement <2 x float> %1109, i64 0
  %1111 = mul nsw i64 %1004, %H
  %1112 = getelementptr inbounds float, ptr %gh1, i64 %1111
  store float %1110, ptr %1112, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %1113 = mul nsw i64 %1030, %H
  %1114 = getelementptr inbounds float, ptr %betah, i64 %1113
  %1115 = load float, ptr %1114, align 4
  %1116 = insertelement <8 x float> poison, float %1115, i64 0
  %1117 = shufflevector <8 x float> %1116, <8 x float> poison, <8 x i32> zeroinitializer
  %1118 = fmul <8 x float> %1117, %1093
  %1119 = getelementptr float, ptr %vh1, i64 %1031
  store <8 x float> %1118, ptr %1119, align 4
  %1120 = fmul <8 x float> %1117, %1094
  %1121 = getelementptr float, ptr %150, i64 %1031
  store <8 x float> %1120, ptr %1121, align 4
  %.idx374 = shl i64 %tl3, 7
  %1122 = getelementptr i8, ptr %R, i64 %.idx374
  %1123 = getelementptr i8, ptr %1122, i64 64
  %1124 = load <8 x float>, ptr %1123, align 4
  %1125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1124, <8 x float> zeroinitializer)
  %1126 = getelementptr i8, ptr %118, i64 %.idx374
  %1127 = getelementptr i8, ptr %1126, i64 64
  %1128 = load <8 x float>, ptr %1127, align 4
  %1129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> %1128, <8 x float> %1125)
  %1130 = shufflevector <8 x float> %1129, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1131 = shufflevector <8 x float> %1129, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1132 = fadd <4 x float> %1130, %1131
  %1133 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1134 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1135 = fadd <2 x float> %1133, %1134
  %shift448 = shufflevector <2 x float> %1135, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1136 = fadd <2 x float> %1135, %shift448
  %1137 = extractelement <2 x float> %1136, i64 0
  %1138 = getelementptr inbounds float, ptr %betah1, i64 %1113
  store float %1137, ptr %1138, align 4
  store <8 x float> %1093, ptr %dSkPrev, align 4
  store <8 x float> %1094, ptr %119, align 4
  %1139 = mul nsw i64 %1029, %H
  %1140 = getelementptr inbounds float, ptr %betah, i64 %1139
  %1141 = load float, ptr %1140, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1142 = fneg float %1115
  %1143 = mul nsw i64 %1029, %sq
  %1144 = shl nsw i64 %tl3, 8
  %1145 = shl i64 %tl3, 5
  %1146 = getelementptr inbounds float, ptr %R, i64 %1145
  %1147 = or disjoint i64 %1145, 16
  %1148 = getelementptr inbounds float, ptr %R, i64 %1147
  %1149 = or disjoint i64 %1145, 8
  %1150 = getelementptr inbounds float, ptr %R, i64 %1149
  %1151 = or disjoint i64 %1145, 24
  %1152 = getelementptr inbounds float, ptr %R, i64 %1151
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0358 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0357 = phi <8 x float> [ zeroinitializer, %endif ], [ %1206, %i16.body ]
  %dsk2.0356 = phi <8 x float> [ zeroinitializer, %endif ], [ %1205, %i16.body ]
  %1153 = shl nuw nsw i64 %i16.addr.0358, 4
  %1154 = getelementptr inbounds float, ptr %dS, i64 %1153
  %1155 = load <8 x float>, ptr %1154, align 4
  %1156 = or disjoint i64 %1153, 8
  %1157 = getelementptr inbounds float, ptr %dS, i64 %1156
  %1158 = load <8 x float>, ptr %1157, align 4
  %1159 = getelementptr float, ptr %kh, i64 %i16.addr.0358
  %1160 = getelementptr float, ptr %1159, i64 %1031
  %1161 = load float, ptr %1160, align 4
  %1162 = fmul float %1161, %1142
  %1163 = getelementptr float, ptr %1159, i64 %1143
  %1164 = load float, ptr %1163, align 4
  %1165 = fmul float %1141, %1164
  %1166 = load <8 x float>, ptr %dSkPrev, align 4
  %1167 = add nuw nsw i64 %1153, %1144
  %1168 = getelementptr inbounds float, ptr %Sh, i64 %1167
  %1169 = load <8 x float>, ptr %1168, align 4
  %1170 = load <8 x float>, ptr %1146, align 4
  %1171 = insertelement <8 x float> poison, float %1165, i64 0
  %1172 = shufflevector <8 x float> %1171, <8 x float> poison, <8 x i32> zeroinitializer
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1170, <8 x float> %1169)
  %1174 = load <8 x float>, ptr %1148, align 4
  %1175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1174, <8 x float> zeroinitializer)
  %1176 = fneg <8 x float> %1173
  %1177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1166, <8 x float> %1175)
  %1178 = insertelement <8 x float> poison, float %1162, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1166, <8 x float> %1155)
  %1181 = load <8 x float>, ptr %9, align 4
  %1182 = or disjoint i64 %1167, 8
  %1183 = getelementptr inbounds float, ptr %Sh, i64 %1182
  %1184 = load <8 x float>, ptr %1183, align 4
  %1185 = load <8 x float>, ptr %1150, align 4
  %1186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1185, <8 x float> %1184)
  %1187 = load <8 x float>, ptr %1152, align 4
  %1188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1158, <8 x float> %1187, <8 x float> %1177)
  %1189 = fneg <8 x float> %1186
  %1190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> %1181, <8 x float> %1188)
  %1191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1181, <8 x float> %1158)
  %1192 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0358
  %1193 = load float, ptr %1192, align 4
  %1194 = shufflevector <8 x float> %1190, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1195 = shufflevector <8 x float> %1190, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1196 = fadd <4 x float> %1194, %1195
  %1197 = shufflevector <4 x float> %1196, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1198 = shufflevector <4 x float> %1196, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1199 = fadd <2 x float> %1197, %1198
  %shift449 = shufflevector <2 x float> %1199, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1200 = fadd <2 x float> %1199, %shift449
  %1201 = extractelement <2 x float> %1200, i64 0
  %1202 = fadd float %1193, %1201
  store float %1202, ptr %1192, align 4
  %1203 = insertelement <8 x float> poison, float %1164, i64 0
  %1204 = shufflevector <8 x float> %1203, <8 x float> poison, <8 x i32> zeroinitializer
  %1205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1204, <8 x float> %1180, <8 x float> %dsk2.0356)
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1204, <8 x float> %1191, <8 x float> %dsk3.0357)
  store <8 x float> %1180, ptr %1154, align 4
  store <8 x float> %1191, ptr %1157, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0358, 1
  %exitcond410.not = icmp eq i64 %i16.next, 16
  br i1 %exitcond410.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %1205, ptr %dSk, align 4
  store <8 x float> %1206, ptr %10, align 4
  %1207 = load <8 x float>, ptr %dkTmp, align 4
  %1208 = fmul <8 x float> %1117, %1207
  %1209 = getelementptr float, ptr %kh1, i64 %1031
  store <8 x float> %1208, ptr %1209, align 4
  %1210 = load <8 x float>, ptr %120, align 4
  %1211 = fmul <8 x float> %1117, %1210
  %1212 = getelementptr float, ptr %151, i64 %1031
  store <8 x float> %1211, ptr %1212, align 4
  %1213 = insertelement <8 x float> poison, float %1141, i64 0
  %1214 = shufflevector <8 x float> %1213, <8 x float> poison, <8 x i32> zeroinitializer
  %1215 = fmul <8 x float> %1214, %1205
  %1216 = getelementptr float, ptr %vh1, i64 %1143
  store <8 x float> %1215, ptr %1216, align 4
  %1217 = fmul <8 x float> %1214, %1206
  %1218 = getelementptr float, ptr %150, i64 %1143
  store <8 x float> %1217, ptr %1218, align 4
  %1219 = load <8 x float>, ptr %1122, align 4
  %1220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1219, <8 x float> zeroinitializer)
  %1221 = load <8 x float>, ptr %1126, align 4
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1221, <8 x float> %1220)
  %1223 = shufflevector <8 x float> %1222, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1224 = shufflevector <8 x float> %1222, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1225 = fadd <4 x float> %1223, %1224
  %1226 = shufflevector <4 x float> %1225, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1227 = shufflevector <4 x float> %1225, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1228 = fadd <2 x float> %1226, %1227
  %shift450 = shufflevector <2 x float> %1228, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1229 = fadd <2 x float> %1228, %shift450
  %1230 = extractelement <2 x float> %1229, i64 0
  %1231 = getelementptr inbounds float, ptr %betah1, i64 %1139
  store float %1230, ptr %1231, align 4
  store <8 x float> %1205, ptr %dSkPrev, align 4
  store <8 x float> %1206, ptr %119, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0364, 1
  %exitcond413.not = icmp eq i64 %tt.next, %smax412
  br i1 %exitcond413.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %1232 = load <8 x float>, ptr %dkTmp, align 4
  %1233 = fmul <8 x float> %401, %1232
  %1234 = getelementptr inbounds float, ptr %kh1, i64 %396
  store <8 x float> %1233, ptr %1234, align 4
  %1235 = load <8 x float>, ptr %121, align 4
  %1236 = fmul <8 x float> %401, %1235
  %1237 = getelementptr inbounds float, ptr %kh1, i64 %403
  store <8 x float> %1236, ptr %1237, align 4
  %1238 = shufflevector <8 x float> %1321, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1239 = shufflevector <8 x float> %1321, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1240 = fadd <4 x float> %1238, %1239
  %1241 = shufflevector <4 x float> %1240, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1242 = shufflevector <4 x float> %1240, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1243 = fadd <2 x float> %1241, %1242
  %shift451 = shufflevector <2 x float> %1243, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1244 = fadd <2 x float> %1243, %shift451
  %1245 = extractelement <2 x float> %1244, i64 0
  %1246 = mul nsw i64 %t0, %H
  %1247 = getelementptr inbounds float, ptr %gh1, i64 %1246
  store float %1245, ptr %1247, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0369, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond416.not = icmp eq i64 %cc.next, %smax415
  br i1 %exitcond416.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %i22.body, %tt.exit
  %i22.addr.0367 = phi i64 [ 0, %tt.exit ], [ %i22.next.1, %i22.body ]
  %dgacc1.0366 = phi <8 x float> [ zeroinitializer, %tt.exit ], [ %1321, %i22.body ]
  %1248 = shl nuw nsw i64 %i22.addr.0367, 4
  %1249 = getelementptr inbounds float, ptr %dS, i64 %1248
  %1250 = load <8 x float>, ptr %1249, align 4
  %1251 = or disjoint i64 %1248, 8
  %1252 = getelementptr inbounds float, ptr %dS, i64 %1251
  %1253 = load <8 x float>, ptr %1252, align 4
  %1254 = or disjoint i64 %i22.addr.0367, %396
  %1255 = getelementptr inbounds float, ptr %kh, i64 %1254
  %1256 = load float, ptr %1255, align 4
  %1257 = fmul float %1256, %1033
  %1258 = load <8 x float>, ptr %dSkPrev, align 4
  %1259 = getelementptr inbounds float, ptr %Sh, i64 %1248
  %1260 = load <8 x float>, ptr %1259, align 4
  %1261 = load <8 x float>, ptr %R, align 4
  %1262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1250, <8 x float> %1261, <8 x float> zeroinitializer)
  %1263 = fneg <8 x float> %1260
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1258, <8 x float> %1262)
  %1265 = insertelement <8 x float> poison, float %1257, i64 0
  %1266 = shufflevector <8 x float> %1265, <8 x float> poison, <8 x i32> zeroinitializer
  %1267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1258, <8 x float> %1250)
  %1268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1267, <8 x float> %1260, <8 x float> %dgacc1.0366)
  %1269 = fmul <8 x float> %1035, %1267
  %1270 = load <8 x float>, ptr %9, align 4
  %1271 = getelementptr inbounds float, ptr %Sh, i64 %1251
  %1272 = load <8 x float>, ptr %1271, align 4
  %1273 = load <8 x float>, ptr %5, align 4
  %1274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1253, <8 x float> %1273, <8 x float> %1264)
  %1275 = fneg <8 x float> %1272
  %1276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> %1270, <8 x float> %1274)
  %1277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1270, <8 x float> %1253)
  %1278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> %1272, <8 x float> %1268)
  %1279 = fmul <8 x float> %1035, %1277
  %1280 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0367
  %1281 = load float, ptr %1280, align 4
  %1282 = shufflevector <8 x float> %1276, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1283 = shufflevector <8 x float> %1276, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1284 = fadd <4 x float> %1282, %1283
  %1285 = shufflevector <4 x float> %1284, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1286 = shufflevector <4 x float> %1284, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1287 = fadd <2 x float> %1285, %1286
  %shift452 = shufflevector <2 x float> %1287, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1288 = fadd <2 x float> %1287, %shift452
  %1289 = extractelement <2 x float> %1288, i64 0
  %1290 = fadd float %1281, %1289
  store float %1290, ptr %1280, align 4
  store <8 x float> %1269, ptr %1249, align 4
  store <8 x float> %1279, ptr %1252, align 4
  %i22.next = or disjoint i64 %i22.addr.0367, 1
  %1291 = shl nuw nsw i64 %i22.next, 4
  %1292 = getelementptr inbounds float, ptr %dS, i64 %1291
  %1293 = load <8 x float>, ptr %1292, align 4
  %1294 = or disjoint i64 %1291, 8
  %1295 = getelementptr inbounds float, ptr %dS, i64 %1294
  %1296 = load <8 x float>, ptr %1295, align 4
  %1297 = or disjoint i64 %i22.next, %396
  %1298 = getelementptr inbounds float, ptr %kh, i64 %1297
  %1299 = load float, ptr %1298, align 4
  %1300 = fmul float %1299, %1033
  %1301 = load <8 x float>, ptr %dSkPrev, align 4
  %1302 = getelementptr inbounds float, ptr %Sh, i64 %1291
  %1303 = load <8 x float>, ptr %1302, align 4
  %1304 = load <8 x float>, ptr %R, align 4
  %1305 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1304, <8 x float> zeroinitializer)
  %1306 = fneg <8 x float> %1303
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1301, <8 x float> %1305)
  %1308 = insertelement <8 x float> poison, float %1300, i64 0
  %1309 = shufflevector <8 x float> %1308, <8 x float> poison, <8 x i32> zeroinitializer
  %1310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1309, <8 x float> %1301, <8 x float> %1293)
  %1311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1310, <8 x float> %1303, <8 x float> %1278)
  %1312 = fmul <8 x float> %1035, %1310
  %1313 = load <8 x float>, ptr %9, align 4
  %1314 = getelementptr inbounds float, ptr %Sh, i64 %1294
  %1315 = load <8 x float>, ptr %1314, align 4
  %1316 = load <8 x float>, ptr %5, align 4
  %1317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1296, <8 x float> %1316, <8 x float> %1307)
  %1318 = fneg <8 x float> %1315
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1313, <8 x float> %1317)
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1309, <8 x float> %1313, <8 x float> %1296)
  %1321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1320, <8 x float> %1315, <8 x float> %1311)
  %1322 = fmul <8 x float> %1035, %1320
  %1323 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.next
  %1324 = load float, ptr %1323, align 4
  %1325 = shufflevector <8 x float> %1319, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1326 = shufflevector <8 x float> %1319, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1327 = fadd <4 x float> %1325, %1326
  %1328 = shufflevector <4 x float> %1327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1329 = shufflevector <4 x float> %1327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1330 = fadd <2 x float> %1328, %1329
  %shift452.1 = shufflevector <2 x float> %1330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1331 = fadd <2 x float> %1330, %shift452.1
  %1332 = extractelement <2 x float> %1331, i64 0
  %1333 = fadd float %1324, %1332
  store float %1333, ptr %1323, align 4
  store <8 x float> %1312, ptr %1292, align 4
  store <8 x float> %1322, ptr %1295, align 4
  %i22.next.1 = add nuw nsw i64 %i22.addr.0367, 2
  %exitcond414.not.1 = icmp eq i64 %i22.next.1, 16
  br i1 %exitcond414.not.1, label %j13.head.preheader, label %i22.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

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
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.isvectorized", i32 1}
!4 = !{!"llvm.loop.unroll.runtime.disable"}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !1}
; ---- dp_step_h2_k16_v16_c1_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k16_v16_c1_gate'
source_filename = "dp_step_h2_k16_v16_c1_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k16_v16_c1_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 1
  %4 = or disjoint i64 %sq, 2
  %5 = or disjoint i64 %sq, 3
  %6 = or disjoint i64 %sq, 4
  %7 = or disjoint i64 %sq, 5
  %8 = or disjoint i64 %sq, 6
  %9 = or disjoint i64 %sq, 7
  %10 = or disjoint i64 %sq, 9
  %11 = or disjoint i64 %sq, 10
  %12 = or disjoint i64 %sq, 11
  %13 = or disjoint i64 %sq, 12
  %14 = or disjoint i64 %sq, 13
  %15 = or disjoint i64 %sq, 14
  %16 = or disjoint i64 %sq, 15
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %bh.body
  %bh.addr.0114 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %bh.body ]
  %b = sdiv i64 %bh.addr.0114, %H
  %h = srem i64 %bh.addr.0114, %H
  %17 = mul nsw i64 %b, %H
  %bT = add nsw i64 %17, %h
  %18 = mul i64 %1, %b
  %bTn = add nsw i64 %18, %h
  %19 = shl nsw i64 %bT, 4
  %20 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %20
  %vh = getelementptr inbounds float, ptr %v, i64 %20
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0114, 10
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %21 = load float, ptr %kh, align 4
  %22 = load <8 x float>, ptr %S, align 4
  %23 = insertelement <8 x float> poison, float %21, i64 0
  %24 = shufflevector <8 x float> %23, <8 x float> poison, <8 x i32> zeroinitializer
  %25 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %22, <8 x float> zeroinitializer)
  %26 = getelementptr inbounds i8, ptr %S, i64 32
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %27, <8 x float> zeroinitializer)
  %29 = getelementptr inbounds i8, ptr %kh, i64 4
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds i8, ptr %S, i64 64
  %32 = load <8 x float>, ptr %31, align 4
  %33 = insertelement <8 x float> poison, float %30, i64 0
  %34 = shufflevector <8 x float> %33, <8 x float> poison, <8 x i32> zeroinitializer
  %35 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %32, <8 x float> zeroinitializer)
  %36 = getelementptr inbounds i8, ptr %S, i64 96
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %37, <8 x float> zeroinitializer)
  %39 = getelementptr inbounds i8, ptr %kh, i64 8
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds i8, ptr %S, i64 128
  %42 = load <8 x float>, ptr %41, align 4
  %43 = insertelement <8 x float> poison, float %40, i64 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %25)
  %46 = getelementptr inbounds i8, ptr %S, i64 160
  %47 = load <8 x float>, ptr %46, align 4
  %48 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %47, <8 x float> %28)
  %49 = getelementptr inbounds i8, ptr %kh, i64 12
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds i8, ptr %S, i64 192
  %52 = load <8 x float>, ptr %51, align 4
  %53 = insertelement <8 x float> poison, float %50, i64 0
  %54 = shufflevector <8 x float> %53, <8 x float> poison, <8 x i32> zeroinitializer
  %55 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %52, <8 x float> %35)
  %56 = getelementptr inbounds i8, ptr %S, i64 224
  %57 = load <8 x float>, ptr %56, align 4
  %58 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %57, <8 x float> %38)
  %59 = getelementptr inbounds i8, ptr %kh, i64 16
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds i8, ptr %S, i64 256
  %62 = load <8 x float>, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %60, i64 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %62, <8 x float> %45)
  %66 = getelementptr inbounds i8, ptr %S, i64 288
  %67 = load <8 x float>, ptr %66, align 4
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %67, <8 x float> %48)
  %69 = getelementptr inbounds i8, ptr %kh, i64 20
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds i8, ptr %S, i64 320
  %72 = load <8 x float>, ptr %71, align 4
  %73 = insertelement <8 x float> poison, float %70, i64 0
  %74 = shufflevector <8 x float> %73, <8 x float> poison, <8 x i32> zeroinitializer
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %72, <8 x float> %55)
  %76 = getelementptr inbounds i8, ptr %S, i64 352
  %77 = load <8 x float>, ptr %76, align 4
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %77, <8 x float> %58)
  %79 = getelementptr inbounds i8, ptr %kh, i64 24
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds i8, ptr %S, i64 384
  %82 = load <8 x float>, ptr %81, align 4
  %83 = insertelement <8 x float> poison, float %80, i64 0
  %84 = shufflevector <8 x float> %83, <8 x float> poison, <8 x i32> zeroinitializer
  %85 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %82, <8 x float> %65)
  %86 = getelementptr inbounds i8, ptr %S, i64 416
  %87 = load <8 x float>, ptr %86, align 4
  %88 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %87, <8 x float> %68)
  %89 = getelementptr inbounds i8, ptr %kh, i64 28
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds i8, ptr %S, i64 448
  %92 = load <8 x float>, ptr %91, align 4
  %93 = insertelement <8 x float> poison, float %90, i64 0
  %94 = shufflevector <8 x float> %93, <8 x float> poison, <8 x i32> zeroinitializer
  %95 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %92, <8 x float> %75)
  %96 = getelementptr inbounds i8, ptr %S, i64 480
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %97, <8 x float> %78)
  %99 = getelementptr inbounds i8, ptr %kh, i64 32
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds i8, ptr %S, i64 512
  %102 = load <8 x float>, ptr %101, align 4
  %103 = insertelement <8 x float> poison, float %100, i64 0
  %104 = shufflevector <8 x float> %103, <8 x float> poison, <8 x i32> zeroinitializer
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %102, <8 x float> %85)
  %106 = getelementptr inbounds i8, ptr %S, i64 544
  %107 = load <8 x float>, ptr %106, align 4
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %107, <8 x float> %88)
  %109 = getelementptr inbounds i8, ptr %kh, i64 36
  %110 = load float, ptr %109, align 4
  %111 = getelementptr inbounds i8, ptr %S, i64 576
  %112 = load <8 x float>, ptr %111, align 4
  %113 = insertelement <8 x float> poison, float %110, i64 0
  %114 = shufflevector <8 x float> %113, <8 x float> poison, <8 x i32> zeroinitializer
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %112, <8 x float> %95)
  %116 = getelementptr inbounds i8, ptr %S, i64 608
  %117 = load <8 x float>, ptr %116, align 4
  %118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %117, <8 x float> %98)
  %119 = getelementptr inbounds i8, ptr %kh, i64 40
  %120 = load float, ptr %119, align 4
  %121 = getelementptr inbounds i8, ptr %S, i64 640
  %122 = load <8 x float>, ptr %121, align 4
  %123 = insertelement <8 x float> poison, float %120, i64 0
  %124 = shufflevector <8 x float> %123, <8 x float> poison, <8 x i32> zeroinitializer
  %125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %122, <8 x float> %105)
  %126 = getelementptr inbounds i8, ptr %S, i64 672
  %127 = load <8 x float>, ptr %126, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %127, <8 x float> %108)
  %129 = getelementptr inbounds i8, ptr %kh, i64 44
  %130 = load float, ptr %129, align 4
  %131 = getelementptr inbounds i8, ptr %S, i64 704
  %132 = load <8 x float>, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %130, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %115)
  %136 = getelementptr inbounds i8, ptr %S, i64 736
  %137 = load <8 x float>, ptr %136, align 4
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %137, <8 x float> %118)
  %139 = getelementptr inbounds i8, ptr %kh, i64 48
  %140 = load float, ptr %139, align 4
  %141 = getelementptr inbounds i8, ptr %S, i64 768
  %142 = load <8 x float>, ptr %141, align 4
  %143 = insertelement <8 x float> poison, float %140, i64 0
  %144 = shufflevector <8 x float> %143, <8 x float> poison, <8 x i32> zeroinitializer
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %142, <8 x float> %125)
  %146 = getelementptr inbounds i8, ptr %S, i64 800
  %147 = load <8 x float>, ptr %146, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %147, <8 x float> %128)
  %149 = getelementptr inbounds i8, ptr %kh, i64 52
  %150 = load float, ptr %149, align 4
  %151 = getelementptr inbounds i8, ptr %S, i64 832
  %152 = load <8 x float>, ptr %151, align 4
  %153 = insertelement <8 x float> poison, float %150, i64 0
  %154 = shufflevector <8 x float> %153, <8 x float> poison, <8 x i32> zeroinitializer
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %152, <8 x float> %135)
  %156 = getelementptr inbounds i8, ptr %S, i64 864
  %157 = load <8 x float>, ptr %156, align 4
  %158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %157, <8 x float> %138)
  %159 = getelementptr inbounds i8, ptr %kh, i64 56
  %160 = load float, ptr %159, align 4
  %161 = getelementptr inbounds i8, ptr %S, i64 896
  %162 = load <8 x float>, ptr %161, align 4
  %163 = insertelement <8 x float> poison, float %160, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %145)
  %166 = getelementptr inbounds i8, ptr %S, i64 928
  %167 = load <8 x float>, ptr %166, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %167, <8 x float> %148)
  %169 = getelementptr inbounds i8, ptr %kh, i64 60
  %170 = load float, ptr %169, align 4
  %171 = getelementptr inbounds i8, ptr %S, i64 960
  %172 = load <8 x float>, ptr %171, align 4
  %173 = insertelement <8 x float> poison, float %170, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %172, <8 x float> %155)
  %176 = getelementptr inbounds i8, ptr %S, i64 992
  %177 = load <8 x float>, ptr %176, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %177, <8 x float> %158)
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %179 = load float, ptr %gh, align 4
  %180 = tail call float @llvm.exp.f32(float %179)
  %181 = load float, ptr %betah, align 4
  %182 = load <8 x float>, ptr %vh, align 4
  %183 = fadd <8 x float> %175, %165
  %184 = insertelement <8 x float> poison, float %180, i64 0
  %185 = shufflevector <8 x float> %184, <8 x float> poison, <8 x i32> zeroinitializer
  %186 = fmul <8 x float> %183, %185
  %187 = fsub <8 x float> %182, %186
  %188 = insertelement <8 x float> poison, float %181, i64 0
  %189 = shufflevector <8 x float> %188, <8 x float> poison, <8 x i32> zeroinitializer
  %190 = fmul <8 x float> %189, %187
  %191 = getelementptr inbounds i8, ptr %vh, i64 32
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fadd <8 x float> %178, %168
  %194 = fmul <8 x float> %193, %185
  %195 = fsub <8 x float> %192, %194
  %196 = fmul <8 x float> %189, %195
  %197 = load float, ptr %kh, align 4
  %198 = getelementptr inbounds float, ptr %kh, i64 %sq
  %199 = load float, ptr %198, align 4
  %200 = insertelement <8 x float> poison, float %197, i64 0
  %201 = shufflevector <8 x float> %200, <8 x float> poison, <8 x i32> zeroinitializer
  %202 = load <8 x float>, ptr %S, align 4
  %203 = fmul <8 x float> %185, %202
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %190, <8 x float> %203)
  store <8 x float> %204, ptr %S, align 4
  %205 = insertelement <8 x float> poison, float %199, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> zeroinitializer)
  %208 = load <8 x float>, ptr %26, align 4
  %209 = fmul <8 x float> %185, %208
  %210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %196, <8 x float> %209)
  store <8 x float> %210, ptr %26, align 4
  %211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %210, <8 x float> zeroinitializer)
  %212 = load float, ptr %29, align 4
  %213 = getelementptr inbounds float, ptr %kh, i64 %3
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> poison, float %212, i64 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = load <8 x float>, ptr %31, align 4
  %218 = fmul <8 x float> %185, %217
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %190, <8 x float> %218)
  store <8 x float> %219, ptr %31, align 4
  %220 = insertelement <8 x float> poison, float %214, i64 0
  %221 = shufflevector <8 x float> %220, <8 x float> poison, <8 x i32> zeroinitializer
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %219, <8 x float> zeroinitializer)
  %223 = load <8 x float>, ptr %36, align 4
  %224 = fmul <8 x float> %185, %223
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %196, <8 x float> %224)
  store <8 x float> %225, ptr %36, align 4
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %225, <8 x float> zeroinitializer)
  %227 = load float, ptr %39, align 4
  %228 = getelementptr inbounds float, ptr %kh, i64 %4
  %229 = load float, ptr %228, align 4
  %230 = insertelement <8 x float> poison, float %227, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = load <8 x float>, ptr %41, align 4
  %233 = fmul <8 x float> %185, %232
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %190, <8 x float> %233)
  store <8 x float> %234, ptr %41, align 4
  %235 = insertelement <8 x float> poison, float %229, i64 0
  %236 = shufflevector <8 x float> %235, <8 x float> poison, <8 x i32> zeroinitializer
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %234, <8 x float> %207)
  %238 = load <8 x float>, ptr %46, align 4
  %239 = fmul <8 x float> %185, %238
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %196, <8 x float> %239)
  store <8 x float> %240, ptr %46, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %240, <8 x float> %211)
  %242 = load float, ptr %49, align 4
  %243 = getelementptr inbounds float, ptr %kh, i64 %5
  %244 = load float, ptr %243, align 4
  %245 = insertelement <8 x float> poison, float %242, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = load <8 x float>, ptr %51, align 4
  %248 = fmul <8 x float> %185, %247
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %190, <8 x float> %248)
  store <8 x float> %249, ptr %51, align 4
  %250 = insertelement <8 x float> poison, float %244, i64 0
  %251 = shufflevector <8 x float> %250, <8 x float> poison, <8 x i32> zeroinitializer
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %249, <8 x float> %222)
  %253 = load <8 x float>, ptr %56, align 4
  %254 = fmul <8 x float> %185, %253
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %196, <8 x float> %254)
  store <8 x float> %255, ptr %56, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %255, <8 x float> %226)
  %257 = load float, ptr %59, align 4
  %258 = getelementptr inbounds float, ptr %kh, i64 %6
  %259 = load float, ptr %258, align 4
  %260 = insertelement <8 x float> poison, float %257, i64 0
  %261 = shufflevector <8 x float> %260, <8 x float> poison, <8 x i32> zeroinitializer
  %262 = load <8 x float>, ptr %61, align 4
  %263 = fmul <8 x float> %185, %262
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %190, <8 x float> %263)
  store <8 x float> %264, ptr %61, align 4
  %265 = insertelement <8 x float> poison, float %259, i64 0
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <8 x i32> zeroinitializer
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %264, <8 x float> %237)
  %268 = load <8 x float>, ptr %66, align 4
  %269 = fmul <8 x float> %185, %268
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %196, <8 x float> %269)
  store <8 x float> %270, ptr %66, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %270, <8 x float> %241)
  %272 = load float, ptr %69, align 4
  %273 = getelementptr inbounds float, ptr %kh, i64 %7
  %274 = load float, ptr %273, align 4
  %275 = insertelement <8 x float> poison, float %272, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = load <8 x float>, ptr %71, align 4
  %278 = fmul <8 x float> %185, %277
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %190, <8 x float> %278)
  store <8 x float> %279, ptr %71, align 4
  %280 = insertelement <8 x float> poison, float %274, i64 0
  %281 = shufflevector <8 x float> %280, <8 x float> poison, <8 x i32> zeroinitializer
  %282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %279, <8 x float> %252)
  %283 = load <8 x float>, ptr %76, align 4
  %284 = fmul <8 x float> %185, %283
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %196, <8 x float> %284)
  store <8 x float> %285, ptr %76, align 4
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %285, <8 x float> %256)
  %287 = load float, ptr %79, align 4
  %288 = getelementptr inbounds float, ptr %kh, i64 %8
  %289 = load float, ptr %288, align 4
  %290 = insertelement <8 x float> poison, float %287, i64 0
  %291 = shufflevector <8 x float> %290, <8 x float> poison, <8 x i32> zeroinitializer
  %292 = load <8 x float>, ptr %81, align 4
  %293 = fmul <8 x float> %185, %292
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %190, <8 x float> %293)
  store <8 x float> %294, ptr %81, align 4
  %295 = insertelement <8 x float> poison, float %289, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %267)
  %298 = load <8 x float>, ptr %86, align 4
  %299 = fmul <8 x float> %185, %298
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %196, <8 x float> %299)
  store <8 x float> %300, ptr %86, align 4
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %300, <8 x float> %271)
  %302 = load float, ptr %89, align 4
  %303 = getelementptr inbounds float, ptr %kh, i64 %9
  %304 = load float, ptr %303, align 4
  %305 = insertelement <8 x float> poison, float %302, i64 0
  %306 = shufflevector <8 x float> %305, <8 x float> poison, <8 x i32> zeroinitializer
  %307 = load <8 x float>, ptr %91, align 4
  %308 = fmul <8 x float> %185, %307
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %190, <8 x float> %308)
  store <8 x float> %309, ptr %91, align 4
  %310 = insertelement <8 x float> poison, float %304, i64 0
  %311 = shufflevector <8 x float> %310, <8 x float> poison, <8 x i32> zeroinitializer
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %309, <8 x float> %282)
  %313 = load <8 x float>, ptr %96, align 4
  %314 = fmul <8 x float> %185, %313
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %196, <8 x float> %314)
  store <8 x float> %315, ptr %96, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %315, <8 x float> %286)
  %317 = load float, ptr %99, align 4
  %318 = getelementptr inbounds float, ptr %kh, i64 %2
  %319 = load float, ptr %318, align 4
  %320 = insertelement <8 x float> poison, float %317, i64 0
  %321 = shufflevector <8 x float> %320, <8 x float> poison, <8 x i32> zeroinitializer
  %322 = load <8 x float>, ptr %101, align 4
  %323 = fmul <8 x float> %185, %322
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %190, <8 x float> %323)
  store <8 x float> %324, ptr %101, align 4
  %325 = insertelement <8 x float> poison, float %319, i64 0
  %326 = shufflevector <8 x float> %325, <8 x float> poison, <8 x i32> zeroinitializer
  %327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %324, <8 x float> %297)
  %328 = load <8 x float>, ptr %106, align 4
  %329 = fmul <8 x float> %185, %328
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %196, <8 x float> %329)
  store <8 x float> %330, ptr %106, align 4
  %331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %330, <8 x float> %301)
  %332 = load float, ptr %109, align 4
  %333 = getelementptr inbounds float, ptr %kh, i64 %10
  %334 = load float, ptr %333, align 4
  %335 = insertelement <8 x float> poison, float %332, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = load <8 x float>, ptr %111, align 4
  %338 = fmul <8 x float> %185, %337
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %190, <8 x float> %338)
  store <8 x float> %339, ptr %111, align 4
  %340 = insertelement <8 x float> poison, float %334, i64 0
  %341 = shufflevector <8 x float> %340, <8 x float> poison, <8 x i32> zeroinitializer
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %339, <8 x float> %312)
  %343 = load <8 x float>, ptr %116, align 4
  %344 = fmul <8 x float> %185, %343
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %196, <8 x float> %344)
  store <8 x float> %345, ptr %116, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %345, <8 x float> %316)
  %347 = load float, ptr %119, align 4
  %348 = getelementptr inbounds float, ptr %kh, i64 %11
  %349 = load float, ptr %348, align 4
  %350 = insertelement <8 x float> poison, float %347, i64 0
  %351 = shufflevector <8 x float> %350, <8 x float> poison, <8 x i32> zeroinitializer
  %352 = load <8 x float>, ptr %121, align 4
  %353 = fmul <8 x float> %185, %352
  %354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %190, <8 x float> %353)
  store <8 x float> %354, ptr %121, align 4
  %355 = insertelement <8 x float> poison, float %349, i64 0
  %356 = shufflevector <8 x float> %355, <8 x float> poison, <8 x i32> zeroinitializer
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %354, <8 x float> %327)
  %358 = load <8 x float>, ptr %126, align 4
  %359 = fmul <8 x float> %185, %358
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %196, <8 x float> %359)
  store <8 x float> %360, ptr %126, align 4
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %360, <8 x float> %331)
  %362 = load float, ptr %129, align 4
  %363 = getelementptr inbounds float, ptr %kh, i64 %12
  %364 = load float, ptr %363, align 4
  %365 = insertelement <8 x float> poison, float %362, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = load <8 x float>, ptr %131, align 4
  %368 = fmul <8 x float> %185, %367
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %190, <8 x float> %368)
  store <8 x float> %369, ptr %131, align 4
  %370 = insertelement <8 x float> poison, float %364, i64 0
  %371 = shufflevector <8 x float> %370, <8 x float> poison, <8 x i32> zeroinitializer
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %369, <8 x float> %342)
  %373 = load <8 x float>, ptr %136, align 4
  %374 = fmul <8 x float> %185, %373
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %196, <8 x float> %374)
  store <8 x float> %375, ptr %136, align 4
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %375, <8 x float> %346)
  %377 = load float, ptr %139, align 4
  %378 = getelementptr inbounds float, ptr %kh, i64 %13
  %379 = load float, ptr %378, align 4
  %380 = insertelement <8 x float> poison, float %377, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> poison, <8 x i32> zeroinitializer
  %382 = load <8 x float>, ptr %141, align 4
  %383 = fmul <8 x float> %185, %382
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %190, <8 x float> %383)
  store <8 x float> %384, ptr %141, align 4
  %385 = insertelement <8 x float> poison, float %379, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> poison, <8 x i32> zeroinitializer
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %384, <8 x float> %357)
  %388 = load <8 x float>, ptr %146, align 4
  %389 = fmul <8 x float> %185, %388
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %196, <8 x float> %389)
  store <8 x float> %390, ptr %146, align 4
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %390, <8 x float> %361)
  %392 = load float, ptr %149, align 4
  %393 = getelementptr inbounds float, ptr %kh, i64 %14
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> poison, float %392, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = load <8 x float>, ptr %151, align 4
  %398 = fmul <8 x float> %185, %397
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %190, <8 x float> %398)
  store <8 x float> %399, ptr %151, align 4
  %400 = insertelement <8 x float> poison, float %394, i64 0
  %401 = shufflevector <8 x float> %400, <8 x float> poison, <8 x i32> zeroinitializer
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %399, <8 x float> %372)
  %403 = load <8 x float>, ptr %156, align 4
  %404 = fmul <8 x float> %185, %403
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %196, <8 x float> %404)
  store <8 x float> %405, ptr %156, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %405, <8 x float> %376)
  %407 = load float, ptr %159, align 4
  %408 = getelementptr inbounds float, ptr %kh, i64 %15
  %409 = load float, ptr %408, align 4
  %410 = insertelement <8 x float> poison, float %407, i64 0
  %411 = shufflevector <8 x float> %410, <8 x float> poison, <8 x i32> zeroinitializer
  %412 = load <8 x float>, ptr %161, align 4
  %413 = fmul <8 x float> %185, %412
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %411, <8 x float> %190, <8 x float> %413)
  store <8 x float> %414, ptr %161, align 4
  %415 = insertelement <8 x float> poison, float %409, i64 0
  %416 = shufflevector <8 x float> %415, <8 x float> poison, <8 x i32> zeroinitializer
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %414, <8 x float> %387)
  %418 = load <8 x float>, ptr %166, align 4
  %419 = fmul <8 x float> %185, %418
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %411, <8 x float> %196, <8 x float> %419)
  store <8 x float> %420, ptr %166, align 4
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %420, <8 x float> %391)
  %422 = load float, ptr %169, align 4
  %423 = getelementptr inbounds float, ptr %kh, i64 %16
  %424 = load float, ptr %423, align 4
  %425 = insertelement <8 x float> poison, float %422, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = load <8 x float>, ptr %171, align 4
  %428 = fmul <8 x float> %185, %427
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %190, <8 x float> %428)
  store <8 x float> %429, ptr %171, align 4
  %430 = insertelement <8 x float> poison, float %424, i64 0
  %431 = shufflevector <8 x float> %430, <8 x float> poison, <8 x i32> zeroinitializer
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %429, <8 x float> %402)
  %433 = load <8 x float>, ptr %176, align 4
  %434 = fmul <8 x float> %185, %433
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %196, <8 x float> %434)
  store <8 x float> %435, ptr %176, align 4
  %436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %435, <8 x float> %406)
  %qh = getelementptr inbounds float, ptr %q, i64 %19
  %437 = getelementptr inbounds float, ptr %betah, i64 %H
  %438 = load float, ptr %437, align 4
  %439 = getelementptr inbounds float, ptr %vh, i64 %sq
  %440 = load <8 x float>, ptr %439, align 4
  %441 = fadd <8 x float> %432, %417
  %442 = fsub <8 x float> %440, %441
  %443 = insertelement <8 x float> poison, float %438, i64 0
  %444 = shufflevector <8 x float> %443, <8 x float> poison, <8 x i32> zeroinitializer
  %445 = fmul <8 x float> %444, %442
  %446 = getelementptr inbounds float, ptr %vh, i64 %2
  %447 = load <8 x float>, ptr %446, align 4
  %448 = fadd <8 x float> %436, %421
  %449 = fsub <8 x float> %447, %448
  %450 = fmul <8 x float> %444, %449
  %451 = load float, ptr %198, align 4
  %452 = load float, ptr %qh, align 4
  %453 = insertelement <8 x float> poison, float %451, i64 0
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <8 x i32> zeroinitializer
  %455 = load <8 x float>, ptr %S, align 4
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %445, <8 x float> %455)
  store <8 x float> %456, ptr %S, align 4
  %457 = insertelement <8 x float> poison, float %452, i64 0
  %458 = shufflevector <8 x float> %457, <8 x float> poison, <8 x i32> zeroinitializer
  %459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %456, <8 x float> zeroinitializer)
  %460 = load <8 x float>, ptr %26, align 4
  %461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %450, <8 x float> %460)
  store <8 x float> %461, ptr %26, align 4
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %461, <8 x float> zeroinitializer)
  %463 = load float, ptr %213, align 4
  %464 = getelementptr inbounds i8, ptr %qh, i64 4
  %465 = load float, ptr %464, align 4
  %466 = insertelement <8 x float> poison, float %463, i64 0
  %467 = shufflevector <8 x float> %466, <8 x float> poison, <8 x i32> zeroinitializer
  %468 = load <8 x float>, ptr %31, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %445, <8 x float> %468)
  store <8 x float> %469, ptr %31, align 4
  %470 = insertelement <8 x float> poison, float %465, i64 0
  %471 = shufflevector <8 x float> %470, <8 x float> poison, <8 x i32> zeroinitializer
  %472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %469, <8 x float> %459)
  %473 = load <8 x float>, ptr %36, align 4
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, ptr %36, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %474, <8 x float> %462)
  %476 = load float, ptr %228, align 4
  %477 = getelementptr inbounds i8, ptr %qh, i64 8
  %478 = load float, ptr %477, align 4
  %479 = insertelement <8 x float> poison, float %476, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = load <8 x float>, ptr %41, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %445, <8 x float> %481)
  store <8 x float> %482, ptr %41, align 4
  %483 = insertelement <8 x float> poison, float %478, i64 0
  %484 = shufflevector <8 x float> %483, <8 x float> poison, <8 x i32> zeroinitializer
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %482, <8 x float> %472)
  %486 = load <8 x float>, ptr %46, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %450, <8 x float> %486)
  store <8 x float> %487, ptr %46, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %487, <8 x float> %475)
  %489 = load float, ptr %243, align 4
  %490 = getelementptr inbounds i8, ptr %qh, i64 12
  %491 = load float, ptr %490, align 4
  %492 = insertelement <8 x float> poison, float %489, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = load <8 x float>, ptr %51, align 4
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %445, <8 x float> %494)
  store <8 x float> %495, ptr %51, align 4
  %496 = insertelement <8 x float> poison, float %491, i64 0
  %497 = shufflevector <8 x float> %496, <8 x float> poison, <8 x i32> zeroinitializer
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %495, <8 x float> %485)
  %499 = load <8 x float>, ptr %56, align 4
  %500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %450, <8 x float> %499)
  store <8 x float> %500, ptr %56, align 4
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %500, <8 x float> %488)
  %502 = load float, ptr %258, align 4
  %503 = getelementptr inbounds i8, ptr %qh, i64 16
  %504 = load float, ptr %503, align 4
  %505 = insertelement <8 x float> poison, float %502, i64 0
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %61, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %445, <8 x float> %507)
  store <8 x float> %508, ptr %61, align 4
  %509 = insertelement <8 x float> poison, float %504, i64 0
  %510 = shufflevector <8 x float> %509, <8 x float> poison, <8 x i32> zeroinitializer
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %508, <8 x float> %498)
  %512 = load <8 x float>, ptr %66, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %450, <8 x float> %512)
  store <8 x float> %513, ptr %66, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %513, <8 x float> %501)
  %515 = load float, ptr %273, align 4
  %516 = getelementptr inbounds i8, ptr %qh, i64 20
  %517 = load float, ptr %516, align 4
  %518 = insertelement <8 x float> poison, float %515, i64 0
  %519 = shufflevector <8 x float> %518, <8 x float> poison, <8 x i32> zeroinitializer
  %520 = load <8 x float>, ptr %71, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %445, <8 x float> %520)
  store <8 x float> %521, ptr %71, align 4
  %522 = insertelement <8 x float> poison, float %517, i64 0
  %523 = shufflevector <8 x float> %522, <8 x float> poison, <8 x i32> zeroinitializer
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %521, <8 x float> %511)
  %525 = load <8 x float>, ptr %76, align 4
  %526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %450, <8 x float> %525)
  store <8 x float> %526, ptr %76, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %526, <8 x float> %514)
  %528 = load float, ptr %288, align 4
  %529 = getelementptr inbounds i8, ptr %qh, i64 24
  %530 = load float, ptr %529, align 4
  %531 = insertelement <8 x float> poison, float %528, i64 0
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <8 x i32> zeroinitializer
  %533 = load <8 x float>, ptr %81, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %445, <8 x float> %533)
  store <8 x float> %534, ptr %81, align 4
  %535 = insertelement <8 x float> poison, float %530, i64 0
  %536 = shufflevector <8 x float> %535, <8 x float> poison, <8 x i32> zeroinitializer
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %534, <8 x float> %524)
  %538 = load <8 x float>, ptr %86, align 4
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %450, <8 x float> %538)
  store <8 x float> %539, ptr %86, align 4
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %539, <8 x float> %527)
  %541 = load float, ptr %303, align 4
  %542 = getelementptr inbounds i8, ptr %qh, i64 28
  %543 = load float, ptr %542, align 4
  %544 = insertelement <8 x float> poison, float %541, i64 0
  %545 = shufflevector <8 x float> %544, <8 x float> poison, <8 x i32> zeroinitializer
  %546 = load <8 x float>, ptr %91, align 4
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %445, <8 x float> %546)
  store <8 x float> %547, ptr %91, align 4
  %548 = insertelement <8 x float> poison, float %543, i64 0
  %549 = shufflevector <8 x float> %548, <8 x float> poison, <8 x i32> zeroinitializer
  %550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %547, <8 x float> %537)
  %551 = load <8 x float>, ptr %96, align 4
  %552 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %450, <8 x float> %551)
  store <8 x float> %552, ptr %96, align 4
  %553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %552, <8 x float> %540)
  %554 = load float, ptr %318, align 4
  %555 = getelementptr inbounds i8, ptr %qh, i64 32
  %556 = load float, ptr %555, align 4
  %557 = insertelement <8 x float> poison, float %554, i64 0
  %558 = shufflevector <8 x float> %557, <8 x float> poison, <8 x i32> zeroinitializer
  %559 = load <8 x float>, ptr %101, align 4
  %560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %445, <8 x float> %559)
  store <8 x float> %560, ptr %101, align 4
  %561 = insertelement <8 x float> poison, float %556, i64 0
  %562 = shufflevector <8 x float> %561, <8 x float> poison, <8 x i32> zeroinitializer
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %560, <8 x float> %550)
  %564 = load <8 x float>, ptr %106, align 4
  %565 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %450, <8 x float> %564)
  store <8 x float> %565, ptr %106, align 4
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %565, <8 x float> %553)
  %567 = load float, ptr %333, align 4
  %568 = getelementptr inbounds i8, ptr %qh, i64 36
  %569 = load float, ptr %568, align 4
  %570 = insertelement <8 x float> poison, float %567, i64 0
  %571 = shufflevector <8 x float> %570, <8 x float> poison, <8 x i32> zeroinitializer
  %572 = load <8 x float>, ptr %111, align 4
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %445, <8 x float> %572)
  store <8 x float> %573, ptr %111, align 4
  %574 = insertelement <8 x float> poison, float %569, i64 0
  %575 = shufflevector <8 x float> %574, <8 x float> poison, <8 x i32> zeroinitializer
  %576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %573, <8 x float> %563)
  %577 = load <8 x float>, ptr %116, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %450, <8 x float> %577)
  store <8 x float> %578, ptr %116, align 4
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %578, <8 x float> %566)
  %580 = load float, ptr %348, align 4
  %581 = getelementptr inbounds i8, ptr %qh, i64 40
  %582 = load float, ptr %581, align 4
  %583 = insertelement <8 x float> poison, float %580, i64 0
  %584 = shufflevector <8 x float> %583, <8 x float> poison, <8 x i32> zeroinitializer
  %585 = load <8 x float>, ptr %121, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %445, <8 x float> %585)
  store <8 x float> %586, ptr %121, align 4
  %587 = insertelement <8 x float> poison, float %582, i64 0
  %588 = shufflevector <8 x float> %587, <8 x float> poison, <8 x i32> zeroinitializer
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %586, <8 x float> %576)
  %590 = load <8 x float>, ptr %126, align 4
  %591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %450, <8 x float> %590)
  store <8 x float> %591, ptr %126, align 4
  %592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %591, <8 x float> %579)
  %593 = load float, ptr %363, align 4
  %594 = getelementptr inbounds i8, ptr %qh, i64 44
  %595 = load float, ptr %594, align 4
  %596 = insertelement <8 x float> poison, float %593, i64 0
  %597 = shufflevector <8 x float> %596, <8 x float> poison, <8 x i32> zeroinitializer
  %598 = load <8 x float>, ptr %131, align 4
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %445, <8 x float> %598)
  store <8 x float> %599, ptr %131, align 4
  %600 = insertelement <8 x float> poison, float %595, i64 0
  %601 = shufflevector <8 x float> %600, <8 x float> poison, <8 x i32> zeroinitializer
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %599, <8 x float> %589)
  %603 = load <8 x float>, ptr %136, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %450, <8 x float> %603)
  store <8 x float> %604, ptr %136, align 4
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %604, <8 x float> %592)
  %606 = load float, ptr %378, align 4
  %607 = getelementptr inbounds i8, ptr %qh, i64 48
  %608 = load float, ptr %607, align 4
  %609 = insertelement <8 x float> poison, float %606, i64 0
  %610 = shufflevector <8 x float> %609, <8 x float> poison, <8 x i32> zeroinitializer
  %611 = load <8 x float>, ptr %141, align 4
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %445, <8 x float> %611)
  store <8 x float> %612, ptr %141, align 4
  %613 = insertelement <8 x float> poison, float %608, i64 0
  %614 = shufflevector <8 x float> %613, <8 x float> poison, <8 x i32> zeroinitializer
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %612, <8 x float> %602)
  %616 = load <8 x float>, ptr %146, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %450, <8 x float> %616)
  store <8 x float> %617, ptr %146, align 4
  %618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %617, <8 x float> %605)
  %619 = load float, ptr %393, align 4
  %620 = getelementptr inbounds i8, ptr %qh, i64 52
  %621 = load float, ptr %620, align 4
  %622 = insertelement <8 x float> poison, float %619, i64 0
  %623 = shufflevector <8 x float> %622, <8 x float> poison, <8 x i32> zeroinitializer
  %624 = load <8 x float>, ptr %151, align 4
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %445, <8 x float> %624)
  store <8 x float> %625, ptr %151, align 4
  %626 = insertelement <8 x float> poison, float %621, i64 0
  %627 = shufflevector <8 x float> %626, <8 x float> poison, <8 x i32> zeroinitializer
  %628 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %625, <8 x float> %615)
  %629 = load <8 x float>, ptr %156, align 4
  %630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %450, <8 x float> %629)
  store <8 x float> %630, ptr %156, align 4
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %630, <8 x float> %618)
  %632 = load float, ptr %408, align 4
  %633 = getelementptr inbounds i8, ptr %qh, i64 56
  %634 = load float, ptr %633, align 4
  %635 = insertelement <8 x float> poison, float %632, i64 0
  %636 = shufflevector <8 x float> %635, <8 x float> poison, <8 x i32> zeroinitializer
  %637 = load <8 x float>, ptr %161, align 4
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %445, <8 x float> %637)
  store <8 x float> %638, ptr %161, align 4
  %639 = insertelement <8 x float> poison, float %634, i64 0
  %640 = shufflevector <8 x float> %639, <8 x float> poison, <8 x i32> zeroinitializer
  %641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %638, <8 x float> %628)
  %642 = load <8 x float>, ptr %166, align 4
  %643 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %450, <8 x float> %642)
  store <8 x float> %643, ptr %166, align 4
  %644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %643, <8 x float> %631)
  %645 = load float, ptr %423, align 4
  %646 = getelementptr inbounds i8, ptr %qh, i64 60
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> poison, float %645, i64 0
  %649 = shufflevector <8 x float> %648, <8 x float> poison, <8 x i32> zeroinitializer
  %650 = load <8 x float>, ptr %171, align 4
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %445, <8 x float> %650)
  store <8 x float> %651, ptr %171, align 4
  %652 = insertelement <8 x float> poison, float %647, i64 0
  %653 = shufflevector <8 x float> %652, <8 x float> poison, <8 x i32> zeroinitializer
  %654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> %651, <8 x float> %641)
  %655 = load <8 x float>, ptr %176, align 4
  %656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %450, <8 x float> %655)
  store <8 x float> %656, ptr %176, align 4
  %657 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> %656, <8 x float> %644)
  %oh = getelementptr inbounds float, ptr %o, i64 %19
  %658 = fmul <8 x float> %654, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <8 x float> %658, ptr %oh, align 4
  %659 = fmul <8 x float> %657, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %660 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %659, ptr %660, align 4
  %bh.next = add nsw i64 %bh.addr.0114, 1
  %exitcond.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond.not, label %bh.exit, label %bh.body

bh.exit:                                          ; preds = %bh.body, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
