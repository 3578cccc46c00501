; ---- dp_fwd_h4_k16_v16_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h4_k16_v16_r64_nogate'
source_filename = "dp_fwd_h4_k16_v16_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h4_k16_v16_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 2
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
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
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i7.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i7.head.preheader ]
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i7.head.preheader ]
  %40 = add i64 %indvar, %bh0
  %41 = shl i64 %40, 10
  %scevgep236 = getelementptr i8, ptr %hT, i64 %41
  %scevgep231 = getelementptr i8, ptr %h0, i64 %41
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %42 = mul nsw i64 %b, %T
  %43 = mul nsw i64 %42, %H
  %bT = add nsw i64 %43, %h
  %44 = mul i64 %1, %42
  %bTn = add nsw i64 %44, %h
  %45 = shl nsw i64 %bT, 4
  %46 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %46
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep231, i64 1024, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %vh = getelementptr inbounds float, ptr %v, i64 %46
  %oh = getelementptr inbounds float, ptr %o, i64 %45
  br i1 %3, label %i1.head.preheader.lr.ph, label %i7.head.preheader

bh.exit:                                          ; preds = %i7.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %47 = mul i64 %7, %indvar
  %invariant.gep243 = getelementptr i8, ptr %hs, i64 %47
  br label %i1.head.preheader

i7.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep236, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond237.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond237.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0205 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %48 = add i64 %6, %ci.addr.0205
  %49 = shl i64 %48, 10
  %gep244 = getelementptr i8, ptr %invariant.gep243, i64 %49
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep244, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0 = shl nsw i64 %ci.addr.0205, 6
  %50 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %50, i64 %T)
  %51 = icmp slt i64 %t0, %T
  br i1 %51, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i1.head.preheader
  %52 = shl nsw i64 %ci.addr.0205, 8
  %53 = mul nsw i64 %52, %H
  %54 = getelementptr inbounds float, ptr %betah, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = insertelement <8 x float> poison, float %55, i64 0
  %57 = shufflevector <8 x float> %56, <8 x float> poison, <8 x i32> zeroinitializer
  %58 = mul nsw i64 %52, %sq
  %59 = or disjoint i64 %58, 8
  %60 = getelementptr inbounds float, ptr %vh, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = or disjoint i64 %58, 15
  %63 = getelementptr inbounds float, ptr %kh, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %64, i64 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %39, align 4
  %68 = or disjoint i64 %58, 13
  %69 = getelementptr inbounds float, ptr %kh, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> poison, float %70, i64 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  %73 = load <8 x float>, ptr %35, align 4
  %74 = or disjoint i64 %58, 11
  %75 = getelementptr inbounds float, ptr %kh, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <8 x float> poison, float %76, i64 0
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <8 x i32> zeroinitializer
  %79 = load <8 x float>, ptr %31, align 4
  %80 = or disjoint i64 %58, 9
  %81 = getelementptr inbounds float, ptr %kh, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = insertelement <8 x float> poison, float %82, i64 0
  %84 = shufflevector <8 x float> %83, <8 x float> poison, <8 x i32> zeroinitializer
  %85 = load <8 x float>, ptr %27, align 4
  %86 = or disjoint i64 %58, 7
  %87 = getelementptr inbounds float, ptr %kh, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i64 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %23, align 4
  %92 = or disjoint i64 %58, 5
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> poison, float %94, i64 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %19, align 4
  %98 = or disjoint i64 %58, 3
  %99 = getelementptr inbounds float, ptr %kh, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <8 x float> poison, float %100, i64 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = load <8 x float>, ptr %15, align 4
  %104 = or disjoint i64 %58, 1
  %105 = getelementptr inbounds float, ptr %kh, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = insertelement <8 x float> poison, float %106, i64 0
  %108 = shufflevector <8 x float> %107, <8 x float> poison, <8 x i32> zeroinitializer
  %109 = load <8 x float>, ptr %11, align 4
  %110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %109, <8 x float> zeroinitializer)
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %103, <8 x float> %110)
  %112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %97, <8 x float> %111)
  %113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %90, <8 x float> %91, <8 x float> %112)
  %114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %85, <8 x float> %113)
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %79, <8 x float> %114)
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %73, <8 x float> %115)
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %67, <8 x float> %116)
  %118 = or disjoint i64 %58, 14
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %37, align 4
  %124 = or disjoint i64 %58, 12
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %33, align 4
  %130 = or disjoint i64 %58, 10
  %131 = getelementptr inbounds float, ptr %kh, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %132, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = load <8 x float>, ptr %29, align 4
  %136 = getelementptr inbounds float, ptr %kh, i64 %59
  %137 = load float, ptr %136, align 4
  %138 = insertelement <8 x float> poison, float %137, i64 0
  %139 = shufflevector <8 x float> %138, <8 x float> poison, <8 x i32> zeroinitializer
  %140 = load <8 x float>, ptr %25, align 4
  %141 = or disjoint i64 %58, 6
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = insertelement <8 x float> poison, float %143, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = load <8 x float>, ptr %21, align 4
  %147 = or disjoint i64 %58, 4
  %148 = getelementptr inbounds float, ptr %kh, i64 %147
  %149 = load float, ptr %148, align 4
  %150 = insertelement <8 x float> poison, float %149, i64 0
  %151 = shufflevector <8 x float> %150, <8 x float> poison, <8 x i32> zeroinitializer
  %152 = load <8 x float>, ptr %17, align 4
  %153 = or disjoint i64 %58, 2
  %154 = getelementptr inbounds float, ptr %kh, i64 %153
  %155 = load float, ptr %154, align 4
  %156 = insertelement <8 x float> poison, float %155, i64 0
  %157 = shufflevector <8 x float> %156, <8 x float> poison, <8 x i32> zeroinitializer
  %158 = load <8 x float>, ptr %13, align 4
  %159 = getelementptr inbounds float, ptr %kh, i64 %58
  %160 = load float, ptr %159, align 4
  %161 = insertelement <8 x float> poison, float %160, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = load <8 x float>, ptr %9, align 4
  %164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %163, <8 x float> zeroinitializer)
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %157, <8 x float> %158, <8 x float> %164)
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %152, <8 x float> %165)
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %146, <8 x float> %166)
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %140, <8 x float> %167)
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %135, <8 x float> %168)
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %129, <8 x float> %169)
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %123, <8 x float> %170)
  %172 = fadd <8 x float> %117, %171
  %173 = fsub <8 x float> %61, %172
  %174 = fmul <8 x float> %57, %173
  %175 = getelementptr inbounds float, ptr %vh, i64 %58
  %176 = load <8 x float>, ptr %175, align 4
  %177 = load <8 x float>, ptr %38, align 4
  %178 = load <8 x float>, ptr %34, align 4
  %179 = load <8 x float>, ptr %30, align 4
  %180 = load <8 x float>, ptr %26, align 4
  %181 = load <8 x float>, ptr %22, align 4
  %182 = load <8 x float>, ptr %18, align 4
  %183 = load <8 x float>, ptr %14, align 4
  %184 = load <8 x float>, ptr %10, align 4
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %184, <8 x float> zeroinitializer)
  %186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %183, <8 x float> %185)
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %182, <8 x float> %186)
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %90, <8 x float> %181, <8 x float> %187)
  %189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %180, <8 x float> %188)
  %190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %179, <8 x float> %189)
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %178, <8 x float> %190)
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %177, <8 x float> %191)
  %193 = load <8 x float>, ptr %36, align 4
  %194 = load <8 x float>, ptr %32, align 4
  %195 = load <8 x float>, ptr %28, align 4
  %196 = load <8 x float>, ptr %24, align 4
  %197 = load <8 x float>, ptr %20, align 4
  %198 = load <8 x float>, ptr %16, align 4
  %199 = load <8 x float>, ptr %12, align 4
  %200 = load <8 x float>, ptr %work, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %200, <8 x float> zeroinitializer)
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %157, <8 x float> %199, <8 x float> %201)
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %198, <8 x float> %202)
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %197, <8 x float> %203)
  %205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %196, <8 x float> %204)
  %206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %195, <8 x float> %205)
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %194, <8 x float> %206)
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %193, <8 x float> %207)
  %209 = fadd <8 x float> %192, %208
  %210 = fsub <8 x float> %176, %209
  %211 = fmul <8 x float> %57, %210
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i6.exit
  %delta.0204 = phi <8 x float> [ %1072, %i6.exit ], [ %211, %t.body.preheader ]
  %delta1.0203 = phi <8 x float> [ %1080, %i6.exit ], [ %174, %t.body.preheader ]
  %t.addr.0202 = phi i64 [ %212, %i6.exit ], [ %t0, %t.body.preheader ]
  %212 = add nuw nsw i64 %t.addr.0202, 1
  %213 = shl nsw i64 %t.addr.0202, 2
  %214 = mul nsw i64 %213, %sq
  %215 = or disjoint i64 %213, 1
  %216 = mul nsw i64 %215, %sq
  %217 = getelementptr inbounds float, ptr %kh, i64 %214
  %218 = load float, ptr %217, align 4
  %219 = getelementptr inbounds float, ptr %kh, i64 %216
  %220 = load float, ptr %219, align 4
  %221 = insertelement <8 x float> poison, float %218, i64 0
  %222 = shufflevector <8 x float> %221, <8 x float> poison, <8 x i32> zeroinitializer
  %223 = load <8 x float>, ptr %work, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %delta.0204, <8 x float> %223)
  store <8 x float> %224, ptr %work, align 4
  %225 = insertelement <8 x float> poison, float %220, i64 0
  %226 = shufflevector <8 x float> %225, <8 x float> poison, <8 x i32> zeroinitializer
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %224, <8 x float> zeroinitializer)
  %228 = load <8 x float>, ptr %9, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %delta1.0203, <8 x float> %228)
  store <8 x float> %229, ptr %9, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %229, <8 x float> zeroinitializer)
  %231 = or disjoint i64 %214, 1
  %232 = getelementptr inbounds float, ptr %kh, i64 %231
  %233 = load float, ptr %232, align 4
  %234 = or disjoint i64 %216, 1
  %235 = getelementptr inbounds float, ptr %kh, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = insertelement <8 x float> poison, float %233, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = load <8 x float>, ptr %10, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %delta.0204, <8 x float> %239)
  store <8 x float> %240, ptr %10, align 4
  %241 = insertelement <8 x float> poison, float %236, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %240, <8 x float> zeroinitializer)
  %244 = load <8 x float>, ptr %11, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %delta1.0203, <8 x float> %244)
  store <8 x float> %245, ptr %11, align 4
  %246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %245, <8 x float> zeroinitializer)
  %247 = or disjoint i64 %214, 2
  %248 = getelementptr inbounds float, ptr %kh, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = or disjoint i64 %216, 2
  %251 = getelementptr inbounds float, ptr %kh, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = insertelement <8 x float> poison, float %249, i64 0
  %254 = shufflevector <8 x float> %253, <8 x float> poison, <8 x i32> zeroinitializer
  %255 = load <8 x float>, ptr %12, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta.0204, <8 x float> %255)
  store <8 x float> %256, ptr %12, align 4
  %257 = insertelement <8 x float> poison, float %252, i64 0
  %258 = shufflevector <8 x float> %257, <8 x float> poison, <8 x i32> zeroinitializer
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %256, <8 x float> %227)
  %260 = load <8 x float>, ptr %13, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta1.0203, <8 x float> %260)
  store <8 x float> %261, ptr %13, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %261, <8 x float> %230)
  %263 = or disjoint i64 %214, 3
  %264 = getelementptr inbounds float, ptr %kh, i64 %263
  %265 = load float, ptr %264, align 4
  %266 = or disjoint i64 %216, 3
  %267 = getelementptr inbounds float, ptr %kh, i64 %266
  %268 = load float, ptr %267, align 4
  %269 = insertelement <8 x float> poison, float %265, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = load <8 x float>, ptr %14, align 4
  %272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %delta.0204, <8 x float> %271)
  store <8 x float> %272, ptr %14, align 4
  %273 = insertelement <8 x float> poison, float %268, i64 0
  %274 = shufflevector <8 x float> %273, <8 x float> poison, <8 x i32> zeroinitializer
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %272, <8 x float> %243)
  %276 = load <8 x float>, ptr %15, align 4
  %277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %delta1.0203, <8 x float> %276)
  store <8 x float> %277, ptr %15, align 4
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %277, <8 x float> %246)
  %279 = or disjoint i64 %214, 4
  %280 = getelementptr inbounds float, ptr %kh, i64 %279
  %281 = load float, ptr %280, align 4
  %282 = or disjoint i64 %216, 4
  %283 = getelementptr inbounds float, ptr %kh, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <8 x float> poison, float %281, i64 0
  %286 = shufflevector <8 x float> %285, <8 x float> poison, <8 x i32> zeroinitializer
  %287 = load <8 x float>, ptr %16, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %delta.0204, <8 x float> %287)
  store <8 x float> %288, ptr %16, align 4
  %289 = insertelement <8 x float> poison, float %284, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %288, <8 x float> %259)
  %292 = load <8 x float>, ptr %17, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %delta1.0203, <8 x float> %292)
  store <8 x float> %293, ptr %17, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %293, <8 x float> %262)
  %295 = or disjoint i64 %214, 5
  %296 = getelementptr inbounds float, ptr %kh, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = or disjoint i64 %216, 5
  %299 = getelementptr inbounds float, ptr %kh, i64 %298
  %300 = load float, ptr %299, align 4
  %301 = insertelement <8 x float> poison, float %297, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = load <8 x float>, ptr %18, align 4
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %delta.0204, <8 x float> %303)
  store <8 x float> %304, ptr %18, align 4
  %305 = insertelement <8 x float> poison, float %300, i64 0
  %306 = shufflevector <8 x float> %305, <8 x float> poison, <8 x i32> zeroinitializer
  %307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %304, <8 x float> %275)
  %308 = load <8 x float>, ptr %19, align 4
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %delta1.0203, <8 x float> %308)
  store <8 x float> %309, ptr %19, align 4
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %309, <8 x float> %278)
  %311 = or disjoint i64 %214, 6
  %312 = getelementptr inbounds float, ptr %kh, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = or disjoint i64 %216, 6
  %315 = getelementptr inbounds float, ptr %kh, i64 %314
  %316 = load float, ptr %315, align 4
  %317 = insertelement <8 x float> poison, float %313, i64 0
  %318 = shufflevector <8 x float> %317, <8 x float> poison, <8 x i32> zeroinitializer
  %319 = load <8 x float>, ptr %20, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %delta.0204, <8 x float> %319)
  store <8 x float> %320, ptr %20, align 4
  %321 = insertelement <8 x float> poison, float %316, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %320, <8 x float> %291)
  %324 = load <8 x float>, ptr %21, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %delta1.0203, <8 x float> %324)
  store <8 x float> %325, ptr %21, align 4
  %326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %325, <8 x float> %294)
  %327 = or disjoint i64 %214, 7
  %328 = getelementptr inbounds float, ptr %kh, i64 %327
  %329 = load float, ptr %328, align 4
  %330 = or disjoint i64 %216, 7
  %331 = getelementptr inbounds float, ptr %kh, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = insertelement <8 x float> poison, float %329, i64 0
  %334 = shufflevector <8 x float> %333, <8 x float> poison, <8 x i32> zeroinitializer
  %335 = load <8 x float>, ptr %22, align 4
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %delta.0204, <8 x float> %335)
  store <8 x float> %336, ptr %22, align 4
  %337 = insertelement <8 x float> poison, float %332, i64 0
  %338 = shufflevector <8 x float> %337, <8 x float> poison, <8 x i32> zeroinitializer
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %336, <8 x float> %307)
  %340 = load <8 x float>, ptr %23, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %delta1.0203, <8 x float> %340)
  store <8 x float> %341, ptr %23, align 4
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %341, <8 x float> %310)
  %343 = or disjoint i64 %214, 8
  %344 = getelementptr inbounds float, ptr %kh, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = or disjoint i64 %216, 8
  %347 = getelementptr inbounds float, ptr %kh, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = insertelement <8 x float> poison, float %345, i64 0
  %350 = shufflevector <8 x float> %349, <8 x float> poison, <8 x i32> zeroinitializer
  %351 = load <8 x float>, ptr %24, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %delta.0204, <8 x float> %351)
  store <8 x float> %352, ptr %24, align 4
  %353 = insertelement <8 x float> poison, float %348, i64 0
  %354 = shufflevector <8 x float> %353, <8 x float> poison, <8 x i32> zeroinitializer
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %352, <8 x float> %323)
  %356 = load <8 x float>, ptr %25, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %delta1.0203, <8 x float> %356)
  store <8 x float> %357, ptr %25, align 4
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %357, <8 x float> %326)
  %359 = or disjoint i64 %214, 9
  %360 = getelementptr inbounds float, ptr %kh, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = or disjoint i64 %216, 9
  %363 = getelementptr inbounds float, ptr %kh, i64 %362
  %364 = load float, ptr %363, align 4
  %365 = insertelement <8 x float> poison, float %361, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = load <8 x float>, ptr %26, align 4
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %delta.0204, <8 x float> %367)
  store <8 x float> %368, ptr %26, align 4
  %369 = insertelement <8 x float> poison, float %364, i64 0
  %370 = shufflevector <8 x float> %369, <8 x float> poison, <8 x i32> zeroinitializer
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %368, <8 x float> %339)
  %372 = load <8 x float>, ptr %27, align 4
  %373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %delta1.0203, <8 x float> %372)
  store <8 x float> %373, ptr %27, align 4
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %373, <8 x float> %342)
  %375 = or disjoint i64 %214, 10
  %376 = getelementptr inbounds float, ptr %kh, i64 %375
  %377 = load float, ptr %376, align 4
  %378 = or disjoint i64 %216, 10
  %379 = getelementptr inbounds float, ptr %kh, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = insertelement <8 x float> poison, float %377, i64 0
  %382 = shufflevector <8 x float> %381, <8 x float> poison, <8 x i32> zeroinitializer
  %383 = load <8 x float>, ptr %28, align 4
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %delta.0204, <8 x float> %383)
  store <8 x float> %384, ptr %28, align 4
  %385 = insertelement <8 x float> poison, float %380, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> poison, <8 x i32> zeroinitializer
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %384, <8 x float> %355)
  %388 = load <8 x float>, ptr %29, align 4
  %389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %delta1.0203, <8 x float> %388)
  store <8 x float> %389, ptr %29, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %389, <8 x float> %358)
  %391 = or disjoint i64 %214, 11
  %392 = getelementptr inbounds float, ptr %kh, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = or disjoint i64 %216, 11
  %395 = getelementptr inbounds float, ptr %kh, i64 %394
  %396 = load float, ptr %395, align 4
  %397 = insertelement <8 x float> poison, float %393, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> poison, <8 x i32> zeroinitializer
  %399 = load <8 x float>, ptr %30, align 4
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %delta.0204, <8 x float> %399)
  store <8 x float> %400, ptr %30, align 4
  %401 = insertelement <8 x float> poison, float %396, i64 0
  %402 = shufflevector <8 x float> %401, <8 x float> poison, <8 x i32> zeroinitializer
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %400, <8 x float> %371)
  %404 = load <8 x float>, ptr %31, align 4
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %delta1.0203, <8 x float> %404)
  store <8 x float> %405, ptr %31, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %405, <8 x float> %374)
  %407 = or disjoint i64 %214, 12
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = or disjoint i64 %216, 12
  %411 = getelementptr inbounds float, ptr %kh, i64 %410
  %412 = load float, ptr %411, align 4
  %413 = insertelement <8 x float> poison, float %409, i64 0
  %414 = shufflevector <8 x float> %413, <8 x float> poison, <8 x i32> zeroinitializer
  %415 = load <8 x float>, ptr %32, align 4
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta.0204, <8 x float> %415)
  store <8 x float> %416, ptr %32, align 4
  %417 = insertelement <8 x float> poison, float %412, i64 0
  %418 = shufflevector <8 x float> %417, <8 x float> poison, <8 x i32> zeroinitializer
  %419 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %416, <8 x float> %387)
  %420 = load <8 x float>, ptr %33, align 4
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta1.0203, <8 x float> %420)
  store <8 x float> %421, ptr %33, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %421, <8 x float> %390)
  %423 = or disjoint i64 %214, 13
  %424 = getelementptr inbounds float, ptr %kh, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = or disjoint i64 %216, 13
  %427 = getelementptr inbounds float, ptr %kh, i64 %426
  %428 = load float, ptr %427, align 4
  %429 = insertelement <8 x float> poison, float %425, i64 0
  %430 = shufflevector <8 x float> %429, <8 x float> poison, <8 x i32> zeroinitializer
  %431 = load <8 x float>, ptr %34, align 4
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %delta.0204, <8 x float> %431)
  store <8 x float> %432, ptr %34, align 4
  %433 = insertelement <8 x float> poison, float %428, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %432, <8 x float> %403)
  %436 = load <8 x float>, ptr %35, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %delta1.0203, <8 x float> %436)
  store <8 x float> %437, ptr %35, align 4
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %437, <8 x float> %406)
  %439 = or disjoint i64 %214, 14
  %440 = getelementptr inbounds float, ptr %kh, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = or disjoint i64 %216, 14
  %443 = getelementptr inbounds float, ptr %kh, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = insertelement <8 x float> poison, float %441, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = load <8 x float>, ptr %36, align 4
  %448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %delta.0204, <8 x float> %447)
  store <8 x float> %448, ptr %36, align 4
  %449 = insertelement <8 x float> poison, float %444, i64 0
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <8 x i32> zeroinitializer
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %448, <8 x float> %419)
  %452 = load <8 x float>, ptr %37, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %delta1.0203, <8 x float> %452)
  store <8 x float> %453, ptr %37, align 4
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %453, <8 x float> %422)
  %455 = or disjoint i64 %214, 15
  %456 = getelementptr inbounds float, ptr %kh, i64 %455
  %457 = load float, ptr %456, align 4
  %458 = or disjoint i64 %216, 15
  %459 = getelementptr inbounds float, ptr %kh, i64 %458
  %460 = load float, ptr %459, align 4
  %461 = insertelement <8 x float> poison, float %457, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = load <8 x float>, ptr %38, align 4
  %464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %delta.0204, <8 x float> %463)
  store <8 x float> %464, ptr %38, align 4
  %465 = insertelement <8 x float> poison, float %460, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %464, <8 x float> %435)
  %468 = load <8 x float>, ptr %39, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %delta1.0203, <8 x float> %468)
  store <8 x float> %469, ptr %39, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %469, <8 x float> %438)
  %471 = mul nsw i64 %215, %H
  %472 = getelementptr inbounds float, ptr %betah, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = getelementptr inbounds float, ptr %vh, i64 %216
  %475 = load <8 x float>, ptr %474, align 4
  %476 = fadd <8 x float> %467, %451
  %477 = fsub <8 x float> %475, %476
  %478 = insertelement <8 x float> poison, float %473, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = fmul <8 x float> %479, %477
  %481 = getelementptr inbounds float, ptr %vh, i64 %346
  %482 = load <8 x float>, ptr %481, align 4
  %483 = fadd <8 x float> %470, %454
  %484 = fsub <8 x float> %482, %483
  %485 = fmul <8 x float> %479, %484
  %486 = or disjoint i64 %213, 2
  %487 = mul nsw i64 %486, %sq
  %488 = load float, ptr %219, align 4
  %489 = getelementptr inbounds float, ptr %kh, i64 %487
  %490 = load float, ptr %489, align 4
  %491 = insertelement <8 x float> poison, float %488, i64 0
  %492 = shufflevector <8 x float> %491, <8 x float> poison, <8 x i32> zeroinitializer
  %493 = load <8 x float>, ptr %work, align 4
  %494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %480, <8 x float> %493)
  store <8 x float> %494, ptr %work, align 4
  %495 = insertelement <8 x float> poison, float %490, i64 0
  %496 = shufflevector <8 x float> %495, <8 x float> poison, <8 x i32> zeroinitializer
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %494, <8 x float> zeroinitializer)
  %498 = load <8 x float>, ptr %9, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %485, <8 x float> %498)
  store <8 x float> %499, ptr %9, align 4
  %500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %499, <8 x float> zeroinitializer)
  %501 = load float, ptr %235, align 4
  %502 = or disjoint i64 %487, 1
  %503 = getelementptr inbounds float, ptr %kh, i64 %502
  %504 = load float, ptr %503, align 4
  %505 = insertelement <8 x float> poison, float %501, i64 0
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %10, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %480, <8 x float> %507)
  store <8 x float> %508, ptr %10, align 4
  %509 = insertelement <8 x float> poison, float %504, i64 0
  %510 = shufflevector <8 x float> %509, <8 x float> poison, <8 x i32> zeroinitializer
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %508, <8 x float> zeroinitializer)
  %512 = load <8 x float>, ptr %11, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %485, <8 x float> %512)
  store <8 x float> %513, ptr %11, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %513, <8 x float> zeroinitializer)
  %515 = load float, ptr %251, align 4
  %516 = or disjoint i64 %487, 2
  %517 = getelementptr inbounds float, ptr %kh, i64 %516
  %518 = load float, ptr %517, align 4
  %519 = insertelement <8 x float> poison, float %515, i64 0
  %520 = shufflevector <8 x float> %519, <8 x float> poison, <8 x i32> zeroinitializer
  %521 = load <8 x float>, ptr %12, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %480, <8 x float> %521)
  store <8 x float> %522, ptr %12, align 4
  %523 = insertelement <8 x float> poison, float %518, i64 0
  %524 = shufflevector <8 x float> %523, <8 x float> poison, <8 x i32> zeroinitializer
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %522, <8 x float> %497)
  %526 = load <8 x float>, ptr %13, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %485, <8 x float> %526)
  store <8 x float> %527, ptr %13, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %527, <8 x float> %500)
  %529 = load float, ptr %267, align 4
  %530 = or disjoint i64 %487, 3
  %531 = getelementptr inbounds float, ptr %kh, i64 %530
  %532 = load float, ptr %531, align 4
  %533 = insertelement <8 x float> poison, float %529, i64 0
  %534 = shufflevector <8 x float> %533, <8 x float> poison, <8 x i32> zeroinitializer
  %535 = load <8 x float>, ptr %14, align 4
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %480, <8 x float> %535)
  store <8 x float> %536, ptr %14, align 4
  %537 = insertelement <8 x float> poison, float %532, i64 0
  %538 = shufflevector <8 x float> %537, <8 x float> poison, <8 x i32> zeroinitializer
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %536, <8 x float> %511)
  %540 = load <8 x float>, ptr %15, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %485, <8 x float> %540)
  store <8 x float> %541, ptr %15, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %541, <8 x float> %514)
  %543 = load float, ptr %283, align 4
  %544 = or disjoint i64 %487, 4
  %545 = getelementptr inbounds float, ptr %kh, i64 %544
  %546 = load float, ptr %545, align 4
  %547 = insertelement <8 x float> poison, float %543, i64 0
  %548 = shufflevector <8 x float> %547, <8 x float> poison, <8 x i32> zeroinitializer
  %549 = load <8 x float>, ptr %16, align 4
  %550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %548, <8 x float> %480, <8 x float> %549)
  store <8 x float> %550, ptr %16, align 4
  %551 = insertelement <8 x float> poison, float %546, i64 0
  %552 = shufflevector <8 x float> %551, <8 x float> poison, <8 x i32> zeroinitializer
  %553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %550, <8 x float> %525)
  %554 = load <8 x float>, ptr %17, align 4
  %555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %548, <8 x float> %485, <8 x float> %554)
  store <8 x float> %555, ptr %17, align 4
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %555, <8 x float> %528)
  %557 = load float, ptr %299, align 4
  %558 = or disjoint i64 %487, 5
  %559 = getelementptr inbounds float, ptr %kh, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = insertelement <8 x float> poison, float %557, i64 0
  %562 = shufflevector <8 x float> %561, <8 x float> poison, <8 x i32> zeroinitializer
  %563 = load <8 x float>, ptr %18, align 4
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %480, <8 x float> %563)
  store <8 x float> %564, ptr %18, align 4
  %565 = insertelement <8 x float> poison, float %560, i64 0
  %566 = shufflevector <8 x float> %565, <8 x float> poison, <8 x i32> zeroinitializer
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %566, <8 x float> %564, <8 x float> %539)
  %568 = load <8 x float>, ptr %19, align 4
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %485, <8 x float> %568)
  store <8 x float> %569, ptr %19, align 4
  %570 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %566, <8 x float> %569, <8 x float> %542)
  %571 = load float, ptr %315, align 4
  %572 = or disjoint i64 %487, 6
  %573 = getelementptr inbounds float, ptr %kh, i64 %572
  %574 = load float, ptr %573, align 4
  %575 = insertelement <8 x float> poison, float %571, i64 0
  %576 = shufflevector <8 x float> %575, <8 x float> poison, <8 x i32> zeroinitializer
  %577 = load <8 x float>, ptr %20, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> %480, <8 x float> %577)
  store <8 x float> %578, ptr %20, align 4
  %579 = insertelement <8 x float> poison, float %574, i64 0
  %580 = shufflevector <8 x float> %579, <8 x float> poison, <8 x i32> zeroinitializer
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %580, <8 x float> %578, <8 x float> %553)
  %582 = load <8 x float>, ptr %21, align 4
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> %485, <8 x float> %582)
  store <8 x float> %583, ptr %21, align 4
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %580, <8 x float> %583, <8 x float> %556)
  %585 = load float, ptr %331, align 4
  %586 = or disjoint i64 %487, 7
  %587 = getelementptr inbounds float, ptr %kh, i64 %586
  %588 = load float, ptr %587, align 4
  %589 = insertelement <8 x float> poison, float %585, i64 0
  %590 = shufflevector <8 x float> %589, <8 x float> poison, <8 x i32> zeroinitializer
  %591 = load <8 x float>, ptr %22, align 4
  %592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %590, <8 x float> %480, <8 x float> %591)
  store <8 x float> %592, ptr %22, align 4
  %593 = insertelement <8 x float> poison, float %588, i64 0
  %594 = shufflevector <8 x float> %593, <8 x float> poison, <8 x i32> zeroinitializer
  %595 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %592, <8 x float> %567)
  %596 = load <8 x float>, ptr %23, align 4
  %597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %590, <8 x float> %485, <8 x float> %596)
  store <8 x float> %597, ptr %23, align 4
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %597, <8 x float> %570)
  %599 = load float, ptr %347, align 4
  %600 = or disjoint i64 %487, 8
  %601 = getelementptr inbounds float, ptr %kh, i64 %600
  %602 = load float, ptr %601, align 4
  %603 = insertelement <8 x float> poison, float %599, i64 0
  %604 = shufflevector <8 x float> %603, <8 x float> poison, <8 x i32> zeroinitializer
  %605 = load <8 x float>, ptr %24, align 4
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %480, <8 x float> %605)
  store <8 x float> %606, ptr %24, align 4
  %607 = insertelement <8 x float> poison, float %602, i64 0
  %608 = shufflevector <8 x float> %607, <8 x float> poison, <8 x i32> zeroinitializer
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %606, <8 x float> %581)
  %610 = load <8 x float>, ptr %25, align 4
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %485, <8 x float> %610)
  store <8 x float> %611, ptr %25, align 4
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %611, <8 x float> %584)
  %613 = load float, ptr %363, align 4
  %614 = or disjoint i64 %487, 9
  %615 = getelementptr inbounds float, ptr %kh, i64 %614
  %616 = load float, ptr %615, align 4
  %617 = insertelement <8 x float> poison, float %613, i64 0
  %618 = shufflevector <8 x float> %617, <8 x float> poison, <8 x i32> zeroinitializer
  %619 = load <8 x float>, ptr %26, align 4
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %480, <8 x float> %619)
  store <8 x float> %620, ptr %26, align 4
  %621 = insertelement <8 x float> poison, float %616, i64 0
  %622 = shufflevector <8 x float> %621, <8 x float> poison, <8 x i32> zeroinitializer
  %623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> %620, <8 x float> %595)
  %624 = load <8 x float>, ptr %27, align 4
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %485, <8 x float> %624)
  store <8 x float> %625, ptr %27, align 4
  %626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> %625, <8 x float> %598)
  %627 = load float, ptr %379, align 4
  %628 = or disjoint i64 %487, 10
  %629 = getelementptr inbounds float, ptr %kh, i64 %628
  %630 = load float, ptr %629, align 4
  %631 = insertelement <8 x float> poison, float %627, i64 0
  %632 = shufflevector <8 x float> %631, <8 x float> poison, <8 x i32> zeroinitializer
  %633 = load <8 x float>, ptr %28, align 4
  %634 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %632, <8 x float> %480, <8 x float> %633)
  store <8 x float> %634, ptr %28, align 4
  %635 = insertelement <8 x float> poison, float %630, i64 0
  %636 = shufflevector <8 x float> %635, <8 x float> poison, <8 x i32> zeroinitializer
  %637 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %634, <8 x float> %609)
  %638 = load <8 x float>, ptr %29, align 4
  %639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %632, <8 x float> %485, <8 x float> %638)
  store <8 x float> %639, ptr %29, align 4
  %640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %639, <8 x float> %612)
  %641 = load float, ptr %395, align 4
  %642 = or disjoint i64 %487, 11
  %643 = getelementptr inbounds float, ptr %kh, i64 %642
  %644 = load float, ptr %643, align 4
  %645 = insertelement <8 x float> poison, float %641, i64 0
  %646 = shufflevector <8 x float> %645, <8 x float> poison, <8 x i32> zeroinitializer
  %647 = load <8 x float>, ptr %30, align 4
  %648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %480, <8 x float> %647)
  store <8 x float> %648, ptr %30, align 4
  %649 = insertelement <8 x float> poison, float %644, i64 0
  %650 = shufflevector <8 x float> %649, <8 x float> poison, <8 x i32> zeroinitializer
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> %648, <8 x float> %623)
  %652 = load <8 x float>, ptr %31, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %485, <8 x float> %652)
  store <8 x float> %653, ptr %31, align 4
  %654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> %653, <8 x float> %626)
  %655 = load float, ptr %411, align 4
  %656 = or disjoint i64 %487, 12
  %657 = getelementptr inbounds float, ptr %kh, i64 %656
  %658 = load float, ptr %657, align 4
  %659 = insertelement <8 x float> poison, float %655, i64 0
  %660 = shufflevector <8 x float> %659, <8 x float> poison, <8 x i32> zeroinitializer
  %661 = load <8 x float>, ptr %32, align 4
  %662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %480, <8 x float> %661)
  store <8 x float> %662, ptr %32, align 4
  %663 = insertelement <8 x float> poison, float %658, i64 0
  %664 = shufflevector <8 x float> %663, <8 x float> poison, <8 x i32> zeroinitializer
  %665 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %662, <8 x float> %637)
  %666 = load <8 x float>, ptr %33, align 4
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> %485, <8 x float> %666)
  store <8 x float> %667, ptr %33, align 4
  %668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> %667, <8 x float> %640)
  %669 = load float, ptr %427, align 4
  %670 = or disjoint i64 %487, 13
  %671 = getelementptr inbounds float, ptr %kh, i64 %670
  %672 = load float, ptr %671, align 4
  %673 = insertelement <8 x float> poison, float %669, i64 0
  %674 = shufflevector <8 x float> %673, <8 x float> poison, <8 x i32> zeroinitializer
  %675 = load <8 x float>, ptr %34, align 4
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %480, <8 x float> %675)
  store <8 x float> %676, ptr %34, align 4
  %677 = insertelement <8 x float> poison, float %672, i64 0
  %678 = shufflevector <8 x float> %677, <8 x float> poison, <8 x i32> zeroinitializer
  %679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> %676, <8 x float> %651)
  %680 = load <8 x float>, ptr %35, align 4
  %681 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %485, <8 x float> %680)
  store <8 x float> %681, ptr %35, align 4
  %682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> %681, <8 x float> %654)
  %683 = load float, ptr %443, align 4
  %684 = or disjoint i64 %487, 14
  %685 = getelementptr inbounds float, ptr %kh, i64 %684
  %686 = load float, ptr %685, align 4
  %687 = insertelement <8 x float> poison, float %683, i64 0
  %688 = shufflevector <8 x float> %687, <8 x float> poison, <8 x i32> zeroinitializer
  %689 = load <8 x float>, ptr %36, align 4
  %690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %480, <8 x float> %689)
  store <8 x float> %690, ptr %36, align 4
  %691 = insertelement <8 x float> poison, float %686, i64 0
  %692 = shufflevector <8 x float> %691, <8 x float> poison, <8 x i32> zeroinitializer
  %693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %690, <8 x float> %665)
  %694 = load <8 x float>, ptr %37, align 4
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %485, <8 x float> %694)
  store <8 x float> %695, ptr %37, align 4
  %696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %695, <8 x float> %668)
  %697 = load float, ptr %459, align 4
  %698 = or disjoint i64 %487, 15
  %699 = getelementptr inbounds float, ptr %kh, i64 %698
  %700 = load float, ptr %699, align 4
  %701 = insertelement <8 x float> poison, float %697, i64 0
  %702 = shufflevector <8 x float> %701, <8 x float> poison, <8 x i32> zeroinitializer
  %703 = load <8 x float>, ptr %38, align 4
  %704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %480, <8 x float> %703)
  store <8 x float> %704, ptr %38, align 4
  %705 = insertelement <8 x float> poison, float %700, i64 0
  %706 = shufflevector <8 x float> %705, <8 x float> poison, <8 x i32> zeroinitializer
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %704, <8 x float> %679)
  %708 = load <8 x float>, ptr %39, align 4
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %485, <8 x float> %708)
  store <8 x float> %709, ptr %39, align 4
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %709, <8 x float> %682)
  %711 = mul nsw i64 %486, %H
  %712 = getelementptr inbounds float, ptr %betah, i64 %711
  %713 = load float, ptr %712, align 4
  %714 = getelementptr inbounds float, ptr %vh, i64 %487
  %715 = load <8 x float>, ptr %714, align 4
  %716 = fadd <8 x float> %707, %693
  %717 = fsub <8 x float> %715, %716
  %718 = insertelement <8 x float> poison, float %713, i64 0
  %719 = shufflevector <8 x float> %718, <8 x float> poison, <8 x i32> zeroinitializer
  %720 = fmul <8 x float> %719, %717
  %721 = getelementptr inbounds float, ptr %vh, i64 %600
  %722 = load <8 x float>, ptr %721, align 4
  %723 = fadd <8 x float> %710, %696
  %724 = fsub <8 x float> %722, %723
  %725 = fmul <8 x float> %719, %724
  %726 = or disjoint i64 %213, 3
  %727 = mul nsw i64 %726, %sq
  %728 = load float, ptr %489, align 4
  %729 = getelementptr inbounds float, ptr %kh, i64 %727
  %730 = load float, ptr %729, align 4
  %731 = insertelement <8 x float> poison, float %728, i64 0
  %732 = shufflevector <8 x float> %731, <8 x float> poison, <8 x i32> zeroinitializer
  %733 = load <8 x float>, ptr %work, align 4
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %720, <8 x float> %733)
  store <8 x float> %734, ptr %work, align 4
  %735 = insertelement <8 x float> poison, float %730, i64 0
  %736 = shufflevector <8 x float> %735, <8 x float> poison, <8 x i32> zeroinitializer
  %737 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %734, <8 x float> zeroinitializer)
  %738 = load <8 x float>, ptr %9, align 4
  %739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %725, <8 x float> %738)
  store <8 x float> %739, ptr %9, align 4
  %740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %739, <8 x float> zeroinitializer)
  %741 = load float, ptr %503, align 4
  %742 = or disjoint i64 %727, 1
  %743 = getelementptr inbounds float, ptr %kh, i64 %742
  %744 = load float, ptr %743, align 4
  %745 = insertelement <8 x float> poison, float %741, i64 0
  %746 = shufflevector <8 x float> %745, <8 x float> poison, <8 x i32> zeroinitializer
  %747 = load <8 x float>, ptr %10, align 4
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %720, <8 x float> %747)
  store <8 x float> %748, ptr %10, align 4
  %749 = insertelement <8 x float> poison, float %744, i64 0
  %750 = shufflevector <8 x float> %749, <8 x float> poison, <8 x i32> zeroinitializer
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %748, <8 x float> zeroinitializer)
  %752 = load <8 x float>, ptr %11, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %725, <8 x float> %752)
  store <8 x float> %753, ptr %11, align 4
  %754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %753, <8 x float> zeroinitializer)
  %755 = load float, ptr %517, align 4
  %756 = or disjoint i64 %727, 2
  %757 = getelementptr inbounds float, ptr %kh, i64 %756
  %758 = load float, ptr %757, align 4
  %759 = insertelement <8 x float> poison, float %755, i64 0
  %760 = shufflevector <8 x float> %759, <8 x float> poison, <8 x i32> zeroinitializer
  %761 = load <8 x float>, ptr %12, align 4
  %762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %760, <8 x float> %720, <8 x float> %761)
  store <8 x float> %762, ptr %12, align 4
  %763 = insertelement <8 x float> poison, float %758, i64 0
  %764 = shufflevector <8 x float> %763, <8 x float> poison, <8 x i32> zeroinitializer
  %765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> %762, <8 x float> %737)
  %766 = load <8 x float>, ptr %13, align 4
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %760, <8 x float> %725, <8 x float> %766)
  store <8 x float> %767, ptr %13, align 4
  %768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> %767, <8 x float> %740)
  %769 = load float, ptr %531, align 4
  %770 = or disjoint i64 %727, 3
  %771 = getelementptr inbounds float, ptr %kh, i64 %770
  %772 = load float, ptr %771, align 4
  %773 = insertelement <8 x float> poison, float %769, i64 0
  %774 = shufflevector <8 x float> %773, <8 x float> poison, <8 x i32> zeroinitializer
  %775 = load <8 x float>, ptr %14, align 4
  %776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %720, <8 x float> %775)
  store <8 x float> %776, ptr %14, align 4
  %777 = insertelement <8 x float> poison, float %772, i64 0
  %778 = shufflevector <8 x float> %777, <8 x float> poison, <8 x i32> zeroinitializer
  %779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %776, <8 x float> %751)
  %780 = load <8 x float>, ptr %15, align 4
  %781 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %725, <8 x float> %780)
  store <8 x float> %781, ptr %15, align 4
  %782 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %781, <8 x float> %754)
  %783 = load float, ptr %545, align 4
  %784 = or disjoint i64 %727, 4
  %785 = getelementptr inbounds float, ptr %kh, i64 %784
  %786 = load float, ptr %785, align 4
  %787 = insertelement <8 x float> poison, float %783, i64 0
  %788 = shufflevector <8 x float> %787, <8 x float> poison, <8 x i32> zeroinitializer
  %789 = load <8 x float>, ptr %16, align 4
  %790 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> %720, <8 x float> %789)
  store <8 x float> %790, ptr %16, align 4
  %791 = insertelement <8 x float> poison, float %786, i64 0
  %792 = shufflevector <8 x float> %791, <8 x float> poison, <8 x i32> zeroinitializer
  %793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> %790, <8 x float> %765)
  %794 = load <8 x float>, ptr %17, align 4
  %795 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> %725, <8 x float> %794)
  store <8 x float> %795, ptr %17, align 4
  %796 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> %795, <8 x float> %768)
  %797 = load float, ptr %559, align 4
  %798 = or disjoint i64 %727, 5
  %799 = getelementptr inbounds float, ptr %kh, i64 %798
  %800 = load float, ptr %799, align 4
  %801 = insertelement <8 x float> poison, float %797, i64 0
  %802 = shufflevector <8 x float> %801, <8 x float> poison, <8 x i32> zeroinitializer
  %803 = load <8 x float>, ptr %18, align 4
  %804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> %720, <8 x float> %803)
  store <8 x float> %804, ptr %18, align 4
  %805 = insertelement <8 x float> poison, float %800, i64 0
  %806 = shufflevector <8 x float> %805, <8 x float> poison, <8 x i32> zeroinitializer
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %804, <8 x float> %779)
  %808 = load <8 x float>, ptr %19, align 4
  %809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> %725, <8 x float> %808)
  store <8 x float> %809, ptr %19, align 4
  %810 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %809, <8 x float> %782)
  %811 = load float, ptr %573, align 4
  %812 = or disjoint i64 %727, 6
  %813 = getelementptr inbounds float, ptr %kh, i64 %812
  %814 = load float, ptr %813, align 4
  %815 = insertelement <8 x float> poison, float %811, i64 0
  %816 = shufflevector <8 x float> %815, <8 x float> poison, <8 x i32> zeroinitializer
  %817 = load <8 x float>, ptr %20, align 4
  %818 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> %720, <8 x float> %817)
  store <8 x float> %818, ptr %20, align 4
  %819 = insertelement <8 x float> poison, float %814, i64 0
  %820 = shufflevector <8 x float> %819, <8 x float> poison, <8 x i32> zeroinitializer
  %821 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %818, <8 x float> %793)
  %822 = load <8 x float>, ptr %21, align 4
  %823 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> %725, <8 x float> %822)
  store <8 x float> %823, ptr %21, align 4
  %824 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %823, <8 x float> %796)
  %825 = load float, ptr %587, align 4
  %826 = or disjoint i64 %727, 7
  %827 = getelementptr inbounds float, ptr %kh, i64 %826
  %828 = load float, ptr %827, align 4
  %829 = insertelement <8 x float> poison, float %825, i64 0
  %830 = shufflevector <8 x float> %829, <8 x float> poison, <8 x i32> zeroinitializer
  %831 = load <8 x float>, ptr %22, align 4
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> %720, <8 x float> %831)
  store <8 x float> %832, ptr %22, align 4
  %833 = insertelement <8 x float> poison, float %828, i64 0
  %834 = shufflevector <8 x float> %833, <8 x float> poison, <8 x i32> zeroinitializer
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %832, <8 x float> %807)
  %836 = load <8 x float>, ptr %23, align 4
  %837 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> %725, <8 x float> %836)
  store <8 x float> %837, ptr %23, align 4
  %838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %837, <8 x float> %810)
  %839 = load float, ptr %601, align 4
  %840 = or disjoint i64 %727, 8
  %841 = getelementptr inbounds float, ptr %kh, i64 %840
  %842 = load float, ptr %841, align 4
  %843 = insertelement <8 x float> poison, float %839, i64 0
  %844 = shufflevector <8 x float> %843, <8 x float> poison, <8 x i32> zeroinitializer
  %845 = load <8 x float>, ptr %24, align 4
  %846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %844, <8 x float> %720, <8 x float> %845)
  store <8 x float> %846, ptr %24, align 4
  %847 = insertelement <8 x float> poison, float %842, i64 0
  %848 = shufflevector <8 x float> %847, <8 x float> poison, <8 x i32> zeroinitializer
  %849 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %848, <8 x float> %846, <8 x float> %821)
  %850 = load <8 x float>, ptr %25, align 4
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %844, <8 x float> %725, <8 x float> %850)
  store <8 x float> %851, ptr %25, align 4
  %852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %848, <8 x float> %851, <8 x float> %824)
  %853 = load float, ptr %615, align 4
  %854 = or disjoint i64 %727, 9
  %855 = getelementptr inbounds float, ptr %kh, i64 %854
  %856 = load float, ptr %855, align 4
  %857 = insertelement <8 x float> poison, float %853, i64 0
  %858 = shufflevector <8 x float> %857, <8 x float> poison, <8 x i32> zeroinitializer
  %859 = load <8 x float>, ptr %26, align 4
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %720, <8 x float> %859)
  store <8 x float> %860, ptr %26, align 4
  %861 = insertelement <8 x float> poison, float %856, i64 0
  %862 = shufflevector <8 x float> %861, <8 x float> poison, <8 x i32> zeroinitializer
  %863 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %862, <8 x float> %860, <8 x float> %835)
  %864 = load <8 x float>, ptr %27, align 4
  %865 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %725, <8 x float> %864)
  store <8 x float> %865, ptr %27, align 4
  %866 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %862, <8 x float> %865, <8 x float> %838)
  %867 = load float, ptr %629, align 4
  %868 = or disjoint i64 %727, 10
  %869 = getelementptr inbounds float, ptr %kh, i64 %868
  %870 = load float, ptr %869, align 4
  %871 = insertelement <8 x float> poison, float %867, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = load <8 x float>, ptr %28, align 4
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %720, <8 x float> %873)
  store <8 x float> %874, ptr %28, align 4
  %875 = insertelement <8 x float> poison, float %870, i64 0
  %876 = shufflevector <8 x float> %875, <8 x float> poison, <8 x i32> zeroinitializer
  %877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %876, <8 x float> %874, <8 x float> %849)
  %878 = load <8 x float>, ptr %29, align 4
  %879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %725, <8 x float> %878)
  store <8 x float> %879, ptr %29, align 4
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %876, <8 x float> %879, <8 x float> %852)
  %881 = load float, ptr %643, align 4
  %882 = or disjoint i64 %727, 11
  %883 = getelementptr inbounds float, ptr %kh, i64 %882
  %884 = load float, ptr %883, align 4
  %885 = insertelement <8 x float> poison, float %881, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = load <8 x float>, ptr %30, align 4
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %720, <8 x float> %887)
  store <8 x float> %888, ptr %30, align 4
  %889 = insertelement <8 x float> poison, float %884, i64 0
  %890 = shufflevector <8 x float> %889, <8 x float> poison, <8 x i32> zeroinitializer
  %891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %890, <8 x float> %888, <8 x float> %863)
  %892 = load <8 x float>, ptr %31, align 4
  %893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %725, <8 x float> %892)
  store <8 x float> %893, ptr %31, align 4
  %894 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %890, <8 x float> %893, <8 x float> %866)
  %895 = load float, ptr %657, align 4
  %896 = or disjoint i64 %727, 12
  %897 = getelementptr inbounds float, ptr %kh, i64 %896
  %898 = load float, ptr %897, align 4
  %899 = insertelement <8 x float> poison, float %895, i64 0
  %900 = shufflevector <8 x float> %899, <8 x float> poison, <8 x i32> zeroinitializer
  %901 = load <8 x float>, ptr %32, align 4
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %720, <8 x float> %901)
  store <8 x float> %902, ptr %32, align 4
  %903 = insertelement <8 x float> poison, float %898, i64 0
  %904 = shufflevector <8 x float> %903, <8 x float> poison, <8 x i32> zeroinitializer
  %905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> %902, <8 x float> %877)
  %906 = load <8 x float>, ptr %33, align 4
  %907 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %725, <8 x float> %906)
  store <8 x float> %907, ptr %33, align 4
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %904, <8 x float> %907, <8 x float> %880)
  %909 = load float, ptr %671, align 4
  %910 = or disjoint i64 %727, 13
  %911 = getelementptr inbounds float, ptr %kh, i64 %910
  %912 = load float, ptr %911, align 4
  %913 = insertelement <8 x float> poison, float %909, i64 0
  %914 = shufflevector <8 x float> %913, <8 x float> poison, <8 x i32> zeroinitializer
  %915 = load <8 x float>, ptr %34, align 4
  %916 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %720, <8 x float> %915)
  store <8 x float> %916, ptr %34, align 4
  %917 = insertelement <8 x float> poison, float %912, i64 0
  %918 = shufflevector <8 x float> %917, <8 x float> poison, <8 x i32> zeroinitializer
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %916, <8 x float> %891)
  %920 = load <8 x float>, ptr %35, align 4
  %921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %725, <8 x float> %920)
  store <8 x float> %921, ptr %35, align 4
  %922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %921, <8 x float> %894)
  %923 = load float, ptr %685, align 4
  %924 = or disjoint i64 %727, 14
  %925 = getelementptr inbounds float, ptr %kh, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = insertelement <8 x float> poison, float %923, i64 0
  %928 = shufflevector <8 x float> %927, <8 x float> poison, <8 x i32> zeroinitializer
  %929 = load <8 x float>, ptr %36, align 4
  %930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %720, <8 x float> %929)
  store <8 x float> %930, ptr %36, align 4
  %931 = insertelement <8 x float> poison, float %926, i64 0
  %932 = shufflevector <8 x float> %931, <8 x float> poison, <8 x i32> zeroinitializer
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %930, <8 x float> %905)
  %934 = load <8 x float>, ptr %37, align 4
  %935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %725, <8 x float> %934)
  store <8 x float> %935, ptr %37, align 4
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %935, <8 x float> %908)
  %937 = load float, ptr %699, align 4
  %938 = or disjoint i64 %727, 15
  %939 = getelementptr inbounds float, ptr %kh, i64 %938
  %940 = load float, ptr %939, align 4
  %941 = insertelement <8 x float> poison, float %937, i64 0
  %942 = shufflevector <8 x float> %941, <8 x float> poison, <8 x i32> zeroinitializer
  %943 = load <8 x float>, ptr %38, align 4
  %944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %720, <8 x float> %943)
  store <8 x float> %944, ptr %38, align 4
  %945 = insertelement <8 x float> poison, float %940, i64 0
  %946 = shufflevector <8 x float> %945, <8 x float> poison, <8 x i32> zeroinitializer
  %947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> %944, <8 x float> %919)
  %948 = load <8 x float>, ptr %39, align 4
  %949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %725, <8 x float> %948)
  store <8 x float> %949, ptr %39, align 4
  %950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> %949, <8 x float> %922)
  %tn = tail call i64 @llvm.smin.i64(i64 %212, i64 %4)
  %951 = mul nsw i64 %726, %H
  %952 = getelementptr inbounds float, ptr %betah, i64 %951
  %953 = load float, ptr %952, align 4
  %954 = getelementptr inbounds float, ptr %vh, i64 %727
  %955 = load <8 x float>, ptr %954, align 4
  %956 = fadd <8 x float> %933, %947
  %957 = fsub <8 x float> %955, %956
  %958 = insertelement <8 x float> poison, float %953, i64 0
  %959 = shufflevector <8 x float> %958, <8 x float> poison, <8 x i32> zeroinitializer
  %960 = fmul <8 x float> %959, %957
  %961 = getelementptr inbounds float, ptr %vh, i64 %840
  %962 = load <8 x float>, ptr %961, align 4
  %963 = fadd <8 x float> %936, %950
  %964 = fsub <8 x float> %962, %963
  %965 = fmul <8 x float> %959, %964
  %966 = mul nsw i64 %t.addr.0202, %sq
  %967 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %966
  %invariant.gep241 = getelementptr float, ptr %kh, i64 %967
  br label %i6.body

t.exit:                                           ; preds = %i6.exit, %i1.head.preheader
  %ci.next = add nuw nsw i64 %ci.addr.0205, 1
  %exitcond234.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond234.not, label %i7.head.preheader, label %i1.head.preheader

i6.body:                                          ; preds = %i6.body, %t.body
  %i6.addr.0201 = phi i64 [ 0, %t.body ], [ %i6.next.3, %i6.body ]
  %acc19.0200 = phi <8 x float> [ zeroinitializer, %t.body ], [ %1059, %i6.body ]
  %acc18.0199 = phi <8 x float> [ zeroinitializer, %t.body ], [ %1053, %i6.body ]
  %acc17.0198 = phi <8 x float> [ zeroinitializer, %t.body ], [ %1058, %i6.body ]
  %acc16102.0197 = phi <8 x float> [ zeroinitializer, %t.body ], [ %1050, %i6.body ]
  %968 = or disjoint i64 %i6.addr.0201, %727
  %969 = getelementptr inbounds float, ptr %kh, i64 %968
  %970 = load float, ptr %969, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i6.addr.0201
  %971 = load float, ptr %gep, align 4
  %gep242 = getelementptr float, ptr %invariant.gep241, i64 %i6.addr.0201
  %972 = load float, ptr %gep242, align 4
  %973 = insertelement <8 x float> poison, float %970, i64 0
  %974 = shufflevector <8 x float> %973, <8 x float> poison, <8 x i32> zeroinitializer
  %975 = shl nuw nsw i64 %i6.addr.0201, 4
  %976 = getelementptr inbounds float, ptr %work, i64 %975
  %977 = load <8 x float>, ptr %976, align 4
  %978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %960, <8 x float> %977)
  store <8 x float> %978, ptr %976, align 4
  %979 = insertelement <8 x float> poison, float %971, i64 0
  %980 = shufflevector <8 x float> %979, <8 x float> poison, <8 x i32> zeroinitializer
  %981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> %978, <8 x float> %acc16102.0197)
  %982 = insertelement <8 x float> poison, float %972, i64 0
  %983 = shufflevector <8 x float> %982, <8 x float> poison, <8 x i32> zeroinitializer
  %984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %978, <8 x float> %acc18.0199)
  %985 = or disjoint i64 %975, 8
  %986 = getelementptr inbounds float, ptr %work, i64 %985
  %987 = load <8 x float>, ptr %986, align 4
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %965, <8 x float> %987)
  store <8 x float> %988, ptr %986, align 4
  %989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> %988, <8 x float> %acc17.0198)
  %990 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %988, <8 x float> %acc19.0200)
  %i6.next = or disjoint i64 %i6.addr.0201, 1
  %991 = or disjoint i64 %i6.next, %727
  %992 = getelementptr inbounds float, ptr %kh, i64 %991
  %993 = load float, ptr %992, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i6.next
  %994 = load float, ptr %gep.1, align 4
  %gep242.1 = getelementptr float, ptr %invariant.gep241, i64 %i6.next
  %995 = load float, ptr %gep242.1, align 4
  %996 = insertelement <8 x float> poison, float %993, i64 0
  %997 = shufflevector <8 x float> %996, <8 x float> poison, <8 x i32> zeroinitializer
  %998 = shl nuw nsw i64 %i6.next, 4
  %999 = getelementptr inbounds float, ptr %work, i64 %998
  %1000 = load <8 x float>, ptr %999, align 4
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %960, <8 x float> %1000)
  store <8 x float> %1001, ptr %999, align 4
  %1002 = insertelement <8 x float> poison, float %994, i64 0
  %1003 = shufflevector <8 x float> %1002, <8 x float> poison, <8 x i32> zeroinitializer
  %1004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1001, <8 x float> %981)
  %1005 = insertelement <8 x float> poison, float %995, i64 0
  %1006 = shufflevector <8 x float> %1005, <8 x float> poison, <8 x i32> zeroinitializer
  %1007 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %1001, <8 x float> %984)
  %1008 = or disjoint i64 %998, 8
  %1009 = getelementptr inbounds float, ptr %work, i64 %1008
  %1010 = load <8 x float>, ptr %1009, align 4
  %1011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %965, <8 x float> %1010)
  store <8 x float> %1011, ptr %1009, align 4
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1011, <8 x float> %989)
  %1013 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %1011, <8 x float> %990)
  %i6.next.1 = or disjoint i64 %i6.addr.0201, 2
  %1014 = or disjoint i64 %i6.next.1, %727
  %1015 = getelementptr inbounds float, ptr %kh, i64 %1014
  %1016 = load float, ptr %1015, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i6.next.1
  %1017 = load float, ptr %gep.2, align 4
  %gep242.2 = getelementptr float, ptr %invariant.gep241, i64 %i6.next.1
  %1018 = load float, ptr %gep242.2, align 4
  %1019 = insertelement <8 x float> poison, float %1016, i64 0
  %1020 = shufflevector <8 x float> %1019, <8 x float> poison, <8 x i32> zeroinitializer
  %1021 = shl nuw nsw i64 %i6.next.1, 4
  %1022 = getelementptr inbounds float, ptr %work, i64 %1021
  %1023 = load <8 x float>, ptr %1022, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %960, <8 x float> %1023)
  store <8 x float> %1024, ptr %1022, align 4
  %1025 = insertelement <8 x float> poison, float %1017, i64 0
  %1026 = shufflevector <8 x float> %1025, <8 x float> poison, <8 x i32> zeroinitializer
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> %1024, <8 x float> %1004)
  %1028 = insertelement <8 x float> poison, float %1018, i64 0
  %1029 = shufflevector <8 x float> %1028, <8 x float> poison, <8 x i32> zeroinitializer
  %1030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> %1024, <8 x float> %1007)
  %1031 = or disjoint i64 %1021, 8
  %1032 = getelementptr inbounds float, ptr %work, i64 %1031
  %1033 = load <8 x float>, ptr %1032, align 4
  %1034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %965, <8 x float> %1033)
  store <8 x float> %1034, ptr %1032, align 4
  %1035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> %1034, <8 x float> %1012)
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> %1034, <8 x float> %1013)
  %i6.next.2 = or disjoint i64 %i6.addr.0201, 3
  %1037 = or disjoint i64 %i6.next.2, %727
  %1038 = getelementptr inbounds float, ptr %kh, i64 %1037
  %1039 = load float, ptr %1038, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i6.next.2
  %1040 = load float, ptr %gep.3, align 4
  %gep242.3 = getelementptr float, ptr %invariant.gep241, i64 %i6.next.2
  %1041 = load float, ptr %gep242.3, align 4
  %1042 = insertelement <8 x float> poison, float %1039, i64 0
  %1043 = shufflevector <8 x float> %1042, <8 x float> poison, <8 x i32> zeroinitializer
  %1044 = shl nuw nsw i64 %i6.next.2, 4
  %1045 = getelementptr inbounds float, ptr %work, i64 %1044
  %1046 = load <8 x float>, ptr %1045, align 4
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> %960, <8 x float> %1046)
  store <8 x float> %1047, ptr %1045, align 4
  %1048 = insertelement <8 x float> poison, float %1040, i64 0
  %1049 = shufflevector <8 x float> %1048, <8 x float> poison, <8 x i32> zeroinitializer
  %1050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1049, <8 x float> %1047, <8 x float> %1027)
  %1051 = insertelement <8 x float> poison, float %1041, i64 0
  %1052 = shufflevector <8 x float> %1051, <8 x float> poison, <8 x i32> zeroinitializer
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1047, <8 x float> %1030)
  %1054 = or disjoint i64 %1044, 8
  %1055 = getelementptr inbounds float, ptr %work, i64 %1054
  %1056 = load <8 x float>, ptr %1055, align 4
  %1057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> %965, <8 x float> %1056)
  store <8 x float> %1057, ptr %1055, align 4
  %1058 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1049, <8 x float> %1057, <8 x float> %1035)
  %1059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1057, <8 x float> %1036)
  %i6.next.3 = add nuw nsw i64 %i6.addr.0201, 4
  %exitcond.not.3 = icmp eq i64 %i6.next.3, 16
  br i1 %exitcond.not.3, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %1060 = fmul <8 x float> %1050, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %1061 = getelementptr inbounds float, ptr %oh, i64 %966
  store <8 x float> %1060, ptr %1061, align 4
  %1062 = shl nsw i64 %tn, 2
  %1063 = mul nsw i64 %1062, %H
  %1064 = getelementptr inbounds float, ptr %betah, i64 %1063
  %1065 = load float, ptr %1064, align 4
  %1066 = mul nsw i64 %1062, %sq
  %1067 = getelementptr inbounds float, ptr %vh, i64 %1066
  %1068 = load <8 x float>, ptr %1067, align 4
  %1069 = fsub <8 x float> %1068, %1053
  %1070 = insertelement <8 x float> poison, float %1065, i64 0
  %1071 = shufflevector <8 x float> %1070, <8 x float> poison, <8 x i32> zeroinitializer
  %1072 = fmul <8 x float> %1071, %1069
  %1073 = fmul <8 x float> %1058, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %1074 = or disjoint i64 %966, 8
  %1075 = getelementptr inbounds float, ptr %oh, i64 %1074
  store <8 x float> %1073, ptr %1075, align 4
  %1076 = or disjoint i64 %1066, 8
  %1077 = getelementptr inbounds float, ptr %vh, i64 %1076
  %1078 = load <8 x float>, ptr %1077, align 4
  %1079 = fsub <8 x float> %1078, %1059
  %1080 = fmul <8 x float> %1071, %1079
  %1081 = icmp slt i64 %212, %t1
  br i1 %1081, label %t.body, label %t.exit
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
; ---- dp_bwd_h4_k16_v16_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h4_k16_v16_c64_nogate'
source_filename = "dp_bwd_h4_k16_v16_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h4_k16_v16_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 2
  %R = getelementptr inbounds i8, ptr %work, i64 68608
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %Sroll = getelementptr inbounds i8, ptr %work, i64 67584
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 84992
  %dSkPrev = getelementptr i8, ptr %work, i64 85056
  %dkTmp = getelementptr i8, ptr %work, i64 85120
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 12
  %5 = getelementptr inbounds i8, ptr %work, i64 68640
  %6 = getelementptr inbounds i8, ptr %work, i64 68672
  %7 = getelementptr inbounds i8, ptr %work, i64 68704
  %8 = getelementptr inbounds i8, ptr %work, i64 68736
  %9 = getelementptr inbounds i8, ptr %work, i64 68768
  %10 = getelementptr inbounds i8, ptr %work, i64 68800
  %11 = getelementptr inbounds i8, ptr %work, i64 68832
  %12 = shl i64 %H, 6
  %13 = getelementptr inbounds i8, ptr %work, i64 85088
  %14 = getelementptr inbounds i8, ptr %work, i64 85024
  %15 = add nsw i64 %bh0, 1
  %16 = mul i64 %nc, %15
  %17 = shl i64 %16, 10
  %18 = add i64 %17, -1024
  %19 = shl i64 %nc, 10
  %20 = shl nsw i64 %nc, 6
  %21 = add i64 %20, 288230376151711680
  %22 = mul i64 %21, %H
  %23 = mul i64 %H, -4096
  %24 = add i64 %T, 64
  %25 = sub i64 %24, %20
  %smax661 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %26 = sub i64 %bh1, %bh0
  %27 = getelementptr inbounds i8, ptr %work, i64 32
  %28 = getelementptr inbounds i8, ptr %work, i64 2080
  %29 = getelementptr inbounds i8, ptr %work, i64 64
  %30 = getelementptr inbounds i8, ptr %work, i64 2112
  %31 = getelementptr inbounds i8, ptr %work, i64 96
  %32 = getelementptr inbounds i8, ptr %work, i64 2144
  %33 = getelementptr inbounds i8, ptr %work, i64 128
  %34 = getelementptr inbounds i8, ptr %work, i64 2176
  %35 = getelementptr inbounds i8, ptr %work, i64 160
  %36 = getelementptr inbounds i8, ptr %work, i64 2208
  %37 = getelementptr inbounds i8, ptr %work, i64 192
  %38 = getelementptr inbounds i8, ptr %work, i64 2240
  %39 = getelementptr inbounds i8, ptr %work, i64 224
  %40 = getelementptr inbounds i8, ptr %work, i64 2272
  %41 = getelementptr inbounds i8, ptr %work, i64 256
  %42 = getelementptr inbounds i8, ptr %work, i64 2304
  %43 = getelementptr inbounds i8, ptr %work, i64 288
  %44 = getelementptr inbounds i8, ptr %work, i64 2336
  %45 = getelementptr inbounds i8, ptr %work, i64 320
  %46 = getelementptr inbounds i8, ptr %work, i64 2368
  %47 = getelementptr inbounds i8, ptr %work, i64 352
  %48 = getelementptr inbounds i8, ptr %work, i64 2400
  %49 = getelementptr inbounds i8, ptr %work, i64 384
  %50 = getelementptr inbounds i8, ptr %work, i64 2432
  %51 = getelementptr inbounds i8, ptr %work, i64 416
  %52 = getelementptr inbounds i8, ptr %work, i64 2464
  %53 = getelementptr inbounds i8, ptr %work, i64 448
  %54 = getelementptr inbounds i8, ptr %work, i64 2496
  %55 = getelementptr inbounds i8, ptr %work, i64 480
  %56 = getelementptr inbounds i8, ptr %work, i64 2528
  %57 = getelementptr inbounds i8, ptr %work, i64 512
  %58 = getelementptr inbounds i8, ptr %work, i64 2560
  %59 = getelementptr inbounds i8, ptr %work, i64 544
  %60 = getelementptr inbounds i8, ptr %work, i64 2592
  %61 = getelementptr inbounds i8, ptr %work, i64 576
  %62 = getelementptr inbounds i8, ptr %work, i64 2624
  %63 = getelementptr inbounds i8, ptr %work, i64 608
  %64 = getelementptr inbounds i8, ptr %work, i64 2656
  %65 = getelementptr inbounds i8, ptr %work, i64 640
  %66 = getelementptr inbounds i8, ptr %work, i64 2688
  %67 = getelementptr inbounds i8, ptr %work, i64 672
  %68 = getelementptr inbounds i8, ptr %work, i64 2720
  %69 = getelementptr inbounds i8, ptr %work, i64 704
  %70 = getelementptr inbounds i8, ptr %work, i64 2752
  %71 = getelementptr inbounds i8, ptr %work, i64 736
  %72 = getelementptr inbounds i8, ptr %work, i64 2784
  %73 = getelementptr inbounds i8, ptr %work, i64 768
  %74 = getelementptr inbounds i8, ptr %work, i64 2816
  %75 = getelementptr inbounds i8, ptr %work, i64 800
  %76 = getelementptr inbounds i8, ptr %work, i64 2848
  %77 = getelementptr inbounds i8, ptr %work, i64 832
  %78 = getelementptr inbounds i8, ptr %work, i64 2880
  %79 = getelementptr inbounds i8, ptr %work, i64 864
  %80 = getelementptr inbounds i8, ptr %work, i64 2912
  %81 = getelementptr inbounds i8, ptr %work, i64 896
  %82 = getelementptr inbounds i8, ptr %work, i64 2944
  %83 = getelementptr inbounds i8, ptr %work, i64 928
  %84 = getelementptr inbounds i8, ptr %work, i64 2976
  %85 = getelementptr inbounds i8, ptr %work, i64 960
  %86 = getelementptr inbounds i8, ptr %work, i64 3008
  %87 = getelementptr inbounds i8, ptr %work, i64 992
  %88 = getelementptr inbounds i8, ptr %work, i64 3040
  %89 = getelementptr inbounds i8, ptr %work, i64 67616
  %90 = getelementptr inbounds i8, ptr %work, i64 67648
  %91 = getelementptr inbounds i8, ptr %work, i64 67680
  %92 = getelementptr inbounds i8, ptr %work, i64 67712
  %93 = getelementptr inbounds i8, ptr %work, i64 67744
  %94 = getelementptr inbounds i8, ptr %work, i64 67776
  %95 = getelementptr inbounds i8, ptr %work, i64 67808
  %96 = getelementptr inbounds i8, ptr %work, i64 67840
  %97 = getelementptr inbounds i8, ptr %work, i64 67872
  %98 = getelementptr inbounds i8, ptr %work, i64 67904
  %99 = getelementptr inbounds i8, ptr %work, i64 67936
  %100 = getelementptr inbounds i8, ptr %work, i64 67968
  %101 = getelementptr inbounds i8, ptr %work, i64 68000
  %102 = getelementptr inbounds i8, ptr %work, i64 68032
  %103 = getelementptr inbounds i8, ptr %work, i64 68064
  %104 = getelementptr inbounds i8, ptr %work, i64 68096
  %105 = getelementptr inbounds i8, ptr %work, i64 68128
  %106 = getelementptr inbounds i8, ptr %work, i64 68160
  %107 = getelementptr inbounds i8, ptr %work, i64 68192
  %108 = getelementptr inbounds i8, ptr %work, i64 68224
  %109 = getelementptr inbounds i8, ptr %work, i64 68256
  %110 = getelementptr inbounds i8, ptr %work, i64 68288
  %111 = getelementptr inbounds i8, ptr %work, i64 68320
  %112 = getelementptr inbounds i8, ptr %work, i64 68352
  %113 = getelementptr inbounds i8, ptr %work, i64 68384
  %114 = getelementptr inbounds i8, ptr %work, i64 68416
  %115 = getelementptr inbounds i8, ptr %work, i64 68448
  %116 = getelementptr inbounds i8, ptr %work, i64 68480
  %117 = getelementptr inbounds i8, ptr %work, i64 68512
  %118 = getelementptr inbounds i8, ptr %work, i64 68544
  %119 = getelementptr inbounds i8, ptr %work, i64 68576
  %120 = getelementptr i8, ptr %work, i64 85152
  %121 = getelementptr i8, ptr %work, i64 68640
  %122 = getelementptr i8, ptr %work, i64 85088
  %123 = getelementptr i8, ptr %work, i64 85152
  %124 = getelementptr i8, ptr %work, i64 85152
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i40.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i40.head.preheader ]
  %bh.addr.0601 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i40.head.preheader ]
  %125 = add i64 %indvar, %bh0
  %126 = shl i64 %125, 10
  %scevgep665 = getelementptr i8, ptr %dh0, i64 %126
  %127 = mul i64 %19, %indvar
  %128 = add i64 %18, %127
  %scevgep638 = getelementptr i8, ptr %dhT, i64 %126
  %b = sdiv i64 %bh.addr.0601, %H
  %h = srem i64 %bh.addr.0601, %H
  %129 = mul i64 %b, %T
  %130 = mul i64 %129, %H
  %bT = add i64 %130, %h
  %131 = mul i64 %1, %129
  %bTn = add nsw i64 %131, %h
  %132 = shl nsw i64 %bT, 4
  %133 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %133
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %133
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dS, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep638, i64 1024, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %133
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %133
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dSkPrev, i8 0, i64 64, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %132
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %132
  %oh = getelementptr inbounds float, ptr %dout, i64 %132
  br i1 %3, label %cc.body.lr.ph, label %i40.head.preheader

bh.exit:                                          ; preds = %i40.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %134 = add i64 %22, %bT
  %135 = shl i64 %134, 6
  %136 = getelementptr i8, ptr %dq, i64 %135
  %137 = getelementptr i8, ptr %kh, i64 4
  %138 = getelementptr i8, ptr %kh, i64 8
  %139 = getelementptr i8, ptr %kh, i64 12
  %140 = getelementptr i8, ptr %kh, i64 16
  %141 = getelementptr i8, ptr %kh, i64 20
  %142 = getelementptr i8, ptr %kh, i64 24
  %143 = getelementptr i8, ptr %kh, i64 28
  %144 = getelementptr i8, ptr %kh, i64 32
  %145 = getelementptr i8, ptr %kh, i64 36
  %146 = getelementptr i8, ptr %kh, i64 40
  %147 = getelementptr i8, ptr %kh, i64 44
  %148 = getelementptr i8, ptr %kh, i64 48
  %149 = getelementptr i8, ptr %kh, i64 52
  %150 = getelementptr i8, ptr %kh, i64 56
  %151 = getelementptr i8, ptr %kh, i64 60
  %152 = getelementptr i8, ptr %kh1, i64 32
  %153 = getelementptr i8, ptr %vh1, i64 32
  %154 = getelementptr i8, ptr %kh1, i64 32
  br label %cc.body

i40.head.preheader:                               ; preds = %j21.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep665, ptr noundef nonnull align 4 dereferenceable(1024) %dS, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0601, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond666.not = icmp eq i64 %indvar.next, %26
  br i1 %exitcond666.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j21.body.preheader
  %indvars.iv = phi i64 [ %25, %cc.body.lr.ph ], [ %indvars.iv.next, %j21.body.preheader ]
  %cc.addr.0598 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j21.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin657 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax658 = tail call i64 @llvm.smax.i64(i64 %smin657, i64 1)
  %smax650 = tail call i64 @llvm.smax.i64(i64 %smin657, i64 2)
  %155 = shl i64 %cc.addr.0598, 10
  %156 = sub i64 %128, %155
  %scevgep640 = getelementptr i8, ptr %hs, i64 %156
  %157 = xor i64 %cc.addr.0598, -1
  %ci = add nsw i64 %nc, %157
  %t0 = shl nsw i64 %ci, 6
  %158 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep640, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %158, i64 64)
  %159 = icmp sgt i64 %158, 0
  br i1 %159, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %160 = mul i64 %23, %cc.addr.0598
  %161 = getelementptr i8, ptr %136, i64 %160
  %xtraiter = and i64 %smax, 7
  %162 = icmp slt i64 %indvars.iv, 8
  br i1 %162, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0528.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0528.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0528.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %163 = mul i64 %12, %tl.addr.0528.epil
  %scevgep.epil = getelementptr i8, ptr %161, i64 %163
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.epil, i8 0, i64 64, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0528.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %164 = mul i64 %4, %ci
  %165 = getelementptr float, ptr %kh, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = load <8 x float>, ptr %work, align 4
  store <8 x float> %167, ptr %Sh, align 4
  %168 = insertelement <8 x float> poison, float %166, i64 0
  %169 = shufflevector <8 x float> %168, <8 x float> poison, <8 x i32> zeroinitializer
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %167, <8 x float> zeroinitializer)
  %171 = load <8 x float>, ptr %27, align 4
  store <8 x float> %171, ptr %28, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %171, <8 x float> zeroinitializer)
  %173 = getelementptr float, ptr %137, i64 %164
  %174 = load float, ptr %173, align 4
  %175 = load <8 x float>, ptr %29, align 4
  store <8 x float> %175, ptr %30, align 4
  %176 = insertelement <8 x float> poison, float %174, i64 0
  %177 = shufflevector <8 x float> %176, <8 x float> poison, <8 x i32> zeroinitializer
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> %175, <8 x float> %170)
  %179 = load <8 x float>, ptr %31, align 4
  store <8 x float> %179, ptr %32, align 4
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> %179, <8 x float> %172)
  %181 = getelementptr float, ptr %138, i64 %164
  %182 = load float, ptr %181, align 4
  %183 = load <8 x float>, ptr %33, align 4
  store <8 x float> %183, ptr %34, align 4
  %184 = insertelement <8 x float> poison, float %182, i64 0
  %185 = shufflevector <8 x float> %184, <8 x float> poison, <8 x i32> zeroinitializer
  %186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %183, <8 x float> %178)
  %187 = load <8 x float>, ptr %35, align 4
  store <8 x float> %187, ptr %36, align 4
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %187, <8 x float> %180)
  %189 = getelementptr float, ptr %139, i64 %164
  %190 = load float, ptr %189, align 4
  %191 = load <8 x float>, ptr %37, align 4
  store <8 x float> %191, ptr %38, align 4
  %192 = insertelement <8 x float> poison, float %190, i64 0
  %193 = shufflevector <8 x float> %192, <8 x float> poison, <8 x i32> zeroinitializer
  %194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %191, <8 x float> %186)
  %195 = load <8 x float>, ptr %39, align 4
  store <8 x float> %195, ptr %40, align 4
  %196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %195, <8 x float> %188)
  %197 = getelementptr float, ptr %140, i64 %164
  %198 = load float, ptr %197, align 4
  %199 = load <8 x float>, ptr %41, align 4
  store <8 x float> %199, ptr %42, align 4
  %200 = insertelement <8 x float> poison, float %198, i64 0
  %201 = shufflevector <8 x float> %200, <8 x float> poison, <8 x i32> zeroinitializer
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %199, <8 x float> %194)
  %203 = load <8 x float>, ptr %43, align 4
  store <8 x float> %203, ptr %44, align 4
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %203, <8 x float> %196)
  %205 = getelementptr float, ptr %141, i64 %164
  %206 = load float, ptr %205, align 4
  %207 = load <8 x float>, ptr %45, align 4
  store <8 x float> %207, ptr %46, align 4
  %208 = insertelement <8 x float> poison, float %206, i64 0
  %209 = shufflevector <8 x float> %208, <8 x float> poison, <8 x i32> zeroinitializer
  %210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %207, <8 x float> %202)
  %211 = load <8 x float>, ptr %47, align 4
  store <8 x float> %211, ptr %48, align 4
  %212 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %209, <8 x float> %211, <8 x float> %204)
  %213 = getelementptr float, ptr %142, i64 %164
  %214 = load float, ptr %213, align 4
  %215 = load <8 x float>, ptr %49, align 4
  store <8 x float> %215, ptr %50, align 4
  %216 = insertelement <8 x float> poison, float %214, i64 0
  %217 = shufflevector <8 x float> %216, <8 x float> poison, <8 x i32> zeroinitializer
  %218 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %215, <8 x float> %210)
  %219 = load <8 x float>, ptr %51, align 4
  store <8 x float> %219, ptr %52, align 4
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %219, <8 x float> %212)
  %221 = getelementptr float, ptr %143, i64 %164
  %222 = load float, ptr %221, align 4
  %223 = load <8 x float>, ptr %53, align 4
  store <8 x float> %223, ptr %54, align 4
  %224 = insertelement <8 x float> poison, float %222, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %223, <8 x float> %218)
  %227 = load <8 x float>, ptr %55, align 4
  store <8 x float> %227, ptr %56, align 4
  %228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %227, <8 x float> %220)
  %229 = getelementptr float, ptr %144, i64 %164
  %230 = load float, ptr %229, align 4
  %231 = load <8 x float>, ptr %57, align 4
  store <8 x float> %231, ptr %58, align 4
  %232 = insertelement <8 x float> poison, float %230, i64 0
  %233 = shufflevector <8 x float> %232, <8 x float> poison, <8 x i32> zeroinitializer
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %231, <8 x float> %226)
  %235 = load <8 x float>, ptr %59, align 4
  store <8 x float> %235, ptr %60, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %233, <8 x float> %235, <8 x float> %228)
  %237 = getelementptr float, ptr %145, i64 %164
  %238 = load float, ptr %237, align 4
  %239 = load <8 x float>, ptr %61, align 4
  store <8 x float> %239, ptr %62, align 4
  %240 = insertelement <8 x float> poison, float %238, i64 0
  %241 = shufflevector <8 x float> %240, <8 x float> poison, <8 x i32> zeroinitializer
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %239, <8 x float> %234)
  %243 = load <8 x float>, ptr %63, align 4
  store <8 x float> %243, ptr %64, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %241, <8 x float> %243, <8 x float> %236)
  %245 = getelementptr float, ptr %146, i64 %164
  %246 = load float, ptr %245, align 4
  %247 = load <8 x float>, ptr %65, align 4
  store <8 x float> %247, ptr %66, align 4
  %248 = insertelement <8 x float> poison, float %246, i64 0
  %249 = shufflevector <8 x float> %248, <8 x float> poison, <8 x i32> zeroinitializer
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %247, <8 x float> %242)
  %251 = load <8 x float>, ptr %67, align 4
  store <8 x float> %251, ptr %68, align 4
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %251, <8 x float> %244)
  %253 = getelementptr float, ptr %147, i64 %164
  %254 = load float, ptr %253, align 4
  %255 = load <8 x float>, ptr %69, align 4
  store <8 x float> %255, ptr %70, align 4
  %256 = insertelement <8 x float> poison, float %254, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %255, <8 x float> %250)
  %259 = load <8 x float>, ptr %71, align 4
  store <8 x float> %259, ptr %72, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %259, <8 x float> %252)
  %261 = getelementptr float, ptr %148, i64 %164
  %262 = load float, ptr %261, align 4
  %263 = load <8 x float>, ptr %73, align 4
  store <8 x float> %263, ptr %74, align 4
  %264 = insertelement <8 x float> poison, float %262, i64 0
  %265 = shufflevector <8 x float> %264, <8 x float> poison, <8 x i32> zeroinitializer
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %263, <8 x float> %258)
  %267 = load <8 x float>, ptr %75, align 4
  store <8 x float> %267, ptr %76, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %265, <8 x float> %267, <8 x float> %260)
  %269 = getelementptr float, ptr %149, i64 %164
  %270 = load float, ptr %269, align 4
  %271 = load <8 x float>, ptr %77, align 4
  store <8 x float> %271, ptr %78, align 4
  %272 = insertelement <8 x float> poison, float %270, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> poison, <8 x i32> zeroinitializer
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %271, <8 x float> %266)
  %275 = load <8 x float>, ptr %79, align 4
  store <8 x float> %275, ptr %80, align 4
  %276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %275, <8 x float> %268)
  %277 = getelementptr float, ptr %150, i64 %164
  %278 = load float, ptr %277, align 4
  %279 = load <8 x float>, ptr %81, align 4
  store <8 x float> %279, ptr %82, align 4
  %280 = insertelement <8 x float> poison, float %278, i64 0
  %281 = shufflevector <8 x float> %280, <8 x float> poison, <8 x i32> zeroinitializer
  %282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %279, <8 x float> %274)
  %283 = load <8 x float>, ptr %83, align 4
  store <8 x float> %283, ptr %84, align 4
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %283, <8 x float> %276)
  %285 = getelementptr float, ptr %151, i64 %164
  %286 = load float, ptr %285, align 4
  %287 = load <8 x float>, ptr %85, align 4
  store <8 x float> %287, ptr %86, align 4
  %288 = insertelement <8 x float> poison, float %286, i64 0
  %289 = shufflevector <8 x float> %288, <8 x float> poison, <8 x i32> zeroinitializer
  %290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %287, <8 x float> %282)
  %291 = load <8 x float>, ptr %87, align 4
  store <8 x float> %291, ptr %88, align 4
  %292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %291, <8 x float> %284)
  %293 = shl nsw i64 %ci, 8
  %294 = mul nsw i64 %293, %H
  %295 = getelementptr inbounds float, ptr %betah, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = mul nsw i64 %293, %sq
  %298 = getelementptr inbounds float, ptr %vh, i64 %297
  %299 = load <8 x float>, ptr %298, align 4
  %300 = fsub <8 x float> %299, %290
  store <8 x float> %300, ptr %R, align 4
  %301 = insertelement <8 x float> poison, float %296, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = fmul <8 x float> %302, %300
  %304 = or disjoint i64 %297, 8
  %305 = getelementptr inbounds float, ptr %vh, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = fsub <8 x float> %306, %292
  store <8 x float> %307, ptr %5, align 4
  %308 = fmul <8 x float> %302, %307
  %309 = or disjoint i64 %293, 1
  %310 = mul nsw i64 %309, %sq
  %311 = getelementptr inbounds float, ptr %kh, i64 %297
  %312 = load float, ptr %311, align 4
  %313 = getelementptr float, ptr %kh, i64 %310
  %314 = load float, ptr %313, align 4
  %315 = insertelement <8 x float> poison, float %312, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = load <8 x float>, ptr %Sh, align 4
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %303, <8 x float> %317)
  store <8 x float> %318, ptr %Sroll, align 4
  %319 = insertelement <8 x float> poison, float %314, i64 0
  %320 = shufflevector <8 x float> %319, <8 x float> poison, <8 x i32> zeroinitializer
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %318, <8 x float> zeroinitializer)
  %322 = load <8 x float>, ptr %28, align 4
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %308, <8 x float> %322)
  store <8 x float> %323, ptr %89, align 4
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %323, <8 x float> zeroinitializer)
  %325 = or disjoint i64 %297, 1
  %326 = getelementptr inbounds float, ptr %kh, i64 %325
  %327 = load float, ptr %326, align 4
  %328 = getelementptr float, ptr %137, i64 %310
  %329 = load float, ptr %328, align 4
  %330 = insertelement <8 x float> poison, float %327, i64 0
  %331 = shufflevector <8 x float> %330, <8 x float> poison, <8 x i32> zeroinitializer
  %332 = load <8 x float>, ptr %30, align 4
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %303, <8 x float> %332)
  store <8 x float> %333, ptr %90, align 4
  %334 = insertelement <8 x float> poison, float %329, i64 0
  %335 = shufflevector <8 x float> %334, <8 x float> poison, <8 x i32> zeroinitializer
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %333, <8 x float> %321)
  %337 = load <8 x float>, ptr %32, align 4
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %308, <8 x float> %337)
  store <8 x float> %338, ptr %91, align 4
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %338, <8 x float> %324)
  %340 = or disjoint i64 %297, 2
  %341 = getelementptr inbounds float, ptr %kh, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = getelementptr float, ptr %138, i64 %310
  %344 = load float, ptr %343, align 4
  %345 = insertelement <8 x float> poison, float %342, i64 0
  %346 = shufflevector <8 x float> %345, <8 x float> poison, <8 x i32> zeroinitializer
  %347 = load <8 x float>, ptr %34, align 4
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %303, <8 x float> %347)
  store <8 x float> %348, ptr %92, align 4
  %349 = insertelement <8 x float> poison, float %344, i64 0
  %350 = shufflevector <8 x float> %349, <8 x float> poison, <8 x i32> zeroinitializer
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %348, <8 x float> %336)
  %352 = load <8 x float>, ptr %36, align 4
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %346, <8 x float> %308, <8 x float> %352)
  store <8 x float> %353, ptr %93, align 4
  %354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %353, <8 x float> %339)
  %355 = or disjoint i64 %297, 3
  %356 = getelementptr inbounds float, ptr %kh, i64 %355
  %357 = load float, ptr %356, align 4
  %358 = getelementptr float, ptr %139, i64 %310
  %359 = load float, ptr %358, align 4
  %360 = insertelement <8 x float> poison, float %357, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = load <8 x float>, ptr %38, align 4
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %303, <8 x float> %362)
  store <8 x float> %363, ptr %94, align 4
  %364 = insertelement <8 x float> poison, float %359, i64 0
  %365 = shufflevector <8 x float> %364, <8 x float> poison, <8 x i32> zeroinitializer
  %366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %363, <8 x float> %351)
  %367 = load <8 x float>, ptr %40, align 4
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %308, <8 x float> %367)
  store <8 x float> %368, ptr %95, align 4
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %368, <8 x float> %354)
  %370 = or disjoint i64 %297, 4
  %371 = getelementptr inbounds float, ptr %kh, i64 %370
  %372 = load float, ptr %371, align 4
  %373 = getelementptr float, ptr %140, i64 %310
  %374 = load float, ptr %373, align 4
  %375 = insertelement <8 x float> poison, float %372, i64 0
  %376 = shufflevector <8 x float> %375, <8 x float> poison, <8 x i32> zeroinitializer
  %377 = load <8 x float>, ptr %42, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %303, <8 x float> %377)
  store <8 x float> %378, ptr %96, align 4
  %379 = insertelement <8 x float> poison, float %374, i64 0
  %380 = shufflevector <8 x float> %379, <8 x float> poison, <8 x i32> zeroinitializer
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %378, <8 x float> %366)
  %382 = load <8 x float>, ptr %44, align 4
  %383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %376, <8 x float> %308, <8 x float> %382)
  store <8 x float> %383, ptr %97, align 4
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %383, <8 x float> %369)
  %385 = or disjoint i64 %297, 5
  %386 = getelementptr inbounds float, ptr %kh, i64 %385
  %387 = load float, ptr %386, align 4
  %388 = getelementptr float, ptr %141, i64 %310
  %389 = load float, ptr %388, align 4
  %390 = insertelement <8 x float> poison, float %387, i64 0
  %391 = shufflevector <8 x float> %390, <8 x float> poison, <8 x i32> zeroinitializer
  %392 = load <8 x float>, ptr %46, align 4
  %393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %391, <8 x float> %303, <8 x float> %392)
  store <8 x float> %393, ptr %98, align 4
  %394 = insertelement <8 x float> poison, float %389, i64 0
  %395 = shufflevector <8 x float> %394, <8 x float> poison, <8 x i32> zeroinitializer
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %393, <8 x float> %381)
  %397 = load <8 x float>, ptr %48, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %391, <8 x float> %308, <8 x float> %397)
  store <8 x float> %398, ptr %99, align 4
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %398, <8 x float> %384)
  %400 = or disjoint i64 %297, 6
  %401 = getelementptr inbounds float, ptr %kh, i64 %400
  %402 = load float, ptr %401, align 4
  %403 = getelementptr float, ptr %142, i64 %310
  %404 = load float, ptr %403, align 4
  %405 = insertelement <8 x float> poison, float %402, i64 0
  %406 = shufflevector <8 x float> %405, <8 x float> poison, <8 x i32> zeroinitializer
  %407 = load <8 x float>, ptr %50, align 4
  %408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %406, <8 x float> %303, <8 x float> %407)
  store <8 x float> %408, ptr %100, align 4
  %409 = insertelement <8 x float> poison, float %404, i64 0
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <8 x i32> zeroinitializer
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %408, <8 x float> %396)
  %412 = load <8 x float>, ptr %52, align 4
  %413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %406, <8 x float> %308, <8 x float> %412)
  store <8 x float> %413, ptr %101, align 4
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %413, <8 x float> %399)
  %415 = or disjoint i64 %297, 7
  %416 = getelementptr inbounds float, ptr %kh, i64 %415
  %417 = load float, ptr %416, align 4
  %418 = getelementptr float, ptr %143, i64 %310
  %419 = load float, ptr %418, align 4
  %420 = insertelement <8 x float> poison, float %417, i64 0
  %421 = shufflevector <8 x float> %420, <8 x float> poison, <8 x i32> zeroinitializer
  %422 = load <8 x float>, ptr %54, align 4
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %303, <8 x float> %422)
  store <8 x float> %423, ptr %102, align 4
  %424 = insertelement <8 x float> poison, float %419, i64 0
  %425 = shufflevector <8 x float> %424, <8 x float> poison, <8 x i32> zeroinitializer
  %426 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %423, <8 x float> %411)
  %427 = load <8 x float>, ptr %56, align 4
  %428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %421, <8 x float> %308, <8 x float> %427)
  store <8 x float> %428, ptr %103, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %428, <8 x float> %414)
  %430 = getelementptr inbounds float, ptr %kh, i64 %304
  %431 = load float, ptr %430, align 4
  %432 = getelementptr float, ptr %144, i64 %310
  %433 = load float, ptr %432, align 4
  %434 = insertelement <8 x float> poison, float %431, i64 0
  %435 = shufflevector <8 x float> %434, <8 x float> poison, <8 x i32> zeroinitializer
  %436 = load <8 x float>, ptr %58, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %303, <8 x float> %436)
  store <8 x float> %437, ptr %104, align 4
  %438 = insertelement <8 x float> poison, float %433, i64 0
  %439 = shufflevector <8 x float> %438, <8 x float> poison, <8 x i32> zeroinitializer
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %437, <8 x float> %426)
  %441 = load <8 x float>, ptr %60, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %308, <8 x float> %441)
  store <8 x float> %442, ptr %105, align 4
  %443 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %442, <8 x float> %429)
  %444 = or disjoint i64 %297, 9
  %445 = getelementptr inbounds float, ptr %kh, i64 %444
  %446 = load float, ptr %445, align 4
  %447 = getelementptr float, ptr %145, i64 %310
  %448 = load float, ptr %447, align 4
  %449 = insertelement <8 x float> poison, float %446, i64 0
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <8 x i32> zeroinitializer
  %451 = load <8 x float>, ptr %62, align 4
  %452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %303, <8 x float> %451)
  store <8 x float> %452, ptr %106, align 4
  %453 = insertelement <8 x float> poison, float %448, i64 0
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <8 x i32> zeroinitializer
  %455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %452, <8 x float> %440)
  %456 = load <8 x float>, ptr %64, align 4
  %457 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %308, <8 x float> %456)
  store <8 x float> %457, ptr %107, align 4
  %458 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %457, <8 x float> %443)
  %459 = or disjoint i64 %297, 10
  %460 = getelementptr inbounds float, ptr %kh, i64 %459
  %461 = load float, ptr %460, align 4
  %462 = getelementptr float, ptr %146, i64 %310
  %463 = load float, ptr %462, align 4
  %464 = insertelement <8 x float> poison, float %461, i64 0
  %465 = shufflevector <8 x float> %464, <8 x float> poison, <8 x i32> zeroinitializer
  %466 = load <8 x float>, ptr %66, align 4
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %303, <8 x float> %466)
  store <8 x float> %467, ptr %108, align 4
  %468 = insertelement <8 x float> poison, float %463, i64 0
  %469 = shufflevector <8 x float> %468, <8 x float> poison, <8 x i32> zeroinitializer
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %467, <8 x float> %455)
  %471 = load <8 x float>, ptr %68, align 4
  %472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %308, <8 x float> %471)
  store <8 x float> %472, ptr %109, align 4
  %473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %472, <8 x float> %458)
  %474 = or disjoint i64 %297, 11
  %475 = getelementptr inbounds float, ptr %kh, i64 %474
  %476 = load float, ptr %475, align 4
  %477 = getelementptr float, ptr %147, i64 %310
  %478 = load float, ptr %477, align 4
  %479 = insertelement <8 x float> poison, float %476, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = load <8 x float>, ptr %70, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %303, <8 x float> %481)
  store <8 x float> %482, ptr %110, align 4
  %483 = insertelement <8 x float> poison, float %478, i64 0
  %484 = shufflevector <8 x float> %483, <8 x float> poison, <8 x i32> zeroinitializer
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %482, <8 x float> %470)
  %486 = load <8 x float>, ptr %72, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %308, <8 x float> %486)
  store <8 x float> %487, ptr %111, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %487, <8 x float> %473)
  %489 = or disjoint i64 %297, 12
  %490 = getelementptr inbounds float, ptr %kh, i64 %489
  %491 = load float, ptr %490, align 4
  %492 = getelementptr float, ptr %148, i64 %310
  %493 = load float, ptr %492, align 4
  %494 = insertelement <8 x float> poison, float %491, i64 0
  %495 = shufflevector <8 x float> %494, <8 x float> poison, <8 x i32> zeroinitializer
  %496 = load <8 x float>, ptr %74, align 4
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %303, <8 x float> %496)
  store <8 x float> %497, ptr %112, align 4
  %498 = insertelement <8 x float> poison, float %493, i64 0
  %499 = shufflevector <8 x float> %498, <8 x float> poison, <8 x i32> zeroinitializer
  %500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %499, <8 x float> %497, <8 x float> %485)
  %501 = load <8 x float>, ptr %76, align 4
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %308, <8 x float> %501)
  store <8 x float> %502, ptr %113, align 4
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %499, <8 x float> %502, <8 x float> %488)
  %504 = or disjoint i64 %297, 13
  %505 = getelementptr inbounds float, ptr %kh, i64 %504
  %506 = load float, ptr %505, align 4
  %507 = getelementptr float, ptr %149, i64 %310
  %508 = load float, ptr %507, align 4
  %509 = insertelement <8 x float> poison, float %506, i64 0
  %510 = shufflevector <8 x float> %509, <8 x float> poison, <8 x i32> zeroinitializer
  %511 = load <8 x float>, ptr %78, align 4
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %303, <8 x float> %511)
  store <8 x float> %512, ptr %114, align 4
  %513 = insertelement <8 x float> poison, float %508, i64 0
  %514 = shufflevector <8 x float> %513, <8 x float> poison, <8 x i32> zeroinitializer
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %512, <8 x float> %500)
  %516 = load <8 x float>, ptr %80, align 4
  %517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %308, <8 x float> %516)
  store <8 x float> %517, ptr %115, align 4
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %517, <8 x float> %503)
  %519 = or disjoint i64 %297, 14
  %520 = getelementptr inbounds float, ptr %kh, i64 %519
  %521 = load float, ptr %520, align 4
  %522 = getelementptr float, ptr %150, i64 %310
  %523 = load float, ptr %522, align 4
  %524 = insertelement <8 x float> poison, float %521, i64 0
  %525 = shufflevector <8 x float> %524, <8 x float> poison, <8 x i32> zeroinitializer
  %526 = load <8 x float>, ptr %82, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> %303, <8 x float> %526)
  store <8 x float> %527, ptr %116, align 4
  %528 = insertelement <8 x float> poison, float %523, i64 0
  %529 = shufflevector <8 x float> %528, <8 x float> poison, <8 x i32> zeroinitializer
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %527, <8 x float> %515)
  %531 = load <8 x float>, ptr %84, align 4
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> %308, <8 x float> %531)
  store <8 x float> %532, ptr %117, align 4
  %533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %532, <8 x float> %518)
  %534 = or disjoint i64 %297, 15
  %535 = getelementptr inbounds float, ptr %kh, i64 %534
  %536 = load float, ptr %535, align 4
  %537 = getelementptr float, ptr %151, i64 %310
  %538 = load float, ptr %537, align 4
  %539 = insertelement <8 x float> poison, float %536, i64 0
  %540 = shufflevector <8 x float> %539, <8 x float> poison, <8 x i32> zeroinitializer
  %541 = load <8 x float>, ptr %86, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %303, <8 x float> %541)
  store <8 x float> %542, ptr %118, align 4
  %543 = insertelement <8 x float> poison, float %538, i64 0
  %544 = shufflevector <8 x float> %543, <8 x float> poison, <8 x i32> zeroinitializer
  %545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %542, <8 x float> %530)
  %546 = load <8 x float>, ptr %88, align 4
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %308, <8 x float> %546)
  store <8 x float> %547, ptr %119, align 4
  %548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %547, <8 x float> %533)
  %549 = mul nsw i64 %309, %H
  %550 = getelementptr inbounds float, ptr %betah, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = getelementptr inbounds float, ptr %vh, i64 %310
  %553 = load <8 x float>, ptr %552, align 4
  %554 = fsub <8 x float> %553, %545
  store <8 x float> %554, ptr %6, align 4
  %555 = insertelement <8 x float> poison, float %551, i64 0
  %556 = shufflevector <8 x float> %555, <8 x float> poison, <8 x i32> zeroinitializer
  %557 = fmul <8 x float> %556, %554
  %558 = or disjoint i64 %310, 8
  %559 = getelementptr inbounds float, ptr %vh, i64 %558
  %560 = load <8 x float>, ptr %559, align 4
  %561 = fsub <8 x float> %560, %548
  store <8 x float> %561, ptr %7, align 4
  %562 = fmul <8 x float> %556, %561
  %563 = or disjoint i64 %293, 2
  %564 = mul nsw i64 %563, %sq
  %565 = load float, ptr %313, align 4
  %566 = getelementptr float, ptr %kh, i64 %564
  %567 = load float, ptr %566, align 4
  %568 = insertelement <8 x float> poison, float %565, i64 0
  %569 = shufflevector <8 x float> %568, <8 x float> poison, <8 x i32> zeroinitializer
  %570 = load <8 x float>, ptr %Sroll, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> %557, <8 x float> %570)
  store <8 x float> %571, ptr %Sroll, align 4
  %572 = insertelement <8 x float> poison, float %567, i64 0
  %573 = shufflevector <8 x float> %572, <8 x float> poison, <8 x i32> zeroinitializer
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %571, <8 x float> zeroinitializer)
  %575 = load <8 x float>, ptr %89, align 4
  %576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> %562, <8 x float> %575)
  store <8 x float> %576, ptr %89, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %576, <8 x float> zeroinitializer)
  %578 = or disjoint i64 %310, 1
  %579 = getelementptr inbounds float, ptr %kh, i64 %578
  %580 = load float, ptr %579, align 4
  %581 = getelementptr float, ptr %137, i64 %564
  %582 = load float, ptr %581, align 4
  %583 = insertelement <8 x float> poison, float %580, i64 0
  %584 = shufflevector <8 x float> %583, <8 x float> poison, <8 x i32> zeroinitializer
  %585 = load <8 x float>, ptr %90, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %557, <8 x float> %585)
  store <8 x float> %586, ptr %90, align 4
  %587 = insertelement <8 x float> poison, float %582, i64 0
  %588 = shufflevector <8 x float> %587, <8 x float> poison, <8 x i32> zeroinitializer
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %586, <8 x float> %574)
  %590 = load <8 x float>, ptr %91, align 4
  %591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %562, <8 x float> %590)
  store <8 x float> %591, ptr %91, align 4
  %592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %591, <8 x float> %577)
  %593 = or disjoint i64 %310, 2
  %594 = getelementptr inbounds float, ptr %kh, i64 %593
  %595 = load float, ptr %594, align 4
  %596 = getelementptr float, ptr %138, i64 %564
  %597 = load float, ptr %596, align 4
  %598 = insertelement <8 x float> poison, float %595, i64 0
  %599 = shufflevector <8 x float> %598, <8 x float> poison, <8 x i32> zeroinitializer
  %600 = load <8 x float>, ptr %92, align 4
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %557, <8 x float> %600)
  store <8 x float> %601, ptr %92, align 4
  %602 = insertelement <8 x float> poison, float %597, i64 0
  %603 = shufflevector <8 x float> %602, <8 x float> poison, <8 x i32> zeroinitializer
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %601, <8 x float> %589)
  %605 = load <8 x float>, ptr %93, align 4
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %562, <8 x float> %605)
  store <8 x float> %606, ptr %93, align 4
  %607 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %606, <8 x float> %592)
  %608 = or disjoint i64 %310, 3
  %609 = getelementptr inbounds float, ptr %kh, i64 %608
  %610 = load float, ptr %609, align 4
  %611 = getelementptr float, ptr %139, i64 %564
  %612 = load float, ptr %611, align 4
  %613 = insertelement <8 x float> poison, float %610, i64 0
  %614 = shufflevector <8 x float> %613, <8 x float> poison, <8 x i32> zeroinitializer
  %615 = load <8 x float>, ptr %94, align 4
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %557, <8 x float> %615)
  store <8 x float> %616, ptr %94, align 4
  %617 = insertelement <8 x float> poison, float %612, i64 0
  %618 = shufflevector <8 x float> %617, <8 x float> poison, <8 x i32> zeroinitializer
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %616, <8 x float> %604)
  %620 = load <8 x float>, ptr %95, align 4
  %621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %562, <8 x float> %620)
  store <8 x float> %621, ptr %95, align 4
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %621, <8 x float> %607)
  %623 = or disjoint i64 %310, 4
  %624 = getelementptr inbounds float, ptr %kh, i64 %623
  %625 = load float, ptr %624, align 4
  %626 = getelementptr float, ptr %140, i64 %564
  %627 = load float, ptr %626, align 4
  %628 = insertelement <8 x float> poison, float %625, i64 0
  %629 = shufflevector <8 x float> %628, <8 x float> poison, <8 x i32> zeroinitializer
  %630 = load <8 x float>, ptr %96, align 4
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %557, <8 x float> %630)
  store <8 x float> %631, ptr %96, align 4
  %632 = insertelement <8 x float> poison, float %627, i64 0
  %633 = shufflevector <8 x float> %632, <8 x float> poison, <8 x i32> zeroinitializer
  %634 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %631, <8 x float> %619)
  %635 = load <8 x float>, ptr %97, align 4
  %636 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %562, <8 x float> %635)
  store <8 x float> %636, ptr %97, align 4
  %637 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %636, <8 x float> %622)
  %638 = or disjoint i64 %310, 5
  %639 = getelementptr inbounds float, ptr %kh, i64 %638
  %640 = load float, ptr %639, align 4
  %641 = getelementptr float, ptr %141, i64 %564
  %642 = load float, ptr %641, align 4
  %643 = insertelement <8 x float> poison, float %640, i64 0
  %644 = shufflevector <8 x float> %643, <8 x float> poison, <8 x i32> zeroinitializer
  %645 = load <8 x float>, ptr %98, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %557, <8 x float> %645)
  store <8 x float> %646, ptr %98, align 4
  %647 = insertelement <8 x float> poison, float %642, i64 0
  %648 = shufflevector <8 x float> %647, <8 x float> poison, <8 x i32> zeroinitializer
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %646, <8 x float> %634)
  %650 = load <8 x float>, ptr %99, align 4
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %562, <8 x float> %650)
  store <8 x float> %651, ptr %99, align 4
  %652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %651, <8 x float> %637)
  %653 = or disjoint i64 %310, 6
  %654 = getelementptr inbounds float, ptr %kh, i64 %653
  %655 = load float, ptr %654, align 4
  %656 = getelementptr float, ptr %142, i64 %564
  %657 = load float, ptr %656, align 4
  %658 = insertelement <8 x float> poison, float %655, i64 0
  %659 = shufflevector <8 x float> %658, <8 x float> poison, <8 x i32> zeroinitializer
  %660 = load <8 x float>, ptr %100, align 4
  %661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %659, <8 x float> %557, <8 x float> %660)
  store <8 x float> %661, ptr %100, align 4
  %662 = insertelement <8 x float> poison, float %657, i64 0
  %663 = shufflevector <8 x float> %662, <8 x float> poison, <8 x i32> zeroinitializer
  %664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> %661, <8 x float> %649)
  %665 = load <8 x float>, ptr %101, align 4
  %666 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %659, <8 x float> %562, <8 x float> %665)
  store <8 x float> %666, ptr %101, align 4
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> %666, <8 x float> %652)
  %668 = or disjoint i64 %310, 7
  %669 = getelementptr inbounds float, ptr %kh, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = getelementptr float, ptr %143, i64 %564
  %672 = load float, ptr %671, align 4
  %673 = insertelement <8 x float> poison, float %670, i64 0
  %674 = shufflevector <8 x float> %673, <8 x float> poison, <8 x i32> zeroinitializer
  %675 = load <8 x float>, ptr %102, align 4
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %557, <8 x float> %675)
  store <8 x float> %676, ptr %102, align 4
  %677 = insertelement <8 x float> poison, float %672, i64 0
  %678 = shufflevector <8 x float> %677, <8 x float> poison, <8 x i32> zeroinitializer
  %679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> %676, <8 x float> %664)
  %680 = load <8 x float>, ptr %103, align 4
  %681 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %562, <8 x float> %680)
  store <8 x float> %681, ptr %103, align 4
  %682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> %681, <8 x float> %667)
  %683 = getelementptr inbounds float, ptr %kh, i64 %558
  %684 = load float, ptr %683, align 4
  %685 = getelementptr float, ptr %144, i64 %564
  %686 = load float, ptr %685, align 4
  %687 = insertelement <8 x float> poison, float %684, i64 0
  %688 = shufflevector <8 x float> %687, <8 x float> poison, <8 x i32> zeroinitializer
  %689 = load <8 x float>, ptr %104, align 4
  %690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %557, <8 x float> %689)
  store <8 x float> %690, ptr %104, align 4
  %691 = insertelement <8 x float> poison, float %686, i64 0
  %692 = shufflevector <8 x float> %691, <8 x float> poison, <8 x i32> zeroinitializer
  %693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %690, <8 x float> %679)
  %694 = load <8 x float>, ptr %105, align 4
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %562, <8 x float> %694)
  store <8 x float> %695, ptr %105, align 4
  %696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> %695, <8 x float> %682)
  %697 = or disjoint i64 %310, 9
  %698 = getelementptr inbounds float, ptr %kh, i64 %697
  %699 = load float, ptr %698, align 4
  %700 = getelementptr float, ptr %145, i64 %564
  %701 = load float, ptr %700, align 4
  %702 = insertelement <8 x float> poison, float %699, i64 0
  %703 = shufflevector <8 x float> %702, <8 x float> poison, <8 x i32> zeroinitializer
  %704 = load <8 x float>, ptr %106, align 4
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %557, <8 x float> %704)
  store <8 x float> %705, ptr %106, align 4
  %706 = insertelement <8 x float> poison, float %701, i64 0
  %707 = shufflevector <8 x float> %706, <8 x float> poison, <8 x i32> zeroinitializer
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %705, <8 x float> %693)
  %709 = load <8 x float>, ptr %107, align 4
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %562, <8 x float> %709)
  store <8 x float> %710, ptr %107, align 4
  %711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %710, <8 x float> %696)
  %712 = or disjoint i64 %310, 10
  %713 = getelementptr inbounds float, ptr %kh, i64 %712
  %714 = load float, ptr %713, align 4
  %715 = getelementptr float, ptr %146, i64 %564
  %716 = load float, ptr %715, align 4
  %717 = insertelement <8 x float> poison, float %714, i64 0
  %718 = shufflevector <8 x float> %717, <8 x float> poison, <8 x i32> zeroinitializer
  %719 = load <8 x float>, ptr %108, align 4
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %557, <8 x float> %719)
  store <8 x float> %720, ptr %108, align 4
  %721 = insertelement <8 x float> poison, float %716, i64 0
  %722 = shufflevector <8 x float> %721, <8 x float> poison, <8 x i32> zeroinitializer
  %723 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %720, <8 x float> %708)
  %724 = load <8 x float>, ptr %109, align 4
  %725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %562, <8 x float> %724)
  store <8 x float> %725, ptr %109, align 4
  %726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> %725, <8 x float> %711)
  %727 = or disjoint i64 %310, 11
  %728 = getelementptr inbounds float, ptr %kh, i64 %727
  %729 = load float, ptr %728, align 4
  %730 = getelementptr float, ptr %147, i64 %564
  %731 = load float, ptr %730, align 4
  %732 = insertelement <8 x float> poison, float %729, i64 0
  %733 = shufflevector <8 x float> %732, <8 x float> poison, <8 x i32> zeroinitializer
  %734 = load <8 x float>, ptr %110, align 4
  %735 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %557, <8 x float> %734)
  store <8 x float> %735, ptr %110, align 4
  %736 = insertelement <8 x float> poison, float %731, i64 0
  %737 = shufflevector <8 x float> %736, <8 x float> poison, <8 x i32> zeroinitializer
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %735, <8 x float> %723)
  %739 = load <8 x float>, ptr %111, align 4
  %740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %562, <8 x float> %739)
  store <8 x float> %740, ptr %111, align 4
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %740, <8 x float> %726)
  %742 = or disjoint i64 %310, 12
  %743 = getelementptr inbounds float, ptr %kh, i64 %742
  %744 = load float, ptr %743, align 4
  %745 = getelementptr float, ptr %148, i64 %564
  %746 = load float, ptr %745, align 4
  %747 = insertelement <8 x float> poison, float %744, i64 0
  %748 = shufflevector <8 x float> %747, <8 x float> poison, <8 x i32> zeroinitializer
  %749 = load <8 x float>, ptr %112, align 4
  %750 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> %557, <8 x float> %749)
  store <8 x float> %750, ptr %112, align 4
  %751 = insertelement <8 x float> poison, float %746, i64 0
  %752 = shufflevector <8 x float> %751, <8 x float> poison, <8 x i32> zeroinitializer
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> %750, <8 x float> %738)
  %754 = load <8 x float>, ptr %113, align 4
  %755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> %562, <8 x float> %754)
  store <8 x float> %755, ptr %113, align 4
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> %755, <8 x float> %741)
  %757 = or disjoint i64 %310, 13
  %758 = getelementptr inbounds float, ptr %kh, i64 %757
  %759 = load float, ptr %758, align 4
  %760 = getelementptr float, ptr %149, i64 %564
  %761 = load float, ptr %760, align 4
  %762 = insertelement <8 x float> poison, float %759, i64 0
  %763 = shufflevector <8 x float> %762, <8 x float> poison, <8 x i32> zeroinitializer
  %764 = load <8 x float>, ptr %114, align 4
  %765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %763, <8 x float> %557, <8 x float> %764)
  store <8 x float> %765, ptr %114, align 4
  %766 = insertelement <8 x float> poison, float %761, i64 0
  %767 = shufflevector <8 x float> %766, <8 x float> poison, <8 x i32> zeroinitializer
  %768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> %765, <8 x float> %753)
  %769 = load <8 x float>, ptr %115, align 4
  %770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %763, <8 x float> %562, <8 x float> %769)
  store <8 x float> %770, ptr %115, align 4
  %771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> %770, <8 x float> %756)
  %772 = or disjoint i64 %310, 14
  %773 = getelementptr inbounds float, ptr %kh, i64 %772
  %774 = load float, ptr %773, align 4
  %775 = getelementptr float, ptr %150, i64 %564
  %776 = load float, ptr %775, align 4
  %777 = insertelement <8 x float> poison, float %774, i64 0
  %778 = shufflevector <8 x float> %777, <8 x float> poison, <8 x i32> zeroinitializer
  %779 = load <8 x float>, ptr %116, align 4
  %780 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %557, <8 x float> %779)
  store <8 x float> %780, ptr %116, align 4
  %781 = insertelement <8 x float> poison, float %776, i64 0
  %782 = shufflevector <8 x float> %781, <8 x float> poison, <8 x i32> zeroinitializer
  %783 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> %780, <8 x float> %768)
  %784 = load <8 x float>, ptr %117, align 4
  %785 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %562, <8 x float> %784)
  store <8 x float> %785, ptr %117, align 4
  %786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> %785, <8 x float> %771)
  %787 = or disjoint i64 %310, 15
  %788 = getelementptr inbounds float, ptr %kh, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = getelementptr float, ptr %151, i64 %564
  %791 = load float, ptr %790, align 4
  %792 = insertelement <8 x float> poison, float %789, i64 0
  %793 = shufflevector <8 x float> %792, <8 x float> poison, <8 x i32> zeroinitializer
  %794 = load <8 x float>, ptr %118, align 4
  %795 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %557, <8 x float> %794)
  store <8 x float> %795, ptr %118, align 4
  %796 = insertelement <8 x float> poison, float %791, i64 0
  %797 = shufflevector <8 x float> %796, <8 x float> poison, <8 x i32> zeroinitializer
  %798 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %795, <8 x float> %783)
  %799 = load <8 x float>, ptr %119, align 4
  %800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %562, <8 x float> %799)
  store <8 x float> %800, ptr %119, align 4
  %801 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %800, <8 x float> %786)
  %802 = mul nsw i64 %563, %H
  %803 = getelementptr inbounds float, ptr %betah, i64 %802
  %804 = load float, ptr %803, align 4
  %805 = getelementptr inbounds float, ptr %vh, i64 %564
  %806 = load <8 x float>, ptr %805, align 4
  %807 = fsub <8 x float> %806, %798
  store <8 x float> %807, ptr %8, align 4
  %808 = insertelement <8 x float> poison, float %804, i64 0
  %809 = shufflevector <8 x float> %808, <8 x float> poison, <8 x i32> zeroinitializer
  %810 = fmul <8 x float> %809, %807
  %811 = or disjoint i64 %564, 8
  %812 = getelementptr inbounds float, ptr %vh, i64 %811
  %813 = load <8 x float>, ptr %812, align 4
  %814 = fsub <8 x float> %813, %801
  store <8 x float> %814, ptr %9, align 4
  %815 = fmul <8 x float> %809, %814
  %816 = or disjoint i64 %293, 3
  %817 = mul nsw i64 %816, %sq
  %818 = load float, ptr %566, align 4
  %819 = getelementptr float, ptr %kh, i64 %817
  %820 = load float, ptr %819, align 4
  %821 = insertelement <8 x float> poison, float %818, i64 0
  %822 = shufflevector <8 x float> %821, <8 x float> poison, <8 x i32> zeroinitializer
  %823 = load <8 x float>, ptr %Sroll, align 4
  %824 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> %810, <8 x float> %823)
  store <8 x float> %824, ptr %Sroll, align 4
  %825 = insertelement <8 x float> poison, float %820, i64 0
  %826 = shufflevector <8 x float> %825, <8 x float> poison, <8 x i32> zeroinitializer
  %827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %824, <8 x float> zeroinitializer)
  %828 = load <8 x float>, ptr %89, align 4
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %822, <8 x float> %815, <8 x float> %828)
  store <8 x float> %829, ptr %89, align 4
  %830 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %829, <8 x float> zeroinitializer)
  %831 = or disjoint i64 %564, 1
  %832 = getelementptr inbounds float, ptr %kh, i64 %831
  %833 = load float, ptr %832, align 4
  %834 = getelementptr float, ptr %137, i64 %817
  %835 = load float, ptr %834, align 4
  %836 = insertelement <8 x float> poison, float %833, i64 0
  %837 = shufflevector <8 x float> %836, <8 x float> poison, <8 x i32> zeroinitializer
  %838 = load <8 x float>, ptr %90, align 4
  %839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %837, <8 x float> %810, <8 x float> %838)
  store <8 x float> %839, ptr %90, align 4
  %840 = insertelement <8 x float> poison, float %835, i64 0
  %841 = shufflevector <8 x float> %840, <8 x float> poison, <8 x i32> zeroinitializer
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> %839, <8 x float> %827)
  %843 = load <8 x float>, ptr %91, align 4
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %837, <8 x float> %815, <8 x float> %843)
  store <8 x float> %844, ptr %91, align 4
  %845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %841, <8 x float> %844, <8 x float> %830)
  %846 = or disjoint i64 %564, 2
  %847 = getelementptr inbounds float, ptr %kh, i64 %846
  %848 = load float, ptr %847, align 4
  %849 = getelementptr float, ptr %138, i64 %817
  %850 = load float, ptr %849, align 4
  %851 = insertelement <8 x float> poison, float %848, i64 0
  %852 = shufflevector <8 x float> %851, <8 x float> poison, <8 x i32> zeroinitializer
  %853 = load <8 x float>, ptr %92, align 4
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %810, <8 x float> %853)
  store <8 x float> %854, ptr %92, align 4
  %855 = insertelement <8 x float> poison, float %850, i64 0
  %856 = shufflevector <8 x float> %855, <8 x float> poison, <8 x i32> zeroinitializer
  %857 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> %854, <8 x float> %842)
  %858 = load <8 x float>, ptr %93, align 4
  %859 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %815, <8 x float> %858)
  store <8 x float> %859, ptr %93, align 4
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> %859, <8 x float> %845)
  %861 = or disjoint i64 %564, 3
  %862 = getelementptr inbounds float, ptr %kh, i64 %861
  %863 = load float, ptr %862, align 4
  %864 = getelementptr float, ptr %139, i64 %817
  %865 = load float, ptr %864, align 4
  %866 = insertelement <8 x float> poison, float %863, i64 0
  %867 = shufflevector <8 x float> %866, <8 x float> poison, <8 x i32> zeroinitializer
  %868 = load <8 x float>, ptr %94, align 4
  %869 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %867, <8 x float> %810, <8 x float> %868)
  store <8 x float> %869, ptr %94, align 4
  %870 = insertelement <8 x float> poison, float %865, i64 0
  %871 = shufflevector <8 x float> %870, <8 x float> poison, <8 x i32> zeroinitializer
  %872 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %869, <8 x float> %857)
  %873 = load <8 x float>, ptr %95, align 4
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %867, <8 x float> %815, <8 x float> %873)
  store <8 x float> %874, ptr %95, align 4
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %874, <8 x float> %860)
  %876 = or disjoint i64 %564, 4
  %877 = getelementptr inbounds float, ptr %kh, i64 %876
  %878 = load float, ptr %877, align 4
  %879 = getelementptr float, ptr %140, i64 %817
  %880 = load float, ptr %879, align 4
  %881 = insertelement <8 x float> poison, float %878, i64 0
  %882 = shufflevector <8 x float> %881, <8 x float> poison, <8 x i32> zeroinitializer
  %883 = load <8 x float>, ptr %96, align 4
  %884 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %810, <8 x float> %883)
  store <8 x float> %884, ptr %96, align 4
  %885 = insertelement <8 x float> poison, float %880, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %884, <8 x float> %872)
  %888 = load <8 x float>, ptr %97, align 4
  %889 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %815, <8 x float> %888)
  store <8 x float> %889, ptr %97, align 4
  %890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %889, <8 x float> %875)
  %891 = or disjoint i64 %564, 5
  %892 = getelementptr inbounds float, ptr %kh, i64 %891
  %893 = load float, ptr %892, align 4
  %894 = getelementptr float, ptr %141, i64 %817
  %895 = load float, ptr %894, align 4
  %896 = insertelement <8 x float> poison, float %893, i64 0
  %897 = shufflevector <8 x float> %896, <8 x float> poison, <8 x i32> zeroinitializer
  %898 = load <8 x float>, ptr %98, align 4
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %897, <8 x float> %810, <8 x float> %898)
  store <8 x float> %899, ptr %98, align 4
  %900 = insertelement <8 x float> poison, float %895, i64 0
  %901 = shufflevector <8 x float> %900, <8 x float> poison, <8 x i32> zeroinitializer
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %899, <8 x float> %887)
  %903 = load <8 x float>, ptr %99, align 4
  %904 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %897, <8 x float> %815, <8 x float> %903)
  store <8 x float> %904, ptr %99, align 4
  %905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %904, <8 x float> %890)
  %906 = or disjoint i64 %564, 6
  %907 = getelementptr inbounds float, ptr %kh, i64 %906
  %908 = load float, ptr %907, align 4
  %909 = getelementptr float, ptr %142, i64 %817
  %910 = load float, ptr %909, align 4
  %911 = insertelement <8 x float> poison, float %908, i64 0
  %912 = shufflevector <8 x float> %911, <8 x float> poison, <8 x i32> zeroinitializer
  %913 = load <8 x float>, ptr %100, align 4
  %914 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %810, <8 x float> %913)
  store <8 x float> %914, ptr %100, align 4
  %915 = insertelement <8 x float> poison, float %910, i64 0
  %916 = shufflevector <8 x float> %915, <8 x float> poison, <8 x i32> zeroinitializer
  %917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %916, <8 x float> %914, <8 x float> %902)
  %918 = load <8 x float>, ptr %101, align 4
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %815, <8 x float> %918)
  store <8 x float> %919, ptr %101, align 4
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %916, <8 x float> %919, <8 x float> %905)
  %921 = or disjoint i64 %564, 7
  %922 = getelementptr inbounds float, ptr %kh, i64 %921
  %923 = load float, ptr %922, align 4
  %924 = getelementptr float, ptr %143, i64 %817
  %925 = load float, ptr %924, align 4
  %926 = insertelement <8 x float> poison, float %923, i64 0
  %927 = shufflevector <8 x float> %926, <8 x float> poison, <8 x i32> zeroinitializer
  %928 = load <8 x float>, ptr %102, align 4
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %810, <8 x float> %928)
  store <8 x float> %929, ptr %102, align 4
  %930 = insertelement <8 x float> poison, float %925, i64 0
  %931 = shufflevector <8 x float> %930, <8 x float> poison, <8 x i32> zeroinitializer
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %929, <8 x float> %917)
  %933 = load <8 x float>, ptr %103, align 4
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %815, <8 x float> %933)
  store <8 x float> %934, ptr %103, align 4
  %935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %934, <8 x float> %920)
  %936 = getelementptr inbounds float, ptr %kh, i64 %811
  %937 = load float, ptr %936, align 4
  %938 = getelementptr float, ptr %144, i64 %817
  %939 = load float, ptr %938, align 4
  %940 = insertelement <8 x float> poison, float %937, i64 0
  %941 = shufflevector <8 x float> %940, <8 x float> poison, <8 x i32> zeroinitializer
  %942 = load <8 x float>, ptr %104, align 4
  %943 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> %810, <8 x float> %942)
  store <8 x float> %943, ptr %104, align 4
  %944 = insertelement <8 x float> poison, float %939, i64 0
  %945 = shufflevector <8 x float> %944, <8 x float> poison, <8 x i32> zeroinitializer
  %946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %943, <8 x float> %932)
  %947 = load <8 x float>, ptr %105, align 4
  %948 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> %815, <8 x float> %947)
  store <8 x float> %948, ptr %105, align 4
  %949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %948, <8 x float> %935)
  %950 = or disjoint i64 %564, 9
  %951 = getelementptr inbounds float, ptr %kh, i64 %950
  %952 = load float, ptr %951, align 4
  %953 = getelementptr float, ptr %145, i64 %817
  %954 = load float, ptr %953, align 4
  %955 = insertelement <8 x float> poison, float %952, i64 0
  %956 = shufflevector <8 x float> %955, <8 x float> poison, <8 x i32> zeroinitializer
  %957 = load <8 x float>, ptr %106, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> %810, <8 x float> %957)
  store <8 x float> %958, ptr %106, align 4
  %959 = insertelement <8 x float> poison, float %954, i64 0
  %960 = shufflevector <8 x float> %959, <8 x float> poison, <8 x i32> zeroinitializer
  %961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %958, <8 x float> %946)
  %962 = load <8 x float>, ptr %107, align 4
  %963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> %815, <8 x float> %962)
  store <8 x float> %963, ptr %107, align 4
  %964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> %963, <8 x float> %949)
  %965 = or disjoint i64 %564, 10
  %966 = getelementptr inbounds float, ptr %kh, i64 %965
  %967 = load float, ptr %966, align 4
  %968 = getelementptr float, ptr %146, i64 %817
  %969 = load float, ptr %968, align 4
  %970 = insertelement <8 x float> poison, float %967, i64 0
  %971 = shufflevector <8 x float> %970, <8 x float> poison, <8 x i32> zeroinitializer
  %972 = load <8 x float>, ptr %108, align 4
  %973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %971, <8 x float> %810, <8 x float> %972)
  store <8 x float> %973, ptr %108, align 4
  %974 = insertelement <8 x float> poison, float %969, i64 0
  %975 = shufflevector <8 x float> %974, <8 x float> poison, <8 x i32> zeroinitializer
  %976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> %973, <8 x float> %961)
  %977 = load <8 x float>, ptr %109, align 4
  %978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %971, <8 x float> %815, <8 x float> %977)
  store <8 x float> %978, ptr %109, align 4
  %979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> %978, <8 x float> %964)
  %980 = or disjoint i64 %564, 11
  %981 = getelementptr inbounds float, ptr %kh, i64 %980
  %982 = load float, ptr %981, align 4
  %983 = getelementptr float, ptr %147, i64 %817
  %984 = load float, ptr %983, align 4
  %985 = insertelement <8 x float> poison, float %982, i64 0
  %986 = shufflevector <8 x float> %985, <8 x float> poison, <8 x i32> zeroinitializer
  %987 = load <8 x float>, ptr %110, align 4
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %810, <8 x float> %987)
  store <8 x float> %988, ptr %110, align 4
  %989 = insertelement <8 x float> poison, float %984, i64 0
  %990 = shufflevector <8 x float> %989, <8 x float> poison, <8 x i32> zeroinitializer
  %991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %990, <8 x float> %988, <8 x float> %976)
  %992 = load <8 x float>, ptr %111, align 4
  %993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %815, <8 x float> %992)
  store <8 x float> %993, ptr %111, align 4
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %990, <8 x float> %993, <8 x float> %979)
  %995 = or disjoint i64 %564, 12
  %996 = getelementptr inbounds float, ptr %kh, i64 %995
  %997 = load float, ptr %996, align 4
  %998 = getelementptr float, ptr %148, i64 %817
  %999 = load float, ptr %998, align 4
  %1000 = insertelement <8 x float> poison, float %997, i64 0
  %1001 = shufflevector <8 x float> %1000, <8 x float> poison, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, ptr %112, align 4
  %1003 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> %810, <8 x float> %1002)
  store <8 x float> %1003, ptr %112, align 4
  %1004 = insertelement <8 x float> poison, float %999, i64 0
  %1005 = shufflevector <8 x float> %1004, <8 x float> poison, <8 x i32> zeroinitializer
  %1006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1003, <8 x float> %991)
  %1007 = load <8 x float>, ptr %113, align 4
  %1008 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1001, <8 x float> %815, <8 x float> %1007)
  store <8 x float> %1008, ptr %113, align 4
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %1008, <8 x float> %994)
  %1010 = or disjoint i64 %564, 13
  %1011 = getelementptr inbounds float, ptr %kh, i64 %1010
  %1012 = load float, ptr %1011, align 4
  %1013 = getelementptr float, ptr %149, i64 %817
  %1014 = load float, ptr %1013, align 4
  %1015 = insertelement <8 x float> poison, float %1012, i64 0
  %1016 = shufflevector <8 x float> %1015, <8 x float> poison, <8 x i32> zeroinitializer
  %1017 = load <8 x float>, ptr %114, align 4
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %810, <8 x float> %1017)
  store <8 x float> %1018, ptr %114, align 4
  %1019 = insertelement <8 x float> poison, float %1014, i64 0
  %1020 = shufflevector <8 x float> %1019, <8 x float> poison, <8 x i32> zeroinitializer
  %1021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %1018, <8 x float> %1006)
  %1022 = load <8 x float>, ptr %115, align 4
  %1023 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %815, <8 x float> %1022)
  store <8 x float> %1023, ptr %115, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %1023, <8 x float> %1009)
  %1025 = or disjoint i64 %564, 14
  %1026 = getelementptr inbounds float, ptr %kh, i64 %1025
  %1027 = load float, ptr %1026, align 4
  %1028 = getelementptr float, ptr %150, i64 %817
  %1029 = load float, ptr %1028, align 4
  %1030 = insertelement <8 x float> poison, float %1027, i64 0
  %1031 = shufflevector <8 x float> %1030, <8 x float> poison, <8 x i32> zeroinitializer
  %1032 = load <8 x float>, ptr %116, align 4
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %810, <8 x float> %1032)
  store <8 x float> %1033, ptr %116, align 4
  %1034 = insertelement <8 x float> poison, float %1029, i64 0
  %1035 = shufflevector <8 x float> %1034, <8 x float> poison, <8 x i32> zeroinitializer
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1033, <8 x float> %1021)
  %1037 = load <8 x float>, ptr %117, align 4
  %1038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %815, <8 x float> %1037)
  store <8 x float> %1038, ptr %117, align 4
  %1039 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1038, <8 x float> %1024)
  %1040 = or disjoint i64 %564, 15
  %1041 = getelementptr inbounds float, ptr %kh, i64 %1040
  %1042 = load float, ptr %1041, align 4
  %1043 = getelementptr float, ptr %151, i64 %817
  %1044 = load float, ptr %1043, align 4
  %1045 = insertelement <8 x float> poison, float %1042, i64 0
  %1046 = shufflevector <8 x float> %1045, <8 x float> poison, <8 x i32> zeroinitializer
  %1047 = load <8 x float>, ptr %118, align 4
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> %810, <8 x float> %1047)
  store <8 x float> %1048, ptr %118, align 4
  %1049 = insertelement <8 x float> poison, float %1044, i64 0
  %1050 = shufflevector <8 x float> %1049, <8 x float> poison, <8 x i32> zeroinitializer
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1050, <8 x float> %1048, <8 x float> %1036)
  %1052 = load <8 x float>, ptr %119, align 4
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> %815, <8 x float> %1052)
  store <8 x float> %1053, ptr %119, align 4
  %1054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1050, <8 x float> %1053, <8 x float> %1039)
  %1055 = mul nsw i64 %816, %H
  %1056 = getelementptr inbounds float, ptr %betah, i64 %1055
  %1057 = load float, ptr %1056, align 4
  %1058 = getelementptr inbounds float, ptr %vh, i64 %817
  %1059 = load <8 x float>, ptr %1058, align 4
  %1060 = fsub <8 x float> %1059, %1051
  store <8 x float> %1060, ptr %10, align 4
  %1061 = insertelement <8 x float> poison, float %1057, i64 0
  %1062 = shufflevector <8 x float> %1061, <8 x float> poison, <8 x i32> zeroinitializer
  %1063 = fmul <8 x float> %1062, %1060
  %1064 = or disjoint i64 %817, 8
  %1065 = getelementptr inbounds float, ptr %vh, i64 %1064
  %1066 = load <8 x float>, ptr %1065, align 4
  %1067 = fsub <8 x float> %1066, %1054
  store <8 x float> %1067, ptr %11, align 4
  %1068 = fmul <8 x float> %1062, %1067
  %1069 = icmp sgt i64 %158, 1
  br i1 %1069, label %i8.head.preheader.lr.ph, label %tl1.exit

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0528 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %1070 = mul i64 %12, %tl.addr.0528
  %scevgep = getelementptr i8, ptr %161, i64 %1070
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep, i8 0, i64 64, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0528, 1
  %1071 = mul i64 %12, %tl.next
  %scevgep.1 = getelementptr i8, ptr %161, i64 %1071
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.1, i8 0, i64 64, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0528, 2
  %1072 = mul i64 %12, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %161, i64 %1072
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.2, i8 0, i64 64, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0528, 3
  %1073 = mul i64 %12, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %161, i64 %1073
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.3, i8 0, i64 64, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0528, 4
  %1074 = mul i64 %12, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %161, i64 %1074
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.4, i8 0, i64 64, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0528, 5
  %1075 = mul i64 %12, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %161, i64 %1075
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.5, i8 0, i64 64, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0528, 6
  %1076 = mul i64 %12, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %161, i64 %1076
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.6, i8 0, i64 64, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0528, 7
  %1077 = mul i64 %12, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %161, i64 %1077
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.7, i8 0, i64 64, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0528, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i8.head.preheader.lr.ph:                          ; preds = %i4.head.preheader
  %1078 = add i64 %t0, -1
  br label %i8.head.preheader

i8.head.preheader:                                ; preds = %i8.head.preheader.lr.ph, %i9.exit
  %delta.0555 = phi <8 x float> [ %1063, %i8.head.preheader.lr.ph ], [ %1813, %i9.exit ]
  %delta1.0554 = phi <8 x float> [ %1068, %i8.head.preheader.lr.ph ], [ %1820, %i9.exit ]
  %tl1.addr.0553 = phi i64 [ 1, %i8.head.preheader.lr.ph ], [ %tl1.next, %i9.exit ]
  %1079 = add i64 %1078, %tl1.addr.0553
  %1080 = shl nsw i64 %1079, 2
  %1081 = or disjoint i64 %1080, 3
  %1082 = mul nsw i64 %1081, %sq
  %1083 = add nsw i64 %tl1.addr.0553, %t0
  %1084 = mul i64 %12, %1083
  %1085 = mul nsw i64 %1079, %sq
  %1086 = getelementptr inbounds float, ptr %oh, i64 %1085
  %1087 = load <8 x float>, ptr %1086, align 4
  %1088 = shl nsw i64 %tl1.addr.0553, 8
  %1089 = or disjoint i64 %1085, 8
  %1090 = getelementptr inbounds float, ptr %oh, i64 %1089
  %1091 = load <8 x float>, ptr %1090, align 4
  br label %i8.body

tl1.exit:                                         ; preds = %i9.exit, %i4.head.preheader
  %delta1.0.lcssa = phi <8 x float> [ %1068, %i4.head.preheader ], [ %1820, %i9.exit ]
  %delta.0.lcssa = phi <8 x float> [ %1063, %i4.head.preheader ], [ %1813, %i9.exit ]
  %tlast = add nsw i64 %L, -1
  %1092 = add nsw i64 %tlast, %t0
  %1093 = shl nsw i64 %1092, 2
  %1094 = or disjoint i64 %1093, 3
  %1095 = mul nsw i64 %1094, %sq
  %1096 = mul nsw i64 %1092, %sq
  %1097 = getelementptr inbounds float, ptr %oh, i64 %1096
  %1098 = load <8 x float>, ptr %1097, align 4
  %1099 = or disjoint i64 %1096, 8
  %1100 = getelementptr inbounds float, ptr %oh, i64 %1099
  %1101 = load <8 x float>, ptr %1100, align 4
  %invariant.gep680 = getelementptr float, ptr %kh, i64 %1095
  br label %i12.body

i8.body:                                          ; preds = %i8.body, %i8.head.preheader
  %acc8.0543 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %1156, %i8.body ]
  %acc9.0542 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %1164, %i8.body ]
  %i8.addr.0541 = phi i64 [ 0, %i8.head.preheader ], [ %i8.next.1, %i8.body ]
  %1102 = getelementptr float, ptr %kh, i64 %i8.addr.0541
  %1103 = getelementptr float, ptr %1102, i64 %1082
  %1104 = load float, ptr %1103, align 4
  %1105 = getelementptr float, ptr %1102, i64 %1084
  %1106 = load float, ptr %1105, align 4
  %1107 = insertelement <8 x float> poison, float %1104, i64 0
  %1108 = shufflevector <8 x float> %1107, <8 x float> poison, <8 x i32> zeroinitializer
  %1109 = shl nuw nsw i64 %i8.addr.0541, 4
  %1110 = getelementptr inbounds float, ptr %Sroll, i64 %1109
  %1111 = load <8 x float>, ptr %1110, align 4
  %1112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1108, <8 x float> %delta.0555, <8 x float> %1111)
  %1113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> %1087, <8 x float> zeroinitializer)
  %1114 = add nuw nsw i64 %1109, %1088
  %1115 = getelementptr inbounds float, ptr %Sh, i64 %1114
  store <8 x float> %1112, ptr %1115, align 4
  %1116 = insertelement <8 x float> poison, float %1106, i64 0
  %1117 = shufflevector <8 x float> %1116, <8 x float> poison, <8 x i32> zeroinitializer
  %1118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1117, <8 x float> %1112, <8 x float> %acc8.0543)
  %1119 = or disjoint i64 %1109, 8
  %1120 = getelementptr inbounds float, ptr %Sroll, i64 %1119
  %1121 = load <8 x float>, ptr %1120, align 4
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1108, <8 x float> %delta1.0554, <8 x float> %1121)
  %1123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1122, <8 x float> %1091, <8 x float> %1113)
  %1124 = or disjoint i64 %1114, 8
  %1125 = getelementptr inbounds float, ptr %Sh, i64 %1124
  store <8 x float> %1122, ptr %1125, align 4
  %1126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1117, <8 x float> %1122, <8 x float> %acc9.0542)
  %1127 = or disjoint i64 %i8.addr.0541, %1085
  %1128 = getelementptr inbounds float, ptr %qh1, i64 %1127
  %1129 = load float, ptr %1128, align 4
  %1130 = shufflevector <8 x float> %1123, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1131 = shufflevector <8 x float> %1123, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1132 = fadd <4 x float> %1130, %1131
  %1133 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1134 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1135 = fadd <2 x float> %1133, %1134
  %shift = shufflevector <2 x float> %1135, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1136 = fadd <2 x float> %1135, %shift
  %1137 = extractelement <2 x float> %1136, i64 0
  %1138 = fmul float %1137, 2.500000e-01
  %1139 = fadd float %1129, %1138
  store float %1139, ptr %1128, align 4
  %i8.next = or disjoint i64 %i8.addr.0541, 1
  %1140 = getelementptr float, ptr %kh, i64 %i8.next
  %1141 = getelementptr float, ptr %1140, i64 %1082
  %1142 = load float, ptr %1141, align 4
  %1143 = getelementptr float, ptr %1140, i64 %1084
  %1144 = load float, ptr %1143, align 4
  %1145 = insertelement <8 x float> poison, float %1142, i64 0
  %1146 = shufflevector <8 x float> %1145, <8 x float> poison, <8 x i32> zeroinitializer
  %1147 = shl nuw nsw i64 %i8.next, 4
  %1148 = getelementptr inbounds float, ptr %Sroll, i64 %1147
  %1149 = load <8 x float>, ptr %1148, align 4
  %1150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> %delta.0555, <8 x float> %1149)
  %1151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1150, <8 x float> %1087, <8 x float> zeroinitializer)
  %1152 = add nuw nsw i64 %1147, %1088
  %1153 = getelementptr inbounds float, ptr %Sh, i64 %1152
  store <8 x float> %1150, ptr %1153, align 4
  %1154 = insertelement <8 x float> poison, float %1144, i64 0
  %1155 = shufflevector <8 x float> %1154, <8 x float> poison, <8 x i32> zeroinitializer
  %1156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1150, <8 x float> %1118)
  %1157 = or disjoint i64 %1147, 8
  %1158 = getelementptr inbounds float, ptr %Sroll, i64 %1157
  %1159 = load <8 x float>, ptr %1158, align 4
  %1160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> %delta1.0554, <8 x float> %1159)
  %1161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1160, <8 x float> %1091, <8 x float> %1151)
  %1162 = or disjoint i64 %1152, 8
  %1163 = getelementptr inbounds float, ptr %Sh, i64 %1162
  store <8 x float> %1160, ptr %1163, align 4
  %1164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1160, <8 x float> %1126)
  %1165 = or disjoint i64 %i8.next, %1085
  %1166 = getelementptr inbounds float, ptr %qh1, i64 %1165
  %1167 = load float, ptr %1166, align 4
  %1168 = shufflevector <8 x float> %1161, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1169 = shufflevector <8 x float> %1161, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1170 = fadd <4 x float> %1168, %1169
  %1171 = shufflevector <4 x float> %1170, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1172 = shufflevector <4 x float> %1170, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1173 = fadd <2 x float> %1171, %1172
  %shift.1 = shufflevector <2 x float> %1173, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1174 = fadd <2 x float> %1173, %shift.1
  %1175 = extractelement <2 x float> %1174, i64 0
  %1176 = fmul float %1175, 2.500000e-01
  %1177 = fadd float %1167, %1176
  store float %1177, ptr %1166, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0541, 2
  %exitcond645.not.1 = icmp eq i64 %i8.next.1, 16
  br i1 %exitcond645.not.1, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  %1178 = shl nsw i64 %1083, 2
  %1179 = mul nsw i64 %1178, %H
  %1180 = getelementptr inbounds float, ptr %betah, i64 %1179
  %1181 = load float, ptr %1180, align 4
  %1182 = mul nsw i64 %1178, %sq
  %1183 = getelementptr inbounds float, ptr %vh, i64 %1182
  %1184 = load <8 x float>, ptr %1183, align 4
  %1185 = fsub <8 x float> %1184, %1156
  %1186 = shl i64 %tl1.addr.0553, 6
  %1187 = getelementptr inbounds float, ptr %R, i64 %1186
  store <8 x float> %1185, ptr %1187, align 4
  %1188 = insertelement <8 x float> poison, float %1181, i64 0
  %1189 = shufflevector <8 x float> %1188, <8 x float> poison, <8 x i32> zeroinitializer
  %1190 = fmul <8 x float> %1189, %1185
  %1191 = or disjoint i64 %1182, 8
  %1192 = getelementptr inbounds float, ptr %vh, i64 %1191
  %1193 = load <8 x float>, ptr %1192, align 4
  %1194 = fsub <8 x float> %1193, %1164
  %1195 = or disjoint i64 %1186, 8
  %1196 = getelementptr inbounds float, ptr %R, i64 %1195
  store <8 x float> %1194, ptr %1196, align 4
  %1197 = fmul <8 x float> %1189, %1194
  %1198 = or disjoint i64 %1178, 1
  %1199 = mul nsw i64 %1198, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %1199
  br label %i9.body

i9.body:                                          ; preds = %i9.body, %i8.exit
  %acc10.0546 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %1280, %i9.body ]
  %acc11109.0545 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %1287, %i9.body ]
  %i9.addr.0544 = phi i64 [ 0, %i8.exit ], [ %i9.next.3, %i9.body ]
  %1200 = or disjoint i64 %i9.addr.0544, %1182
  %1201 = getelementptr inbounds float, ptr %kh, i64 %1200
  %1202 = load float, ptr %1201, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i9.addr.0544
  %1203 = load float, ptr %gep, align 4
  %1204 = insertelement <8 x float> poison, float %1202, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = shl nuw nsw i64 %i9.addr.0544, 4
  %1207 = add nuw nsw i64 %1206, %1088
  %1208 = getelementptr inbounds float, ptr %Sh, i64 %1207
  %1209 = load <8 x float>, ptr %1208, align 4
  %1210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1190, <8 x float> %1209)
  %1211 = getelementptr inbounds float, ptr %Sroll, i64 %1206
  store <8 x float> %1210, ptr %1211, align 4
  %1212 = insertelement <8 x float> poison, float %1203, i64 0
  %1213 = shufflevector <8 x float> %1212, <8 x float> poison, <8 x i32> zeroinitializer
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1210, <8 x float> %acc10.0546)
  %1215 = or disjoint i64 %1207, 8
  %1216 = getelementptr inbounds float, ptr %Sh, i64 %1215
  %1217 = load <8 x float>, ptr %1216, align 4
  %1218 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1197, <8 x float> %1217)
  %1219 = or disjoint i64 %1206, 8
  %1220 = getelementptr inbounds float, ptr %Sroll, i64 %1219
  store <8 x float> %1218, ptr %1220, align 4
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1218, <8 x float> %acc11109.0545)
  %i9.next = or disjoint i64 %i9.addr.0544, 1
  %1222 = or disjoint i64 %i9.next, %1182
  %1223 = getelementptr inbounds float, ptr %kh, i64 %1222
  %1224 = load float, ptr %1223, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i9.next
  %1225 = load float, ptr %gep.1, align 4
  %1226 = insertelement <8 x float> poison, float %1224, i64 0
  %1227 = shufflevector <8 x float> %1226, <8 x float> poison, <8 x i32> zeroinitializer
  %1228 = shl nuw nsw i64 %i9.next, 4
  %1229 = add nuw nsw i64 %1228, %1088
  %1230 = getelementptr inbounds float, ptr %Sh, i64 %1229
  %1231 = load <8 x float>, ptr %1230, align 4
  %1232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1227, <8 x float> %1190, <8 x float> %1231)
  %1233 = getelementptr inbounds float, ptr %Sroll, i64 %1228
  store <8 x float> %1232, ptr %1233, align 4
  %1234 = insertelement <8 x float> poison, float %1225, i64 0
  %1235 = shufflevector <8 x float> %1234, <8 x float> poison, <8 x i32> zeroinitializer
  %1236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1235, <8 x float> %1232, <8 x float> %1214)
  %1237 = or disjoint i64 %1229, 8
  %1238 = getelementptr inbounds float, ptr %Sh, i64 %1237
  %1239 = load <8 x float>, ptr %1238, align 4
  %1240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1227, <8 x float> %1197, <8 x float> %1239)
  %1241 = or disjoint i64 %1228, 8
  %1242 = getelementptr inbounds float, ptr %Sroll, i64 %1241
  store <8 x float> %1240, ptr %1242, align 4
  %1243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1235, <8 x float> %1240, <8 x float> %1221)
  %i9.next.1 = or disjoint i64 %i9.addr.0544, 2
  %1244 = or disjoint i64 %i9.next.1, %1182
  %1245 = getelementptr inbounds float, ptr %kh, i64 %1244
  %1246 = load float, ptr %1245, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i9.next.1
  %1247 = load float, ptr %gep.2, align 4
  %1248 = insertelement <8 x float> poison, float %1246, i64 0
  %1249 = shufflevector <8 x float> %1248, <8 x float> poison, <8 x i32> zeroinitializer
  %1250 = shl nuw nsw i64 %i9.next.1, 4
  %1251 = add nuw nsw i64 %1250, %1088
  %1252 = getelementptr inbounds float, ptr %Sh, i64 %1251
  %1253 = load <8 x float>, ptr %1252, align 4
  %1254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> %1190, <8 x float> %1253)
  %1255 = getelementptr inbounds float, ptr %Sroll, i64 %1250
  store <8 x float> %1254, ptr %1255, align 4
  %1256 = insertelement <8 x float> poison, float %1247, i64 0
  %1257 = shufflevector <8 x float> %1256, <8 x float> poison, <8 x i32> zeroinitializer
  %1258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> %1254, <8 x float> %1236)
  %1259 = or disjoint i64 %1251, 8
  %1260 = getelementptr inbounds float, ptr %Sh, i64 %1259
  %1261 = load <8 x float>, ptr %1260, align 4
  %1262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> %1197, <8 x float> %1261)
  %1263 = or disjoint i64 %1250, 8
  %1264 = getelementptr inbounds float, ptr %Sroll, i64 %1263
  store <8 x float> %1262, ptr %1264, align 4
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> %1262, <8 x float> %1243)
  %i9.next.2 = or disjoint i64 %i9.addr.0544, 3
  %1266 = or disjoint i64 %i9.next.2, %1182
  %1267 = getelementptr inbounds float, ptr %kh, i64 %1266
  %1268 = load float, ptr %1267, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i9.next.2
  %1269 = load float, ptr %gep.3, align 4
  %1270 = insertelement <8 x float> poison, float %1268, i64 0
  %1271 = shufflevector <8 x float> %1270, <8 x float> poison, <8 x i32> zeroinitializer
  %1272 = shl nuw nsw i64 %i9.next.2, 4
  %1273 = add nuw nsw i64 %1272, %1088
  %1274 = getelementptr inbounds float, ptr %Sh, i64 %1273
  %1275 = load <8 x float>, ptr %1274, align 4
  %1276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1190, <8 x float> %1275)
  %1277 = getelementptr inbounds float, ptr %Sroll, i64 %1272
  store <8 x float> %1276, ptr %1277, align 4
  %1278 = insertelement <8 x float> poison, float %1269, i64 0
  %1279 = shufflevector <8 x float> %1278, <8 x float> poison, <8 x i32> zeroinitializer
  %1280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1276, <8 x float> %1258)
  %1281 = or disjoint i64 %1273, 8
  %1282 = getelementptr inbounds float, ptr %Sh, i64 %1281
  %1283 = load <8 x float>, ptr %1282, align 4
  %1284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1197, <8 x float> %1283)
  %1285 = or disjoint i64 %1272, 8
  %1286 = getelementptr inbounds float, ptr %Sroll, i64 %1285
  store <8 x float> %1284, ptr %1286, align 4
  %1287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1284, <8 x float> %1265)
  %i9.next.3 = add nuw nsw i64 %i9.addr.0544, 4
  %exitcond646.not.3 = icmp eq i64 %i9.next.3, 16
  br i1 %exitcond646.not.3, label %i9.exit, label %i9.body

i9.exit:                                          ; preds = %i9.body
  %1288 = mul nsw i64 %1198, %H
  %1289 = getelementptr inbounds float, ptr %betah, i64 %1288
  %1290 = load float, ptr %1289, align 4
  %1291 = getelementptr inbounds float, ptr %vh, i64 %1199
  %1292 = load <8 x float>, ptr %1291, align 4
  %1293 = fsub <8 x float> %1292, %1280
  %1294 = or disjoint i64 %1186, 16
  %1295 = getelementptr inbounds float, ptr %R, i64 %1294
  store <8 x float> %1293, ptr %1295, align 4
  %1296 = insertelement <8 x float> poison, float %1290, i64 0
  %1297 = shufflevector <8 x float> %1296, <8 x float> poison, <8 x i32> zeroinitializer
  %1298 = fmul <8 x float> %1297, %1293
  %1299 = or disjoint i64 %1199, 8
  %1300 = getelementptr inbounds float, ptr %vh, i64 %1299
  %1301 = load <8 x float>, ptr %1300, align 4
  %1302 = fsub <8 x float> %1301, %1287
  %1303 = or disjoint i64 %1186, 24
  %1304 = getelementptr inbounds float, ptr %R, i64 %1303
  store <8 x float> %1302, ptr %1304, align 4
  %1305 = fmul <8 x float> %1297, %1302
  %1306 = or disjoint i64 %1178, 2
  %1307 = mul nsw i64 %1306, %sq
  %1308 = getelementptr inbounds float, ptr %kh, i64 %1199
  %1309 = load float, ptr %1308, align 4
  %1310 = getelementptr float, ptr %kh, i64 %1307
  %1311 = load float, ptr %1310, align 4
  %1312 = insertelement <8 x float> poison, float %1309, i64 0
  %1313 = shufflevector <8 x float> %1312, <8 x float> poison, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, ptr %Sroll, align 4
  %1315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1313, <8 x float> %1298, <8 x float> %1314)
  store <8 x float> %1315, ptr %Sroll, align 4
  %1316 = insertelement <8 x float> poison, float %1311, i64 0
  %1317 = shufflevector <8 x float> %1316, <8 x float> poison, <8 x i32> zeroinitializer
  %1318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1317, <8 x float> %1315, <8 x float> zeroinitializer)
  %1319 = load <8 x float>, ptr %89, align 4
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1313, <8 x float> %1305, <8 x float> %1319)
  store <8 x float> %1320, ptr %89, align 4
  %1321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1317, <8 x float> %1320, <8 x float> zeroinitializer)
  %1322 = or disjoint i64 %1199, 1
  %1323 = getelementptr inbounds float, ptr %kh, i64 %1322
  %1324 = load float, ptr %1323, align 4
  %1325 = getelementptr float, ptr %137, i64 %1307
  %1326 = load float, ptr %1325, align 4
  %1327 = insertelement <8 x float> poison, float %1324, i64 0
  %1328 = shufflevector <8 x float> %1327, <8 x float> poison, <8 x i32> zeroinitializer
  %1329 = load <8 x float>, ptr %90, align 4
  %1330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1298, <8 x float> %1329)
  store <8 x float> %1330, ptr %90, align 4
  %1331 = insertelement <8 x float> poison, float %1326, i64 0
  %1332 = shufflevector <8 x float> %1331, <8 x float> poison, <8 x i32> zeroinitializer
  %1333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1332, <8 x float> %1330, <8 x float> %1318)
  %1334 = load <8 x float>, ptr %91, align 4
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1305, <8 x float> %1334)
  store <8 x float> %1335, ptr %91, align 4
  %1336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1332, <8 x float> %1335, <8 x float> %1321)
  %1337 = or disjoint i64 %1199, 2
  %1338 = getelementptr inbounds float, ptr %kh, i64 %1337
  %1339 = load float, ptr %1338, align 4
  %1340 = getelementptr float, ptr %138, i64 %1307
  %1341 = load float, ptr %1340, align 4
  %1342 = insertelement <8 x float> poison, float %1339, i64 0
  %1343 = shufflevector <8 x float> %1342, <8 x float> poison, <8 x i32> zeroinitializer
  %1344 = load <8 x float>, ptr %92, align 4
  %1345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1298, <8 x float> %1344)
  store <8 x float> %1345, ptr %92, align 4
  %1346 = insertelement <8 x float> poison, float %1341, i64 0
  %1347 = shufflevector <8 x float> %1346, <8 x float> poison, <8 x i32> zeroinitializer
  %1348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1347, <8 x float> %1345, <8 x float> %1333)
  %1349 = load <8 x float>, ptr %93, align 4
  %1350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1305, <8 x float> %1349)
  store <8 x float> %1350, ptr %93, align 4
  %1351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1347, <8 x float> %1350, <8 x float> %1336)
  %1352 = or disjoint i64 %1199, 3
  %1353 = getelementptr inbounds float, ptr %kh, i64 %1352
  %1354 = load float, ptr %1353, align 4
  %1355 = getelementptr float, ptr %139, i64 %1307
  %1356 = load float, ptr %1355, align 4
  %1357 = insertelement <8 x float> poison, float %1354, i64 0
  %1358 = shufflevector <8 x float> %1357, <8 x float> poison, <8 x i32> zeroinitializer
  %1359 = load <8 x float>, ptr %94, align 4
  %1360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1358, <8 x float> %1298, <8 x float> %1359)
  store <8 x float> %1360, ptr %94, align 4
  %1361 = insertelement <8 x float> poison, float %1356, i64 0
  %1362 = shufflevector <8 x float> %1361, <8 x float> poison, <8 x i32> zeroinitializer
  %1363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1362, <8 x float> %1360, <8 x float> %1348)
  %1364 = load <8 x float>, ptr %95, align 4
  %1365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1358, <8 x float> %1305, <8 x float> %1364)
  store <8 x float> %1365, ptr %95, align 4
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1362, <8 x float> %1365, <8 x float> %1351)
  %1367 = or disjoint i64 %1199, 4
  %1368 = getelementptr inbounds float, ptr %kh, i64 %1367
  %1369 = load float, ptr %1368, align 4
  %1370 = getelementptr float, ptr %140, i64 %1307
  %1371 = load float, ptr %1370, align 4
  %1372 = insertelement <8 x float> poison, float %1369, i64 0
  %1373 = shufflevector <8 x float> %1372, <8 x float> poison, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, ptr %96, align 4
  %1375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1373, <8 x float> %1298, <8 x float> %1374)
  store <8 x float> %1375, ptr %96, align 4
  %1376 = insertelement <8 x float> poison, float %1371, i64 0
  %1377 = shufflevector <8 x float> %1376, <8 x float> poison, <8 x i32> zeroinitializer
  %1378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1377, <8 x float> %1375, <8 x float> %1363)
  %1379 = load <8 x float>, ptr %97, align 4
  %1380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1373, <8 x float> %1305, <8 x float> %1379)
  store <8 x float> %1380, ptr %97, align 4
  %1381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1377, <8 x float> %1380, <8 x float> %1366)
  %1382 = or disjoint i64 %1199, 5
  %1383 = getelementptr inbounds float, ptr %kh, i64 %1382
  %1384 = load float, ptr %1383, align 4
  %1385 = getelementptr float, ptr %141, i64 %1307
  %1386 = load float, ptr %1385, align 4
  %1387 = insertelement <8 x float> poison, float %1384, i64 0
  %1388 = shufflevector <8 x float> %1387, <8 x float> poison, <8 x i32> zeroinitializer
  %1389 = load <8 x float>, ptr %98, align 4
  %1390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1298, <8 x float> %1389)
  store <8 x float> %1390, ptr %98, align 4
  %1391 = insertelement <8 x float> poison, float %1386, i64 0
  %1392 = shufflevector <8 x float> %1391, <8 x float> poison, <8 x i32> zeroinitializer
  %1393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1392, <8 x float> %1390, <8 x float> %1378)
  %1394 = load <8 x float>, ptr %99, align 4
  %1395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1305, <8 x float> %1394)
  store <8 x float> %1395, ptr %99, align 4
  %1396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1392, <8 x float> %1395, <8 x float> %1381)
  %1397 = or disjoint i64 %1199, 6
  %1398 = getelementptr inbounds float, ptr %kh, i64 %1397
  %1399 = load float, ptr %1398, align 4
  %1400 = getelementptr float, ptr %142, i64 %1307
  %1401 = load float, ptr %1400, align 4
  %1402 = insertelement <8 x float> poison, float %1399, i64 0
  %1403 = shufflevector <8 x float> %1402, <8 x float> poison, <8 x i32> zeroinitializer
  %1404 = load <8 x float>, ptr %100, align 4
  %1405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1403, <8 x float> %1298, <8 x float> %1404)
  store <8 x float> %1405, ptr %100, align 4
  %1406 = insertelement <8 x float> poison, float %1401, i64 0
  %1407 = shufflevector <8 x float> %1406, <8 x float> poison, <8 x i32> zeroinitializer
  %1408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1405, <8 x float> %1393)
  %1409 = load <8 x float>, ptr %101, align 4
  %1410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1403, <8 x float> %1305, <8 x float> %1409)
  store <8 x float> %1410, ptr %101, align 4
  %1411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1410, <8 x float> %1396)
  %1412 = or disjoint i64 %1199, 7
  %1413 = getelementptr inbounds float, ptr %kh, i64 %1412
  %1414 = load float, ptr %1413, align 4
  %1415 = getelementptr float, ptr %143, i64 %1307
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <8 x float> poison, float %1414, i64 0
  %1418 = shufflevector <8 x float> %1417, <8 x float> poison, <8 x i32> zeroinitializer
  %1419 = load <8 x float>, ptr %102, align 4
  %1420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> %1298, <8 x float> %1419)
  store <8 x float> %1420, ptr %102, align 4
  %1421 = insertelement <8 x float> poison, float %1416, i64 0
  %1422 = shufflevector <8 x float> %1421, <8 x float> poison, <8 x i32> zeroinitializer
  %1423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1422, <8 x float> %1420, <8 x float> %1408)
  %1424 = load <8 x float>, ptr %103, align 4
  %1425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> %1305, <8 x float> %1424)
  store <8 x float> %1425, ptr %103, align 4
  %1426 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1422, <8 x float> %1425, <8 x float> %1411)
  %1427 = getelementptr inbounds float, ptr %kh, i64 %1299
  %1428 = load float, ptr %1427, align 4
  %1429 = getelementptr float, ptr %144, i64 %1307
  %1430 = load float, ptr %1429, align 4
  %1431 = insertelement <8 x float> poison, float %1428, i64 0
  %1432 = shufflevector <8 x float> %1431, <8 x float> poison, <8 x i32> zeroinitializer
  %1433 = load <8 x float>, ptr %104, align 4
  %1434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1432, <8 x float> %1298, <8 x float> %1433)
  store <8 x float> %1434, ptr %104, align 4
  %1435 = insertelement <8 x float> poison, float %1430, i64 0
  %1436 = shufflevector <8 x float> %1435, <8 x float> poison, <8 x i32> zeroinitializer
  %1437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1436, <8 x float> %1434, <8 x float> %1423)
  %1438 = load <8 x float>, ptr %105, align 4
  %1439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1432, <8 x float> %1305, <8 x float> %1438)
  store <8 x float> %1439, ptr %105, align 4
  %1440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1436, <8 x float> %1439, <8 x float> %1426)
  %1441 = or disjoint i64 %1199, 9
  %1442 = getelementptr inbounds float, ptr %kh, i64 %1441
  %1443 = load float, ptr %1442, align 4
  %1444 = getelementptr float, ptr %145, i64 %1307
  %1445 = load float, ptr %1444, align 4
  %1446 = insertelement <8 x float> poison, float %1443, i64 0
  %1447 = shufflevector <8 x float> %1446, <8 x float> poison, <8 x i32> zeroinitializer
  %1448 = load <8 x float>, ptr %106, align 4
  %1449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1447, <8 x float> %1298, <8 x float> %1448)
  store <8 x float> %1449, ptr %106, align 4
  %1450 = insertelement <8 x float> poison, float %1445, i64 0
  %1451 = shufflevector <8 x float> %1450, <8 x float> poison, <8 x i32> zeroinitializer
  %1452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1451, <8 x float> %1449, <8 x float> %1437)
  %1453 = load <8 x float>, ptr %107, align 4
  %1454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1447, <8 x float> %1305, <8 x float> %1453)
  store <8 x float> %1454, ptr %107, align 4
  %1455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1451, <8 x float> %1454, <8 x float> %1440)
  %1456 = or disjoint i64 %1199, 10
  %1457 = getelementptr inbounds float, ptr %kh, i64 %1456
  %1458 = load float, ptr %1457, align 4
  %1459 = getelementptr float, ptr %146, i64 %1307
  %1460 = load float, ptr %1459, align 4
  %1461 = insertelement <8 x float> poison, float %1458, i64 0
  %1462 = shufflevector <8 x float> %1461, <8 x float> poison, <8 x i32> zeroinitializer
  %1463 = load <8 x float>, ptr %108, align 4
  %1464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1298, <8 x float> %1463)
  store <8 x float> %1464, ptr %108, align 4
  %1465 = insertelement <8 x float> poison, float %1460, i64 0
  %1466 = shufflevector <8 x float> %1465, <8 x float> poison, <8 x i32> zeroinitializer
  %1467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1464, <8 x float> %1452)
  %1468 = load <8 x float>, ptr %109, align 4
  %1469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1305, <8 x float> %1468)
  store <8 x float> %1469, ptr %109, align 4
  %1470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1469, <8 x float> %1455)
  %1471 = or disjoint i64 %1199, 11
  %1472 = getelementptr inbounds float, ptr %kh, i64 %1471
  %1473 = load float, ptr %1472, align 4
  %1474 = getelementptr float, ptr %147, i64 %1307
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <8 x float> poison, float %1473, i64 0
  %1477 = shufflevector <8 x float> %1476, <8 x float> poison, <8 x i32> zeroinitializer
  %1478 = load <8 x float>, ptr %110, align 4
  %1479 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1477, <8 x float> %1298, <8 x float> %1478)
  store <8 x float> %1479, ptr %110, align 4
  %1480 = insertelement <8 x float> poison, float %1475, i64 0
  %1481 = shufflevector <8 x float> %1480, <8 x float> poison, <8 x i32> zeroinitializer
  %1482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1481, <8 x float> %1479, <8 x float> %1467)
  %1483 = load <8 x float>, ptr %111, align 4
  %1484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1477, <8 x float> %1305, <8 x float> %1483)
  store <8 x float> %1484, ptr %111, align 4
  %1485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1481, <8 x float> %1484, <8 x float> %1470)
  %1486 = or disjoint i64 %1199, 12
  %1487 = getelementptr inbounds float, ptr %kh, i64 %1486
  %1488 = load float, ptr %1487, align 4
  %1489 = getelementptr float, ptr %148, i64 %1307
  %1490 = load float, ptr %1489, align 4
  %1491 = insertelement <8 x float> poison, float %1488, i64 0
  %1492 = shufflevector <8 x float> %1491, <8 x float> poison, <8 x i32> zeroinitializer
  %1493 = load <8 x float>, ptr %112, align 4
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1492, <8 x float> %1298, <8 x float> %1493)
  store <8 x float> %1494, ptr %112, align 4
  %1495 = insertelement <8 x float> poison, float %1490, i64 0
  %1496 = shufflevector <8 x float> %1495, <8 x float> poison, <8 x i32> zeroinitializer
  %1497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1496, <8 x float> %1494, <8 x float> %1482)
  %1498 = load <8 x float>, ptr %113, align 4
  %1499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1492, <8 x float> %1305, <8 x float> %1498)
  store <8 x float> %1499, ptr %113, align 4
  %1500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1496, <8 x float> %1499, <8 x float> %1485)
  %1501 = or disjoint i64 %1199, 13
  %1502 = getelementptr inbounds float, ptr %kh, i64 %1501
  %1503 = load float, ptr %1502, align 4
  %1504 = getelementptr float, ptr %149, i64 %1307
  %1505 = load float, ptr %1504, align 4
  %1506 = insertelement <8 x float> poison, float %1503, i64 0
  %1507 = shufflevector <8 x float> %1506, <8 x float> poison, <8 x i32> zeroinitializer
  %1508 = load <8 x float>, ptr %114, align 4
  %1509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1507, <8 x float> %1298, <8 x float> %1508)
  store <8 x float> %1509, ptr %114, align 4
  %1510 = insertelement <8 x float> poison, float %1505, i64 0
  %1511 = shufflevector <8 x float> %1510, <8 x float> poison, <8 x i32> zeroinitializer
  %1512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1509, <8 x float> %1497)
  %1513 = load <8 x float>, ptr %115, align 4
  %1514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1507, <8 x float> %1305, <8 x float> %1513)
  store <8 x float> %1514, ptr %115, align 4
  %1515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1514, <8 x float> %1500)
  %1516 = or disjoint i64 %1199, 14
  %1517 = getelementptr inbounds float, ptr %kh, i64 %1516
  %1518 = load float, ptr %1517, align 4
  %1519 = getelementptr float, ptr %150, i64 %1307
  %1520 = load float, ptr %1519, align 4
  %1521 = insertelement <8 x float> poison, float %1518, i64 0
  %1522 = shufflevector <8 x float> %1521, <8 x float> poison, <8 x i32> zeroinitializer
  %1523 = load <8 x float>, ptr %116, align 4
  %1524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1522, <8 x float> %1298, <8 x float> %1523)
  store <8 x float> %1524, ptr %116, align 4
  %1525 = insertelement <8 x float> poison, float %1520, i64 0
  %1526 = shufflevector <8 x float> %1525, <8 x float> poison, <8 x i32> zeroinitializer
  %1527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1526, <8 x float> %1524, <8 x float> %1512)
  %1528 = load <8 x float>, ptr %117, align 4
  %1529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1522, <8 x float> %1305, <8 x float> %1528)
  store <8 x float> %1529, ptr %117, align 4
  %1530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1526, <8 x float> %1529, <8 x float> %1515)
  %1531 = or disjoint i64 %1199, 15
  %1532 = getelementptr inbounds float, ptr %kh, i64 %1531
  %1533 = load float, ptr %1532, align 4
  %1534 = getelementptr float, ptr %151, i64 %1307
  %1535 = load float, ptr %1534, align 4
  %1536 = insertelement <8 x float> poison, float %1533, i64 0
  %1537 = shufflevector <8 x float> %1536, <8 x float> poison, <8 x i32> zeroinitializer
  %1538 = load <8 x float>, ptr %118, align 4
  %1539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1537, <8 x float> %1298, <8 x float> %1538)
  store <8 x float> %1539, ptr %118, align 4
  %1540 = insertelement <8 x float> poison, float %1535, i64 0
  %1541 = shufflevector <8 x float> %1540, <8 x float> poison, <8 x i32> zeroinitializer
  %1542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1541, <8 x float> %1539, <8 x float> %1527)
  %1543 = load <8 x float>, ptr %119, align 4
  %1544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1537, <8 x float> %1305, <8 x float> %1543)
  store <8 x float> %1544, ptr %119, align 4
  %1545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1541, <8 x float> %1544, <8 x float> %1530)
  %1546 = mul nsw i64 %1306, %H
  %1547 = getelementptr inbounds float, ptr %betah, i64 %1546
  %1548 = load float, ptr %1547, align 4
  %1549 = getelementptr inbounds float, ptr %vh, i64 %1307
  %1550 = load <8 x float>, ptr %1549, align 4
  %1551 = fsub <8 x float> %1550, %1542
  %1552 = or disjoint i64 %1186, 32
  %1553 = getelementptr inbounds float, ptr %R, i64 %1552
  store <8 x float> %1551, ptr %1553, align 4
  %1554 = insertelement <8 x float> poison, float %1548, i64 0
  %1555 = shufflevector <8 x float> %1554, <8 x float> poison, <8 x i32> zeroinitializer
  %1556 = fmul <8 x float> %1555, %1551
  %1557 = or disjoint i64 %1307, 8
  %1558 = getelementptr inbounds float, ptr %vh, i64 %1557
  %1559 = load <8 x float>, ptr %1558, align 4
  %1560 = fsub <8 x float> %1559, %1545
  %1561 = or disjoint i64 %1186, 40
  %1562 = getelementptr inbounds float, ptr %R, i64 %1561
  store <8 x float> %1560, ptr %1562, align 4
  %1563 = fmul <8 x float> %1555, %1560
  %1564 = or disjoint i64 %1178, 3
  %1565 = mul nsw i64 %1564, %sq
  %1566 = load float, ptr %1310, align 4
  %1567 = getelementptr float, ptr %kh, i64 %1565
  %1568 = load float, ptr %1567, align 4
  %1569 = insertelement <8 x float> poison, float %1566, i64 0
  %1570 = shufflevector <8 x float> %1569, <8 x float> poison, <8 x i32> zeroinitializer
  %1571 = load <8 x float>, ptr %Sroll, align 4
  %1572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1570, <8 x float> %1556, <8 x float> %1571)
  store <8 x float> %1572, ptr %Sroll, align 4
  %1573 = insertelement <8 x float> poison, float %1568, i64 0
  %1574 = shufflevector <8 x float> %1573, <8 x float> poison, <8 x i32> zeroinitializer
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1572, <8 x float> zeroinitializer)
  %1576 = load <8 x float>, ptr %89, align 4
  %1577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1570, <8 x float> %1563, <8 x float> %1576)
  store <8 x float> %1577, ptr %89, align 4
  %1578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1577, <8 x float> zeroinitializer)
  %1579 = or disjoint i64 %1307, 1
  %1580 = getelementptr inbounds float, ptr %kh, i64 %1579
  %1581 = load float, ptr %1580, align 4
  %1582 = getelementptr float, ptr %137, i64 %1565
  %1583 = load float, ptr %1582, align 4
  %1584 = insertelement <8 x float> poison, float %1581, i64 0
  %1585 = shufflevector <8 x float> %1584, <8 x float> poison, <8 x i32> zeroinitializer
  %1586 = load <8 x float>, ptr %90, align 4
  %1587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1585, <8 x float> %1556, <8 x float> %1586)
  store <8 x float> %1587, ptr %90, align 4
  %1588 = insertelement <8 x float> poison, float %1583, i64 0
  %1589 = shufflevector <8 x float> %1588, <8 x float> poison, <8 x i32> zeroinitializer
  %1590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1589, <8 x float> %1587, <8 x float> %1575)
  %1591 = load <8 x float>, ptr %91, align 4
  %1592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1585, <8 x float> %1563, <8 x float> %1591)
  store <8 x float> %1592, ptr %91, align 4
  %1593 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1589, <8 x float> %1592, <8 x float> %1578)
  %1594 = or disjoint i64 %1307, 2
  %1595 = getelementptr inbounds float, ptr %kh, i64 %1594
  %1596 = load float, ptr %1595, align 4
  %1597 = getelementptr float, ptr %138, i64 %1565
  %1598 = load float, ptr %1597, align 4
  %1599 = insertelement <8 x float> poison, float %1596, i64 0
  %1600 = shufflevector <8 x float> %1599, <8 x float> poison, <8 x i32> zeroinitializer
  %1601 = load <8 x float>, ptr %92, align 4
  %1602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1556, <8 x float> %1601)
  store <8 x float> %1602, ptr %92, align 4
  %1603 = insertelement <8 x float> poison, float %1598, i64 0
  %1604 = shufflevector <8 x float> %1603, <8 x float> poison, <8 x i32> zeroinitializer
  %1605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1604, <8 x float> %1602, <8 x float> %1590)
  %1606 = load <8 x float>, ptr %93, align 4
  %1607 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1563, <8 x float> %1606)
  store <8 x float> %1607, ptr %93, align 4
  %1608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1604, <8 x float> %1607, <8 x float> %1593)
  %1609 = or disjoint i64 %1307, 3
  %1610 = getelementptr inbounds float, ptr %kh, i64 %1609
  %1611 = load float, ptr %1610, align 4
  %1612 = getelementptr float, ptr %139, i64 %1565
  %1613 = load float, ptr %1612, align 4
  %1614 = insertelement <8 x float> poison, float %1611, i64 0
  %1615 = shufflevector <8 x float> %1614, <8 x float> poison, <8 x i32> zeroinitializer
  %1616 = load <8 x float>, ptr %94, align 4
  %1617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1615, <8 x float> %1556, <8 x float> %1616)
  store <8 x float> %1617, ptr %94, align 4
  %1618 = insertelement <8 x float> poison, float %1613, i64 0
  %1619 = shufflevector <8 x float> %1618, <8 x float> poison, <8 x i32> zeroinitializer
  %1620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1619, <8 x float> %1617, <8 x float> %1605)
  %1621 = load <8 x float>, ptr %95, align 4
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1615, <8 x float> %1563, <8 x float> %1621)
  store <8 x float> %1622, ptr %95, align 4
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1619, <8 x float> %1622, <8 x float> %1608)
  %1624 = or disjoint i64 %1307, 4
  %1625 = getelementptr inbounds float, ptr %kh, i64 %1624
  %1626 = load float, ptr %1625, align 4
  %1627 = getelementptr float, ptr %140, i64 %1565
  %1628 = load float, ptr %1627, align 4
  %1629 = insertelement <8 x float> poison, float %1626, i64 0
  %1630 = shufflevector <8 x float> %1629, <8 x float> poison, <8 x i32> zeroinitializer
  %1631 = load <8 x float>, ptr %96, align 4
  %1632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1630, <8 x float> %1556, <8 x float> %1631)
  store <8 x float> %1632, ptr %96, align 4
  %1633 = insertelement <8 x float> poison, float %1628, i64 0
  %1634 = shufflevector <8 x float> %1633, <8 x float> poison, <8 x i32> zeroinitializer
  %1635 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1634, <8 x float> %1632, <8 x float> %1620)
  %1636 = load <8 x float>, ptr %97, align 4
  %1637 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1630, <8 x float> %1563, <8 x float> %1636)
  store <8 x float> %1637, ptr %97, align 4
  %1638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1634, <8 x float> %1637, <8 x float> %1623)
  %1639 = or disjoint i64 %1307, 5
  %1640 = getelementptr inbounds float, ptr %kh, i64 %1639
  %1641 = load float, ptr %1640, align 4
  %1642 = getelementptr float, ptr %141, i64 %1565
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <8 x float> poison, float %1641, i64 0
  %1645 = shufflevector <8 x float> %1644, <8 x float> poison, <8 x i32> zeroinitializer
  %1646 = load <8 x float>, ptr %98, align 4
  %1647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1645, <8 x float> %1556, <8 x float> %1646)
  store <8 x float> %1647, ptr %98, align 4
  %1648 = insertelement <8 x float> poison, float %1643, i64 0
  %1649 = shufflevector <8 x float> %1648, <8 x float> poison, <8 x i32> zeroinitializer
  %1650 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1649, <8 x float> %1647, <8 x float> %1635)
  %1651 = load <8 x float>, ptr %99, align 4
  %1652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1645, <8 x float> %1563, <8 x float> %1651)
  store <8 x float> %1652, ptr %99, align 4
  %1653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1649, <8 x float> %1652, <8 x float> %1638)
  %1654 = or disjoint i64 %1307, 6
  %1655 = getelementptr inbounds float, ptr %kh, i64 %1654
  %1656 = load float, ptr %1655, align 4
  %1657 = getelementptr float, ptr %142, i64 %1565
  %1658 = load float, ptr %1657, align 4
  %1659 = insertelement <8 x float> poison, float %1656, i64 0
  %1660 = shufflevector <8 x float> %1659, <8 x float> poison, <8 x i32> zeroinitializer
  %1661 = load <8 x float>, ptr %100, align 4
  %1662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1556, <8 x float> %1661)
  store <8 x float> %1662, ptr %100, align 4
  %1663 = insertelement <8 x float> poison, float %1658, i64 0
  %1664 = shufflevector <8 x float> %1663, <8 x float> poison, <8 x i32> zeroinitializer
  %1665 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1664, <8 x float> %1662, <8 x float> %1650)
  %1666 = load <8 x float>, ptr %101, align 4
  %1667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1563, <8 x float> %1666)
  store <8 x float> %1667, ptr %101, align 4
  %1668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1664, <8 x float> %1667, <8 x float> %1653)
  %1669 = or disjoint i64 %1307, 7
  %1670 = getelementptr inbounds float, ptr %kh, i64 %1669
  %1671 = load float, ptr %1670, align 4
  %1672 = getelementptr float, ptr %143, i64 %1565
  %1673 = load float, ptr %1672, align 4
  %1674 = insertelement <8 x float> poison, float %1671, i64 0
  %1675 = shufflevector <8 x float> %1674, <8 x float> poison, <8 x i32> zeroinitializer
  %1676 = load <8 x float>, ptr %102, align 4
  %1677 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1675, <8 x float> %1556, <8 x float> %1676)
  store <8 x float> %1677, ptr %102, align 4
  %1678 = insertelement <8 x float> poison, float %1673, i64 0
  %1679 = shufflevector <8 x float> %1678, <8 x float> poison, <8 x i32> zeroinitializer
  %1680 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1679, <8 x float> %1677, <8 x float> %1665)
  %1681 = load <8 x float>, ptr %103, align 4
  %1682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1675, <8 x float> %1563, <8 x float> %1681)
  store <8 x float> %1682, ptr %103, align 4
  %1683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1679, <8 x float> %1682, <8 x float> %1668)
  %1684 = getelementptr inbounds float, ptr %kh, i64 %1557
  %1685 = load float, ptr %1684, align 4
  %1686 = getelementptr float, ptr %144, i64 %1565
  %1687 = load float, ptr %1686, align 4
  %1688 = insertelement <8 x float> poison, float %1685, i64 0
  %1689 = shufflevector <8 x float> %1688, <8 x float> poison, <8 x i32> zeroinitializer
  %1690 = load <8 x float>, ptr %104, align 4
  %1691 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1689, <8 x float> %1556, <8 x float> %1690)
  store <8 x float> %1691, ptr %104, align 4
  %1692 = insertelement <8 x float> poison, float %1687, i64 0
  %1693 = shufflevector <8 x float> %1692, <8 x float> poison, <8 x i32> zeroinitializer
  %1694 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %1691, <8 x float> %1680)
  %1695 = load <8 x float>, ptr %105, align 4
  %1696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1689, <8 x float> %1563, <8 x float> %1695)
  store <8 x float> %1696, ptr %105, align 4
  %1697 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %1696, <8 x float> %1683)
  %1698 = or disjoint i64 %1307, 9
  %1699 = getelementptr inbounds float, ptr %kh, i64 %1698
  %1700 = load float, ptr %1699, align 4
  %1701 = getelementptr float, ptr %145, i64 %1565
  %1702 = load float, ptr %1701, align 4
  %1703 = insertelement <8 x float> poison, float %1700, i64 0
  %1704 = shufflevector <8 x float> %1703, <8 x float> poison, <8 x i32> zeroinitializer
  %1705 = load <8 x float>, ptr %106, align 4
  %1706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1704, <8 x float> %1556, <8 x float> %1705)
  store <8 x float> %1706, ptr %106, align 4
  %1707 = insertelement <8 x float> poison, float %1702, i64 0
  %1708 = shufflevector <8 x float> %1707, <8 x float> poison, <8 x i32> zeroinitializer
  %1709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1708, <8 x float> %1706, <8 x float> %1694)
  %1710 = load <8 x float>, ptr %107, align 4
  %1711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1704, <8 x float> %1563, <8 x float> %1710)
  store <8 x float> %1711, ptr %107, align 4
  %1712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1708, <8 x float> %1711, <8 x float> %1697)
  %1713 = or disjoint i64 %1307, 10
  %1714 = getelementptr inbounds float, ptr %kh, i64 %1713
  %1715 = load float, ptr %1714, align 4
  %1716 = getelementptr float, ptr %146, i64 %1565
  %1717 = load float, ptr %1716, align 4
  %1718 = insertelement <8 x float> poison, float %1715, i64 0
  %1719 = shufflevector <8 x float> %1718, <8 x float> poison, <8 x i32> zeroinitializer
  %1720 = load <8 x float>, ptr %108, align 4
  %1721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1719, <8 x float> %1556, <8 x float> %1720)
  store <8 x float> %1721, ptr %108, align 4
  %1722 = insertelement <8 x float> poison, float %1717, i64 0
  %1723 = shufflevector <8 x float> %1722, <8 x float> poison, <8 x i32> zeroinitializer
  %1724 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1721, <8 x float> %1709)
  %1725 = load <8 x float>, ptr %109, align 4
  %1726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1719, <8 x float> %1563, <8 x float> %1725)
  store <8 x float> %1726, ptr %109, align 4
  %1727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1726, <8 x float> %1712)
  %1728 = or disjoint i64 %1307, 11
  %1729 = getelementptr inbounds float, ptr %kh, i64 %1728
  %1730 = load float, ptr %1729, align 4
  %1731 = getelementptr float, ptr %147, i64 %1565
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <8 x float> poison, float %1730, i64 0
  %1734 = shufflevector <8 x float> %1733, <8 x float> poison, <8 x i32> zeroinitializer
  %1735 = load <8 x float>, ptr %110, align 4
  %1736 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1734, <8 x float> %1556, <8 x float> %1735)
  store <8 x float> %1736, ptr %110, align 4
  %1737 = insertelement <8 x float> poison, float %1732, i64 0
  %1738 = shufflevector <8 x float> %1737, <8 x float> poison, <8 x i32> zeroinitializer
  %1739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1738, <8 x float> %1736, <8 x float> %1724)
  %1740 = load <8 x float>, ptr %111, align 4
  %1741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1734, <8 x float> %1563, <8 x float> %1740)
  store <8 x float> %1741, ptr %111, align 4
  %1742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1738, <8 x float> %1741, <8 x float> %1727)
  %1743 = or disjoint i64 %1307, 12
  %1744 = getelementptr inbounds float, ptr %kh, i64 %1743
  %1745 = load float, ptr %1744, align 4
  %1746 = getelementptr float, ptr %148, i64 %1565
  %1747 = load float, ptr %1746, align 4
  %1748 = insertelement <8 x float> poison, float %1745, i64 0
  %1749 = shufflevector <8 x float> %1748, <8 x float> poison, <8 x i32> zeroinitializer
  %1750 = load <8 x float>, ptr %112, align 4
  %1751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1749, <8 x float> %1556, <8 x float> %1750)
  store <8 x float> %1751, ptr %112, align 4
  %1752 = insertelement <8 x float> poison, float %1747, i64 0
  %1753 = shufflevector <8 x float> %1752, <8 x float> poison, <8 x i32> zeroinitializer
  %1754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1751, <8 x float> %1739)
  %1755 = load <8 x float>, ptr %113, align 4
  %1756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1749, <8 x float> %1563, <8 x float> %1755)
  store <8 x float> %1756, ptr %113, align 4
  %1757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1756, <8 x float> %1742)
  %1758 = or disjoint i64 %1307, 13
  %1759 = getelementptr inbounds float, ptr %kh, i64 %1758
  %1760 = load float, ptr %1759, align 4
  %1761 = getelementptr float, ptr %149, i64 %1565
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <8 x float> poison, float %1760, i64 0
  %1764 = shufflevector <8 x float> %1763, <8 x float> poison, <8 x i32> zeroinitializer
  %1765 = load <8 x float>, ptr %114, align 4
  %1766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1556, <8 x float> %1765)
  store <8 x float> %1766, ptr %114, align 4
  %1767 = insertelement <8 x float> poison, float %1762, i64 0
  %1768 = shufflevector <8 x float> %1767, <8 x float> poison, <8 x i32> zeroinitializer
  %1769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1768, <8 x float> %1766, <8 x float> %1754)
  %1770 = load <8 x float>, ptr %115, align 4
  %1771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1563, <8 x float> %1770)
  store <8 x float> %1771, ptr %115, align 4
  %1772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1768, <8 x float> %1771, <8 x float> %1757)
  %1773 = or disjoint i64 %1307, 14
  %1774 = getelementptr inbounds float, ptr %kh, i64 %1773
  %1775 = load float, ptr %1774, align 4
  %1776 = getelementptr float, ptr %150, i64 %1565
  %1777 = load float, ptr %1776, align 4
  %1778 = insertelement <8 x float> poison, float %1775, i64 0
  %1779 = shufflevector <8 x float> %1778, <8 x float> poison, <8 x i32> zeroinitializer
  %1780 = load <8 x float>, ptr %116, align 4
  %1781 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1779, <8 x float> %1556, <8 x float> %1780)
  store <8 x float> %1781, ptr %116, align 4
  %1782 = insertelement <8 x float> poison, float %1777, i64 0
  %1783 = shufflevector <8 x float> %1782, <8 x float> poison, <8 x i32> zeroinitializer
  %1784 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> %1781, <8 x float> %1769)
  %1785 = load <8 x float>, ptr %117, align 4
  %1786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1779, <8 x float> %1563, <8 x float> %1785)
  store <8 x float> %1786, ptr %117, align 4
  %1787 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> %1786, <8 x float> %1772)
  %1788 = or disjoint i64 %1307, 15
  %1789 = getelementptr inbounds float, ptr %kh, i64 %1788
  %1790 = load float, ptr %1789, align 4
  %1791 = getelementptr float, ptr %151, i64 %1565
  %1792 = load float, ptr %1791, align 4
  %1793 = insertelement <8 x float> poison, float %1790, i64 0
  %1794 = shufflevector <8 x float> %1793, <8 x float> poison, <8 x i32> zeroinitializer
  %1795 = load <8 x float>, ptr %118, align 4
  %1796 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1794, <8 x float> %1556, <8 x float> %1795)
  store <8 x float> %1796, ptr %118, align 4
  %1797 = insertelement <8 x float> poison, float %1792, i64 0
  %1798 = shufflevector <8 x float> %1797, <8 x float> poison, <8 x i32> zeroinitializer
  %1799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1796, <8 x float> %1784)
  %1800 = load <8 x float>, ptr %119, align 4
  %1801 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1794, <8 x float> %1563, <8 x float> %1800)
  store <8 x float> %1801, ptr %119, align 4
  %1802 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1801, <8 x float> %1787)
  %1803 = mul nsw i64 %1564, %H
  %1804 = getelementptr inbounds float, ptr %betah, i64 %1803
  %1805 = load float, ptr %1804, align 4
  %1806 = getelementptr inbounds float, ptr %vh, i64 %1565
  %1807 = load <8 x float>, ptr %1806, align 4
  %1808 = fsub <8 x float> %1807, %1799
  %1809 = or disjoint i64 %1186, 48
  %1810 = getelementptr inbounds float, ptr %R, i64 %1809
  store <8 x float> %1808, ptr %1810, align 4
  %1811 = insertelement <8 x float> poison, float %1805, i64 0
  %1812 = shufflevector <8 x float> %1811, <8 x float> poison, <8 x i32> zeroinitializer
  %1813 = fmul <8 x float> %1812, %1808
  %1814 = or disjoint i64 %1565, 8
  %1815 = getelementptr inbounds float, ptr %vh, i64 %1814
  %1816 = load <8 x float>, ptr %1815, align 4
  %1817 = fsub <8 x float> %1816, %1802
  %1818 = or disjoint i64 %1186, 56
  %1819 = getelementptr inbounds float, ptr %R, i64 %1818
  store <8 x float> %1817, ptr %1819, align 4
  %1820 = fmul <8 x float> %1812, %1817
  %tl1.next = add nuw nsw i64 %tl1.addr.0553, 1
  %exitcond651.not = icmp eq i64 %tl1.next, %smax650
  br i1 %exitcond651.not, label %tl1.exit, label %i8.head.preheader

tt.head.preheader:                                ; preds = %i12.body
  br i1 %159, label %tt.body, label %j20.head.preheader

i12.body:                                         ; preds = %i12.body, %tl1.exit
  %i12.addr.0557 = phi i64 [ 0, %tl1.exit ], [ %i12.next.3, %i12.body ]
  %gep681 = getelementptr float, ptr %invariant.gep680, i64 %i12.addr.0557
  %1821 = load float, ptr %gep681, align 4
  %1822 = insertelement <8 x float> poison, float %1821, i64 0
  %1823 = shufflevector <8 x float> %1822, <8 x float> poison, <8 x i32> zeroinitializer
  %1824 = shl nuw nsw i64 %i12.addr.0557, 4
  %1825 = getelementptr inbounds float, ptr %Sroll, i64 %1824
  %1826 = load <8 x float>, ptr %1825, align 4
  %1827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1823, <8 x float> %delta.0.lcssa, <8 x float> %1826)
  %1828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1827, <8 x float> %1098, <8 x float> zeroinitializer)
  %1829 = or disjoint i64 %1824, 8
  %1830 = getelementptr inbounds float, ptr %Sroll, i64 %1829
  %1831 = load <8 x float>, ptr %1830, align 4
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1823, <8 x float> %delta1.0.lcssa, <8 x float> %1831)
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1832, <8 x float> %1101, <8 x float> %1828)
  %1834 = or disjoint i64 %i12.addr.0557, %1096
  %1835 = getelementptr inbounds float, ptr %qh1, i64 %1834
  %1836 = load float, ptr %1835, align 4
  %1837 = shufflevector <8 x float> %1833, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1838 = shufflevector <8 x float> %1833, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1839 = fadd <4 x float> %1837, %1838
  %1840 = shufflevector <4 x float> %1839, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1841 = shufflevector <4 x float> %1839, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1842 = fadd <2 x float> %1840, %1841
  %shift695 = shufflevector <2 x float> %1842, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1843 = fadd <2 x float> %1842, %shift695
  %1844 = extractelement <2 x float> %1843, i64 0
  %1845 = fmul float %1844, 2.500000e-01
  %1846 = fadd float %1836, %1845
  store float %1846, ptr %1835, align 4
  %i12.next = or disjoint i64 %i12.addr.0557, 1
  %gep681.1 = getelementptr float, ptr %invariant.gep680, i64 %i12.next
  %1847 = load float, ptr %gep681.1, align 4
  %1848 = insertelement <8 x float> poison, float %1847, i64 0
  %1849 = shufflevector <8 x float> %1848, <8 x float> poison, <8 x i32> zeroinitializer
  %1850 = shl nuw nsw i64 %i12.next, 4
  %1851 = getelementptr inbounds float, ptr %Sroll, i64 %1850
  %1852 = load <8 x float>, ptr %1851, align 4
  %1853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1849, <8 x float> %delta.0.lcssa, <8 x float> %1852)
  %1854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1853, <8 x float> %1098, <8 x float> zeroinitializer)
  %1855 = or disjoint i64 %1850, 8
  %1856 = getelementptr inbounds float, ptr %Sroll, i64 %1855
  %1857 = load <8 x float>, ptr %1856, align 4
  %1858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1849, <8 x float> %delta1.0.lcssa, <8 x float> %1857)
  %1859 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1858, <8 x float> %1101, <8 x float> %1854)
  %1860 = or disjoint i64 %i12.next, %1096
  %1861 = getelementptr inbounds float, ptr %qh1, i64 %1860
  %1862 = load float, ptr %1861, align 4
  %1863 = shufflevector <8 x float> %1859, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1864 = shufflevector <8 x float> %1859, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1865 = fadd <4 x float> %1863, %1864
  %1866 = shufflevector <4 x float> %1865, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1867 = shufflevector <4 x float> %1865, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1868 = fadd <2 x float> %1866, %1867
  %shift695.1 = shufflevector <2 x float> %1868, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1869 = fadd <2 x float> %1868, %shift695.1
  %1870 = extractelement <2 x float> %1869, i64 0
  %1871 = fmul float %1870, 2.500000e-01
  %1872 = fadd float %1862, %1871
  store float %1872, ptr %1861, align 4
  %i12.next.1 = or disjoint i64 %i12.addr.0557, 2
  %gep681.2 = getelementptr float, ptr %invariant.gep680, i64 %i12.next.1
  %1873 = load float, ptr %gep681.2, align 4
  %1874 = insertelement <8 x float> poison, float %1873, i64 0
  %1875 = shufflevector <8 x float> %1874, <8 x float> poison, <8 x i32> zeroinitializer
  %1876 = shl nuw nsw i64 %i12.next.1, 4
  %1877 = getelementptr inbounds float, ptr %Sroll, i64 %1876
  %1878 = load <8 x float>, ptr %1877, align 4
  %1879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1875, <8 x float> %delta.0.lcssa, <8 x float> %1878)
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1879, <8 x float> %1098, <8 x float> zeroinitializer)
  %1881 = or disjoint i64 %1876, 8
  %1882 = getelementptr inbounds float, ptr %Sroll, i64 %1881
  %1883 = load <8 x float>, ptr %1882, align 4
  %1884 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1875, <8 x float> %delta1.0.lcssa, <8 x float> %1883)
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1101, <8 x float> %1880)
  %1886 = or disjoint i64 %i12.next.1, %1096
  %1887 = getelementptr inbounds float, ptr %qh1, i64 %1886
  %1888 = load float, ptr %1887, align 4
  %1889 = shufflevector <8 x float> %1885, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1890 = shufflevector <8 x float> %1885, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1891 = fadd <4 x float> %1889, %1890
  %1892 = shufflevector <4 x float> %1891, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1893 = shufflevector <4 x float> %1891, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1894 = fadd <2 x float> %1892, %1893
  %shift695.2 = shufflevector <2 x float> %1894, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1895 = fadd <2 x float> %1894, %shift695.2
  %1896 = extractelement <2 x float> %1895, i64 0
  %1897 = fmul float %1896, 2.500000e-01
  %1898 = fadd float %1888, %1897
  store float %1898, ptr %1887, align 4
  %i12.next.2 = or disjoint i64 %i12.addr.0557, 3
  %gep681.3 = getelementptr float, ptr %invariant.gep680, i64 %i12.next.2
  %1899 = load float, ptr %gep681.3, align 4
  %1900 = insertelement <8 x float> poison, float %1899, i64 0
  %1901 = shufflevector <8 x float> %1900, <8 x float> poison, <8 x i32> zeroinitializer
  %1902 = shl nuw nsw i64 %i12.next.2, 4
  %1903 = getelementptr inbounds float, ptr %Sroll, i64 %1902
  %1904 = load <8 x float>, ptr %1903, align 4
  %1905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1901, <8 x float> %delta.0.lcssa, <8 x float> %1904)
  %1906 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1905, <8 x float> %1098, <8 x float> zeroinitializer)
  %1907 = or disjoint i64 %1902, 8
  %1908 = getelementptr inbounds float, ptr %Sroll, i64 %1907
  %1909 = load <8 x float>, ptr %1908, align 4
  %1910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1901, <8 x float> %delta1.0.lcssa, <8 x float> %1909)
  %1911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1910, <8 x float> %1101, <8 x float> %1906)
  %1912 = or disjoint i64 %i12.next.2, %1096
  %1913 = getelementptr inbounds float, ptr %qh1, i64 %1912
  %1914 = load float, ptr %1913, align 4
  %1915 = shufflevector <8 x float> %1911, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1916 = shufflevector <8 x float> %1911, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1917 = fadd <4 x float> %1915, %1916
  %1918 = shufflevector <4 x float> %1917, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1919 = shufflevector <4 x float> %1917, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1920 = fadd <2 x float> %1918, %1919
  %shift695.3 = shufflevector <2 x float> %1920, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1921 = fadd <2 x float> %1920, %shift695.3
  %1922 = extractelement <2 x float> %1921, i64 0
  %1923 = fmul float %1922, 2.500000e-01
  %1924 = fadd float %1914, %1923
  store float %1924, ptr %1913, align 4
  %i12.next.3 = add nuw nsw i64 %i12.addr.0557, 4
  %exitcond652.not.3 = icmp eq i64 %i12.next.3, 16
  br i1 %exitcond652.not.3, label %tt.head.preheader, label %i12.body

j20.head.preheader:                               ; preds = %i32.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1925 = fneg float %296
  br label %i38.body

tt.body:                                          ; preds = %tt.head.preheader, %i32.exit
  %tt.addr.0594 = phi i64 [ %tt.next, %i32.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0594
  %1926 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %1926, i64 %tlast)
  %1927 = add nsw i64 %ptl, %t0
  %1928 = shl nsw i64 %1927, 2
  %1929 = mul nsw i64 %1928, %H
  %1930 = getelementptr inbounds float, ptr %betah, i64 %1929
  %1931 = load float, ptr %1930, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1932 = icmp slt i64 %1926, %L
  %.neg = fneg float %1931
  %1933 = select i1 %1932, float %.neg, float -0.000000e+00
  %1934 = mul nsw i64 %1928, %sq
  %1935 = shl nsw i64 %ptl, 8
  %1936 = shl nsw i64 %ptl, 6
  %1937 = getelementptr inbounds float, ptr %R, i64 %1936
  %1938 = or disjoint i64 %1936, 8
  %1939 = getelementptr inbounds float, ptr %R, i64 %1938
  %1940 = add nsw i64 %tl2, %t0
  %1941 = mul nsw i64 %1940, %sq
  %1942 = getelementptr inbounds float, ptr %oh, i64 %1941
  %1943 = load <8 x float>, ptr %1942, align 4
  %1944 = or disjoint i64 %1941, 8
  %1945 = getelementptr inbounds float, ptr %oh, i64 %1944
  %1946 = load <8 x float>, ptr %1945, align 4
  %1947 = shl nsw i64 %1940, 2
  %1948 = or disjoint i64 %1947, 3
  %1949 = mul nsw i64 %1948, %sq
  br label %i14.body

i14.body:                                         ; preds = %tt.body, %i14.body
  %dsk.0561 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %2003, %i14.body ]
  %dsk1.0560 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %2004, %i14.body ]
  %i14.addr.0559 = phi i64 [ 0, %tt.body ], [ %i14.next, %i14.body ]
  %1950 = shl nuw nsw i64 %i14.addr.0559, 4
  %1951 = getelementptr inbounds float, ptr %dS, i64 %1950
  %1952 = load <8 x float>, ptr %1951, align 4
  %1953 = or disjoint i64 %1950, 8
  %1954 = getelementptr inbounds float, ptr %dS, i64 %1953
  %1955 = load <8 x float>, ptr %1954, align 4
  %1956 = getelementptr float, ptr %kh, i64 %i14.addr.0559
  %1957 = getelementptr float, ptr %1956, i64 %1934
  %1958 = load float, ptr %1957, align 4
  %1959 = fmul float %1933, %1958
  %1960 = load <8 x float>, ptr %dSkPrev, align 4
  %1961 = add nuw nsw i64 %1950, %1935
  %1962 = getelementptr inbounds float, ptr %Sh, i64 %1961
  %1963 = load <8 x float>, ptr %1962, align 4
  %1964 = load <8 x float>, ptr %1937, align 4
  %1965 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1952, <8 x float> %1964, <8 x float> zeroinitializer)
  %1966 = fneg <8 x float> %1963
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1960, <8 x float> %1965)
  %1968 = insertelement <8 x float> poison, float %1959, i64 0
  %1969 = shufflevector <8 x float> %1968, <8 x float> poison, <8 x i32> zeroinitializer
  %1970 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1969, <8 x float> %1960, <8 x float> %1952)
  %1971 = load <8 x float>, ptr %13, align 4
  %1972 = or disjoint i64 %1961, 8
  %1973 = getelementptr inbounds float, ptr %Sh, i64 %1972
  %1974 = load <8 x float>, ptr %1973, align 4
  %1975 = load <8 x float>, ptr %1939, align 4
  %1976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1955, <8 x float> %1975, <8 x float> %1967)
  %1977 = fneg <8 x float> %1974
  %1978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1971, <8 x float> %1976)
  %1979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1969, <8 x float> %1971, <8 x float> %1955)
  %1980 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0559
  %1981 = load float, ptr %1980, align 4
  %1982 = shufflevector <8 x float> %1978, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1983 = shufflevector <8 x float> %1978, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1984 = fadd <4 x float> %1982, %1983
  %1985 = shufflevector <4 x float> %1984, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1986 = shufflevector <4 x float> %1984, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1987 = fadd <2 x float> %1985, %1986
  %shift696 = shufflevector <2 x float> %1987, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1988 = fadd <2 x float> %1987, %shift696
  %1989 = extractelement <2 x float> %1988, i64 0
  %1990 = fadd float %1981, %1989
  store float %1990, ptr %1980, align 4
  %1991 = or disjoint i64 %i14.addr.0559, %1941
  %1992 = getelementptr inbounds float, ptr %qh, i64 %1991
  %1993 = load float, ptr %1992, align 4
  %1994 = fmul float %1993, 2.500000e-01
  %1995 = insertelement <8 x float> poison, float %1994, i64 0
  %1996 = shufflevector <8 x float> %1995, <8 x float> poison, <8 x i32> zeroinitializer
  %1997 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1996, <8 x float> %1943, <8 x float> %1970)
  %1998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1996, <8 x float> %1946, <8 x float> %1979)
  %1999 = getelementptr float, ptr %1956, i64 %1949
  %2000 = load float, ptr %1999, align 4
  %2001 = insertelement <8 x float> poison, float %2000, i64 0
  %2002 = shufflevector <8 x float> %2001, <8 x float> poison, <8 x i32> zeroinitializer
  %2003 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2002, <8 x float> %1997, <8 x float> %dsk.0561)
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2002, <8 x float> %1998, <8 x float> %dsk1.0560)
  store <8 x float> %1997, ptr %1951, align 4
  store <8 x float> %1998, ptr %1954, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0559, 1
  %exitcond653.not = icmp eq i64 %i14.next, 16
  br i1 %exitcond653.not, label %i14.exit, label %i14.body

i14.exit:                                         ; preds = %i14.body
  store <8 x float> %2003, ptr %dSk, align 4
  store <8 x float> %2004, ptr %14, align 4
  br i1 %1932, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i14.exit
  %2005 = insertelement <8 x float> poison, float %1931, i64 0
  %2006 = shufflevector <8 x float> %2005, <8 x float> poison, <8 x i32> zeroinitializer
  %2007 = load <8 x float>, ptr %dkTmp, align 4
  %2008 = fmul <8 x float> %2006, %2007
  %2009 = getelementptr float, ptr %kh1, i64 %1934
  store <8 x float> %2008, ptr %2009, align 4
  %2010 = load <8 x float>, ptr %120, align 4
  %2011 = fmul <8 x float> %2006, %2010
  %2012 = getelementptr float, ptr %152, i64 %1934
  store <8 x float> %2011, ptr %2012, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i14.exit
  %2013 = mul nsw i64 %1948, %H
  %2014 = getelementptr inbounds float, ptr %betah, i64 %2013
  %2015 = load float, ptr %2014, align 4
  %2016 = insertelement <8 x float> poison, float %2015, i64 0
  %2017 = shufflevector <8 x float> %2016, <8 x float> poison, <8 x i32> zeroinitializer
  %2018 = fmul <8 x float> %2017, %2003
  %2019 = getelementptr float, ptr %vh1, i64 %1949
  store <8 x float> %2018, ptr %2019, align 4
  %2020 = fmul <8 x float> %2017, %2004
  %2021 = getelementptr float, ptr %153, i64 %1949
  store <8 x float> %2020, ptr %2021, align 4
  %.idx603 = shl i64 %tl2, 8
  %2022 = getelementptr i8, ptr %R, i64 %.idx603
  %2023 = getelementptr i8, ptr %2022, i64 192
  %2024 = load <8 x float>, ptr %2023, align 4
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %2024, <8 x float> zeroinitializer)
  %2026 = getelementptr i8, ptr %121, i64 %.idx603
  %2027 = getelementptr i8, ptr %2026, i64 192
  %2028 = load <8 x float>, ptr %2027, align 4
  %2029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2004, <8 x float> %2028, <8 x float> %2025)
  %2030 = shufflevector <8 x float> %2029, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2031 = shufflevector <8 x float> %2029, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2032 = fadd <4 x float> %2030, %2031
  %2033 = shufflevector <4 x float> %2032, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2034 = shufflevector <4 x float> %2032, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2035 = fadd <2 x float> %2033, %2034
  %shift697 = shufflevector <2 x float> %2035, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2036 = fadd <2 x float> %2035, %shift697
  %2037 = extractelement <2 x float> %2036, i64 0
  %2038 = getelementptr inbounds float, ptr %betah1, i64 %2013
  store float %2037, ptr %2038, align 4
  store <8 x float> %2003, ptr %dSkPrev, align 4
  store <8 x float> %2004, ptr %122, align 4
  %2039 = mul nsw i64 %1947, %H
  %2040 = getelementptr inbounds float, ptr %betah, i64 %2039
  %2041 = load float, ptr %2040, align 4
  %2042 = or disjoint i64 %1947, 1
  %2043 = mul nsw i64 %2042, %H
  %2044 = getelementptr inbounds float, ptr %betah, i64 %2043
  %2045 = load float, ptr %2044, align 4
  %2046 = or disjoint i64 %1947, 2
  %2047 = mul nsw i64 %2046, %H
  %2048 = getelementptr inbounds float, ptr %betah, i64 %2047
  %2049 = load float, ptr %2048, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %2050 = fneg float %2015
  %2051 = mul nsw i64 %1947, %sq
  %2052 = mul nsw i64 %2042, %sq
  %2053 = mul nsw i64 %2046, %sq
  %2054 = shl i64 %tl2, 6
  %2055 = getelementptr inbounds float, ptr %R, i64 %2054
  %2056 = or disjoint i64 %2054, 16
  %2057 = getelementptr inbounds float, ptr %R, i64 %2056
  %2058 = or disjoint i64 %2054, 32
  %2059 = getelementptr inbounds float, ptr %R, i64 %2058
  %2060 = or disjoint i64 %2054, 48
  %2061 = getelementptr inbounds float, ptr %R, i64 %2060
  %2062 = or disjoint i64 %2054, 8
  %2063 = getelementptr inbounds float, ptr %R, i64 %2062
  %2064 = or disjoint i64 %2054, 24
  %2065 = getelementptr inbounds float, ptr %R, i64 %2064
  %2066 = or disjoint i64 %2054, 40
  %2067 = getelementptr inbounds float, ptr %R, i64 %2066
  %2068 = or disjoint i64 %2054, 56
  %2069 = getelementptr inbounds float, ptr %R, i64 %2068
  br label %i20.body

i20.body:                                         ; preds = %endif, %i20.body
  %dsk2.0570 = phi <8 x float> [ zeroinitializer, %endif ], [ %2140, %i20.body ]
  %dsk3.0569 = phi <8 x float> [ zeroinitializer, %endif ], [ %2141, %i20.body ]
  %i20.addr.0568 = phi i64 [ 0, %endif ], [ %i20.next, %i20.body ]
  %2070 = shl nuw nsw i64 %i20.addr.0568, 4
  %2071 = getelementptr inbounds float, ptr %dS, i64 %2070
  %2072 = load <8 x float>, ptr %2071, align 4
  %2073 = or disjoint i64 %2070, 8
  %2074 = getelementptr inbounds float, ptr %dS, i64 %2073
  %2075 = load <8 x float>, ptr %2074, align 4
  %2076 = getelementptr float, ptr %kh, i64 %i20.addr.0568
  %2077 = getelementptr float, ptr %2076, i64 %1949
  %2078 = load float, ptr %2077, align 4
  %2079 = fmul float %2078, %2050
  %2080 = getelementptr float, ptr %2076, i64 %2051
  %2081 = load float, ptr %2080, align 4
  %2082 = fmul float %2041, %2081
  %2083 = getelementptr float, ptr %2076, i64 %2052
  %2084 = load float, ptr %2083, align 4
  %2085 = fmul float %2045, %2084
  %2086 = getelementptr float, ptr %2076, i64 %2053
  %2087 = load float, ptr %2086, align 4
  %2088 = fmul float %2049, %2087
  %2089 = load <8 x float>, ptr %dSkPrev, align 4
  %2090 = add nuw nsw i64 %2070, %.idx603
  %2091 = getelementptr inbounds float, ptr %Sh, i64 %2090
  %2092 = load <8 x float>, ptr %2091, align 4
  %2093 = load <8 x float>, ptr %2055, align 4
  %2094 = insertelement <8 x float> poison, float %2082, i64 0
  %2095 = shufflevector <8 x float> %2094, <8 x float> poison, <8 x i32> zeroinitializer
  %2096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2095, <8 x float> %2093, <8 x float> %2092)
  %2097 = load <8 x float>, ptr %2057, align 4
  %2098 = insertelement <8 x float> poison, float %2085, i64 0
  %2099 = shufflevector <8 x float> %2098, <8 x float> poison, <8 x i32> zeroinitializer
  %2100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2097, <8 x float> %2096)
  %2101 = load <8 x float>, ptr %2059, align 4
  %2102 = insertelement <8 x float> poison, float %2088, i64 0
  %2103 = shufflevector <8 x float> %2102, <8 x float> poison, <8 x i32> zeroinitializer
  %2104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2103, <8 x float> %2101, <8 x float> %2100)
  %2105 = load <8 x float>, ptr %2061, align 4
  %2106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2072, <8 x float> %2105, <8 x float> zeroinitializer)
  %2107 = fneg <8 x float> %2104
  %2108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2107, <8 x float> %2089, <8 x float> %2106)
  %2109 = insertelement <8 x float> poison, float %2079, i64 0
  %2110 = shufflevector <8 x float> %2109, <8 x float> poison, <8 x i32> zeroinitializer
  %2111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2110, <8 x float> %2089, <8 x float> %2072)
  %2112 = load <8 x float>, ptr %13, align 4
  %2113 = or disjoint i64 %2090, 8
  %2114 = getelementptr inbounds float, ptr %Sh, i64 %2113
  %2115 = load <8 x float>, ptr %2114, align 4
  %2116 = load <8 x float>, ptr %2063, align 4
  %2117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2095, <8 x float> %2116, <8 x float> %2115)
  %2118 = load <8 x float>, ptr %2065, align 4
  %2119 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2118, <8 x float> %2117)
  %2120 = load <8 x float>, ptr %2067, align 4
  %2121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2103, <8 x float> %2120, <8 x float> %2119)
  %2122 = load <8 x float>, ptr %2069, align 4
  %2123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2075, <8 x float> %2122, <8 x float> %2108)
  %2124 = fneg <8 x float> %2121
  %2125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2124, <8 x float> %2112, <8 x float> %2123)
  %2126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2110, <8 x float> %2112, <8 x float> %2075)
  %2127 = getelementptr inbounds float, ptr %dkTmp, i64 %i20.addr.0568
  %2128 = load float, ptr %2127, align 4
  %2129 = shufflevector <8 x float> %2125, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2130 = shufflevector <8 x float> %2125, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2131 = fadd <4 x float> %2129, %2130
  %2132 = shufflevector <4 x float> %2131, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2133 = shufflevector <4 x float> %2131, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2134 = fadd <2 x float> %2132, %2133
  %shift698 = shufflevector <2 x float> %2134, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2135 = fadd <2 x float> %2134, %shift698
  %2136 = extractelement <2 x float> %2135, i64 0
  %2137 = fadd float %2128, %2136
  store float %2137, ptr %2127, align 4
  %2138 = insertelement <8 x float> poison, float %2087, i64 0
  %2139 = shufflevector <8 x float> %2138, <8 x float> poison, <8 x i32> zeroinitializer
  %2140 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2139, <8 x float> %2111, <8 x float> %dsk2.0570)
  %2141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2139, <8 x float> %2126, <8 x float> %dsk3.0569)
  store <8 x float> %2111, ptr %2071, align 4
  store <8 x float> %2126, ptr %2074, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0568, 1
  %exitcond654.not = icmp eq i64 %i20.next, 16
  br i1 %exitcond654.not, label %i20.exit, label %i20.body

i20.exit:                                         ; preds = %i20.body
  store <8 x float> %2140, ptr %dSk, align 4
  store <8 x float> %2141, ptr %14, align 4
  %2142 = load <8 x float>, ptr %dkTmp, align 4
  %2143 = fmul <8 x float> %2017, %2142
  %2144 = getelementptr float, ptr %kh1, i64 %1949
  store <8 x float> %2143, ptr %2144, align 4
  %2145 = load <8 x float>, ptr %123, align 4
  %2146 = fmul <8 x float> %2017, %2145
  %2147 = getelementptr float, ptr %154, i64 %1949
  store <8 x float> %2146, ptr %2147, align 4
  %2148 = insertelement <8 x float> poison, float %2049, i64 0
  %2149 = shufflevector <8 x float> %2148, <8 x float> poison, <8 x i32> zeroinitializer
  %2150 = fmul <8 x float> %2149, %2140
  %2151 = getelementptr float, ptr %vh1, i64 %2053
  store <8 x float> %2150, ptr %2151, align 4
  %2152 = fmul <8 x float> %2149, %2141
  %2153 = getelementptr float, ptr %153, i64 %2053
  store <8 x float> %2152, ptr %2153, align 4
  %2154 = getelementptr i8, ptr %2022, i64 128
  %2155 = load <8 x float>, ptr %2154, align 4
  %2156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2140, <8 x float> %2155, <8 x float> zeroinitializer)
  %2157 = getelementptr i8, ptr %2026, i64 128
  %2158 = load <8 x float>, ptr %2157, align 4
  %2159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2141, <8 x float> %2158, <8 x float> %2156)
  %2160 = shufflevector <8 x float> %2159, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2161 = shufflevector <8 x float> %2159, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2162 = fadd <4 x float> %2160, %2161
  %2163 = shufflevector <4 x float> %2162, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2164 = shufflevector <4 x float> %2162, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2165 = fadd <2 x float> %2163, %2164
  %shift699 = shufflevector <2 x float> %2165, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2166 = fadd <2 x float> %2165, %shift699
  %2167 = extractelement <2 x float> %2166, i64 0
  %2168 = getelementptr inbounds float, ptr %betah1, i64 %2047
  store float %2167, ptr %2168, align 4
  store <8 x float> %2140, ptr %dSkPrev, align 4
  store <8 x float> %2141, ptr %122, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %2169 = fneg float %2049
  br label %i26.body

i26.body:                                         ; preds = %i20.exit, %i26.body
  %i26.addr.0579 = phi i64 [ 0, %i20.exit ], [ %i26.next, %i26.body ]
  %dsk5.0578 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %2232, %i26.body ]
  %dsk4.0577 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %2231, %i26.body ]
  %2170 = shl nuw nsw i64 %i26.addr.0579, 4
  %2171 = getelementptr inbounds float, ptr %dS, i64 %2170
  %2172 = load <8 x float>, ptr %2171, align 4
  %2173 = or disjoint i64 %2170, 8
  %2174 = getelementptr inbounds float, ptr %dS, i64 %2173
  %2175 = load <8 x float>, ptr %2174, align 4
  %2176 = getelementptr float, ptr %kh, i64 %i26.addr.0579
  %2177 = getelementptr float, ptr %2176, i64 %2053
  %2178 = load float, ptr %2177, align 4
  %2179 = fmul float %2178, %2169
  %2180 = getelementptr float, ptr %2176, i64 %2051
  %2181 = load float, ptr %2180, align 4
  %2182 = fmul float %2041, %2181
  %2183 = getelementptr float, ptr %2176, i64 %2052
  %2184 = load float, ptr %2183, align 4
  %2185 = fmul float %2045, %2184
  %2186 = load <8 x float>, ptr %dSkPrev, align 4
  %2187 = add nuw nsw i64 %2170, %.idx603
  %2188 = getelementptr inbounds float, ptr %Sh, i64 %2187
  %2189 = load <8 x float>, ptr %2188, align 4
  %2190 = load <8 x float>, ptr %2055, align 4
  %2191 = insertelement <8 x float> poison, float %2182, i64 0
  %2192 = shufflevector <8 x float> %2191, <8 x float> poison, <8 x i32> zeroinitializer
  %2193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2192, <8 x float> %2190, <8 x float> %2189)
  %2194 = load <8 x float>, ptr %2057, align 4
  %2195 = insertelement <8 x float> poison, float %2185, i64 0
  %2196 = shufflevector <8 x float> %2195, <8 x float> poison, <8 x i32> zeroinitializer
  %2197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2196, <8 x float> %2194, <8 x float> %2193)
  %2198 = load <8 x float>, ptr %2059, align 4
  %2199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2172, <8 x float> %2198, <8 x float> zeroinitializer)
  %2200 = fneg <8 x float> %2197
  %2201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2200, <8 x float> %2186, <8 x float> %2199)
  %2202 = insertelement <8 x float> poison, float %2179, i64 0
  %2203 = shufflevector <8 x float> %2202, <8 x float> poison, <8 x i32> zeroinitializer
  %2204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2203, <8 x float> %2186, <8 x float> %2172)
  %2205 = load <8 x float>, ptr %13, align 4
  %2206 = or disjoint i64 %2187, 8
  %2207 = getelementptr inbounds float, ptr %Sh, i64 %2206
  %2208 = load <8 x float>, ptr %2207, align 4
  %2209 = load <8 x float>, ptr %2063, align 4
  %2210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2192, <8 x float> %2209, <8 x float> %2208)
  %2211 = load <8 x float>, ptr %2065, align 4
  %2212 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2196, <8 x float> %2211, <8 x float> %2210)
  %2213 = load <8 x float>, ptr %2067, align 4
  %2214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2175, <8 x float> %2213, <8 x float> %2201)
  %2215 = fneg <8 x float> %2212
  %2216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2215, <8 x float> %2205, <8 x float> %2214)
  %2217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2203, <8 x float> %2205, <8 x float> %2175)
  %2218 = getelementptr inbounds float, ptr %dkTmp, i64 %i26.addr.0579
  %2219 = load float, ptr %2218, align 4
  %2220 = shufflevector <8 x float> %2216, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2221 = shufflevector <8 x float> %2216, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2222 = fadd <4 x float> %2220, %2221
  %2223 = shufflevector <4 x float> %2222, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2224 = shufflevector <4 x float> %2222, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2225 = fadd <2 x float> %2223, %2224
  %shift700 = shufflevector <2 x float> %2225, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2226 = fadd <2 x float> %2225, %shift700
  %2227 = extractelement <2 x float> %2226, i64 0
  %2228 = fadd float %2219, %2227
  store float %2228, ptr %2218, align 4
  %2229 = insertelement <8 x float> poison, float %2184, i64 0
  %2230 = shufflevector <8 x float> %2229, <8 x float> poison, <8 x i32> zeroinitializer
  %2231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2230, <8 x float> %2204, <8 x float> %dsk4.0577)
  %2232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2230, <8 x float> %2217, <8 x float> %dsk5.0578)
  store <8 x float> %2204, ptr %2171, align 4
  store <8 x float> %2217, ptr %2174, align 4
  %i26.next = add nuw nsw i64 %i26.addr.0579, 1
  %exitcond655.not = icmp eq i64 %i26.next, 16
  br i1 %exitcond655.not, label %i26.exit, label %i26.body

i26.exit:                                         ; preds = %i26.body
  store <8 x float> %2231, ptr %dSk, align 4
  store <8 x float> %2232, ptr %14, align 4
  %2233 = load <8 x float>, ptr %dkTmp, align 4
  %2234 = fmul <8 x float> %2149, %2233
  %2235 = getelementptr float, ptr %kh1, i64 %2053
  store <8 x float> %2234, ptr %2235, align 4
  %2236 = load <8 x float>, ptr %123, align 4
  %2237 = fmul <8 x float> %2149, %2236
  %2238 = getelementptr float, ptr %154, i64 %2053
  store <8 x float> %2237, ptr %2238, align 4
  %2239 = insertelement <8 x float> poison, float %2045, i64 0
  %2240 = shufflevector <8 x float> %2239, <8 x float> poison, <8 x i32> zeroinitializer
  %2241 = fmul <8 x float> %2240, %2231
  %2242 = getelementptr float, ptr %vh1, i64 %2052
  store <8 x float> %2241, ptr %2242, align 4
  %2243 = fmul <8 x float> %2240, %2232
  %2244 = getelementptr float, ptr %153, i64 %2052
  store <8 x float> %2243, ptr %2244, align 4
  %2245 = getelementptr i8, ptr %2022, i64 64
  %2246 = load <8 x float>, ptr %2245, align 4
  %2247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2231, <8 x float> %2246, <8 x float> zeroinitializer)
  %2248 = getelementptr i8, ptr %2026, i64 64
  %2249 = load <8 x float>, ptr %2248, align 4
  %2250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2232, <8 x float> %2249, <8 x float> %2247)
  %2251 = shufflevector <8 x float> %2250, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2252 = shufflevector <8 x float> %2250, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2253 = fadd <4 x float> %2251, %2252
  %2254 = shufflevector <4 x float> %2253, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2255 = shufflevector <4 x float> %2253, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2256 = fadd <2 x float> %2254, %2255
  %shift701 = shufflevector <2 x float> %2256, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2257 = fadd <2 x float> %2256, %shift701
  %2258 = extractelement <2 x float> %2257, i64 0
  %2259 = getelementptr inbounds float, ptr %betah1, i64 %2043
  store float %2258, ptr %2259, align 4
  store <8 x float> %2231, ptr %dSkPrev, align 4
  store <8 x float> %2232, ptr %122, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %2260 = fneg float %2045
  br label %i32.body

i32.body:                                         ; preds = %i26.exit, %i32.body
  %i32.addr.0588 = phi i64 [ 0, %i26.exit ], [ %i32.next, %i32.body ]
  %dsk7.0587 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %2314, %i32.body ]
  %dsk6.0586 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %2313, %i32.body ]
  %2261 = shl nuw nsw i64 %i32.addr.0588, 4
  %2262 = getelementptr inbounds float, ptr %dS, i64 %2261
  %2263 = load <8 x float>, ptr %2262, align 4
  %2264 = or disjoint i64 %2261, 8
  %2265 = getelementptr inbounds float, ptr %dS, i64 %2264
  %2266 = load <8 x float>, ptr %2265, align 4
  %2267 = getelementptr float, ptr %kh, i64 %i32.addr.0588
  %2268 = getelementptr float, ptr %2267, i64 %2052
  %2269 = load float, ptr %2268, align 4
  %2270 = fmul float %2269, %2260
  %2271 = getelementptr float, ptr %2267, i64 %2051
  %2272 = load float, ptr %2271, align 4
  %2273 = fmul float %2041, %2272
  %2274 = load <8 x float>, ptr %dSkPrev, align 4
  %2275 = add nuw nsw i64 %2261, %.idx603
  %2276 = getelementptr inbounds float, ptr %Sh, i64 %2275
  %2277 = load <8 x float>, ptr %2276, align 4
  %2278 = load <8 x float>, ptr %2055, align 4
  %2279 = insertelement <8 x float> poison, float %2273, i64 0
  %2280 = shufflevector <8 x float> %2279, <8 x float> poison, <8 x i32> zeroinitializer
  %2281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2278, <8 x float> %2277)
  %2282 = load <8 x float>, ptr %2057, align 4
  %2283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2263, <8 x float> %2282, <8 x float> zeroinitializer)
  %2284 = fneg <8 x float> %2281
  %2285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2284, <8 x float> %2274, <8 x float> %2283)
  %2286 = insertelement <8 x float> poison, float %2270, i64 0
  %2287 = shufflevector <8 x float> %2286, <8 x float> poison, <8 x i32> zeroinitializer
  %2288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2274, <8 x float> %2263)
  %2289 = load <8 x float>, ptr %13, align 4
  %2290 = or disjoint i64 %2275, 8
  %2291 = getelementptr inbounds float, ptr %Sh, i64 %2290
  %2292 = load <8 x float>, ptr %2291, align 4
  %2293 = load <8 x float>, ptr %2063, align 4
  %2294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2293, <8 x float> %2292)
  %2295 = load <8 x float>, ptr %2065, align 4
  %2296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2266, <8 x float> %2295, <8 x float> %2285)
  %2297 = fneg <8 x float> %2294
  %2298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2297, <8 x float> %2289, <8 x float> %2296)
  %2299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2289, <8 x float> %2266)
  %2300 = getelementptr inbounds float, ptr %dkTmp, i64 %i32.addr.0588
  %2301 = load float, ptr %2300, align 4
  %2302 = shufflevector <8 x float> %2298, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2303 = shufflevector <8 x float> %2298, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2304 = fadd <4 x float> %2302, %2303
  %2305 = shufflevector <4 x float> %2304, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2306 = shufflevector <4 x float> %2304, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2307 = fadd <2 x float> %2305, %2306
  %shift702 = shufflevector <2 x float> %2307, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2308 = fadd <2 x float> %2307, %shift702
  %2309 = extractelement <2 x float> %2308, i64 0
  %2310 = fadd float %2301, %2309
  store float %2310, ptr %2300, align 4
  %2311 = insertelement <8 x float> poison, float %2272, i64 0
  %2312 = shufflevector <8 x float> %2311, <8 x float> poison, <8 x i32> zeroinitializer
  %2313 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2312, <8 x float> %2288, <8 x float> %dsk6.0586)
  %2314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2312, <8 x float> %2299, <8 x float> %dsk7.0587)
  store <8 x float> %2288, ptr %2262, align 4
  store <8 x float> %2299, ptr %2265, align 4
  %i32.next = add nuw nsw i64 %i32.addr.0588, 1
  %exitcond656.not = icmp eq i64 %i32.next, 16
  br i1 %exitcond656.not, label %i32.exit, label %i32.body

i32.exit:                                         ; preds = %i32.body
  store <8 x float> %2313, ptr %dSk, align 4
  store <8 x float> %2314, ptr %14, align 4
  %2315 = load <8 x float>, ptr %dkTmp, align 4
  %2316 = fmul <8 x float> %2240, %2315
  %2317 = getelementptr float, ptr %kh1, i64 %2052
  store <8 x float> %2316, ptr %2317, align 4
  %2318 = load <8 x float>, ptr %123, align 4
  %2319 = fmul <8 x float> %2240, %2318
  %2320 = getelementptr float, ptr %154, i64 %2052
  store <8 x float> %2319, ptr %2320, align 4
  %2321 = insertelement <8 x float> poison, float %2041, i64 0
  %2322 = shufflevector <8 x float> %2321, <8 x float> poison, <8 x i32> zeroinitializer
  %2323 = fmul <8 x float> %2322, %2313
  %2324 = getelementptr float, ptr %vh1, i64 %2051
  store <8 x float> %2323, ptr %2324, align 4
  %2325 = fmul <8 x float> %2322, %2314
  %2326 = getelementptr float, ptr %153, i64 %2051
  store <8 x float> %2325, ptr %2326, align 4
  %2327 = load <8 x float>, ptr %2022, align 4
  %2328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2313, <8 x float> %2327, <8 x float> zeroinitializer)
  %2329 = load <8 x float>, ptr %2026, align 4
  %2330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2314, <8 x float> %2329, <8 x float> %2328)
  %2331 = shufflevector <8 x float> %2330, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2332 = shufflevector <8 x float> %2330, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2333 = fadd <4 x float> %2331, %2332
  %2334 = shufflevector <4 x float> %2333, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2335 = shufflevector <4 x float> %2333, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2336 = fadd <2 x float> %2334, %2335
  %shift703 = shufflevector <2 x float> %2336, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2337 = fadd <2 x float> %2336, %shift703
  %2338 = extractelement <2 x float> %2337, i64 0
  %2339 = getelementptr inbounds float, ptr %betah1, i64 %2039
  store float %2338, ptr %2339, align 4
  store <8 x float> %2313, ptr %dSkPrev, align 4
  store <8 x float> %2314, ptr %122, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0594, 1
  %exitcond659.not = icmp eq i64 %tt.next, %smax658
  br i1 %exitcond659.not, label %j20.head.preheader, label %tt.body

i38.body:                                         ; preds = %i38.body, %j20.head.preheader
  %i38.addr.0596 = phi i64 [ 0, %j20.head.preheader ], [ %i38.next.1, %i38.body ]
  %2340 = shl nuw nsw i64 %i38.addr.0596, 4
  %2341 = getelementptr inbounds float, ptr %dS, i64 %2340
  %2342 = load <8 x float>, ptr %2341, align 4
  %2343 = or disjoint i64 %2340, 8
  %2344 = getelementptr inbounds float, ptr %dS, i64 %2343
  %2345 = load <8 x float>, ptr %2344, align 4
  %2346 = or disjoint i64 %i38.addr.0596, %297
  %2347 = getelementptr inbounds float, ptr %kh, i64 %2346
  %2348 = load float, ptr %2347, align 4
  %2349 = fmul float %2348, %1925
  %2350 = load <8 x float>, ptr %dSkPrev, align 4
  %2351 = getelementptr inbounds float, ptr %Sh, i64 %2340
  %2352 = load <8 x float>, ptr %2351, align 4
  %2353 = load <8 x float>, ptr %R, align 4
  %2354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2342, <8 x float> %2353, <8 x float> zeroinitializer)
  %2355 = fneg <8 x float> %2352
  %2356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2355, <8 x float> %2350, <8 x float> %2354)
  %2357 = insertelement <8 x float> poison, float %2349, i64 0
  %2358 = shufflevector <8 x float> %2357, <8 x float> poison, <8 x i32> zeroinitializer
  %2359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2358, <8 x float> %2350, <8 x float> %2342)
  %2360 = load <8 x float>, ptr %13, align 4
  %2361 = getelementptr inbounds float, ptr %Sh, i64 %2343
  %2362 = load <8 x float>, ptr %2361, align 4
  %2363 = load <8 x float>, ptr %5, align 4
  %2364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2345, <8 x float> %2363, <8 x float> %2356)
  %2365 = fneg <8 x float> %2362
  %2366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2365, <8 x float> %2360, <8 x float> %2364)
  %2367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2358, <8 x float> %2360, <8 x float> %2345)
  %2368 = getelementptr inbounds float, ptr %dkTmp, i64 %i38.addr.0596
  %2369 = load float, ptr %2368, align 4
  %2370 = shufflevector <8 x float> %2366, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2371 = shufflevector <8 x float> %2366, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2372 = fadd <4 x float> %2370, %2371
  %2373 = shufflevector <4 x float> %2372, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2374 = shufflevector <4 x float> %2372, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2375 = fadd <2 x float> %2373, %2374
  %shift704 = shufflevector <2 x float> %2375, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2376 = fadd <2 x float> %2375, %shift704
  %2377 = extractelement <2 x float> %2376, i64 0
  %2378 = fadd float %2369, %2377
  store float %2378, ptr %2368, align 4
  store <8 x float> %2359, ptr %2341, align 4
  store <8 x float> %2367, ptr %2344, align 4
  %i38.next = or disjoint i64 %i38.addr.0596, 1
  %2379 = shl nuw nsw i64 %i38.next, 4
  %2380 = getelementptr inbounds float, ptr %dS, i64 %2379
  %2381 = load <8 x float>, ptr %2380, align 4
  %2382 = or disjoint i64 %2379, 8
  %2383 = getelementptr inbounds float, ptr %dS, i64 %2382
  %2384 = load <8 x float>, ptr %2383, align 4
  %2385 = or disjoint i64 %i38.next, %297
  %2386 = getelementptr inbounds float, ptr %kh, i64 %2385
  %2387 = load float, ptr %2386, align 4
  %2388 = fmul float %2387, %1925
  %2389 = load <8 x float>, ptr %dSkPrev, align 4
  %2390 = getelementptr inbounds float, ptr %Sh, i64 %2379
  %2391 = load <8 x float>, ptr %2390, align 4
  %2392 = load <8 x float>, ptr %R, align 4
  %2393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2381, <8 x float> %2392, <8 x float> zeroinitializer)
  %2394 = fneg <8 x float> %2391
  %2395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2394, <8 x float> %2389, <8 x float> %2393)
  %2396 = insertelement <8 x float> poison, float %2388, i64 0
  %2397 = shufflevector <8 x float> %2396, <8 x float> poison, <8 x i32> zeroinitializer
  %2398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2397, <8 x float> %2389, <8 x float> %2381)
  %2399 = load <8 x float>, ptr %13, align 4
  %2400 = getelementptr inbounds float, ptr %Sh, i64 %2382
  %2401 = load <8 x float>, ptr %2400, align 4
  %2402 = load <8 x float>, ptr %5, align 4
  %2403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2384, <8 x float> %2402, <8 x float> %2395)
  %2404 = fneg <8 x float> %2401
  %2405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2404, <8 x float> %2399, <8 x float> %2403)
  %2406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2397, <8 x float> %2399, <8 x float> %2384)
  %2407 = getelementptr inbounds float, ptr %dkTmp, i64 %i38.next
  %2408 = load float, ptr %2407, align 4
  %2409 = shufflevector <8 x float> %2405, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2410 = shufflevector <8 x float> %2405, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2411 = fadd <4 x float> %2409, %2410
  %2412 = shufflevector <4 x float> %2411, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2413 = shufflevector <4 x float> %2411, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2414 = fadd <2 x float> %2412, %2413
  %shift704.1 = shufflevector <2 x float> %2414, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2415 = fadd <2 x float> %2414, %shift704.1
  %2416 = extractelement <2 x float> %2415, i64 0
  %2417 = fadd float %2408, %2416
  store float %2417, ptr %2407, align 4
  store <8 x float> %2398, ptr %2380, align 4
  store <8 x float> %2406, ptr %2383, align 4
  %i38.next.1 = add nuw nsw i64 %i38.addr.0596, 2
  %exitcond660.not.1 = icmp eq i64 %i38.next.1, 16
  br i1 %exitcond660.not.1, label %j21.body.preheader, label %i38.body

j21.body.preheader:                               ; preds = %i38.body
  %2418 = load <8 x float>, ptr %dkTmp, align 4
  %2419 = fmul <8 x float> %302, %2418
  %2420 = getelementptr inbounds float, ptr %kh1, i64 %297
  store <8 x float> %2419, ptr %2420, align 4
  %2421 = load <8 x float>, ptr %124, align 4
  %2422 = fmul <8 x float> %302, %2421
  %2423 = getelementptr inbounds float, ptr %kh1, i64 %304
  store <8 x float> %2422, ptr %2423, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0598, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond662.not = icmp eq i64 %cc.next, %smax661
  br i1 %exitcond662.not, label %i40.head.preheader, label %cc.body
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
; ---- dp_step_h4_k16_v16_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h4_k16_v16_c1_nogate'
source_filename = "dp_step_h4_k16_v16_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h4_k16_v16_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 2
  %2 = or disjoint i64 %sq, 8
  %3 = shl nsw i64 %H, 5
  %.idx = shl nsw i64 %H, 3
  %4 = or disjoint i64 %3, 8
  %5 = mul nsw i64 %H, 48
  %.idx173 = mul i64 %H, 12
  %6 = or disjoint i64 %5, 8
  %7 = or disjoint i64 %sq, 1
  %8 = or disjoint i64 %sq, 2
  %9 = or disjoint i64 %sq, 3
  %10 = or disjoint i64 %sq, 4
  %11 = or disjoint i64 %sq, 5
  %12 = or disjoint i64 %sq, 6
  %13 = or disjoint i64 %sq, 7
  %14 = or disjoint i64 %sq, 9
  %15 = or disjoint i64 %sq, 10
  %16 = or disjoint i64 %sq, 11
  %17 = or disjoint i64 %sq, 12
  %18 = or disjoint i64 %sq, 13
  %19 = or disjoint i64 %sq, 14
  %20 = or disjoint i64 %sq, 15
  %21 = or disjoint i64 %3, 1
  %22 = or disjoint i64 %3, 2
  %23 = or disjoint i64 %3, 3
  %24 = or disjoint i64 %3, 4
  %25 = or disjoint i64 %3, 5
  %26 = or disjoint i64 %3, 6
  %27 = or disjoint i64 %3, 7
  %28 = or disjoint i64 %3, 9
  %29 = or disjoint i64 %3, 10
  %30 = or disjoint i64 %3, 11
  %31 = or disjoint i64 %3, 12
  %32 = or disjoint i64 %3, 13
  %33 = or disjoint i64 %3, 14
  %34 = or disjoint i64 %3, 15
  %35 = or disjoint i64 %5, 1
  %36 = or disjoint i64 %5, 2
  %37 = or disjoint i64 %5, 3
  %38 = or disjoint i64 %5, 4
  %39 = or disjoint i64 %5, 5
  %40 = or disjoint i64 %5, 6
  %41 = or disjoint i64 %5, 7
  %42 = or disjoint i64 %5, 9
  %43 = or disjoint i64 %5, 10
  %44 = or disjoint i64 %5, 11
  %45 = or disjoint i64 %5, 12
  %46 = or disjoint i64 %5, 13
  %47 = or disjoint i64 %5, 14
  %48 = or disjoint i64 %5, 15
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %bh.body
  %bh.addr.0199 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %bh.body ]
  %b = sdiv i64 %bh.addr.0199, %H
  %h = srem i64 %bh.addr.0199, %H
  %49 = mul nsw i64 %b, %H
  %bT = add nsw i64 %49, %h
  %50 = mul i64 %1, %b
  %bTn = add nsw i64 %50, %h
  %51 = shl nsw i64 %bT, 4
  %52 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %52
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0199, 10
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %53 = load float, ptr %kh, align 4
  %54 = load <8 x float>, ptr %S, align 4
  %55 = insertelement <8 x float> poison, float %53, i64 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %54, <8 x float> zeroinitializer)
  %58 = getelementptr inbounds i8, ptr %S, i64 32
  %59 = load <8 x float>, ptr %58, align 4
  %60 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %59, <8 x float> zeroinitializer)
  %61 = getelementptr inbounds i8, ptr %kh, i64 4
  %62 = load float, ptr %61, align 4
  %63 = getelementptr inbounds i8, ptr %S, i64 64
  %64 = load <8 x float>, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %62, i64 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %64, <8 x float> zeroinitializer)
  %68 = getelementptr inbounds i8, ptr %S, i64 96
  %69 = load <8 x float>, ptr %68, align 4
  %70 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %69, <8 x float> zeroinitializer)
  %71 = getelementptr inbounds i8, ptr %kh, i64 8
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds i8, ptr %S, i64 128
  %74 = load <8 x float>, ptr %73, align 4
  %75 = insertelement <8 x float> poison, float %72, i64 0
  %76 = shufflevector <8 x float> %75, <8 x float> poison, <8 x i32> zeroinitializer
  %77 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %74, <8 x float> %57)
  %78 = getelementptr inbounds i8, ptr %S, i64 160
  %79 = load <8 x float>, ptr %78, align 4
  %80 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %79, <8 x float> %60)
  %81 = getelementptr inbounds i8, ptr %kh, i64 12
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds i8, ptr %S, i64 192
  %84 = load <8 x float>, ptr %83, align 4
  %85 = insertelement <8 x float> poison, float %82, i64 0
  %86 = shufflevector <8 x float> %85, <8 x float> poison, <8 x i32> zeroinitializer
  %87 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> %84, <8 x float> %67)
  %88 = getelementptr inbounds i8, ptr %S, i64 224
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> %89, <8 x float> %70)
  %91 = getelementptr inbounds i8, ptr %kh, i64 16
  %92 = load float, ptr %91, align 4
  %93 = getelementptr inbounds i8, ptr %S, i64 256
  %94 = load <8 x float>, ptr %93, align 4
  %95 = insertelement <8 x float> poison, float %92, i64 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %94, <8 x float> %77)
  %98 = getelementptr inbounds i8, ptr %S, i64 288
  %99 = load <8 x float>, ptr %98, align 4
  %100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %99, <8 x float> %80)
  %101 = getelementptr inbounds i8, ptr %kh, i64 20
  %102 = load float, ptr %101, align 4
  %103 = getelementptr inbounds i8, ptr %S, i64 320
  %104 = load <8 x float>, ptr %103, align 4
  %105 = insertelement <8 x float> poison, float %102, i64 0
  %106 = shufflevector <8 x float> %105, <8 x float> poison, <8 x i32> zeroinitializer
  %107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> %104, <8 x float> %87)
  %108 = getelementptr inbounds i8, ptr %S, i64 352
  %109 = load <8 x float>, ptr %108, align 4
  %110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> %109, <8 x float> %90)
  %111 = getelementptr inbounds i8, ptr %kh, i64 24
  %112 = load float, ptr %111, align 4
  %113 = getelementptr inbounds i8, ptr %S, i64 384
  %114 = load <8 x float>, ptr %113, align 4
  %115 = insertelement <8 x float> poison, float %112, i64 0
  %116 = shufflevector <8 x float> %115, <8 x float> poison, <8 x i32> zeroinitializer
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> %114, <8 x float> %97)
  %118 = getelementptr inbounds i8, ptr %S, i64 416
  %119 = load <8 x float>, ptr %118, align 4
  %120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> %119, <8 x float> %100)
  %121 = getelementptr inbounds i8, ptr %kh, i64 28
  %122 = load float, ptr %121, align 4
  %123 = getelementptr inbounds i8, ptr %S, i64 448
  %124 = load <8 x float>, ptr %123, align 4
  %125 = insertelement <8 x float> poison, float %122, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> poison, <8 x i32> zeroinitializer
  %127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %124, <8 x float> %107)
  %128 = getelementptr inbounds i8, ptr %S, i64 480
  %129 = load <8 x float>, ptr %128, align 4
  %130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> %129, <8 x float> %110)
  %131 = getelementptr inbounds i8, ptr %kh, i64 32
  %132 = load float, ptr %131, align 4
  %133 = getelementptr inbounds i8, ptr %S, i64 512
  %134 = load <8 x float>, ptr %133, align 4
  %135 = insertelement <8 x float> poison, float %132, i64 0
  %136 = shufflevector <8 x float> %135, <8 x float> poison, <8 x i32> zeroinitializer
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %134, <8 x float> %117)
  %138 = getelementptr inbounds i8, ptr %S, i64 544
  %139 = load <8 x float>, ptr %138, align 4
  %140 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %139, <8 x float> %120)
  %141 = getelementptr inbounds i8, ptr %kh, i64 36
  %142 = load float, ptr %141, align 4
  %143 = getelementptr inbounds i8, ptr %S, i64 576
  %144 = load <8 x float>, ptr %143, align 4
  %145 = insertelement <8 x float> poison, float %142, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %144, <8 x float> %127)
  %148 = getelementptr inbounds i8, ptr %S, i64 608
  %149 = load <8 x float>, ptr %148, align 4
  %150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %149, <8 x float> %130)
  %151 = getelementptr inbounds i8, ptr %kh, i64 40
  %152 = load float, ptr %151, align 4
  %153 = getelementptr inbounds i8, ptr %S, i64 640
  %154 = load <8 x float>, ptr %153, align 4
  %155 = insertelement <8 x float> poison, float %152, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %137)
  %158 = getelementptr inbounds i8, ptr %S, i64 672
  %159 = load <8 x float>, ptr %158, align 4
  %160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %159, <8 x float> %140)
  %161 = getelementptr inbounds i8, ptr %kh, i64 44
  %162 = load float, ptr %161, align 4
  %163 = getelementptr inbounds i8, ptr %S, i64 704
  %164 = load <8 x float>, ptr %163, align 4
  %165 = insertelement <8 x float> poison, float %162, i64 0
  %166 = shufflevector <8 x float> %165, <8 x float> poison, <8 x i32> zeroinitializer
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %164, <8 x float> %147)
  %168 = getelementptr inbounds i8, ptr %S, i64 736
  %169 = load <8 x float>, ptr %168, align 4
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %169, <8 x float> %150)
  %171 = getelementptr inbounds i8, ptr %kh, i64 48
  %172 = load float, ptr %171, align 4
  %173 = getelementptr inbounds i8, ptr %S, i64 768
  %174 = load <8 x float>, ptr %173, align 4
  %175 = insertelement <8 x float> poison, float %172, i64 0
  %176 = shufflevector <8 x float> %175, <8 x float> poison, <8 x i32> zeroinitializer
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> %174, <8 x float> %157)
  %178 = getelementptr inbounds i8, ptr %S, i64 800
  %179 = load <8 x float>, ptr %178, align 4
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> %179, <8 x float> %160)
  %181 = getelementptr inbounds i8, ptr %kh, i64 52
  %182 = load float, ptr %181, align 4
  %183 = getelementptr inbounds i8, ptr %S, i64 832
  %184 = load <8 x float>, ptr %183, align 4
  %185 = insertelement <8 x float> poison, float %182, i64 0
  %186 = shufflevector <8 x float> %185, <8 x float> poison, <8 x i32> zeroinitializer
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %184, <8 x float> %167)
  %188 = getelementptr inbounds i8, ptr %S, i64 864
  %189 = load <8 x float>, ptr %188, align 4
  %190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %189, <8 x float> %170)
  %191 = getelementptr inbounds i8, ptr %kh, i64 56
  %192 = load float, ptr %191, align 4
  %193 = getelementptr inbounds i8, ptr %S, i64 896
  %194 = load <8 x float>, ptr %193, align 4
  %195 = insertelement <8 x float> poison, float %192, i64 0
  %196 = shufflevector <8 x float> %195, <8 x float> poison, <8 x i32> zeroinitializer
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %194, <8 x float> %177)
  %198 = getelementptr inbounds i8, ptr %S, i64 928
  %199 = load <8 x float>, ptr %198, align 4
  %200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> %199, <8 x float> %180)
  %201 = getelementptr inbounds i8, ptr %kh, i64 60
  %202 = load float, ptr %201, align 4
  %203 = getelementptr inbounds i8, ptr %S, i64 960
  %204 = load <8 x float>, ptr %203, align 4
  %205 = insertelement <8 x float> poison, float %202, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> %187)
  %208 = getelementptr inbounds i8, ptr %S, i64 992
  %209 = load <8 x float>, ptr %208, align 4
  %210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %209, <8 x float> %190)
  %vh = getelementptr inbounds float, ptr %v, i64 %52
  %211 = load float, ptr %betah, align 4
  %212 = load <8 x float>, ptr %vh, align 4
  %213 = fadd <8 x float> %207, %197
  %214 = fsub <8 x float> %212, %213
  %215 = insertelement <8 x float> poison, float %211, i64 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = fmul <8 x float> %216, %214
  %218 = getelementptr inbounds i8, ptr %vh, i64 32
  %219 = load <8 x float>, ptr %218, align 4
  %220 = fadd <8 x float> %210, %200
  %221 = fsub <8 x float> %219, %220
  %222 = fmul <8 x float> %216, %221
  %223 = load float, ptr %kh, align 4
  %224 = getelementptr inbounds float, ptr %kh, i64 %sq
  %225 = load float, ptr %224, align 4
  %226 = insertelement <8 x float> poison, float %223, i64 0
  %227 = shufflevector <8 x float> %226, <8 x float> poison, <8 x i32> zeroinitializer
  %228 = load <8 x float>, ptr %S, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %217, <8 x float> %228)
  store <8 x float> %229, ptr %S, align 4
  %230 = insertelement <8 x float> poison, float %225, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %229, <8 x float> zeroinitializer)
  %233 = load <8 x float>, ptr %58, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %227, <8 x float> %222, <8 x float> %233)
  store <8 x float> %234, ptr %58, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %234, <8 x float> zeroinitializer)
  %236 = load float, ptr %61, align 4
  %237 = getelementptr inbounds float, ptr %kh, i64 %7
  %238 = load float, ptr %237, align 4
  %239 = insertelement <8 x float> poison, float %236, i64 0
  %240 = shufflevector <8 x float> %239, <8 x float> poison, <8 x i32> zeroinitializer
  %241 = load <8 x float>, ptr %63, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %217, <8 x float> %241)
  store <8 x float> %242, ptr %63, align 4
  %243 = insertelement <8 x float> poison, float %238, i64 0
  %244 = shufflevector <8 x float> %243, <8 x float> poison, <8 x i32> zeroinitializer
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %242, <8 x float> zeroinitializer)
  %246 = load <8 x float>, ptr %68, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %222, <8 x float> %246)
  store <8 x float> %247, ptr %68, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %247, <8 x float> zeroinitializer)
  %249 = load float, ptr %71, align 4
  %250 = getelementptr inbounds float, ptr %kh, i64 %8
  %251 = load float, ptr %250, align 4
  %252 = insertelement <8 x float> poison, float %249, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = load <8 x float>, ptr %73, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %217, <8 x float> %254)
  store <8 x float> %255, ptr %73, align 4
  %256 = insertelement <8 x float> poison, float %251, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %255, <8 x float> %232)
  %259 = load <8 x float>, ptr %78, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %222, <8 x float> %259)
  store <8 x float> %260, ptr %78, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %260, <8 x float> %235)
  %262 = load float, ptr %81, align 4
  %263 = getelementptr inbounds float, ptr %kh, i64 %9
  %264 = load float, ptr %263, align 4
  %265 = insertelement <8 x float> poison, float %262, i64 0
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <8 x i32> zeroinitializer
  %267 = load <8 x float>, ptr %83, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %217, <8 x float> %267)
  store <8 x float> %268, ptr %83, align 4
  %269 = insertelement <8 x float> poison, float %264, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %268, <8 x float> %245)
  %272 = load <8 x float>, ptr %88, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %222, <8 x float> %272)
  store <8 x float> %273, ptr %88, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %273, <8 x float> %248)
  %275 = load float, ptr %91, align 4
  %276 = getelementptr inbounds float, ptr %kh, i64 %10
  %277 = load float, ptr %276, align 4
  %278 = insertelement <8 x float> poison, float %275, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <8 x i32> zeroinitializer
  %280 = load <8 x float>, ptr %93, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %217, <8 x float> %280)
  store <8 x float> %281, ptr %93, align 4
  %282 = insertelement <8 x float> poison, float %277, i64 0
  %283 = shufflevector <8 x float> %282, <8 x float> poison, <8 x i32> zeroinitializer
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %281, <8 x float> %258)
  %285 = load <8 x float>, ptr %98, align 4
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %222, <8 x float> %285)
  store <8 x float> %286, ptr %98, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %283, <8 x float> %286, <8 x float> %261)
  %288 = load float, ptr %101, align 4
  %289 = getelementptr inbounds float, ptr %kh, i64 %11
  %290 = load float, ptr %289, align 4
  %291 = insertelement <8 x float> poison, float %288, i64 0
  %292 = shufflevector <8 x float> %291, <8 x float> poison, <8 x i32> zeroinitializer
  %293 = load <8 x float>, ptr %103, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %217, <8 x float> %293)
  store <8 x float> %294, ptr %103, align 4
  %295 = insertelement <8 x float> poison, float %290, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %271)
  %298 = load <8 x float>, ptr %108, align 4
  %299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %292, <8 x float> %222, <8 x float> %298)
  store <8 x float> %299, ptr %108, align 4
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %299, <8 x float> %274)
  %301 = load float, ptr %111, align 4
  %302 = getelementptr inbounds float, ptr %kh, i64 %12
  %303 = load float, ptr %302, align 4
  %304 = insertelement <8 x float> poison, float %301, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> poison, <8 x i32> zeroinitializer
  %306 = load <8 x float>, ptr %113, align 4
  %307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %217, <8 x float> %306)
  store <8 x float> %307, ptr %113, align 4
  %308 = insertelement <8 x float> poison, float %303, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> poison, <8 x i32> zeroinitializer
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %307, <8 x float> %284)
  %311 = load <8 x float>, ptr %118, align 4
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %222, <8 x float> %311)
  store <8 x float> %312, ptr %118, align 4
  %313 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %312, <8 x float> %287)
  %314 = load float, ptr %121, align 4
  %315 = getelementptr inbounds float, ptr %kh, i64 %13
  %316 = load float, ptr %315, align 4
  %317 = insertelement <8 x float> poison, float %314, i64 0
  %318 = shufflevector <8 x float> %317, <8 x float> poison, <8 x i32> zeroinitializer
  %319 = load <8 x float>, ptr %123, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %217, <8 x float> %319)
  store <8 x float> %320, ptr %123, align 4
  %321 = insertelement <8 x float> poison, float %316, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %320, <8 x float> %297)
  %324 = load <8 x float>, ptr %128, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %222, <8 x float> %324)
  store <8 x float> %325, ptr %128, align 4
  %326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %325, <8 x float> %300)
  %327 = load float, ptr %131, align 4
  %328 = getelementptr inbounds float, ptr %kh, i64 %2
  %329 = load float, ptr %328, align 4
  %330 = insertelement <8 x float> poison, float %327, i64 0
  %331 = shufflevector <8 x float> %330, <8 x float> poison, <8 x i32> zeroinitializer
  %332 = load <8 x float>, ptr %133, align 4
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %217, <8 x float> %332)
  store <8 x float> %333, ptr %133, align 4
  %334 = insertelement <8 x float> poison, float %329, i64 0
  %335 = shufflevector <8 x float> %334, <8 x float> poison, <8 x i32> zeroinitializer
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %333, <8 x float> %310)
  %337 = load <8 x float>, ptr %138, align 4
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %331, <8 x float> %222, <8 x float> %337)
  store <8 x float> %338, ptr %138, align 4
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %335, <8 x float> %338, <8 x float> %313)
  %340 = load float, ptr %141, align 4
  %341 = getelementptr inbounds float, ptr %kh, i64 %14
  %342 = load float, ptr %341, align 4
  %343 = insertelement <8 x float> poison, float %340, i64 0
  %344 = shufflevector <8 x float> %343, <8 x float> poison, <8 x i32> zeroinitializer
  %345 = load <8 x float>, ptr %143, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %217, <8 x float> %345)
  store <8 x float> %346, ptr %143, align 4
  %347 = insertelement <8 x float> poison, float %342, i64 0
  %348 = shufflevector <8 x float> %347, <8 x float> poison, <8 x i32> zeroinitializer
  %349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %346, <8 x float> %323)
  %350 = load <8 x float>, ptr %148, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %344, <8 x float> %222, <8 x float> %350)
  store <8 x float> %351, ptr %148, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %351, <8 x float> %326)
  %353 = load float, ptr %151, align 4
  %354 = getelementptr inbounds float, ptr %kh, i64 %15
  %355 = load float, ptr %354, align 4
  %356 = insertelement <8 x float> poison, float %353, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> poison, <8 x i32> zeroinitializer
  %358 = load <8 x float>, ptr %153, align 4
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %217, <8 x float> %358)
  store <8 x float> %359, ptr %153, align 4
  %360 = insertelement <8 x float> poison, float %355, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %359, <8 x float> %336)
  %363 = load <8 x float>, ptr %158, align 4
  %364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %222, <8 x float> %363)
  store <8 x float> %364, ptr %158, align 4
  %365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %364, <8 x float> %339)
  %366 = load float, ptr %161, align 4
  %367 = getelementptr inbounds float, ptr %kh, i64 %16
  %368 = load float, ptr %367, align 4
  %369 = insertelement <8 x float> poison, float %366, i64 0
  %370 = shufflevector <8 x float> %369, <8 x float> poison, <8 x i32> zeroinitializer
  %371 = load <8 x float>, ptr %163, align 4
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %217, <8 x float> %371)
  store <8 x float> %372, ptr %163, align 4
  %373 = insertelement <8 x float> poison, float %368, i64 0
  %374 = shufflevector <8 x float> %373, <8 x float> poison, <8 x i32> zeroinitializer
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %372, <8 x float> %349)
  %376 = load <8 x float>, ptr %168, align 4
  %377 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %222, <8 x float> %376)
  store <8 x float> %377, ptr %168, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %377, <8 x float> %352)
  %379 = load float, ptr %171, align 4
  %380 = getelementptr inbounds float, ptr %kh, i64 %17
  %381 = load float, ptr %380, align 4
  %382 = insertelement <8 x float> poison, float %379, i64 0
  %383 = shufflevector <8 x float> %382, <8 x float> poison, <8 x i32> zeroinitializer
  %384 = load <8 x float>, ptr %173, align 4
  %385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %217, <8 x float> %384)
  store <8 x float> %385, ptr %173, align 4
  %386 = insertelement <8 x float> poison, float %381, i64 0
  %387 = shufflevector <8 x float> %386, <8 x float> poison, <8 x i32> zeroinitializer
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %385, <8 x float> %362)
  %389 = load <8 x float>, ptr %178, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %383, <8 x float> %222, <8 x float> %389)
  store <8 x float> %390, ptr %178, align 4
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %390, <8 x float> %365)
  %392 = load float, ptr %181, align 4
  %393 = getelementptr inbounds float, ptr %kh, i64 %18
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> poison, float %392, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = load <8 x float>, ptr %183, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %217, <8 x float> %397)
  store <8 x float> %398, ptr %183, align 4
  %399 = insertelement <8 x float> poison, float %394, i64 0
  %400 = shufflevector <8 x float> %399, <8 x float> poison, <8 x i32> zeroinitializer
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %398, <8 x float> %375)
  %402 = load <8 x float>, ptr %188, align 4
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %222, <8 x float> %402)
  store <8 x float> %403, ptr %188, align 4
  %404 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %403, <8 x float> %378)
  %405 = load float, ptr %191, align 4
  %406 = getelementptr inbounds float, ptr %kh, i64 %19
  %407 = load float, ptr %406, align 4
  %408 = insertelement <8 x float> poison, float %405, i64 0
  %409 = shufflevector <8 x float> %408, <8 x float> poison, <8 x i32> zeroinitializer
  %410 = load <8 x float>, ptr %193, align 4
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %409, <8 x float> %217, <8 x float> %410)
  store <8 x float> %411, ptr %193, align 4
  %412 = insertelement <8 x float> poison, float %407, i64 0
  %413 = shufflevector <8 x float> %412, <8 x float> poison, <8 x i32> zeroinitializer
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %411, <8 x float> %388)
  %415 = load <8 x float>, ptr %198, align 4
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %409, <8 x float> %222, <8 x float> %415)
  store <8 x float> %416, ptr %198, align 4
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %416, <8 x float> %391)
  %418 = load float, ptr %201, align 4
  %419 = getelementptr inbounds float, ptr %kh, i64 %20
  %420 = load float, ptr %419, align 4
  %421 = insertelement <8 x float> poison, float %418, i64 0
  %422 = shufflevector <8 x float> %421, <8 x float> poison, <8 x i32> zeroinitializer
  %423 = load <8 x float>, ptr %203, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %217, <8 x float> %423)
  store <8 x float> %424, ptr %203, align 4
  %425 = insertelement <8 x float> poison, float %420, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %424, <8 x float> %401)
  %428 = load <8 x float>, ptr %208, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %222, <8 x float> %428)
  store <8 x float> %429, ptr %208, align 4
  %430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %429, <8 x float> %404)
  %qh = getelementptr inbounds float, ptr %q, i64 %51
  %431 = getelementptr inbounds float, ptr %betah, i64 %H
  %432 = load float, ptr %431, align 4
  %433 = getelementptr inbounds float, ptr %vh, i64 %sq
  %434 = load <8 x float>, ptr %433, align 4
  %435 = fadd <8 x float> %427, %414
  %436 = fsub <8 x float> %434, %435
  %437 = insertelement <8 x float> poison, float %432, i64 0
  %438 = shufflevector <8 x float> %437, <8 x float> poison, <8 x i32> zeroinitializer
  %439 = fmul <8 x float> %438, %436
  %440 = getelementptr inbounds float, ptr %vh, i64 %2
  %441 = load <8 x float>, ptr %440, align 4
  %442 = fadd <8 x float> %430, %417
  %443 = fsub <8 x float> %441, %442
  %444 = fmul <8 x float> %438, %443
  %445 = load float, ptr %224, align 4
  %446 = getelementptr inbounds float, ptr %kh, i64 %3
  %447 = load float, ptr %446, align 4
  %448 = insertelement <8 x float> poison, float %445, i64 0
  %449 = shufflevector <8 x float> %448, <8 x float> poison, <8 x i32> zeroinitializer
  %450 = load <8 x float>, ptr %S, align 4
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %439, <8 x float> %450)
  store <8 x float> %451, ptr %S, align 4
  %452 = insertelement <8 x float> poison, float %447, i64 0
  %453 = shufflevector <8 x float> %452, <8 x float> poison, <8 x i32> zeroinitializer
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %451, <8 x float> zeroinitializer)
  %455 = load <8 x float>, ptr %58, align 4
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %444, <8 x float> %455)
  store <8 x float> %456, ptr %58, align 4
  %457 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %456, <8 x float> zeroinitializer)
  %458 = load float, ptr %237, align 4
  %459 = getelementptr inbounds float, ptr %kh, i64 %21
  %460 = load float, ptr %459, align 4
  %461 = insertelement <8 x float> poison, float %458, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = load <8 x float>, ptr %63, align 4
  %464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %439, <8 x float> %463)
  store <8 x float> %464, ptr %63, align 4
  %465 = insertelement <8 x float> poison, float %460, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %464, <8 x float> zeroinitializer)
  %468 = load <8 x float>, ptr %68, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %444, <8 x float> %468)
  store <8 x float> %469, ptr %68, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %469, <8 x float> zeroinitializer)
  %471 = load float, ptr %250, align 4
  %472 = getelementptr inbounds float, ptr %kh, i64 %22
  %473 = load float, ptr %472, align 4
  %474 = insertelement <8 x float> poison, float %471, i64 0
  %475 = shufflevector <8 x float> %474, <8 x float> poison, <8 x i32> zeroinitializer
  %476 = load <8 x float>, ptr %73, align 4
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %439, <8 x float> %476)
  store <8 x float> %477, ptr %73, align 4
  %478 = insertelement <8 x float> poison, float %473, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %477, <8 x float> %454)
  %481 = load <8 x float>, ptr %78, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %444, <8 x float> %481)
  store <8 x float> %482, ptr %78, align 4
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %482, <8 x float> %457)
  %484 = load float, ptr %263, align 4
  %485 = getelementptr inbounds float, ptr %kh, i64 %23
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> poison, float %484, i64 0
  %488 = shufflevector <8 x float> %487, <8 x float> poison, <8 x i32> zeroinitializer
  %489 = load <8 x float>, ptr %83, align 4
  %490 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %439, <8 x float> %489)
  store <8 x float> %490, ptr %83, align 4
  %491 = insertelement <8 x float> poison, float %486, i64 0
  %492 = shufflevector <8 x float> %491, <8 x float> poison, <8 x i32> zeroinitializer
  %493 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %490, <8 x float> %467)
  %494 = load <8 x float>, ptr %88, align 4
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %444, <8 x float> %494)
  store <8 x float> %495, ptr %88, align 4
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %495, <8 x float> %470)
  %497 = load float, ptr %276, align 4
  %498 = getelementptr inbounds float, ptr %kh, i64 %24
  %499 = load float, ptr %498, align 4
  %500 = insertelement <8 x float> poison, float %497, i64 0
  %501 = shufflevector <8 x float> %500, <8 x float> poison, <8 x i32> zeroinitializer
  %502 = load <8 x float>, ptr %93, align 4
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %439, <8 x float> %502)
  store <8 x float> %503, ptr %93, align 4
  %504 = insertelement <8 x float> poison, float %499, i64 0
  %505 = shufflevector <8 x float> %504, <8 x float> poison, <8 x i32> zeroinitializer
  %506 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %503, <8 x float> %480)
  %507 = load <8 x float>, ptr %98, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %444, <8 x float> %507)
  store <8 x float> %508, ptr %98, align 4
  %509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %508, <8 x float> %483)
  %510 = load float, ptr %289, align 4
  %511 = getelementptr inbounds float, ptr %kh, i64 %25
  %512 = load float, ptr %511, align 4
  %513 = insertelement <8 x float> poison, float %510, i64 0
  %514 = shufflevector <8 x float> %513, <8 x float> poison, <8 x i32> zeroinitializer
  %515 = load <8 x float>, ptr %103, align 4
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %439, <8 x float> %515)
  store <8 x float> %516, ptr %103, align 4
  %517 = insertelement <8 x float> poison, float %512, i64 0
  %518 = shufflevector <8 x float> %517, <8 x float> poison, <8 x i32> zeroinitializer
  %519 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> %516, <8 x float> %493)
  %520 = load <8 x float>, ptr %108, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %444, <8 x float> %520)
  store <8 x float> %521, ptr %108, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> %521, <8 x float> %496)
  %523 = load float, ptr %302, align 4
  %524 = getelementptr inbounds float, ptr %kh, i64 %26
  %525 = load float, ptr %524, align 4
  %526 = insertelement <8 x float> poison, float %523, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = load <8 x float>, ptr %113, align 4
  %529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %439, <8 x float> %528)
  store <8 x float> %529, ptr %113, align 4
  %530 = insertelement <8 x float> poison, float %525, i64 0
  %531 = shufflevector <8 x float> %530, <8 x float> poison, <8 x i32> zeroinitializer
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %529, <8 x float> %506)
  %533 = load <8 x float>, ptr %118, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %444, <8 x float> %533)
  store <8 x float> %534, ptr %118, align 4
  %535 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %531, <8 x float> %534, <8 x float> %509)
  %536 = load float, ptr %315, align 4
  %537 = getelementptr inbounds float, ptr %kh, i64 %27
  %538 = load float, ptr %537, align 4
  %539 = insertelement <8 x float> poison, float %536, i64 0
  %540 = shufflevector <8 x float> %539, <8 x float> poison, <8 x i32> zeroinitializer
  %541 = load <8 x float>, ptr %123, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %439, <8 x float> %541)
  store <8 x float> %542, ptr %123, align 4
  %543 = insertelement <8 x float> poison, float %538, i64 0
  %544 = shufflevector <8 x float> %543, <8 x float> poison, <8 x i32> zeroinitializer
  %545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %542, <8 x float> %519)
  %546 = load <8 x float>, ptr %128, align 4
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %444, <8 x float> %546)
  store <8 x float> %547, ptr %128, align 4
  %548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %547, <8 x float> %522)
  %549 = load float, ptr %328, align 4
  %550 = getelementptr inbounds float, ptr %kh, i64 %4
  %551 = load float, ptr %550, align 4
  %552 = insertelement <8 x float> poison, float %549, i64 0
  %553 = shufflevector <8 x float> %552, <8 x float> poison, <8 x i32> zeroinitializer
  %554 = load <8 x float>, ptr %133, align 4
  %555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %439, <8 x float> %554)
  store <8 x float> %555, ptr %133, align 4
  %556 = insertelement <8 x float> poison, float %551, i64 0
  %557 = shufflevector <8 x float> %556, <8 x float> poison, <8 x i32> zeroinitializer
  %558 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %557, <8 x float> %555, <8 x float> %532)
  %559 = load <8 x float>, ptr %138, align 4
  %560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %444, <8 x float> %559)
  store <8 x float> %560, ptr %138, align 4
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %557, <8 x float> %560, <8 x float> %535)
  %562 = load float, ptr %341, align 4
  %563 = getelementptr inbounds float, ptr %kh, i64 %28
  %564 = load float, ptr %563, align 4
  %565 = insertelement <8 x float> poison, float %562, i64 0
  %566 = shufflevector <8 x float> %565, <8 x float> poison, <8 x i32> zeroinitializer
  %567 = load <8 x float>, ptr %143, align 4
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %566, <8 x float> %439, <8 x float> %567)
  store <8 x float> %568, ptr %143, align 4
  %569 = insertelement <8 x float> poison, float %564, i64 0
  %570 = shufflevector <8 x float> %569, <8 x float> poison, <8 x i32> zeroinitializer
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %570, <8 x float> %568, <8 x float> %545)
  %572 = load <8 x float>, ptr %148, align 4
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %566, <8 x float> %444, <8 x float> %572)
  store <8 x float> %573, ptr %148, align 4
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %570, <8 x float> %573, <8 x float> %548)
  %575 = load float, ptr %354, align 4
  %576 = getelementptr inbounds float, ptr %kh, i64 %29
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> poison, float %575, i64 0
  %579 = shufflevector <8 x float> %578, <8 x float> poison, <8 x i32> zeroinitializer
  %580 = load <8 x float>, ptr %153, align 4
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %439, <8 x float> %580)
  store <8 x float> %581, ptr %153, align 4
  %582 = insertelement <8 x float> poison, float %577, i64 0
  %583 = shufflevector <8 x float> %582, <8 x float> poison, <8 x i32> zeroinitializer
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %581, <8 x float> %558)
  %585 = load <8 x float>, ptr %158, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %444, <8 x float> %585)
  store <8 x float> %586, ptr %158, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %586, <8 x float> %561)
  %588 = load float, ptr %367, align 4
  %589 = getelementptr inbounds float, ptr %kh, i64 %30
  %590 = load float, ptr %589, align 4
  %591 = insertelement <8 x float> poison, float %588, i64 0
  %592 = shufflevector <8 x float> %591, <8 x float> poison, <8 x i32> zeroinitializer
  %593 = load <8 x float>, ptr %163, align 4
  %594 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> %439, <8 x float> %593)
  store <8 x float> %594, ptr %163, align 4
  %595 = insertelement <8 x float> poison, float %590, i64 0
  %596 = shufflevector <8 x float> %595, <8 x float> poison, <8 x i32> zeroinitializer
  %597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %594, <8 x float> %571)
  %598 = load <8 x float>, ptr %168, align 4
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> %444, <8 x float> %598)
  store <8 x float> %599, ptr %168, align 4
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %599, <8 x float> %574)
  %601 = load float, ptr %380, align 4
  %602 = getelementptr inbounds float, ptr %kh, i64 %31
  %603 = load float, ptr %602, align 4
  %604 = insertelement <8 x float> poison, float %601, i64 0
  %605 = shufflevector <8 x float> %604, <8 x float> poison, <8 x i32> zeroinitializer
  %606 = load <8 x float>, ptr %173, align 4
  %607 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %439, <8 x float> %606)
  store <8 x float> %607, ptr %173, align 4
  %608 = insertelement <8 x float> poison, float %603, i64 0
  %609 = shufflevector <8 x float> %608, <8 x float> poison, <8 x i32> zeroinitializer
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %607, <8 x float> %584)
  %611 = load <8 x float>, ptr %178, align 4
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %444, <8 x float> %611)
  store <8 x float> %612, ptr %178, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %612, <8 x float> %587)
  %614 = load float, ptr %393, align 4
  %615 = getelementptr inbounds float, ptr %kh, i64 %32
  %616 = load float, ptr %615, align 4
  %617 = insertelement <8 x float> poison, float %614, i64 0
  %618 = shufflevector <8 x float> %617, <8 x float> poison, <8 x i32> zeroinitializer
  %619 = load <8 x float>, ptr %183, align 4
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %439, <8 x float> %619)
  store <8 x float> %620, ptr %183, align 4
  %621 = insertelement <8 x float> poison, float %616, i64 0
  %622 = shufflevector <8 x float> %621, <8 x float> poison, <8 x i32> zeroinitializer
  %623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> %620, <8 x float> %597)
  %624 = load <8 x float>, ptr %188, align 4
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> %444, <8 x float> %624)
  store <8 x float> %625, ptr %188, align 4
  %626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> %625, <8 x float> %600)
  %627 = load float, ptr %406, align 4
  %628 = getelementptr inbounds float, ptr %kh, i64 %33
  %629 = load float, ptr %628, align 4
  %630 = insertelement <8 x float> poison, float %627, i64 0
  %631 = shufflevector <8 x float> %630, <8 x float> poison, <8 x i32> zeroinitializer
  %632 = load <8 x float>, ptr %193, align 4
  %633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %631, <8 x float> %439, <8 x float> %632)
  store <8 x float> %633, ptr %193, align 4
  %634 = insertelement <8 x float> poison, float %629, i64 0
  %635 = shufflevector <8 x float> %634, <8 x float> poison, <8 x i32> zeroinitializer
  %636 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %635, <8 x float> %633, <8 x float> %610)
  %637 = load <8 x float>, ptr %198, align 4
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %631, <8 x float> %444, <8 x float> %637)
  store <8 x float> %638, ptr %198, align 4
  %639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %635, <8 x float> %638, <8 x float> %613)
  %640 = load float, ptr %419, align 4
  %641 = getelementptr inbounds float, ptr %kh, i64 %34
  %642 = load float, ptr %641, align 4
  %643 = insertelement <8 x float> poison, float %640, i64 0
  %644 = shufflevector <8 x float> %643, <8 x float> poison, <8 x i32> zeroinitializer
  %645 = load <8 x float>, ptr %203, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %439, <8 x float> %645)
  store <8 x float> %646, ptr %203, align 4
  %647 = insertelement <8 x float> poison, float %642, i64 0
  %648 = shufflevector <8 x float> %647, <8 x float> poison, <8 x i32> zeroinitializer
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %646, <8 x float> %623)
  %650 = load <8 x float>, ptr %208, align 4
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %444, <8 x float> %650)
  store <8 x float> %651, ptr %208, align 4
  %652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> %651, <8 x float> %626)
  %653 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %654 = load float, ptr %653, align 4
  %655 = getelementptr inbounds float, ptr %vh, i64 %3
  %656 = load <8 x float>, ptr %655, align 4
  %657 = fadd <8 x float> %649, %636
  %658 = fsub <8 x float> %656, %657
  %659 = insertelement <8 x float> poison, float %654, i64 0
  %660 = shufflevector <8 x float> %659, <8 x float> poison, <8 x i32> zeroinitializer
  %661 = fmul <8 x float> %660, %658
  %662 = getelementptr inbounds float, ptr %vh, i64 %4
  %663 = load <8 x float>, ptr %662, align 4
  %664 = fadd <8 x float> %652, %639
  %665 = fsub <8 x float> %663, %664
  %666 = fmul <8 x float> %660, %665
  %667 = load float, ptr %446, align 4
  %668 = getelementptr inbounds float, ptr %kh, i64 %5
  %669 = load float, ptr %668, align 4
  %670 = insertelement <8 x float> poison, float %667, i64 0
  %671 = shufflevector <8 x float> %670, <8 x float> poison, <8 x i32> zeroinitializer
  %672 = load <8 x float>, ptr %S, align 4
  %673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> %661, <8 x float> %672)
  store <8 x float> %673, ptr %S, align 4
  %674 = insertelement <8 x float> poison, float %669, i64 0
  %675 = shufflevector <8 x float> %674, <8 x float> poison, <8 x i32> zeroinitializer
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %675, <8 x float> %673, <8 x float> zeroinitializer)
  %677 = load <8 x float>, ptr %58, align 4
  %678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> %666, <8 x float> %677)
  store <8 x float> %678, ptr %58, align 4
  %679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %675, <8 x float> %678, <8 x float> zeroinitializer)
  %680 = load float, ptr %459, align 4
  %681 = getelementptr inbounds float, ptr %kh, i64 %35
  %682 = load float, ptr %681, align 4
  %683 = insertelement <8 x float> poison, float %680, i64 0
  %684 = shufflevector <8 x float> %683, <8 x float> poison, <8 x i32> zeroinitializer
  %685 = load <8 x float>, ptr %63, align 4
  %686 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %661, <8 x float> %685)
  store <8 x float> %686, ptr %63, align 4
  %687 = insertelement <8 x float> poison, float %682, i64 0
  %688 = shufflevector <8 x float> %687, <8 x float> poison, <8 x i32> zeroinitializer
  %689 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %686, <8 x float> zeroinitializer)
  %690 = load <8 x float>, ptr %68, align 4
  %691 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %666, <8 x float> %690)
  store <8 x float> %691, ptr %68, align 4
  %692 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> %691, <8 x float> zeroinitializer)
  %693 = load float, ptr %472, align 4
  %694 = getelementptr inbounds float, ptr %kh, i64 %36
  %695 = load float, ptr %694, align 4
  %696 = insertelement <8 x float> poison, float %693, i64 0
  %697 = shufflevector <8 x float> %696, <8 x float> poison, <8 x i32> zeroinitializer
  %698 = load <8 x float>, ptr %73, align 4
  %699 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %661, <8 x float> %698)
  store <8 x float> %699, ptr %73, align 4
  %700 = insertelement <8 x float> poison, float %695, i64 0
  %701 = shufflevector <8 x float> %700, <8 x float> poison, <8 x i32> zeroinitializer
  %702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %699, <8 x float> %676)
  %703 = load <8 x float>, ptr %78, align 4
  %704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %666, <8 x float> %703)
  store <8 x float> %704, ptr %78, align 4
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %704, <8 x float> %679)
  %706 = load float, ptr %485, align 4
  %707 = getelementptr inbounds float, ptr %kh, i64 %37
  %708 = load float, ptr %707, align 4
  %709 = insertelement <8 x float> poison, float %706, i64 0
  %710 = shufflevector <8 x float> %709, <8 x float> poison, <8 x i32> zeroinitializer
  %711 = load <8 x float>, ptr %83, align 4
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %661, <8 x float> %711)
  store <8 x float> %712, ptr %83, align 4
  %713 = insertelement <8 x float> poison, float %708, i64 0
  %714 = shufflevector <8 x float> %713, <8 x float> poison, <8 x i32> zeroinitializer
  %715 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %712, <8 x float> %689)
  %716 = load <8 x float>, ptr %88, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> %666, <8 x float> %716)
  store <8 x float> %717, ptr %88, align 4
  %718 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %714, <8 x float> %717, <8 x float> %692)
  %719 = load float, ptr %498, align 4
  %720 = getelementptr inbounds float, ptr %kh, i64 %38
  %721 = load float, ptr %720, align 4
  %722 = insertelement <8 x float> poison, float %719, i64 0
  %723 = shufflevector <8 x float> %722, <8 x float> poison, <8 x i32> zeroinitializer
  %724 = load <8 x float>, ptr %93, align 4
  %725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %723, <8 x float> %661, <8 x float> %724)
  store <8 x float> %725, ptr %93, align 4
  %726 = insertelement <8 x float> poison, float %721, i64 0
  %727 = shufflevector <8 x float> %726, <8 x float> poison, <8 x i32> zeroinitializer
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %727, <8 x float> %725, <8 x float> %702)
  %729 = load <8 x float>, ptr %98, align 4
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %723, <8 x float> %666, <8 x float> %729)
  store <8 x float> %730, ptr %98, align 4
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %727, <8 x float> %730, <8 x float> %705)
  %732 = load float, ptr %511, align 4
  %733 = getelementptr inbounds float, ptr %kh, i64 %39
  %734 = load float, ptr %733, align 4
  %735 = insertelement <8 x float> poison, float %732, i64 0
  %736 = shufflevector <8 x float> %735, <8 x float> poison, <8 x i32> zeroinitializer
  %737 = load <8 x float>, ptr %103, align 4
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %661, <8 x float> %737)
  store <8 x float> %738, ptr %103, align 4
  %739 = insertelement <8 x float> poison, float %734, i64 0
  %740 = shufflevector <8 x float> %739, <8 x float> poison, <8 x i32> zeroinitializer
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %738, <8 x float> %715)
  %742 = load <8 x float>, ptr %108, align 4
  %743 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %666, <8 x float> %742)
  store <8 x float> %743, ptr %108, align 4
  %744 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %743, <8 x float> %718)
  %745 = load float, ptr %524, align 4
  %746 = getelementptr inbounds float, ptr %kh, i64 %40
  %747 = load float, ptr %746, align 4
  %748 = insertelement <8 x float> poison, float %745, i64 0
  %749 = shufflevector <8 x float> %748, <8 x float> poison, <8 x i32> zeroinitializer
  %750 = load <8 x float>, ptr %113, align 4
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> %661, <8 x float> %750)
  store <8 x float> %751, ptr %113, align 4
  %752 = insertelement <8 x float> poison, float %747, i64 0
  %753 = shufflevector <8 x float> %752, <8 x float> poison, <8 x i32> zeroinitializer
  %754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> %751, <8 x float> %728)
  %755 = load <8 x float>, ptr %118, align 4
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> %666, <8 x float> %755)
  store <8 x float> %756, ptr %118, align 4
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> %756, <8 x float> %731)
  %758 = load float, ptr %537, align 4
  %759 = getelementptr inbounds float, ptr %kh, i64 %41
  %760 = load float, ptr %759, align 4
  %761 = insertelement <8 x float> poison, float %758, i64 0
  %762 = shufflevector <8 x float> %761, <8 x float> poison, <8 x i32> zeroinitializer
  %763 = load <8 x float>, ptr %123, align 4
  %764 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %661, <8 x float> %763)
  store <8 x float> %764, ptr %123, align 4
  %765 = insertelement <8 x float> poison, float %760, i64 0
  %766 = shufflevector <8 x float> %765, <8 x float> poison, <8 x i32> zeroinitializer
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %764, <8 x float> %741)
  %768 = load <8 x float>, ptr %128, align 4
  %769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %666, <8 x float> %768)
  store <8 x float> %769, ptr %128, align 4
  %770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %769, <8 x float> %744)
  %771 = load float, ptr %550, align 4
  %772 = getelementptr inbounds float, ptr %kh, i64 %6
  %773 = load float, ptr %772, align 4
  %774 = insertelement <8 x float> poison, float %771, i64 0
  %775 = shufflevector <8 x float> %774, <8 x float> poison, <8 x i32> zeroinitializer
  %776 = load <8 x float>, ptr %133, align 4
  %777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %661, <8 x float> %776)
  store <8 x float> %777, ptr %133, align 4
  %778 = insertelement <8 x float> poison, float %773, i64 0
  %779 = shufflevector <8 x float> %778, <8 x float> poison, <8 x i32> zeroinitializer
  %780 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> %777, <8 x float> %754)
  %781 = load <8 x float>, ptr %138, align 4
  %782 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %666, <8 x float> %781)
  store <8 x float> %782, ptr %138, align 4
  %783 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %779, <8 x float> %782, <8 x float> %757)
  %784 = load float, ptr %563, align 4
  %785 = getelementptr inbounds float, ptr %kh, i64 %42
  %786 = load float, ptr %785, align 4
  %787 = insertelement <8 x float> poison, float %784, i64 0
  %788 = shufflevector <8 x float> %787, <8 x float> poison, <8 x i32> zeroinitializer
  %789 = load <8 x float>, ptr %143, align 4
  %790 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> %661, <8 x float> %789)
  store <8 x float> %790, ptr %143, align 4
  %791 = insertelement <8 x float> poison, float %786, i64 0
  %792 = shufflevector <8 x float> %791, <8 x float> poison, <8 x i32> zeroinitializer
  %793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> %790, <8 x float> %767)
  %794 = load <8 x float>, ptr %148, align 4
  %795 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %788, <8 x float> %666, <8 x float> %794)
  store <8 x float> %795, ptr %148, align 4
  %796 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> %795, <8 x float> %770)
  %797 = load float, ptr %576, align 4
  %798 = getelementptr inbounds float, ptr %kh, i64 %43
  %799 = load float, ptr %798, align 4
  %800 = insertelement <8 x float> poison, float %797, i64 0
  %801 = shufflevector <8 x float> %800, <8 x float> poison, <8 x i32> zeroinitializer
  %802 = load <8 x float>, ptr %153, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> %661, <8 x float> %802)
  store <8 x float> %803, ptr %153, align 4
  %804 = insertelement <8 x float> poison, float %799, i64 0
  %805 = shufflevector <8 x float> %804, <8 x float> poison, <8 x i32> zeroinitializer
  %806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %803, <8 x float> %780)
  %807 = load <8 x float>, ptr %158, align 4
  %808 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> %666, <8 x float> %807)
  store <8 x float> %808, ptr %158, align 4
  %809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %808, <8 x float> %783)
  %810 = load float, ptr %589, align 4
  %811 = getelementptr inbounds float, ptr %kh, i64 %44
  %812 = load float, ptr %811, align 4
  %813 = insertelement <8 x float> poison, float %810, i64 0
  %814 = shufflevector <8 x float> %813, <8 x float> poison, <8 x i32> zeroinitializer
  %815 = load <8 x float>, ptr %163, align 4
  %816 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %661, <8 x float> %815)
  store <8 x float> %816, ptr %163, align 4
  %817 = insertelement <8 x float> poison, float %812, i64 0
  %818 = shufflevector <8 x float> %817, <8 x float> poison, <8 x i32> zeroinitializer
  %819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %818, <8 x float> %816, <8 x float> %793)
  %820 = load <8 x float>, ptr %168, align 4
  %821 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> %666, <8 x float> %820)
  store <8 x float> %821, ptr %168, align 4
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %818, <8 x float> %821, <8 x float> %796)
  %823 = load float, ptr %602, align 4
  %824 = getelementptr inbounds float, ptr %kh, i64 %45
  %825 = load float, ptr %824, align 4
  %826 = insertelement <8 x float> poison, float %823, i64 0
  %827 = shufflevector <8 x float> %826, <8 x float> poison, <8 x i32> zeroinitializer
  %828 = load <8 x float>, ptr %173, align 4
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %661, <8 x float> %828)
  store <8 x float> %829, ptr %173, align 4
  %830 = insertelement <8 x float> poison, float %825, i64 0
  %831 = shufflevector <8 x float> %830, <8 x float> poison, <8 x i32> zeroinitializer
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %829, <8 x float> %806)
  %833 = load <8 x float>, ptr %178, align 4
  %834 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %666, <8 x float> %833)
  store <8 x float> %834, ptr %178, align 4
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %834, <8 x float> %809)
  %836 = load float, ptr %615, align 4
  %837 = getelementptr inbounds float, ptr %kh, i64 %46
  %838 = load float, ptr %837, align 4
  %839 = insertelement <8 x float> poison, float %836, i64 0
  %840 = shufflevector <8 x float> %839, <8 x float> poison, <8 x i32> zeroinitializer
  %841 = load <8 x float>, ptr %183, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %840, <8 x float> %661, <8 x float> %841)
  store <8 x float> %842, ptr %183, align 4
  %843 = insertelement <8 x float> poison, float %838, i64 0
  %844 = shufflevector <8 x float> %843, <8 x float> poison, <8 x i32> zeroinitializer
  %845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %844, <8 x float> %842, <8 x float> %819)
  %846 = load <8 x float>, ptr %188, align 4
  %847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %840, <8 x float> %666, <8 x float> %846)
  store <8 x float> %847, ptr %188, align 4
  %848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %844, <8 x float> %847, <8 x float> %822)
  %849 = load float, ptr %628, align 4
  %850 = getelementptr inbounds float, ptr %kh, i64 %47
  %851 = load float, ptr %850, align 4
  %852 = insertelement <8 x float> poison, float %849, i64 0
  %853 = shufflevector <8 x float> %852, <8 x float> poison, <8 x i32> zeroinitializer
  %854 = load <8 x float>, ptr %193, align 4
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %661, <8 x float> %854)
  store <8 x float> %855, ptr %193, align 4
  %856 = insertelement <8 x float> poison, float %851, i64 0
  %857 = shufflevector <8 x float> %856, <8 x float> poison, <8 x i32> zeroinitializer
  %858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %857, <8 x float> %855, <8 x float> %832)
  %859 = load <8 x float>, ptr %198, align 4
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %666, <8 x float> %859)
  store <8 x float> %860, ptr %198, align 4
  %861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %857, <8 x float> %860, <8 x float> %835)
  %862 = load float, ptr %641, align 4
  %863 = getelementptr inbounds float, ptr %kh, i64 %48
  %864 = load float, ptr %863, align 4
  %865 = insertelement <8 x float> poison, float %862, i64 0
  %866 = shufflevector <8 x float> %865, <8 x float> poison, <8 x i32> zeroinitializer
  %867 = load <8 x float>, ptr %203, align 4
  %868 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %661, <8 x float> %867)
  store <8 x float> %868, ptr %203, align 4
  %869 = insertelement <8 x float> poison, float %864, i64 0
  %870 = shufflevector <8 x float> %869, <8 x float> poison, <8 x i32> zeroinitializer
  %871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> %868, <8 x float> %845)
  %872 = load <8 x float>, ptr %208, align 4
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %666, <8 x float> %872)
  store <8 x float> %873, ptr %208, align 4
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> %873, <8 x float> %848)
  %875 = getelementptr inbounds i8, ptr %betah, i64 %.idx173
  %876 = load float, ptr %875, align 4
  %877 = getelementptr inbounds float, ptr %vh, i64 %5
  %878 = load <8 x float>, ptr %877, align 4
  %879 = fadd <8 x float> %858, %871
  %880 = fsub <8 x float> %878, %879
  %881 = insertelement <8 x float> poison, float %876, i64 0
  %882 = shufflevector <8 x float> %881, <8 x float> poison, <8 x i32> zeroinitializer
  %883 = fmul <8 x float> %882, %880
  %884 = getelementptr inbounds float, ptr %vh, i64 %6
  %885 = load <8 x float>, ptr %884, align 4
  %886 = fadd <8 x float> %861, %874
  %887 = fsub <8 x float> %885, %886
  %888 = fmul <8 x float> %882, %887
  %889 = load float, ptr %668, align 4
  %890 = load float, ptr %qh, align 4
  %891 = insertelement <8 x float> poison, float %889, i64 0
  %892 = shufflevector <8 x float> %891, <8 x float> poison, <8 x i32> zeroinitializer
  %893 = load <8 x float>, ptr %S, align 4
  %894 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> %883, <8 x float> %893)
  store <8 x float> %894, ptr %S, align 4
  %895 = insertelement <8 x float> poison, float %890, i64 0
  %896 = shufflevector <8 x float> %895, <8 x float> poison, <8 x i32> zeroinitializer
  %897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> %894, <8 x float> zeroinitializer)
  %898 = load <8 x float>, ptr %58, align 4
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> %888, <8 x float> %898)
  store <8 x float> %899, ptr %58, align 4
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> %899, <8 x float> zeroinitializer)
  %901 = load float, ptr %681, align 4
  %902 = getelementptr inbounds i8, ptr %qh, i64 4
  %903 = load float, ptr %902, align 4
  %904 = insertelement <8 x float> poison, float %901, i64 0
  %905 = shufflevector <8 x float> %904, <8 x float> poison, <8 x i32> zeroinitializer
  %906 = load <8 x float>, ptr %63, align 4
  %907 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %883, <8 x float> %906)
  store <8 x float> %907, ptr %63, align 4
  %908 = insertelement <8 x float> poison, float %903, i64 0
  %909 = shufflevector <8 x float> %908, <8 x float> poison, <8 x i32> zeroinitializer
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> %907, <8 x float> %897)
  %911 = load <8 x float>, ptr %68, align 4
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %888, <8 x float> %911)
  store <8 x float> %912, ptr %68, align 4
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> %912, <8 x float> %900)
  %914 = load float, ptr %694, align 4
  %915 = getelementptr inbounds i8, ptr %qh, i64 8
  %916 = load float, ptr %915, align 4
  %917 = insertelement <8 x float> poison, float %914, i64 0
  %918 = shufflevector <8 x float> %917, <8 x float> poison, <8 x i32> zeroinitializer
  %919 = load <8 x float>, ptr %73, align 4
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %883, <8 x float> %919)
  store <8 x float> %920, ptr %73, align 4
  %921 = insertelement <8 x float> poison, float %916, i64 0
  %922 = shufflevector <8 x float> %921, <8 x float> poison, <8 x i32> zeroinitializer
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %922, <8 x float> %920, <8 x float> %910)
  %924 = load <8 x float>, ptr %78, align 4
  %925 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %888, <8 x float> %924)
  store <8 x float> %925, ptr %78, align 4
  %926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %922, <8 x float> %925, <8 x float> %913)
  %927 = load float, ptr %707, align 4
  %928 = getelementptr inbounds i8, ptr %qh, i64 12
  %929 = load float, ptr %928, align 4
  %930 = insertelement <8 x float> poison, float %927, i64 0
  %931 = shufflevector <8 x float> %930, <8 x float> poison, <8 x i32> zeroinitializer
  %932 = load <8 x float>, ptr %83, align 4
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %883, <8 x float> %932)
  store <8 x float> %933, ptr %83, align 4
  %934 = insertelement <8 x float> poison, float %929, i64 0
  %935 = shufflevector <8 x float> %934, <8 x float> poison, <8 x i32> zeroinitializer
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %933, <8 x float> %923)
  %937 = load <8 x float>, ptr %88, align 4
  %938 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %888, <8 x float> %937)
  store <8 x float> %938, ptr %88, align 4
  %939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %938, <8 x float> %926)
  %940 = load float, ptr %720, align 4
  %941 = getelementptr inbounds i8, ptr %qh, i64 16
  %942 = load float, ptr %941, align 4
  %943 = insertelement <8 x float> poison, float %940, i64 0
  %944 = shufflevector <8 x float> %943, <8 x float> poison, <8 x i32> zeroinitializer
  %945 = load <8 x float>, ptr %93, align 4
  %946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> %883, <8 x float> %945)
  store <8 x float> %946, ptr %93, align 4
  %947 = insertelement <8 x float> poison, float %942, i64 0
  %948 = shufflevector <8 x float> %947, <8 x float> poison, <8 x i32> zeroinitializer
  %949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> %946, <8 x float> %936)
  %950 = load <8 x float>, ptr %98, align 4
  %951 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> %888, <8 x float> %950)
  store <8 x float> %951, ptr %98, align 4
  %952 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %948, <8 x float> %951, <8 x float> %939)
  %953 = load float, ptr %733, align 4
  %954 = getelementptr inbounds i8, ptr %qh, i64 20
  %955 = load float, ptr %954, align 4
  %956 = insertelement <8 x float> poison, float %953, i64 0
  %957 = shufflevector <8 x float> %956, <8 x float> poison, <8 x i32> zeroinitializer
  %958 = load <8 x float>, ptr %103, align 4
  %959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> %883, <8 x float> %958)
  store <8 x float> %959, ptr %103, align 4
  %960 = insertelement <8 x float> poison, float %955, i64 0
  %961 = shufflevector <8 x float> %960, <8 x float> poison, <8 x i32> zeroinitializer
  %962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %959, <8 x float> %949)
  %963 = load <8 x float>, ptr %108, align 4
  %964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> %888, <8 x float> %963)
  store <8 x float> %964, ptr %108, align 4
  %965 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %964, <8 x float> %952)
  %966 = load float, ptr %746, align 4
  %967 = getelementptr inbounds i8, ptr %qh, i64 24
  %968 = load float, ptr %967, align 4
  %969 = insertelement <8 x float> poison, float %966, i64 0
  %970 = shufflevector <8 x float> %969, <8 x float> poison, <8 x i32> zeroinitializer
  %971 = load <8 x float>, ptr %113, align 4
  %972 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %883, <8 x float> %971)
  store <8 x float> %972, ptr %113, align 4
  %973 = insertelement <8 x float> poison, float %968, i64 0
  %974 = shufflevector <8 x float> %973, <8 x float> poison, <8 x i32> zeroinitializer
  %975 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %972, <8 x float> %962)
  %976 = load <8 x float>, ptr %118, align 4
  %977 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %888, <8 x float> %976)
  store <8 x float> %977, ptr %118, align 4
  %978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %977, <8 x float> %965)
  %979 = load float, ptr %759, align 4
  %980 = getelementptr inbounds i8, ptr %qh, i64 28
  %981 = load float, ptr %980, align 4
  %982 = insertelement <8 x float> poison, float %979, i64 0
  %983 = shufflevector <8 x float> %982, <8 x float> poison, <8 x i32> zeroinitializer
  %984 = load <8 x float>, ptr %123, align 4
  %985 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %883, <8 x float> %984)
  store <8 x float> %985, ptr %123, align 4
  %986 = insertelement <8 x float> poison, float %981, i64 0
  %987 = shufflevector <8 x float> %986, <8 x float> poison, <8 x i32> zeroinitializer
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> %985, <8 x float> %975)
  %989 = load <8 x float>, ptr %128, align 4
  %990 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %888, <8 x float> %989)
  store <8 x float> %990, ptr %128, align 4
  %991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %987, <8 x float> %990, <8 x float> %978)
  %992 = load float, ptr %772, align 4
  %993 = getelementptr inbounds i8, ptr %qh, i64 32
  %994 = load float, ptr %993, align 4
  %995 = insertelement <8 x float> poison, float %992, i64 0
  %996 = shufflevector <8 x float> %995, <8 x float> poison, <8 x i32> zeroinitializer
  %997 = load <8 x float>, ptr %133, align 4
  %998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %883, <8 x float> %997)
  store <8 x float> %998, ptr %133, align 4
  %999 = insertelement <8 x float> poison, float %994, i64 0
  %1000 = shufflevector <8 x float> %999, <8 x float> poison, <8 x i32> zeroinitializer
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %998, <8 x float> %988)
  %1002 = load <8 x float>, ptr %138, align 4
  %1003 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %888, <8 x float> %1002)
  store <8 x float> %1003, ptr %138, align 4
  %1004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1003, <8 x float> %991)
  %1005 = load float, ptr %785, align 4
  %1006 = getelementptr inbounds i8, ptr %qh, i64 36
  %1007 = load float, ptr %1006, align 4
  %1008 = insertelement <8 x float> poison, float %1005, i64 0
  %1009 = shufflevector <8 x float> %1008, <8 x float> poison, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, ptr %143, align 4
  %1011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1009, <8 x float> %883, <8 x float> %1010)
  store <8 x float> %1011, ptr %143, align 4
  %1012 = insertelement <8 x float> poison, float %1007, i64 0
  %1013 = shufflevector <8 x float> %1012, <8 x float> poison, <8 x i32> zeroinitializer
  %1014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %1011, <8 x float> %1001)
  %1015 = load <8 x float>, ptr %148, align 4
  %1016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1009, <8 x float> %888, <8 x float> %1015)
  store <8 x float> %1016, ptr %148, align 4
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %1016, <8 x float> %1004)
  %1018 = load float, ptr %798, align 4
  %1019 = getelementptr inbounds i8, ptr %qh, i64 40
  %1020 = load float, ptr %1019, align 4
  %1021 = insertelement <8 x float> poison, float %1018, i64 0
  %1022 = shufflevector <8 x float> %1021, <8 x float> poison, <8 x i32> zeroinitializer
  %1023 = load <8 x float>, ptr %153, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1022, <8 x float> %883, <8 x float> %1023)
  store <8 x float> %1024, ptr %153, align 4
  %1025 = insertelement <8 x float> poison, float %1020, i64 0
  %1026 = shufflevector <8 x float> %1025, <8 x float> poison, <8 x i32> zeroinitializer
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> %1024, <8 x float> %1014)
  %1028 = load <8 x float>, ptr %158, align 4
  %1029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1022, <8 x float> %888, <8 x float> %1028)
  store <8 x float> %1029, ptr %158, align 4
  %1030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> %1029, <8 x float> %1017)
  %1031 = load float, ptr %811, align 4
  %1032 = getelementptr inbounds i8, ptr %qh, i64 44
  %1033 = load float, ptr %1032, align 4
  %1034 = insertelement <8 x float> poison, float %1031, i64 0
  %1035 = shufflevector <8 x float> %1034, <8 x float> poison, <8 x i32> zeroinitializer
  %1036 = load <8 x float>, ptr %163, align 4
  %1037 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %883, <8 x float> %1036)
  store <8 x float> %1037, ptr %163, align 4
  %1038 = insertelement <8 x float> poison, float %1033, i64 0
  %1039 = shufflevector <8 x float> %1038, <8 x float> poison, <8 x i32> zeroinitializer
  %1040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1037, <8 x float> %1027)
  %1041 = load <8 x float>, ptr %168, align 4
  %1042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %888, <8 x float> %1041)
  store <8 x float> %1042, ptr %168, align 4
  %1043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1042, <8 x float> %1030)
  %1044 = load float, ptr %824, align 4
  %1045 = getelementptr inbounds i8, ptr %qh, i64 48
  %1046 = load float, ptr %1045, align 4
  %1047 = insertelement <8 x float> poison, float %1044, i64 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> poison, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, ptr %173, align 4
  %1050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %883, <8 x float> %1049)
  store <8 x float> %1050, ptr %173, align 4
  %1051 = insertelement <8 x float> poison, float %1046, i64 0
  %1052 = shufflevector <8 x float> %1051, <8 x float> poison, <8 x i32> zeroinitializer
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1050, <8 x float> %1040)
  %1054 = load <8 x float>, ptr %178, align 4
  %1055 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %888, <8 x float> %1054)
  store <8 x float> %1055, ptr %178, align 4
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1055, <8 x float> %1043)
  %1057 = load float, ptr %837, align 4
  %1058 = getelementptr inbounds i8, ptr %qh, i64 52
  %1059 = load float, ptr %1058, align 4
  %1060 = insertelement <8 x float> poison, float %1057, i64 0
  %1061 = shufflevector <8 x float> %1060, <8 x float> poison, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, ptr %183, align 4
  %1063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %883, <8 x float> %1062)
  store <8 x float> %1063, ptr %183, align 4
  %1064 = insertelement <8 x float> poison, float %1059, i64 0
  %1065 = shufflevector <8 x float> %1064, <8 x float> poison, <8 x i32> zeroinitializer
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1063, <8 x float> %1053)
  %1067 = load <8 x float>, ptr %188, align 4
  %1068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %888, <8 x float> %1067)
  store <8 x float> %1068, ptr %188, align 4
  %1069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1068, <8 x float> %1056)
  %1070 = load float, ptr %850, align 4
  %1071 = getelementptr inbounds i8, ptr %qh, i64 56
  %1072 = load float, ptr %1071, align 4
  %1073 = insertelement <8 x float> poison, float %1070, i64 0
  %1074 = shufflevector <8 x float> %1073, <8 x float> poison, <8 x i32> zeroinitializer
  %1075 = load <8 x float>, ptr %193, align 4
  %1076 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %883, <8 x float> %1075)
  store <8 x float> %1076, ptr %193, align 4
  %1077 = insertelement <8 x float> poison, float %1072, i64 0
  %1078 = shufflevector <8 x float> %1077, <8 x float> poison, <8 x i32> zeroinitializer
  %1079 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> %1076, <8 x float> %1066)
  %1080 = load <8 x float>, ptr %198, align 4
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %888, <8 x float> %1080)
  store <8 x float> %1081, ptr %198, align 4
  %1082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> %1081, <8 x float> %1069)
  %1083 = load float, ptr %863, align 4
  %1084 = getelementptr inbounds i8, ptr %qh, i64 60
  %1085 = load float, ptr %1084, align 4
  %1086 = insertelement <8 x float> poison, float %1083, i64 0
  %1087 = shufflevector <8 x float> %1086, <8 x float> poison, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, ptr %203, align 4
  %1089 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1087, <8 x float> %883, <8 x float> %1088)
  store <8 x float> %1089, ptr %203, align 4
  %1090 = insertelement <8 x float> poison, float %1085, i64 0
  %1091 = shufflevector <8 x float> %1090, <8 x float> poison, <8 x i32> zeroinitializer
  %1092 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> %1089, <8 x float> %1079)
  %1093 = load <8 x float>, ptr %208, align 4
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1087, <8 x float> %888, <8 x float> %1093)
  store <8 x float> %1094, ptr %208, align 4
  %1095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> %1094, <8 x float> %1082)
  %oh = getelementptr inbounds float, ptr %o, i64 %51
  %1096 = fmul <8 x float> %1092, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <8 x float> %1096, ptr %oh, align 4
  %1097 = fmul <8 x float> %1095, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %1098 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %1097, ptr %1098, align 4
  %bh.next = add nsw i64 %bh.addr.0199, 1
  %exitcond.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond.not, label %bh.exit, label %bh.body

bh.exit:                                          ; preds = %bh.body, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
