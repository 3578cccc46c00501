; ---- dp_fwd_h1_k16_v16_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k16_v16_r64_nogate'
source_filename = "dp_fwd_h1_k16_v16_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k16_v16_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = mul i64 %H, %T
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %4 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %4, 7
  %5 = sub i64 %bh0, %bh1
  %6 = icmp ugt i64 %5, -8
  br i1 %6, label %bh.exit.loopexit114.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 63
  %nc99106 = lshr i64 %7, 6
  %8 = mul i64 %nc99106, %bh0
  %9 = shl i64 %nc99106, 10
  %10 = sub i64 %bh1, %bh0
  %11 = getelementptr inbounds i8, ptr %work, i64 928
  %12 = getelementptr inbounds i8, ptr %work, i64 800
  %13 = getelementptr inbounds i8, ptr %work, i64 672
  %14 = getelementptr inbounds i8, ptr %work, i64 544
  %15 = getelementptr inbounds i8, ptr %work, i64 416
  %16 = getelementptr inbounds i8, ptr %work, i64 288
  %17 = getelementptr inbounds i8, ptr %work, i64 160
  %18 = getelementptr inbounds i8, ptr %work, i64 32
  %19 = getelementptr inbounds i8, ptr %work, i64 992
  %20 = getelementptr inbounds i8, ptr %work, i64 864
  %21 = getelementptr inbounds i8, ptr %work, i64 736
  %22 = getelementptr inbounds i8, ptr %work, i64 608
  %23 = getelementptr inbounds i8, ptr %work, i64 480
  %24 = getelementptr inbounds i8, ptr %work, i64 352
  %25 = getelementptr inbounds i8, ptr %work, i64 224
  %26 = getelementptr inbounds i8, ptr %work, i64 96
  %27 = getelementptr inbounds i8, ptr %work, i64 960
  %28 = getelementptr inbounds i8, ptr %work, i64 832
  %29 = getelementptr inbounds i8, ptr %work, i64 704
  %30 = getelementptr inbounds i8, ptr %work, i64 576
  %31 = getelementptr inbounds i8, ptr %work, i64 448
  %32 = getelementptr inbounds i8, ptr %work, i64 320
  %33 = getelementptr inbounds i8, ptr %work, i64 192
  %34 = getelementptr inbounds i8, ptr %work, i64 64
  %35 = getelementptr inbounds i8, ptr %work, i64 896
  %36 = getelementptr inbounds i8, ptr %work, i64 768
  %37 = getelementptr inbounds i8, ptr %work, i64 640
  %38 = getelementptr inbounds i8, ptr %work, i64 512
  %39 = getelementptr inbounds i8, ptr %work, i64 384
  %40 = getelementptr inbounds i8, ptr %work, i64 256
  %41 = getelementptr inbounds i8, ptr %work, i64 128
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar88 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next89, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.071.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %42 = add i64 %indvar88, %bh0
  %43 = shl i64 %42, 10
  %scevgep97 = getelementptr i8, ptr %hT, i64 %43
  %44 = mul i64 %9, %indvar88
  %scevgep91 = getelementptr i8, ptr %h0, i64 %43
  %b.us = sdiv i64 %bh.addr.071.us, %H
  %h.us = srem i64 %bh.addr.071.us, %H
  %45 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %45, %h.us
  %46 = shl nsw i64 %bT.us, 4
  %kh.us = getelementptr inbounds float, ptr %k, i64 %46
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep91, i64 1024, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %46
  %vh.us = getelementptr inbounds float, ptr %v, i64 %46
  %oh.us = getelementptr inbounds float, ptr %o, i64 %46
  %invariant.gep104 = getelementptr i8, ptr %hs, i64 %44
  br label %i1.head.preheader.us

t.body.us.preheader:                              ; preds = %i1.head.preheader.us
  %47 = mul nsw i64 %t0.us, %H
  %48 = getelementptr inbounds float, ptr %betah.us, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = insertelement <8 x float> poison, float %49, i64 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = mul nsw i64 %t0.us, %sq
  %53 = or disjoint i64 %52, 8
  %54 = getelementptr inbounds float, ptr %vh.us, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = or disjoint i64 %52, 14
  %57 = getelementptr inbounds float, ptr %kh.us, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = insertelement <8 x float> poison, float %58, i64 0
  %60 = shufflevector <8 x float> %59, <8 x float> poison, <8 x i32> zeroinitializer
  %61 = load <8 x float>, ptr %11, align 4
  %62 = or disjoint i64 %52, 12
  %63 = getelementptr inbounds float, ptr %kh.us, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %64, i64 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %12, align 4
  %68 = or disjoint i64 %52, 10
  %69 = getelementptr inbounds float, ptr %kh.us, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> poison, float %70, i64 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  %73 = load <8 x float>, ptr %13, align 4
  %74 = getelementptr inbounds float, ptr %kh.us, i64 %53
  %75 = load float, ptr %74, align 4
  %76 = insertelement <8 x float> poison, float %75, i64 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = load <8 x float>, ptr %14, align 4
  %79 = or disjoint i64 %52, 6
  %80 = getelementptr inbounds float, ptr %kh.us, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <8 x float> poison, float %81, i64 0
  %83 = shufflevector <8 x float> %82, <8 x float> poison, <8 x i32> zeroinitializer
  %84 = load <8 x float>, ptr %15, align 4
  %85 = or disjoint i64 %52, 4
  %86 = getelementptr inbounds float, ptr %kh.us, i64 %85
  %87 = load float, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %87, i64 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = load <8 x float>, ptr %16, align 4
  %91 = or disjoint i64 %52, 2
  %92 = getelementptr inbounds float, ptr %kh.us, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = insertelement <8 x float> poison, float %93, i64 0
  %95 = shufflevector <8 x float> %94, <8 x float> poison, <8 x i32> zeroinitializer
  %96 = load <8 x float>, ptr %17, align 4
  %97 = getelementptr inbounds float, ptr %kh.us, i64 %52
  %98 = load float, ptr %97, align 4
  %99 = insertelement <8 x float> poison, float %98, i64 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = load <8 x float>, ptr %18, align 4
  %102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %101, <8 x float> zeroinitializer)
  %103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %95, <8 x float> %96, <8 x float> %102)
  %104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %90, <8 x float> %103)
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %83, <8 x float> %84, <8 x float> %104)
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %78, <8 x float> %105)
  %107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %73, <8 x float> %106)
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %67, <8 x float> %107)
  %109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %60, <8 x float> %61, <8 x float> %108)
  %110 = or disjoint i64 %52, 15
  %111 = getelementptr inbounds float, ptr %kh.us, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = insertelement <8 x float> poison, float %112, i64 0
  %114 = shufflevector <8 x float> %113, <8 x float> poison, <8 x i32> zeroinitializer
  %115 = load <8 x float>, ptr %19, align 4
  %116 = or disjoint i64 %52, 13
  %117 = getelementptr inbounds float, ptr %kh.us, i64 %116
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> poison, float %118, i64 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = load <8 x float>, ptr %20, align 4
  %122 = or disjoint i64 %52, 11
  %123 = getelementptr inbounds float, ptr %kh.us, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = insertelement <8 x float> poison, float %124, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> poison, <8 x i32> zeroinitializer
  %127 = load <8 x float>, ptr %21, align 4
  %128 = or disjoint i64 %52, 9
  %129 = getelementptr inbounds float, ptr %kh.us, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = insertelement <8 x float> poison, float %130, i64 0
  %132 = shufflevector <8 x float> %131, <8 x float> poison, <8 x i32> zeroinitializer
  %133 = load <8 x float>, ptr %22, align 4
  %134 = or disjoint i64 %52, 7
  %135 = getelementptr inbounds float, ptr %kh.us, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <8 x float> poison, float %136, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = load <8 x float>, ptr %23, align 4
  %140 = or disjoint i64 %52, 5
  %141 = getelementptr inbounds float, ptr %kh.us, i64 %140
  %142 = load float, ptr %141, align 4
  %143 = insertelement <8 x float> poison, float %142, i64 0
  %144 = shufflevector <8 x float> %143, <8 x float> poison, <8 x i32> zeroinitializer
  %145 = load <8 x float>, ptr %24, align 4
  %146 = or disjoint i64 %52, 3
  %147 = getelementptr inbounds float, ptr %kh.us, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %148, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = load <8 x float>, ptr %25, align 4
  %152 = or disjoint i64 %52, 1
  %153 = getelementptr inbounds float, ptr %kh.us, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = insertelement <8 x float> poison, float %154, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = load <8 x float>, ptr %26, align 4
  %158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %157, <8 x float> zeroinitializer)
  %159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %151, <8 x float> %158)
  %160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %145, <8 x float> %159)
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %139, <8 x float> %160)
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %132, <8 x float> %133, <8 x float> %161)
  %163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %127, <8 x float> %162)
  %164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %121, <8 x float> %163)
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %115, <8 x float> %164)
  %166 = fadd <8 x float> %109, %165
  %167 = fsub <8 x float> %55, %166
  %168 = fmul <8 x float> %51, %167
  %169 = getelementptr inbounds float, ptr %vh.us, i64 %52
  %170 = load <8 x float>, ptr %169, align 4
  %171 = load <8 x float>, ptr %27, align 4
  %172 = load <8 x float>, ptr %28, align 4
  %173 = load <8 x float>, ptr %29, align 4
  %174 = load <8 x float>, ptr %30, align 4
  %175 = load <8 x float>, ptr %31, align 4
  %176 = load <8 x float>, ptr %32, align 4
  %177 = load <8 x float>, ptr %33, align 4
  %178 = load <8 x float>, ptr %34, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %178, <8 x float> zeroinitializer)
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %177, <8 x float> %179)
  %181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %176, <8 x float> %180)
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %138, <8 x float> %175, <8 x float> %181)
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %132, <8 x float> %174, <8 x float> %182)
  %184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %173, <8 x float> %183)
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> %172, <8 x float> %184)
  %186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %171, <8 x float> %185)
  %187 = load <8 x float>, ptr %35, align 4
  %188 = load <8 x float>, ptr %36, align 4
  %189 = load <8 x float>, ptr %37, align 4
  %190 = load <8 x float>, ptr %38, align 4
  %191 = load <8 x float>, ptr %39, align 4
  %192 = load <8 x float>, ptr %40, align 4
  %193 = load <8 x float>, ptr %41, align 4
  %194 = load <8 x float>, ptr %work, align 4
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %194, <8 x float> zeroinitializer)
  %196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %95, <8 x float> %193, <8 x float> %195)
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %192, <8 x float> %196)
  %198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %83, <8 x float> %191, <8 x float> %197)
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %190, <8 x float> %198)
  %200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %189, <8 x float> %199)
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %188, <8 x float> %200)
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %60, <8 x float> %187, <8 x float> %201)
  %203 = fadd <8 x float> %186, %202
  %204 = fsub <8 x float> %170, %203
  %205 = fmul <8 x float> %51, %204
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i1.head.preheader.us
  %ci.next.us = add nuw nsw i64 %ci.addr.068.us, 1
  %exitcond95.not = icmp eq i64 %ci.next.us, %nc99106
  br i1 %exitcond95.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.067.us = phi i64 [ %206, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta1.066.us = phi <8 x float> [ %227, %i3.exit.us ], [ %168, %t.body.us.preheader ]
  %delta.065.us = phi <8 x float> [ %219, %i3.exit.us ], [ %205, %t.body.us.preheader ]
  %206 = add nuw nsw i64 %t.addr.067.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %206, i64 %3)
  %207 = mul nsw i64 %t.addr.067.us, %sq
  %208 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %208
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %209 = fmul <8 x float> %315, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %210 = getelementptr inbounds float, ptr %oh.us, i64 %207
  store <8 x float> %209, ptr %210, align 4
  %211 = mul nsw i64 %tn.us, %H
  %212 = getelementptr inbounds float, ptr %betah.us, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = getelementptr inbounds float, ptr %vh.us, i64 %208
  %215 = load <8 x float>, ptr %214, align 4
  %216 = fsub <8 x float> %215, %318
  %217 = insertelement <8 x float> poison, float %213, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = fmul <8 x float> %218, %216
  %220 = fmul <8 x float> %323, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %221 = or disjoint i64 %207, 8
  %222 = getelementptr inbounds float, ptr %oh.us, i64 %221
  store <8 x float> %220, ptr %222, align 4
  %223 = or disjoint i64 %208, 8
  %224 = getelementptr inbounds float, ptr %vh.us, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = fsub <8 x float> %225, %324
  %227 = fmul <8 x float> %218, %226
  %228 = icmp slt i64 %206, %t1.us
  br i1 %228, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.064.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.3, %i3.body.us ]
  %acc7.063.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %324, %i3.body.us ]
  %acc6.062.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %318, %i3.body.us ]
  %acc5.061.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %323, %i3.body.us ]
  %acc416.060.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %315, %i3.body.us ]
  %229 = add nuw nsw i64 %i3.addr.064.us, %207
  %230 = getelementptr inbounds float, ptr %kh.us, i64 %229
  %231 = load float, ptr %230, align 4
  %232 = getelementptr inbounds float, ptr %qh.us, i64 %229
  %233 = load float, ptr %232, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.064.us
  %234 = load float, ptr %gep, align 4
  %235 = insertelement <8 x float> poison, float %231, i64 0
  %236 = shufflevector <8 x float> %235, <8 x float> poison, <8 x i32> zeroinitializer
  %237 = shl nuw nsw i64 %i3.addr.064.us, 4
  %238 = getelementptr inbounds float, ptr %work, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %delta.065.us, <8 x float> %239)
  store <8 x float> %240, ptr %238, align 4
  %241 = insertelement <8 x float> poison, float %233, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %240, <8 x float> %acc416.060.us)
  %244 = insertelement <8 x float> poison, float %234, i64 0
  %245 = shufflevector <8 x float> %244, <8 x float> poison, <8 x i32> zeroinitializer
  %246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %245, <8 x float> %240, <8 x float> %acc6.062.us)
  %247 = or disjoint i64 %237, 8
  %248 = getelementptr inbounds float, ptr %work, i64 %247
  %249 = load <8 x float>, ptr %248, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %delta1.066.us, <8 x float> %249)
  store <8 x float> %250, ptr %248, align 4
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %250, <8 x float> %acc5.061.us)
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %245, <8 x float> %250, <8 x float> %acc7.063.us)
  %i3.next.us = or disjoint i64 %i3.addr.064.us, 1
  %253 = add nuw nsw i64 %i3.next.us, %207
  %254 = getelementptr inbounds float, ptr %kh.us, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = getelementptr inbounds float, ptr %qh.us, i64 %253
  %257 = load float, ptr %256, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %258 = load float, ptr %gep.1, align 4
  %259 = insertelement <8 x float> poison, float %255, i64 0
  %260 = shufflevector <8 x float> %259, <8 x float> poison, <8 x i32> zeroinitializer
  %261 = shl nuw nsw i64 %i3.next.us, 4
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <8 x float>, ptr %262, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %delta.065.us, <8 x float> %263)
  store <8 x float> %264, ptr %262, align 4
  %265 = insertelement <8 x float> poison, float %257, i64 0
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <8 x i32> zeroinitializer
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %264, <8 x float> %243)
  %268 = insertelement <8 x float> poison, float %258, i64 0
  %269 = shufflevector <8 x float> %268, <8 x float> poison, <8 x i32> zeroinitializer
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %264, <8 x float> %246)
  %271 = or disjoint i64 %261, 8
  %272 = getelementptr inbounds float, ptr %work, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %delta1.066.us, <8 x float> %273)
  store <8 x float> %274, ptr %272, align 4
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %274, <8 x float> %251)
  %276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %274, <8 x float> %252)
  %i3.next.us.1 = or disjoint i64 %i3.addr.064.us, 2
  %277 = add nuw nsw i64 %i3.next.us.1, %207
  %278 = getelementptr inbounds float, ptr %kh.us, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %qh.us, i64 %277
  %281 = load float, ptr %280, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us.1
  %282 = load float, ptr %gep.2, align 4
  %283 = insertelement <8 x float> poison, float %279, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> poison, <8 x i32> zeroinitializer
  %285 = shl nuw nsw i64 %i3.next.us.1, 4
  %286 = getelementptr inbounds float, ptr %work, i64 %285
  %287 = load <8 x float>, ptr %286, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %delta.065.us, <8 x float> %287)
  store <8 x float> %288, ptr %286, align 4
  %289 = insertelement <8 x float> poison, float %281, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %288, <8 x float> %267)
  %292 = insertelement <8 x float> poison, float %282, i64 0
  %293 = shufflevector <8 x float> %292, <8 x float> poison, <8 x i32> zeroinitializer
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %288, <8 x float> %270)
  %295 = or disjoint i64 %285, 8
  %296 = getelementptr inbounds float, ptr %work, i64 %295
  %297 = load <8 x float>, ptr %296, align 4
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %delta1.066.us, <8 x float> %297)
  store <8 x float> %298, ptr %296, align 4
  %299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %298, <8 x float> %275)
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %298, <8 x float> %276)
  %i3.next.us.2 = or disjoint i64 %i3.addr.064.us, 3
  %301 = add nuw nsw i64 %i3.next.us.2, %207
  %302 = getelementptr inbounds float, ptr %kh.us, i64 %301
  %303 = load float, ptr %302, align 4
  %304 = getelementptr inbounds float, ptr %qh.us, i64 %301
  %305 = load float, ptr %304, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us.2
  %306 = load float, ptr %gep.3, align 4
  %307 = insertelement <8 x float> poison, float %303, i64 0
  %308 = shufflevector <8 x float> %307, <8 x float> poison, <8 x i32> zeroinitializer
  %309 = shl nuw nsw i64 %i3.next.us.2, 4
  %310 = getelementptr inbounds float, ptr %work, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %delta.065.us, <8 x float> %311)
  store <8 x float> %312, ptr %310, align 4
  %313 = insertelement <8 x float> poison, float %305, i64 0
  %314 = shufflevector <8 x float> %313, <8 x float> poison, <8 x i32> zeroinitializer
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %312, <8 x float> %291)
  %316 = insertelement <8 x float> poison, float %306, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> poison, <8 x i32> zeroinitializer
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %312, <8 x float> %294)
  %319 = or disjoint i64 %309, 8
  %320 = getelementptr inbounds float, ptr %work, i64 %319
  %321 = load <8 x float>, ptr %320, align 4
  %322 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %delta1.066.us, <8 x float> %321)
  store <8 x float> %322, ptr %320, align 4
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %322, <8 x float> %299)
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %322, <8 x float> %300)
  %i3.next.us.3 = add nuw nsw i64 %i3.addr.064.us, 4
  %exitcond94.not.3 = icmp eq i64 %i3.next.us.3, 16
  br i1 %exitcond94.not.3, label %i3.exit.us, label %i3.body.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.068.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %325 = add i64 %8, %ci.addr.068.us
  %326 = shl i64 %325, 10
  %gep105 = getelementptr i8, ptr %invariant.gep104, i64 %326
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep105, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0.us = shl nsw i64 %ci.addr.068.us, 6
  %327 = add nuw nsw i64 %t0.us, 64
  %t1.us = tail call i64 @llvm.smin.i64(i64 %327, i64 %T)
  %328 = icmp slt i64 %t0.us, %T
  br i1 %328, label %t.body.us.preheader, label %t.exit.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep97, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.071.us, 1
  %indvar.next89 = add i64 %indvar88, 1
  %exitcond98.not = icmp eq i64 %indvar.next89, %10
  br i1 %exitcond98.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %329 = add i64 %indvar, %bh0
  %330 = shl i64 %329, 10
  %scevgep87 = getelementptr i8, ptr %hT, i64 %330
  %scevgep85 = getelementptr i8, ptr %h0, i64 %330
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85, i64 1024, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %331 = add i64 %indvar.next, %bh0
  %332 = shl i64 %331, 10
  %scevgep87.1 = getelementptr i8, ptr %hT, i64 %332
  %scevgep85.1 = getelementptr i8, ptr %h0, i64 %332
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.1, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.1, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.1, i64 1024, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %333 = add i64 %indvar.next.1, %bh0
  %334 = shl i64 %333, 10
  %scevgep87.2 = getelementptr i8, ptr %hT, i64 %334
  %scevgep85.2 = getelementptr i8, ptr %h0, i64 %334
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.2, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.2, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.2, i64 1024, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %335 = add i64 %indvar.next.2, %bh0
  %336 = shl i64 %335, 10
  %scevgep87.3 = getelementptr i8, ptr %hT, i64 %336
  %scevgep85.3 = getelementptr i8, ptr %h0, i64 %336
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.3, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.3, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.3, i64 1024, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %337 = add i64 %indvar.next.3, %bh0
  %338 = shl i64 %337, 10
  %scevgep87.4 = getelementptr i8, ptr %hT, i64 %338
  %scevgep85.4 = getelementptr i8, ptr %h0, i64 %338
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.4, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.4, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.4, i64 1024, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %339 = add i64 %indvar.next.4, %bh0
  %340 = shl i64 %339, 10
  %scevgep87.5 = getelementptr i8, ptr %hT, i64 %340
  %scevgep85.5 = getelementptr i8, ptr %h0, i64 %340
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.5, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.5, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.5, i64 1024, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %341 = add i64 %indvar.next.5, %bh0
  %342 = shl i64 %341, 10
  %scevgep87.6 = getelementptr i8, ptr %hT, i64 %342
  %scevgep85.6 = getelementptr i8, ptr %h0, i64 %342
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.6, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.6, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.6, i64 1024, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %343 = add i64 %indvar.next.6, %bh0
  %344 = shl i64 %343, 10
  %scevgep87.7 = getelementptr i8, ptr %hT, i64 %344
  %scevgep85.7 = getelementptr i8, ptr %h0, i64 %344
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.7, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.7, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.7, i64 1024, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit114.unr-lcssa, label %bh.body

bh.exit.loopexit114.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit114.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit114.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit114.unr-lcssa ]
  %345 = add i64 %indvar.epil, %bh0
  %346 = shl i64 %345, 10
  %scevgep87.epil = getelementptr i8, ptr %hT, i64 %346
  %scevgep85.epil = getelementptr i8, ptr %h0, i64 %346
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.epil, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep87.epil, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep85.epil, i64 1024, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit114.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
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
; ---- dp_bwd_h1_k16_v16_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k16_v16_c64_nogate'
source_filename = "dp_bwd_h1_k16_v16_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k16_v16_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = mul i64 %H, %T
  %R = getelementptr inbounds i8, ptr %work, i64 68608
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 72704
  %dSkPrev = getelementptr i8, ptr %work, i64 72768
  %dkTmp = getelementptr i8, ptr %work, i64 72832
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 68640
  %5 = getelementptr inbounds i8, ptr %work, i64 72800
  %6 = getelementptr inbounds i8, ptr %work, i64 72736
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 10
  %10 = add i64 %9, -1024
  %11 = shl i64 %nc, 10
  %12 = shl nsw i64 %nc, 6
  %13 = add i64 %12, 288230376151711680
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -4096
  %16 = shl i64 %H, 6
  %17 = add i64 %T, 64
  %18 = sub i64 %17, %12
  %smax220 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %20 = getelementptr inbounds i8, ptr %work, i64 32
  %21 = getelementptr inbounds i8, ptr %work, i64 2080
  %22 = getelementptr inbounds i8, ptr %work, i64 64
  %23 = getelementptr inbounds i8, ptr %work, i64 2112
  %24 = getelementptr inbounds i8, ptr %work, i64 96
  %25 = getelementptr inbounds i8, ptr %work, i64 2144
  %26 = getelementptr inbounds i8, ptr %work, i64 128
  %27 = getelementptr inbounds i8, ptr %work, i64 2176
  %28 = getelementptr inbounds i8, ptr %work, i64 160
  %29 = getelementptr inbounds i8, ptr %work, i64 2208
  %30 = getelementptr inbounds i8, ptr %work, i64 192
  %31 = getelementptr inbounds i8, ptr %work, i64 2240
  %32 = getelementptr inbounds i8, ptr %work, i64 224
  %33 = getelementptr inbounds i8, ptr %work, i64 2272
  %34 = getelementptr inbounds i8, ptr %work, i64 256
  %35 = getelementptr inbounds i8, ptr %work, i64 2304
  %36 = getelementptr inbounds i8, ptr %work, i64 288
  %37 = getelementptr inbounds i8, ptr %work, i64 2336
  %38 = getelementptr inbounds i8, ptr %work, i64 320
  %39 = getelementptr inbounds i8, ptr %work, i64 2368
  %40 = getelementptr inbounds i8, ptr %work, i64 352
  %41 = getelementptr inbounds i8, ptr %work, i64 2400
  %42 = getelementptr inbounds i8, ptr %work, i64 384
  %43 = getelementptr inbounds i8, ptr %work, i64 2432
  %44 = getelementptr inbounds i8, ptr %work, i64 416
  %45 = getelementptr inbounds i8, ptr %work, i64 2464
  %46 = getelementptr inbounds i8, ptr %work, i64 448
  %47 = getelementptr inbounds i8, ptr %work, i64 2496
  %48 = getelementptr inbounds i8, ptr %work, i64 480
  %49 = getelementptr inbounds i8, ptr %work, i64 2528
  %50 = getelementptr inbounds i8, ptr %work, i64 512
  %51 = getelementptr inbounds i8, ptr %work, i64 2560
  %52 = getelementptr inbounds i8, ptr %work, i64 544
  %53 = getelementptr inbounds i8, ptr %work, i64 2592
  %54 = getelementptr inbounds i8, ptr %work, i64 576
  %55 = getelementptr inbounds i8, ptr %work, i64 2624
  %56 = getelementptr inbounds i8, ptr %work, i64 608
  %57 = getelementptr inbounds i8, ptr %work, i64 2656
  %58 = getelementptr inbounds i8, ptr %work, i64 640
  %59 = getelementptr inbounds i8, ptr %work, i64 2688
  %60 = getelementptr inbounds i8, ptr %work, i64 672
  %61 = getelementptr inbounds i8, ptr %work, i64 2720
  %62 = getelementptr inbounds i8, ptr %work, i64 704
  %63 = getelementptr inbounds i8, ptr %work, i64 2752
  %64 = getelementptr inbounds i8, ptr %work, i64 736
  %65 = getelementptr inbounds i8, ptr %work, i64 2784
  %66 = getelementptr inbounds i8, ptr %work, i64 768
  %67 = getelementptr inbounds i8, ptr %work, i64 2816
  %68 = getelementptr inbounds i8, ptr %work, i64 800
  %69 = getelementptr inbounds i8, ptr %work, i64 2848
  %70 = getelementptr inbounds i8, ptr %work, i64 832
  %71 = getelementptr inbounds i8, ptr %work, i64 2880
  %72 = getelementptr inbounds i8, ptr %work, i64 864
  %73 = getelementptr inbounds i8, ptr %work, i64 2912
  %74 = getelementptr inbounds i8, ptr %work, i64 896
  %75 = getelementptr inbounds i8, ptr %work, i64 2944
  %76 = getelementptr inbounds i8, ptr %work, i64 928
  %77 = getelementptr inbounds i8, ptr %work, i64 2976
  %78 = getelementptr inbounds i8, ptr %work, i64 960
  %79 = getelementptr inbounds i8, ptr %work, i64 3008
  %80 = getelementptr inbounds i8, ptr %work, i64 992
  %81 = getelementptr inbounds i8, ptr %work, i64 3040
  %82 = getelementptr i8, ptr %work, i64 72864
  %83 = getelementptr i8, ptr %work, i64 68640
  %84 = getelementptr i8, ptr %work, i64 72800
  %85 = getelementptr i8, ptr %work, i64 72864
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i16.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i16.head.preheader ]
  %bh.addr.0193 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i16.head.preheader ]
  %86 = add i64 %indvar, %bh0
  %87 = shl i64 %86, 10
  %scevgep224 = getelementptr i8, ptr %dh0, i64 %87
  %88 = mul i64 %11, %indvar
  %89 = add i64 %10, %88
  %scevgep206 = getelementptr i8, ptr %dhT, i64 %87
  %b = sdiv i64 %bh.addr.0193, %H
  %h = srem i64 %bh.addr.0193, %H
  %90 = mul i64 %1, %b
  %bT = add i64 %90, %h
  %91 = shl nsw i64 %bT, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %91
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %91
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dS, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep206, i64 1024, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %91
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %91
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dSkPrev, i8 0, i64 64, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %91
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %91
  %oh = getelementptr inbounds float, ptr %dout, i64 %91
  br i1 %3, label %cc.body.lr.ph, label %i16.head.preheader

bh.exit:                                          ; preds = %i16.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %92 = add i64 %14, %bT
  %93 = shl i64 %92, 6
  %94 = getelementptr i8, ptr %dq, i64 %93
  %95 = getelementptr i8, ptr %kh, i64 4
  %96 = getelementptr i8, ptr %kh, i64 8
  %97 = getelementptr i8, ptr %kh, i64 12
  %98 = getelementptr i8, ptr %kh, i64 16
  %99 = getelementptr i8, ptr %kh, i64 20
  %100 = getelementptr i8, ptr %kh, i64 24
  %101 = getelementptr i8, ptr %kh, i64 28
  %102 = getelementptr i8, ptr %kh, i64 32
  %103 = getelementptr i8, ptr %kh, i64 36
  %104 = getelementptr i8, ptr %kh, i64 40
  %105 = getelementptr i8, ptr %kh, i64 44
  %106 = getelementptr i8, ptr %kh, i64 48
  %107 = getelementptr i8, ptr %kh, i64 52
  %108 = getelementptr i8, ptr %kh, i64 56
  %109 = getelementptr i8, ptr %kh, i64 60
  %110 = getelementptr i8, ptr %kh1, i64 32
  %111 = getelementptr i8, ptr %vh1, i64 32
  br label %cc.body

i16.head.preheader:                               ; preds = %j9.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep224, ptr noundef nonnull align 4 dereferenceable(1024) %dS, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0193, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond225.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond225.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j9.body.preheader
  %indvars.iv = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next, %j9.body.preheader ]
  %cc.addr.0190 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j9.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin216 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax217 = tail call i64 @llvm.smax.i64(i64 %smin216, i64 1)
  %smax212 = tail call i64 @llvm.smax.i64(i64 %smin216, i64 2)
  %112 = shl i64 %cc.addr.0190, 10
  %113 = sub i64 %89, %112
  %scevgep208 = getelementptr i8, ptr %hs, i64 %113
  %114 = xor i64 %cc.addr.0190, -1
  %ci = add nsw i64 %nc, %114
  %t0 = shl nsw i64 %ci, 6
  %115 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep208, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %115, i64 64)
  %116 = icmp sgt i64 %115, 0
  br i1 %116, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %117 = mul i64 %15, %cc.addr.0190
  %118 = getelementptr i8, ptr %94, i64 %117
  %xtraiter = and i64 %smax, 7
  %119 = icmp slt i64 %indvars.iv, 8
  br i1 %119, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0165.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0165.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0165.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %120 = mul i64 %16, %tl.addr.0165.epil
  %scevgep.epil = getelementptr i8, ptr %118, i64 %120
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.epil, i8 0, i64 64, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0165.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %121 = mul nsw i64 %t0, %sq
  %122 = getelementptr float, ptr %kh, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = load <8 x float>, ptr %work, align 4
  store <8 x float> %124, ptr %Sh, align 4
  %125 = insertelement <8 x float> poison, float %123, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> poison, <8 x i32> zeroinitializer
  %127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %124, <8 x float> zeroinitializer)
  %128 = load <8 x float>, ptr %20, align 4
  store <8 x float> %128, ptr %21, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %128, <8 x float> zeroinitializer)
  %130 = getelementptr float, ptr %95, i64 %121
  %131 = load float, ptr %130, align 4
  %132 = load <8 x float>, ptr %22, align 4
  store <8 x float> %132, ptr %23, align 4
  %133 = insertelement <8 x float> poison, float %131, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %127)
  %136 = load <8 x float>, ptr %24, align 4
  store <8 x float> %136, ptr %25, align 4
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %136, <8 x float> %129)
  %138 = getelementptr float, ptr %96, i64 %121
  %139 = load float, ptr %138, align 4
  %140 = load <8 x float>, ptr %26, align 4
  store <8 x float> %140, ptr %27, align 4
  %141 = insertelement <8 x float> poison, float %139, i64 0
  %142 = shufflevector <8 x float> %141, <8 x float> poison, <8 x i32> zeroinitializer
  %143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %140, <8 x float> %135)
  %144 = load <8 x float>, ptr %28, align 4
  store <8 x float> %144, ptr %29, align 4
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %144, <8 x float> %137)
  %146 = getelementptr float, ptr %97, i64 %121
  %147 = load float, ptr %146, align 4
  %148 = load <8 x float>, ptr %30, align 4
  store <8 x float> %148, ptr %31, align 4
  %149 = insertelement <8 x float> poison, float %147, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %148, <8 x float> %143)
  %152 = load <8 x float>, ptr %32, align 4
  store <8 x float> %152, ptr %33, align 4
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %152, <8 x float> %145)
  %154 = getelementptr float, ptr %98, i64 %121
  %155 = load float, ptr %154, align 4
  %156 = load <8 x float>, ptr %34, align 4
  store <8 x float> %156, ptr %35, align 4
  %157 = insertelement <8 x float> poison, float %155, i64 0
  %158 = shufflevector <8 x float> %157, <8 x float> poison, <8 x i32> zeroinitializer
  %159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %156, <8 x float> %151)
  %160 = load <8 x float>, ptr %36, align 4
  store <8 x float> %160, ptr %37, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %160, <8 x float> %153)
  %162 = getelementptr float, ptr %99, i64 %121
  %163 = load float, ptr %162, align 4
  %164 = load <8 x float>, ptr %38, align 4
  store <8 x float> %164, ptr %39, align 4
  %165 = insertelement <8 x float> poison, float %163, i64 0
  %166 = shufflevector <8 x float> %165, <8 x float> poison, <8 x i32> zeroinitializer
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %164, <8 x float> %159)
  %168 = load <8 x float>, ptr %40, align 4
  store <8 x float> %168, ptr %41, align 4
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %168, <8 x float> %161)
  %170 = getelementptr float, ptr %100, i64 %121
  %171 = load float, ptr %170, align 4
  %172 = load <8 x float>, ptr %42, align 4
  store <8 x float> %172, ptr %43, align 4
  %173 = insertelement <8 x float> poison, float %171, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %172, <8 x float> %167)
  %176 = load <8 x float>, ptr %44, align 4
  store <8 x float> %176, ptr %45, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %176, <8 x float> %169)
  %178 = getelementptr float, ptr %101, i64 %121
  %179 = load float, ptr %178, align 4
  %180 = load <8 x float>, ptr %46, align 4
  store <8 x float> %180, ptr %47, align 4
  %181 = insertelement <8 x float> poison, float %179, i64 0
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <8 x i32> zeroinitializer
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %180, <8 x float> %175)
  %184 = load <8 x float>, ptr %48, align 4
  store <8 x float> %184, ptr %49, align 4
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %184, <8 x float> %177)
  %186 = getelementptr float, ptr %102, i64 %121
  %187 = load float, ptr %186, align 4
  %188 = load <8 x float>, ptr %50, align 4
  store <8 x float> %188, ptr %51, align 4
  %189 = insertelement <8 x float> poison, float %187, i64 0
  %190 = shufflevector <8 x float> %189, <8 x float> poison, <8 x i32> zeroinitializer
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %188, <8 x float> %183)
  %192 = load <8 x float>, ptr %52, align 4
  store <8 x float> %192, ptr %53, align 4
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %192, <8 x float> %185)
  %194 = getelementptr float, ptr %103, i64 %121
  %195 = load float, ptr %194, align 4
  %196 = load <8 x float>, ptr %54, align 4
  store <8 x float> %196, ptr %55, align 4
  %197 = insertelement <8 x float> poison, float %195, i64 0
  %198 = shufflevector <8 x float> %197, <8 x float> poison, <8 x i32> zeroinitializer
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %196, <8 x float> %191)
  %200 = load <8 x float>, ptr %56, align 4
  store <8 x float> %200, ptr %57, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %200, <8 x float> %193)
  %202 = getelementptr float, ptr %104, i64 %121
  %203 = load float, ptr %202, align 4
  %204 = load <8 x float>, ptr %58, align 4
  store <8 x float> %204, ptr %59, align 4
  %205 = insertelement <8 x float> poison, float %203, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> %199)
  %208 = load <8 x float>, ptr %60, align 4
  store <8 x float> %208, ptr %61, align 4
  %209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %208, <8 x float> %201)
  %210 = getelementptr float, ptr %105, i64 %121
  %211 = load float, ptr %210, align 4
  %212 = load <8 x float>, ptr %62, align 4
  store <8 x float> %212, ptr %63, align 4
  %213 = insertelement <8 x float> poison, float %211, i64 0
  %214 = shufflevector <8 x float> %213, <8 x float> poison, <8 x i32> zeroinitializer
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %212, <8 x float> %207)
  %216 = load <8 x float>, ptr %64, align 4
  store <8 x float> %216, ptr %65, align 4
  %217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %216, <8 x float> %209)
  %218 = getelementptr float, ptr %106, i64 %121
  %219 = load float, ptr %218, align 4
  %220 = load <8 x float>, ptr %66, align 4
  store <8 x float> %220, ptr %67, align 4
  %221 = insertelement <8 x float> poison, float %219, i64 0
  %222 = shufflevector <8 x float> %221, <8 x float> poison, <8 x i32> zeroinitializer
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %220, <8 x float> %215)
  %224 = load <8 x float>, ptr %68, align 4
  store <8 x float> %224, ptr %69, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %224, <8 x float> %217)
  %226 = getelementptr float, ptr %107, i64 %121
  %227 = load float, ptr %226, align 4
  %228 = load <8 x float>, ptr %70, align 4
  store <8 x float> %228, ptr %71, align 4
  %229 = insertelement <8 x float> poison, float %227, i64 0
  %230 = shufflevector <8 x float> %229, <8 x float> poison, <8 x i32> zeroinitializer
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %228, <8 x float> %223)
  %232 = load <8 x float>, ptr %72, align 4
  store <8 x float> %232, ptr %73, align 4
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %232, <8 x float> %225)
  %234 = getelementptr float, ptr %108, i64 %121
  %235 = load float, ptr %234, align 4
  %236 = load <8 x float>, ptr %74, align 4
  store <8 x float> %236, ptr %75, align 4
  %237 = insertelement <8 x float> poison, float %235, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %236, <8 x float> %231)
  %240 = load <8 x float>, ptr %76, align 4
  store <8 x float> %240, ptr %77, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %240, <8 x float> %233)
  %242 = getelementptr float, ptr %109, i64 %121
  %243 = load float, ptr %242, align 4
  %244 = load <8 x float>, ptr %78, align 4
  store <8 x float> %244, ptr %79, align 4
  %245 = insertelement <8 x float> poison, float %243, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %244, <8 x float> %239)
  %248 = load <8 x float>, ptr %80, align 4
  store <8 x float> %248, ptr %81, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %248, <8 x float> %241)
  %250 = mul nsw i64 %t0, %H
  %251 = getelementptr inbounds float, ptr %betah, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = getelementptr inbounds float, ptr %vh, i64 %121
  %254 = load <8 x float>, ptr %253, align 4
  %255 = fsub <8 x float> %254, %247
  store <8 x float> %255, ptr %R, align 4
  %256 = insertelement <8 x float> poison, float %252, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = fmul <8 x float> %257, %255
  %259 = or disjoint i64 %121, 8
  %260 = getelementptr inbounds float, ptr %vh, i64 %259
  %261 = load <8 x float>, ptr %260, align 4
  %262 = fsub <8 x float> %261, %249
  store <8 x float> %262, ptr %4, align 4
  %263 = fmul <8 x float> %257, %262
  %264 = icmp sgt i64 %115, 1
  br i1 %264, label %i5.head.preheader, label %tl1.exit

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0165 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %265 = mul i64 %16, %tl.addr.0165
  %scevgep = getelementptr i8, ptr %118, i64 %265
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep, i8 0, i64 64, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0165, 1
  %266 = mul i64 %16, %tl.next
  %scevgep.1 = getelementptr i8, ptr %118, i64 %266
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.1, i8 0, i64 64, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0165, 2
  %267 = mul i64 %16, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %118, i64 %267
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.2, i8 0, i64 64, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0165, 3
  %268 = mul i64 %16, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %118, i64 %268
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.3, i8 0, i64 64, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0165, 4
  %269 = mul i64 %16, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %118, i64 %269
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.4, i8 0, i64 64, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0165, 5
  %270 = mul i64 %16, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %118, i64 %270
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.5, i8 0, i64 64, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0165, 6
  %271 = mul i64 %16, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %118, i64 %271
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.6, i8 0, i64 64, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0165, 7
  %272 = mul i64 %16, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %118, i64 %272
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.7, i8 0, i64 64, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0165, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i5.head.preheader:                                ; preds = %i4.head.preheader, %i5.exit
  %delta.0174 = phi <8 x float> [ %377, %i5.exit ], [ %258, %i4.head.preheader ]
  %delta1.0173 = phi <8 x float> [ %384, %i5.exit ], [ %263, %i4.head.preheader ]
  %tl1.addr.0172 = phi i64 [ %tl1.next, %i5.exit ], [ 1, %i4.head.preheader ]
  %273 = add nsw i64 %tl1.addr.0172, -1
  %274 = add nuw nsw i64 %273, %t0
  %275 = mul nsw i64 %274, %sq
  %276 = add nsw i64 %tl1.addr.0172, %t0
  %277 = mul nsw i64 %276, %sq
  %278 = shl nsw i64 %273, 8
  %279 = getelementptr inbounds float, ptr %oh, i64 %275
  %280 = load <8 x float>, ptr %279, align 4
  %281 = shl nsw i64 %tl1.addr.0172, 8
  %282 = or disjoint i64 %275, 8
  %283 = getelementptr inbounds float, ptr %oh, i64 %282
  %284 = load <8 x float>, ptr %283, align 4
  %invariant.gep = getelementptr float, ptr %kh, i64 %277
  br label %i5.body

tl1.exit:                                         ; preds = %i5.exit, %i4.head.preheader
  %delta1.0.lcssa = phi <8 x float> [ %263, %i4.head.preheader ], [ %384, %i5.exit ]
  %delta.0.lcssa = phi <8 x float> [ %258, %i4.head.preheader ], [ %377, %i5.exit ]
  %tlast = add nsw i64 %L, -1
  %285 = add nsw i64 %tlast, %t0
  %286 = mul nsw i64 %285, %sq
  %287 = shl nsw i64 %tlast, 8
  %288 = getelementptr inbounds float, ptr %oh, i64 %286
  %289 = load <8 x float>, ptr %288, align 4
  %290 = or disjoint i64 %286, 8
  %291 = getelementptr inbounds float, ptr %oh, i64 %290
  %292 = load <8 x float>, ptr %291, align 4
  br label %i6.body

i5.body:                                          ; preds = %i5.body, %i5.head.preheader
  %acc2.0171 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %346, %i5.body ]
  %acc3.0170 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %354, %i5.body ]
  %i5.addr.0169 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next.1, %i5.body ]
  %293 = or disjoint i64 %i5.addr.0169, %275
  %294 = getelementptr inbounds float, ptr %kh, i64 %293
  %295 = load float, ptr %294, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i5.addr.0169
  %296 = load float, ptr %gep, align 4
  %297 = insertelement <8 x float> poison, float %295, i64 0
  %298 = shufflevector <8 x float> %297, <8 x float> poison, <8 x i32> zeroinitializer
  %299 = shl nuw nsw i64 %i5.addr.0169, 4
  %300 = add nuw nsw i64 %299, %278
  %301 = getelementptr inbounds float, ptr %Sh, i64 %300
  %302 = load <8 x float>, ptr %301, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %delta.0174, <8 x float> %302)
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %280, <8 x float> zeroinitializer)
  %305 = add nuw nsw i64 %299, %281
  %306 = getelementptr inbounds float, ptr %Sh, i64 %305
  store <8 x float> %303, ptr %306, align 4
  %307 = insertelement <8 x float> poison, float %296, i64 0
  %308 = shufflevector <8 x float> %307, <8 x float> poison, <8 x i32> zeroinitializer
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %303, <8 x float> %acc2.0171)
  %310 = or disjoint i64 %300, 8
  %311 = getelementptr inbounds float, ptr %Sh, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %298, <8 x float> %delta1.0173, <8 x float> %312)
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %284, <8 x float> %304)
  %315 = or disjoint i64 %305, 8
  %316 = getelementptr inbounds float, ptr %Sh, i64 %315
  store <8 x float> %313, ptr %316, align 4
  %317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %313, <8 x float> %acc3.0170)
  %318 = getelementptr inbounds float, ptr %qh1, i64 %293
  %319 = load float, ptr %318, align 4
  %320 = shufflevector <8 x float> %314, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %321 = shufflevector <8 x float> %314, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %322 = fadd <4 x float> %320, %321
  %323 = shufflevector <4 x float> %322, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %324 = shufflevector <4 x float> %322, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %325 = fadd <2 x float> %323, %324
  %shift = shufflevector <2 x float> %325, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %326 = fadd <2 x float> %325, %shift
  %327 = extractelement <2 x float> %326, i64 0
  %328 = fmul float %327, 2.500000e-01
  %329 = fadd float %319, %328
  store float %329, ptr %318, align 4
  %i5.next = or disjoint i64 %i5.addr.0169, 1
  %330 = or disjoint i64 %i5.next, %275
  %331 = getelementptr inbounds float, ptr %kh, i64 %330
  %332 = load float, ptr %331, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i5.next
  %333 = load float, ptr %gep.1, align 4
  %334 = insertelement <8 x float> poison, float %332, i64 0
  %335 = shufflevector <8 x float> %334, <8 x float> poison, <8 x i32> zeroinitializer
  %336 = shl nuw nsw i64 %i5.next, 4
  %337 = add nuw nsw i64 %336, %278
  %338 = getelementptr inbounds float, ptr %Sh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %delta.0174, <8 x float> %339)
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %280, <8 x float> zeroinitializer)
  %342 = add nuw nsw i64 %336, %281
  %343 = getelementptr inbounds float, ptr %Sh, i64 %342
  store <8 x float> %340, ptr %343, align 4
  %344 = insertelement <8 x float> poison, float %333, i64 0
  %345 = shufflevector <8 x float> %344, <8 x float> poison, <8 x i32> zeroinitializer
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %340, <8 x float> %309)
  %347 = or disjoint i64 %337, 8
  %348 = getelementptr inbounds float, ptr %Sh, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %delta1.0173, <8 x float> %349)
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %284, <8 x float> %341)
  %352 = or disjoint i64 %342, 8
  %353 = getelementptr inbounds float, ptr %Sh, i64 %352
  store <8 x float> %350, ptr %353, align 4
  %354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %345, <8 x float> %350, <8 x float> %317)
  %355 = getelementptr inbounds float, ptr %qh1, i64 %330
  %356 = load float, ptr %355, align 4
  %357 = shufflevector <8 x float> %351, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %358 = shufflevector <8 x float> %351, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %359 = fadd <4 x float> %357, %358
  %360 = shufflevector <4 x float> %359, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %361 = shufflevector <4 x float> %359, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %362 = fadd <2 x float> %360, %361
  %shift.1 = shufflevector <2 x float> %362, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %363 = fadd <2 x float> %362, %shift.1
  %364 = extractelement <2 x float> %363, i64 0
  %365 = fmul float %364, 2.500000e-01
  %366 = fadd float %356, %365
  store float %366, ptr %355, align 4
  %i5.next.1 = add nuw nsw i64 %i5.addr.0169, 2
  %exitcond210.not.1 = icmp eq i64 %i5.next.1, 16
  br i1 %exitcond210.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %367 = mul nsw i64 %276, %H
  %368 = getelementptr inbounds float, ptr %betah, i64 %367
  %369 = load float, ptr %368, align 4
  %370 = getelementptr inbounds float, ptr %vh, i64 %277
  %371 = load <8 x float>, ptr %370, align 4
  %372 = fsub <8 x float> %371, %346
  %373 = shl nsw i64 %tl1.addr.0172, 4
  %374 = getelementptr inbounds float, ptr %R, i64 %373
  store <8 x float> %372, ptr %374, align 4
  %375 = insertelement <8 x float> poison, float %369, i64 0
  %376 = shufflevector <8 x float> %375, <8 x float> poison, <8 x i32> zeroinitializer
  %377 = fmul <8 x float> %376, %372
  %378 = or disjoint i64 %277, 8
  %379 = getelementptr inbounds float, ptr %vh, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = fsub <8 x float> %380, %354
  %382 = or disjoint i64 %373, 8
  %383 = getelementptr inbounds float, ptr %R, i64 %382
  store <8 x float> %381, ptr %383, align 4
  %384 = fmul <8 x float> %376, %381
  %tl1.next = add nuw nsw i64 %tl1.addr.0172, 1
  %exitcond213.not = icmp eq i64 %tl1.next, %smax212
  br i1 %exitcond213.not, label %tl1.exit, label %i5.head.preheader

tt.head.preheader:                                ; preds = %i6.body
  br i1 %116, label %tt.body, label %j8.head.preheader

i6.body:                                          ; preds = %i6.body, %tl1.exit
  %i6.addr.0176 = phi i64 [ 0, %tl1.exit ], [ %i6.next.1, %i6.body ]
  %385 = or disjoint i64 %i6.addr.0176, %286
  %386 = getelementptr inbounds float, ptr %kh, i64 %385
  %387 = load float, ptr %386, align 4
  %388 = insertelement <8 x float> poison, float %387, i64 0
  %389 = shufflevector <8 x float> %388, <8 x float> poison, <8 x i32> zeroinitializer
  %390 = shl nuw nsw i64 %i6.addr.0176, 4
  %391 = add nuw nsw i64 %390, %287
  %392 = getelementptr inbounds float, ptr %Sh, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> %delta.0.lcssa, <8 x float> %393)
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %289, <8 x float> zeroinitializer)
  %396 = or disjoint i64 %391, 8
  %397 = getelementptr inbounds float, ptr %Sh, i64 %396
  %398 = load <8 x float>, ptr %397, align 4
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> %delta1.0.lcssa, <8 x float> %398)
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %399, <8 x float> %292, <8 x float> %395)
  %401 = getelementptr inbounds float, ptr %qh1, i64 %385
  %402 = load float, ptr %401, align 4
  %403 = shufflevector <8 x float> %400, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %404 = shufflevector <8 x float> %400, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %405 = fadd <4 x float> %403, %404
  %406 = shufflevector <4 x float> %405, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %407 = shufflevector <4 x float> %405, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %408 = fadd <2 x float> %406, %407
  %shift238 = shufflevector <2 x float> %408, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %409 = fadd <2 x float> %408, %shift238
  %410 = extractelement <2 x float> %409, i64 0
  %411 = fmul float %410, 2.500000e-01
  %412 = fadd float %402, %411
  store float %412, ptr %401, align 4
  %i6.next = or disjoint i64 %i6.addr.0176, 1
  %413 = or disjoint i64 %i6.next, %286
  %414 = getelementptr inbounds float, ptr %kh, i64 %413
  %415 = load float, ptr %414, align 4
  %416 = insertelement <8 x float> poison, float %415, i64 0
  %417 = shufflevector <8 x float> %416, <8 x float> poison, <8 x i32> zeroinitializer
  %418 = shl nuw nsw i64 %i6.next, 4
  %419 = add nuw nsw i64 %418, %287
  %420 = getelementptr inbounds float, ptr %Sh, i64 %419
  %421 = load <8 x float>, ptr %420, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %delta.0.lcssa, <8 x float> %421)
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %289, <8 x float> zeroinitializer)
  %424 = or disjoint i64 %419, 8
  %425 = getelementptr inbounds float, ptr %Sh, i64 %424
  %426 = load <8 x float>, ptr %425, align 4
  %427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %delta1.0.lcssa, <8 x float> %426)
  %428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %427, <8 x float> %292, <8 x float> %423)
  %429 = getelementptr inbounds float, ptr %qh1, i64 %413
  %430 = load float, ptr %429, align 4
  %431 = shufflevector <8 x float> %428, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %432 = shufflevector <8 x float> %428, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %433 = fadd <4 x float> %431, %432
  %434 = shufflevector <4 x float> %433, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %435 = shufflevector <4 x float> %433, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %436 = fadd <2 x float> %434, %435
  %shift238.1 = shufflevector <2 x float> %436, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %437 = fadd <2 x float> %436, %shift238.1
  %438 = extractelement <2 x float> %437, i64 0
  %439 = fmul float %438, 2.500000e-01
  %440 = fadd float %430, %439
  store float %440, ptr %429, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0176, 2
  %exitcond214.not.1 = icmp eq i64 %i6.next.1, 16
  br i1 %exitcond214.not.1, label %tt.head.preheader, label %i6.body

j8.head.preheader:                                ; preds = %endif, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %441 = fneg float %252
  br label %i14.body

tt.body:                                          ; preds = %tt.head.preheader, %endif
  %tt.addr.0186 = phi i64 [ %tt.next, %endif ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0186
  %442 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %442, i64 %tlast)
  %443 = add nsw i64 %ptl, %t0
  %444 = mul nsw i64 %443, %H
  %445 = getelementptr inbounds float, ptr %betah, i64 %444
  %446 = load float, ptr %445, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %447 = icmp slt i64 %442, %L
  %.neg = fneg float %446
  %448 = select i1 %447, float %.neg, float -0.000000e+00
  %449 = mul nsw i64 %443, %sq
  %450 = shl nsw i64 %ptl, 8
  %451 = shl nsw i64 %ptl, 4
  %452 = getelementptr inbounds float, ptr %R, i64 %451
  %453 = or disjoint i64 %451, 8
  %454 = getelementptr inbounds float, ptr %R, i64 %453
  %455 = add nsw i64 %tl2, %t0
  %456 = mul nsw i64 %455, %sq
  %457 = getelementptr inbounds float, ptr %oh, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = or disjoint i64 %456, 8
  %460 = getelementptr inbounds float, ptr %oh, i64 %459
  %461 = load <8 x float>, ptr %460, align 4
  %invariant.gep231 = getelementptr float, ptr %kh, i64 %449
  br label %i8.body

i8.body:                                          ; preds = %tt.body, %i8.body
  %i8.addr.0180 = phi i64 [ 0, %tt.body ], [ %i8.next, %i8.body ]
  %dsk1.0179 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %514, %i8.body ]
  %dsk.0178 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %513, %i8.body ]
  %462 = shl nuw nsw i64 %i8.addr.0180, 4
  %463 = getelementptr inbounds float, ptr %dS, i64 %462
  %464 = load <8 x float>, ptr %463, align 4
  %465 = or disjoint i64 %462, 8
  %466 = getelementptr inbounds float, ptr %dS, i64 %465
  %467 = load <8 x float>, ptr %466, align 4
  %gep232 = getelementptr float, ptr %invariant.gep231, i64 %i8.addr.0180
  %468 = load float, ptr %gep232, align 4
  %469 = fmul float %448, %468
  %470 = load <8 x float>, ptr %dSkPrev, align 4
  %471 = add nuw nsw i64 %462, %450
  %472 = getelementptr inbounds float, ptr %Sh, i64 %471
  %473 = load <8 x float>, ptr %472, align 4
  %474 = load <8 x float>, ptr %452, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %474, <8 x float> zeroinitializer)
  %476 = fneg <8 x float> %473
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %470, <8 x float> %475)
  %478 = insertelement <8 x float> poison, float %469, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %470, <8 x float> %464)
  %481 = load <8 x float>, ptr %5, align 4
  %482 = or disjoint i64 %471, 8
  %483 = getelementptr inbounds float, ptr %Sh, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = load <8 x float>, ptr %454, align 4
  %486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %485, <8 x float> %477)
  %487 = fneg <8 x float> %484
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %481, <8 x float> %486)
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %481, <8 x float> %467)
  %490 = getelementptr inbounds float, ptr %dkTmp, i64 %i8.addr.0180
  %491 = load float, ptr %490, align 4
  %492 = shufflevector <8 x float> %488, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %493 = shufflevector <8 x float> %488, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %494 = fadd <4 x float> %492, %493
  %495 = shufflevector <4 x float> %494, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %496 = shufflevector <4 x float> %494, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %497 = fadd <2 x float> %495, %496
  %shift239 = shufflevector <2 x float> %497, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %498 = fadd <2 x float> %497, %shift239
  %499 = extractelement <2 x float> %498, i64 0
  %500 = fadd float %491, %499
  store float %500, ptr %490, align 4
  %501 = or disjoint i64 %i8.addr.0180, %456
  %502 = getelementptr inbounds float, ptr %qh, i64 %501
  %503 = load float, ptr %502, align 4
  %504 = fmul float %503, 2.500000e-01
  %505 = insertelement <8 x float> poison, float %504, i64 0
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <8 x i32> zeroinitializer
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %458, <8 x float> %480)
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %461, <8 x float> %489)
  %509 = getelementptr inbounds float, ptr %kh, i64 %501
  %510 = load float, ptr %509, align 4
  %511 = insertelement <8 x float> poison, float %510, i64 0
  %512 = shufflevector <8 x float> %511, <8 x float> poison, <8 x i32> zeroinitializer
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %507, <8 x float> %dsk.0178)
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %508, <8 x float> %dsk1.0179)
  store <8 x float> %507, ptr %463, align 4
  store <8 x float> %508, ptr %466, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0180, 1
  %exitcond215.not = icmp eq i64 %i8.next, 16
  br i1 %exitcond215.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  store <8 x float> %513, ptr %dSk, align 4
  store <8 x float> %514, ptr %6, align 4
  br i1 %447, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i8.exit
  %515 = insertelement <8 x float> poison, float %446, i64 0
  %516 = shufflevector <8 x float> %515, <8 x float> poison, <8 x i32> zeroinitializer
  %517 = load <8 x float>, ptr %dkTmp, align 4
  %518 = fmul <8 x float> %516, %517
  %519 = getelementptr float, ptr %kh1, i64 %449
  store <8 x float> %518, ptr %519, align 4
  %520 = load <8 x float>, ptr %82, align 4
  %521 = fmul <8 x float> %516, %520
  %522 = getelementptr float, ptr %110, i64 %449
  store <8 x float> %521, ptr %522, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i8.exit
  %523 = mul nsw i64 %455, %H
  %524 = getelementptr inbounds float, ptr %betah, i64 %523
  %525 = load float, ptr %524, align 4
  %526 = insertelement <8 x float> poison, float %525, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = fmul <8 x float> %527, %513
  %529 = getelementptr float, ptr %vh1, i64 %456
  store <8 x float> %528, ptr %529, align 4
  %530 = fmul <8 x float> %527, %514
  %531 = getelementptr float, ptr %111, i64 %456
  store <8 x float> %530, ptr %531, align 4
  %.idx195 = shl i64 %tl2, 6
  %532 = getelementptr i8, ptr %R, i64 %.idx195
  %533 = load <8 x float>, ptr %532, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> %533, <8 x float> zeroinitializer)
  %535 = getelementptr i8, ptr %83, i64 %.idx195
  %536 = load <8 x float>, ptr %535, align 4
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %536, <8 x float> %534)
  %538 = shufflevector <8 x float> %537, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %539 = shufflevector <8 x float> %537, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %540 = fadd <4 x float> %538, %539
  %541 = shufflevector <4 x float> %540, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %542 = shufflevector <4 x float> %540, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %543 = fadd <2 x float> %541, %542
  %shift240 = shufflevector <2 x float> %543, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %544 = fadd <2 x float> %543, %shift240
  %545 = extractelement <2 x float> %544, i64 0
  %546 = getelementptr inbounds float, ptr %betah1, i64 %523
  store float %545, ptr %546, align 4
  store <8 x float> %513, ptr %dSkPrev, align 4
  store <8 x float> %514, ptr %84, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0186, 1
  %exitcond218.not = icmp eq i64 %tt.next, %smax217
  br i1 %exitcond218.not, label %j8.head.preheader, label %tt.body

i14.body:                                         ; preds = %i14.body, %j8.head.preheader
  %i14.addr.0188 = phi i64 [ 0, %j8.head.preheader ], [ %i14.next.1, %i14.body ]
  %547 = shl nuw nsw i64 %i14.addr.0188, 4
  %548 = getelementptr inbounds float, ptr %dS, i64 %547
  %549 = load <8 x float>, ptr %548, align 4
  %550 = or disjoint i64 %547, 8
  %551 = getelementptr inbounds float, ptr %dS, i64 %550
  %552 = load <8 x float>, ptr %551, align 4
  %553 = or disjoint i64 %i14.addr.0188, %121
  %554 = getelementptr inbounds float, ptr %kh, i64 %553
  %555 = load float, ptr %554, align 4
  %556 = fmul float %555, %441
  %557 = load <8 x float>, ptr %dSkPrev, align 4
  %558 = getelementptr inbounds float, ptr %Sh, i64 %547
  %559 = load <8 x float>, ptr %558, align 4
  %560 = load <8 x float>, ptr %R, align 4
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %560, <8 x float> zeroinitializer)
  %562 = fneg <8 x float> %559
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %557, <8 x float> %561)
  %564 = insertelement <8 x float> poison, float %556, i64 0
  %565 = shufflevector <8 x float> %564, <8 x float> poison, <8 x i32> zeroinitializer
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %557, <8 x float> %549)
  %567 = load <8 x float>, ptr %5, align 4
  %568 = getelementptr inbounds float, ptr %Sh, i64 %550
  %569 = load <8 x float>, ptr %568, align 4
  %570 = load <8 x float>, ptr %4, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %570, <8 x float> %563)
  %572 = fneg <8 x float> %569
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %567, <8 x float> %571)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %567, <8 x float> %552)
  %575 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0188
  %576 = load float, ptr %575, align 4
  %577 = shufflevector <8 x float> %573, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %578 = shufflevector <8 x float> %573, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %579 = fadd <4 x float> %577, %578
  %580 = shufflevector <4 x float> %579, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %581 = shufflevector <4 x float> %579, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %582 = fadd <2 x float> %580, %581
  %shift241 = shufflevector <2 x float> %582, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %583 = fadd <2 x float> %582, %shift241
  %584 = extractelement <2 x float> %583, i64 0
  %585 = fadd float %576, %584
  store float %585, ptr %575, align 4
  store <8 x float> %566, ptr %548, align 4
  store <8 x float> %574, ptr %551, align 4
  %i14.next = or disjoint i64 %i14.addr.0188, 1
  %586 = shl nuw nsw i64 %i14.next, 4
  %587 = getelementptr inbounds float, ptr %dS, i64 %586
  %588 = load <8 x float>, ptr %587, align 4
  %589 = or disjoint i64 %586, 8
  %590 = getelementptr inbounds float, ptr %dS, i64 %589
  %591 = load <8 x float>, ptr %590, align 4
  %592 = or disjoint i64 %i14.next, %121
  %593 = getelementptr inbounds float, ptr %kh, i64 %592
  %594 = load float, ptr %593, align 4
  %595 = fmul float %594, %441
  %596 = load <8 x float>, ptr %dSkPrev, align 4
  %597 = getelementptr inbounds float, ptr %Sh, i64 %586
  %598 = load <8 x float>, ptr %597, align 4
  %599 = load <8 x float>, ptr %R, align 4
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %599, <8 x float> zeroinitializer)
  %601 = fneg <8 x float> %598
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %596, <8 x float> %600)
  %603 = insertelement <8 x float> poison, float %595, i64 0
  %604 = shufflevector <8 x float> %603, <8 x float> poison, <8 x i32> zeroinitializer
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %596, <8 x float> %588)
  %606 = load <8 x float>, ptr %5, align 4
  %607 = getelementptr inbounds float, ptr %Sh, i64 %589
  %608 = load <8 x float>, ptr %607, align 4
  %609 = load <8 x float>, ptr %4, align 4
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %591, <8 x float> %609, <8 x float> %602)
  %611 = fneg <8 x float> %608
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> %606, <8 x float> %610)
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %606, <8 x float> %591)
  %614 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.next
  %615 = load float, ptr %614, align 4
  %616 = shufflevector <8 x float> %612, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %617 = shufflevector <8 x float> %612, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %618 = fadd <4 x float> %616, %617
  %619 = shufflevector <4 x float> %618, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %620 = shufflevector <4 x float> %618, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %621 = fadd <2 x float> %619, %620
  %shift241.1 = shufflevector <2 x float> %621, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %622 = fadd <2 x float> %621, %shift241.1
  %623 = extractelement <2 x float> %622, i64 0
  %624 = fadd float %615, %623
  store float %624, ptr %614, align 4
  store <8 x float> %605, ptr %587, align 4
  store <8 x float> %613, ptr %590, align 4
  %i14.next.1 = add nuw nsw i64 %i14.addr.0188, 2
  %exitcond219.not.1 = icmp eq i64 %i14.next.1, 16
  br i1 %exitcond219.not.1, label %j9.body.preheader, label %i14.body

j9.body.preheader:                                ; preds = %i14.body
  %625 = load <8 x float>, ptr %dkTmp, align 4
  %626 = fmul <8 x float> %257, %625
  %627 = getelementptr inbounds float, ptr %kh1, i64 %121
  store <8 x float> %626, ptr %627, align 4
  %628 = load <8 x float>, ptr %85, align 4
  %629 = fmul <8 x float> %257, %628
  %630 = getelementptr inbounds float, ptr %kh1, i64 %259
  store <8 x float> %629, ptr %630, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0190, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond221.not = icmp eq i64 %cc.next, %smax220
  br i1 %exitcond221.not, label %i16.head.preheader, label %cc.body
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
; ---- dp_step_h1_k16_v16_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h1_k16_v16_c1_nogate'
source_filename = "dp_step_h1_k16_v16_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h1_k16_v16_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %bh0.fr = freeze i64 %bh0
  %0 = icmp slt i64 %bh0.fr, %bh1
  br i1 %0, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %entry, %bh.body
  %bh.addr.061 = phi i64 [ %bh.next, %bh.body ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.061, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.061
  %S.idx = shl nsw i64 %bh.addr.061, 10
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %2 = load float, ptr %kh, align 4
  %3 = load <8 x float>, ptr %S, align 4
  %4 = insertelement <8 x float> poison, float %2, i64 0
  %5 = shufflevector <8 x float> %4, <8 x float> poison, <8 x i32> zeroinitializer
  %6 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %5, <8 x float> %3, <8 x float> zeroinitializer)
  %7 = getelementptr inbounds i8, ptr %S, i64 32
  %8 = load <8 x float>, ptr %7, align 4
  %9 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %5, <8 x float> %8, <8 x float> zeroinitializer)
  %10 = getelementptr inbounds i8, ptr %kh, i64 4
  %11 = load float, ptr %10, align 4
  %12 = getelementptr inbounds i8, ptr %S, i64 64
  %13 = load <8 x float>, ptr %12, align 4
  %14 = insertelement <8 x float> poison, float %11, i64 0
  %15 = shufflevector <8 x float> %14, <8 x float> poison, <8 x i32> zeroinitializer
  %16 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %13, <8 x float> zeroinitializer)
  %17 = getelementptr inbounds i8, ptr %S, i64 96
  %18 = load <8 x float>, ptr %17, align 4
  %19 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %18, <8 x float> zeroinitializer)
  %20 = getelementptr inbounds i8, ptr %kh, i64 8
  %21 = load float, ptr %20, align 4
  %22 = getelementptr inbounds i8, ptr %S, i64 128
  %23 = load <8 x float>, ptr %22, align 4
  %24 = insertelement <8 x float> poison, float %21, i64 0
  %25 = shufflevector <8 x float> %24, <8 x float> poison, <8 x i32> zeroinitializer
  %26 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %23, <8 x float> %6)
  %27 = getelementptr inbounds i8, ptr %S, i64 160
  %28 = load <8 x float>, ptr %27, align 4
  %29 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %28, <8 x float> %9)
  %30 = getelementptr inbounds i8, ptr %kh, i64 12
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds i8, ptr %S, i64 192
  %33 = load <8 x float>, ptr %32, align 4
  %34 = insertelement <8 x float> poison, float %31, i64 0
  %35 = shufflevector <8 x float> %34, <8 x float> poison, <8 x i32> zeroinitializer
  %36 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %35, <8 x float> %33, <8 x float> %16)
  %37 = getelementptr inbounds i8, ptr %S, i64 224
  %38 = load <8 x float>, ptr %37, align 4
  %39 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %35, <8 x float> %38, <8 x float> %19)
  %40 = getelementptr inbounds i8, ptr %kh, i64 16
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds i8, ptr %S, i64 256
  %43 = load <8 x float>, ptr %42, align 4
  %44 = insertelement <8 x float> poison, float %41, i64 0
  %45 = shufflevector <8 x float> %44, <8 x float> poison, <8 x i32> zeroinitializer
  %46 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> %43, <8 x float> %26)
  %47 = getelementptr inbounds i8, ptr %S, i64 288
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> %48, <8 x float> %29)
  %50 = getelementptr inbounds i8, ptr %kh, i64 20
  %51 = load float, ptr %50, align 4
  %52 = getelementptr inbounds i8, ptr %S, i64 320
  %53 = load <8 x float>, ptr %52, align 4
  %54 = insertelement <8 x float> poison, float %51, i64 0
  %55 = shufflevector <8 x float> %54, <8 x float> poison, <8 x i32> zeroinitializer
  %56 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %53, <8 x float> %36)
  %57 = getelementptr inbounds i8, ptr %S, i64 352
  %58 = load <8 x float>, ptr %57, align 4
  %59 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %58, <8 x float> %39)
  %60 = getelementptr inbounds i8, ptr %kh, i64 24
  %61 = load float, ptr %60, align 4
  %62 = getelementptr inbounds i8, ptr %S, i64 384
  %63 = load <8 x float>, ptr %62, align 4
  %64 = insertelement <8 x float> poison, float %61, i64 0
  %65 = shufflevector <8 x float> %64, <8 x float> poison, <8 x i32> zeroinitializer
  %66 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %63, <8 x float> %46)
  %67 = getelementptr inbounds i8, ptr %S, i64 416
  %68 = load <8 x float>, ptr %67, align 4
  %69 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> %68, <8 x float> %49)
  %70 = getelementptr inbounds i8, ptr %kh, i64 28
  %71 = load float, ptr %70, align 4
  %72 = getelementptr inbounds i8, ptr %S, i64 448
  %73 = load <8 x float>, ptr %72, align 4
  %74 = insertelement <8 x float> poison, float %71, i64 0
  %75 = shufflevector <8 x float> %74, <8 x float> poison, <8 x i32> zeroinitializer
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %75, <8 x float> %73, <8 x float> %56)
  %77 = getelementptr inbounds i8, ptr %S, i64 480
  %78 = load <8 x float>, ptr %77, align 4
  %79 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %75, <8 x float> %78, <8 x float> %59)
  %80 = getelementptr inbounds i8, ptr %kh, i64 32
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds i8, ptr %S, i64 512
  %83 = load <8 x float>, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %81, i64 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %83, <8 x float> %66)
  %87 = getelementptr inbounds i8, ptr %S, i64 544
  %88 = load <8 x float>, ptr %87, align 4
  %89 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %88, <8 x float> %69)
  %90 = getelementptr inbounds i8, ptr %kh, i64 36
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds i8, ptr %S, i64 576
  %93 = load <8 x float>, ptr %92, align 4
  %94 = insertelement <8 x float> poison, float %91, i64 0
  %95 = shufflevector <8 x float> %94, <8 x float> poison, <8 x i32> zeroinitializer
  %96 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %95, <8 x float> %93, <8 x float> %76)
  %97 = getelementptr inbounds i8, ptr %S, i64 608
  %98 = load <8 x float>, ptr %97, align 4
  %99 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %95, <8 x float> %98, <8 x float> %79)
  %100 = getelementptr inbounds i8, ptr %kh, i64 40
  %101 = load float, ptr %100, align 4
  %102 = getelementptr inbounds i8, ptr %S, i64 640
  %103 = load <8 x float>, ptr %102, align 4
  %104 = insertelement <8 x float> poison, float %101, i64 0
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <8 x i32> zeroinitializer
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> %103, <8 x float> %86)
  %107 = getelementptr inbounds i8, ptr %S, i64 672
  %108 = load <8 x float>, ptr %107, align 4
  %109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> %108, <8 x float> %89)
  %110 = getelementptr inbounds i8, ptr %kh, i64 44
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds i8, ptr %S, i64 704
  %113 = load <8 x float>, ptr %112, align 4
  %114 = insertelement <8 x float> poison, float %111, i64 0
  %115 = shufflevector <8 x float> %114, <8 x float> poison, <8 x i32> zeroinitializer
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %113, <8 x float> %96)
  %117 = getelementptr inbounds i8, ptr %S, i64 736
  %118 = load <8 x float>, ptr %117, align 4
  %119 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %115, <8 x float> %118, <8 x float> %99)
  %120 = getelementptr inbounds i8, ptr %kh, i64 48
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds i8, ptr %S, i64 768
  %123 = load <8 x float>, ptr %122, align 4
  %124 = insertelement <8 x float> poison, float %121, i64 0
  %125 = shufflevector <8 x float> %124, <8 x float> poison, <8 x i32> zeroinitializer
  %126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %125, <8 x float> %123, <8 x float> %106)
  %127 = getelementptr inbounds i8, ptr %S, i64 800
  %128 = load <8 x float>, ptr %127, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %125, <8 x float> %128, <8 x float> %109)
  %130 = getelementptr inbounds i8, ptr %kh, i64 52
  %131 = load float, ptr %130, align 4
  %132 = getelementptr inbounds i8, ptr %S, i64 832
  %133 = load <8 x float>, ptr %132, align 4
  %134 = insertelement <8 x float> poison, float %131, i64 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %133, <8 x float> %116)
  %137 = getelementptr inbounds i8, ptr %S, i64 864
  %138 = load <8 x float>, ptr %137, align 4
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %138, <8 x float> %119)
  %140 = getelementptr inbounds i8, ptr %kh, i64 56
  %141 = load float, ptr %140, align 4
  %142 = getelementptr inbounds i8, ptr %S, i64 896
  %143 = load <8 x float>, ptr %142, align 4
  %144 = insertelement <8 x float> poison, float %141, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %143, <8 x float> %126)
  %147 = getelementptr inbounds i8, ptr %S, i64 928
  %148 = load <8 x float>, ptr %147, align 4
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %148, <8 x float> %129)
  %150 = getelementptr inbounds i8, ptr %kh, i64 60
  %151 = load float, ptr %150, align 4
  %152 = getelementptr inbounds i8, ptr %S, i64 960
  %153 = load <8 x float>, ptr %152, align 4
  %154 = insertelement <8 x float> poison, float %151, i64 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %153, <8 x float> %136)
  %157 = getelementptr inbounds i8, ptr %S, i64 992
  %158 = load <8 x float>, ptr %157, align 4
  %159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %158, <8 x float> %139)
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %160 = load float, ptr %betah, align 4
  %161 = load <8 x float>, ptr %vh, align 4
  %162 = fadd <8 x float> %156, %146
  %163 = fsub <8 x float> %161, %162
  %164 = insertelement <8 x float> poison, float %160, i64 0
  %165 = shufflevector <8 x float> %164, <8 x float> poison, <8 x i32> zeroinitializer
  %166 = fmul <8 x float> %165, %163
  %167 = getelementptr inbounds i8, ptr %vh, i64 32
  %168 = load <8 x float>, ptr %167, align 4
  %169 = fadd <8 x float> %159, %149
  %170 = fsub <8 x float> %168, %169
  %171 = fmul <8 x float> %165, %170
  %172 = load float, ptr %kh, align 4
  %173 = load float, ptr %qh, align 4
  %174 = insertelement <8 x float> poison, float %172, i64 0
  %175 = shufflevector <8 x float> %174, <8 x float> poison, <8 x i32> zeroinitializer
  %176 = load <8 x float>, ptr %S, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %166, <8 x float> %176)
  store <8 x float> %177, ptr %S, align 4
  %178 = insertelement <8 x float> poison, float %173, i64 0
  %179 = shufflevector <8 x float> %178, <8 x float> poison, <8 x i32> zeroinitializer
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %177, <8 x float> zeroinitializer)
  %181 = load <8 x float>, ptr %7, align 4
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> %171, <8 x float> %181)
  store <8 x float> %182, ptr %7, align 4
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> %182, <8 x float> zeroinitializer)
  %184 = load float, ptr %10, align 4
  %185 = getelementptr inbounds i8, ptr %qh, i64 4
  %186 = load float, ptr %185, align 4
  %187 = insertelement <8 x float> poison, float %184, i64 0
  %188 = shufflevector <8 x float> %187, <8 x float> poison, <8 x i32> zeroinitializer
  %189 = load <8 x float>, ptr %12, align 4
  %190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %166, <8 x float> %189)
  store <8 x float> %190, ptr %12, align 4
  %191 = insertelement <8 x float> poison, float %186, i64 0
  %192 = shufflevector <8 x float> %191, <8 x float> poison, <8 x i32> zeroinitializer
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %190, <8 x float> %180)
  %194 = load <8 x float>, ptr %17, align 4
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %188, <8 x float> %171, <8 x float> %194)
  store <8 x float> %195, ptr %17, align 4
  %196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %195, <8 x float> %183)
  %197 = load float, ptr %20, align 4
  %198 = getelementptr inbounds i8, ptr %qh, i64 8
  %199 = load float, ptr %198, align 4
  %200 = insertelement <8 x float> poison, float %197, i64 0
  %201 = shufflevector <8 x float> %200, <8 x float> poison, <8 x i32> zeroinitializer
  %202 = load <8 x float>, ptr %22, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %166, <8 x float> %202)
  store <8 x float> %203, ptr %22, align 4
  %204 = insertelement <8 x float> poison, float %199, i64 0
  %205 = shufflevector <8 x float> %204, <8 x float> poison, <8 x i32> zeroinitializer
  %206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %203, <8 x float> %193)
  %207 = load <8 x float>, ptr %27, align 4
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %171, <8 x float> %207)
  store <8 x float> %208, ptr %27, align 4
  %209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %208, <8 x float> %196)
  %210 = load float, ptr %30, align 4
  %211 = getelementptr inbounds i8, ptr %qh, i64 12
  %212 = load float, ptr %211, align 4
  %213 = insertelement <8 x float> poison, float %210, i64 0
  %214 = shufflevector <8 x float> %213, <8 x float> poison, <8 x i32> zeroinitializer
  %215 = load <8 x float>, ptr %32, align 4
  %216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, ptr %32, align 4
  %217 = insertelement <8 x float> poison, float %212, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %216, <8 x float> %206)
  %220 = load <8 x float>, ptr %37, align 4
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %171, <8 x float> %220)
  store <8 x float> %221, ptr %37, align 4
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %221, <8 x float> %209)
  %223 = load float, ptr %40, align 4
  %224 = getelementptr inbounds i8, ptr %qh, i64 16
  %225 = load float, ptr %224, align 4
  %226 = insertelement <8 x float> poison, float %223, i64 0
  %227 = shufflevector <8 x float> %226, <8 x float> poison, <8 x i32> zeroinitializer
  %228 = load <8 x float>, ptr %42, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %166, <8 x float> %228)
  store <8 x float> %229, ptr %42, align 4
  %230 = insertelement <8 x float> poison, float %225, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %229, <8 x float> %219)
  %233 = load <8 x float>, ptr %47, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %171, <8 x float> %233)
  store <8 x float> %234, ptr %47, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %234, <8 x float> %222)
  %236 = load float, ptr %50, align 4
  %237 = getelementptr inbounds i8, ptr %qh, i64 20
  %238 = load float, ptr %237, align 4
  %239 = insertelement <8 x float> poison, float %236, i64 0
  %240 = shufflevector <8 x float> %239, <8 x float> poison, <8 x i32> zeroinitializer
  %241 = load <8 x float>, ptr %52, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %166, <8 x float> %241)
  store <8 x float> %242, ptr %52, align 4
  %243 = insertelement <8 x float> poison, float %238, i64 0
  %244 = shufflevector <8 x float> %243, <8 x float> poison, <8 x i32> zeroinitializer
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %242, <8 x float> %232)
  %246 = load <8 x float>, ptr %57, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %171, <8 x float> %246)
  store <8 x float> %247, ptr %57, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %247, <8 x float> %235)
  %249 = load float, ptr %60, align 4
  %250 = getelementptr inbounds i8, ptr %qh, i64 24
  %251 = load float, ptr %250, align 4
  %252 = insertelement <8 x float> poison, float %249, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = load <8 x float>, ptr %62, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %166, <8 x float> %254)
  store <8 x float> %255, ptr %62, align 4
  %256 = insertelement <8 x float> poison, float %251, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %255, <8 x float> %245)
  %259 = load <8 x float>, ptr %67, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %171, <8 x float> %259)
  store <8 x float> %260, ptr %67, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %260, <8 x float> %248)
  %262 = load float, ptr %70, align 4
  %263 = getelementptr inbounds i8, ptr %qh, i64 28
  %264 = load float, ptr %263, align 4
  %265 = insertelement <8 x float> poison, float %262, i64 0
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <8 x i32> zeroinitializer
  %267 = load <8 x float>, ptr %72, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %166, <8 x float> %267)
  store <8 x float> %268, ptr %72, align 4
  %269 = insertelement <8 x float> poison, float %264, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %268, <8 x float> %258)
  %272 = load <8 x float>, ptr %77, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %171, <8 x float> %272)
  store <8 x float> %273, ptr %77, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %273, <8 x float> %261)
  %275 = load float, ptr %80, align 4
  %276 = getelementptr inbounds i8, ptr %qh, i64 32
  %277 = load float, ptr %276, align 4
  %278 = insertelement <8 x float> poison, float %275, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <8 x i32> zeroinitializer
  %280 = load <8 x float>, ptr %82, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %166, <8 x float> %280)
  store <8 x float> %281, ptr %82, align 4
  %282 = insertelement <8 x float> poison, float %277, i64 0
  %283 = shufflevector <8 x float> %282, <8 x float> poison, <8 x i32> zeroinitializer
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %281, <8 x float> %271)
  %285 = load <8 x float>, ptr %87, align 4
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %171, <8 x float> %285)
  store <8 x float> %286, ptr %87, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %286, <8 x float> %274)
  %288 = load float, ptr %90, align 4
  %289 = getelementptr inbounds i8, ptr %qh, i64 36
  %290 = load float, ptr %289, align 4
  %291 = insertelement <8 x float> poison, float %288, i64 0
  %292 = shufflevector <8 x float> %291, <8 x float> poison, <8 x i32> zeroinitializer
  %293 = load <8 x float>, ptr %92, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %166, <8 x float> %293)
  store <8 x float> %294, ptr %92, align 4
  %295 = insertelement <8 x float> poison, float %290, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %284)
  %298 = load <8 x float>, ptr %97, align 4
  %299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %171, <8 x float> %298)
  store <8 x float> %299, ptr %97, align 4
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %299, <8 x float> %287)
  %301 = load float, ptr %100, align 4
  %302 = getelementptr inbounds i8, ptr %qh, i64 40
  %303 = load float, ptr %302, align 4
  %304 = insertelement <8 x float> poison, float %301, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> poison, <8 x i32> zeroinitializer
  %306 = load <8 x float>, ptr %102, align 4
  %307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %166, <8 x float> %306)
  store <8 x float> %307, ptr %102, align 4
  %308 = insertelement <8 x float> poison, float %303, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> poison, <8 x i32> zeroinitializer
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %307, <8 x float> %297)
  %311 = load <8 x float>, ptr %107, align 4
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %171, <8 x float> %311)
  store <8 x float> %312, ptr %107, align 4
  %313 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %312, <8 x float> %300)
  %314 = load float, ptr %110, align 4
  %315 = getelementptr inbounds i8, ptr %qh, i64 44
  %316 = load float, ptr %315, align 4
  %317 = insertelement <8 x float> poison, float %314, i64 0
  %318 = shufflevector <8 x float> %317, <8 x float> poison, <8 x i32> zeroinitializer
  %319 = load <8 x float>, ptr %112, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %166, <8 x float> %319)
  store <8 x float> %320, ptr %112, align 4
  %321 = insertelement <8 x float> poison, float %316, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %320, <8 x float> %310)
  %324 = load <8 x float>, ptr %117, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %171, <8 x float> %324)
  store <8 x float> %325, ptr %117, align 4
  %326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %325, <8 x float> %313)
  %327 = load float, ptr %120, align 4
  %328 = getelementptr inbounds i8, ptr %qh, i64 48
  %329 = load float, ptr %328, align 4
  %330 = insertelement <8 x float> poison, float %327, i64 0
  %331 = shufflevector <8 x float> %330, <8 x float> poison, <8 x i32> zeroinitializer
  %332 = load <8 x float>, ptr %122, align 4
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %166, <8 x float> %332)
  store <8 x float> %333, ptr %122, align 4
  %334 = insertelement <8 x float> poison, float %329, i64 0
  %335 = shufflevector <8 x float> %334, <8 x float> poison, <8 x i32> zeroinitializer
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %333, <8 x float> %323)
  %337 = load <8 x float>, ptr %127, align 4
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %171, <8 x float> %337)
  store <8 x float> %338, ptr %127, align 4
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %338, <8 x float> %326)
  %340 = load float, ptr %130, align 4
  %341 = getelementptr inbounds i8, ptr %qh, i64 52
  %342 = load float, ptr %341, align 4
  %343 = insertelement <8 x float> poison, float %340, i64 0
  %344 = shufflevector <8 x float> %343, <8 x float> poison, <8 x i32> zeroinitializer
  %345 = load <8 x float>, ptr %132, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %166, <8 x float> %345)
  store <8 x float> %346, ptr %132, align 4
  %347 = insertelement <8 x float> poison, float %342, i64 0
  %348 = shufflevector <8 x float> %347, <8 x float> poison, <8 x i32> zeroinitializer
  %349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %346, <8 x float> %336)
  %350 = load <8 x float>, ptr %137, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %171, <8 x float> %350)
  store <8 x float> %351, ptr %137, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %351, <8 x float> %339)
  %353 = load float, ptr %140, align 4
  %354 = getelementptr inbounds i8, ptr %qh, i64 56
  %355 = load float, ptr %354, align 4
  %356 = insertelement <8 x float> poison, float %353, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> poison, <8 x i32> zeroinitializer
  %358 = load <8 x float>, ptr %142, align 4
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %166, <8 x float> %358)
  store <8 x float> %359, ptr %142, align 4
  %360 = insertelement <8 x float> poison, float %355, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %359, <8 x float> %349)
  %363 = load <8 x float>, ptr %147, align 4
  %364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %171, <8 x float> %363)
  store <8 x float> %364, ptr %147, align 4
  %365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %364, <8 x float> %352)
  %366 = load float, ptr %150, align 4
  %367 = getelementptr inbounds i8, ptr %qh, i64 60
  %368 = load float, ptr %367, align 4
  %369 = insertelement <8 x float> poison, float %366, i64 0
  %370 = shufflevector <8 x float> %369, <8 x float> poison, <8 x i32> zeroinitializer
  %371 = load <8 x float>, ptr %152, align 4
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %166, <8 x float> %371)
  store <8 x float> %372, ptr %152, align 4
  %373 = insertelement <8 x float> poison, float %368, i64 0
  %374 = shufflevector <8 x float> %373, <8 x float> poison, <8 x i32> zeroinitializer
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %372, <8 x float> %362)
  %376 = load <8 x float>, ptr %157, align 4
  %377 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %171, <8 x float> %376)
  store <8 x float> %377, ptr %157, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %377, <8 x float> %365)
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %379 = fmul <8 x float> %375, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <8 x float> %379, ptr %oh, align 4
  %380 = fmul <8 x float> %378, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %381 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %380, ptr %381, align 4
  %bh.next = add nsw i64 %bh.addr.061, 1
  %exitcond.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond.not, label %bh.exit, label %bh.body

bh.exit:                                          ; preds = %bh.body, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
