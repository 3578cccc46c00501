; ---- dp_fwd_h1_k16_v16_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k16_v16_c64_nogate'
source_filename = "dp_fwd_h1_k16_v16_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k16_v16_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = mul i64 %H, %T
  %A = getelementptr inbounds i8, ptr %work, i64 17408
  %KT = getelementptr inbounds i8, ptr %work, i64 5120
  %Kc = getelementptr inbounds i8, ptr %work, i64 1024
  %Oc = getelementptr inbounds i8, ptr %work, i64 54272
  %P = getelementptr inbounds i8, ptr %work, i64 37888
  %Qc = getelementptr inbounds i8, ptr %work, i64 33792
  %X = getelementptr inbounds i8, ptr %work, i64 9216
  %bet = getelementptr inbounds i8, ptr %work, i64 75264
  %2 = icmp sgt i64 %T, 0
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %3 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %3, 7
  %4 = sub i64 %bh0, %bh1
  %5 = icmp ugt i64 %4, -8
  br i1 %5, label %bh.exit.loopexit934.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %3, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %6 = add nuw nsw i64 %T, 63
  %nc522659 = lshr i64 %6, 6
  %7 = mul i64 %nc522659, %bh0
  %8 = shl i64 %nc522659, 10
  %9 = shl i64 %H, 12
  %10 = shl i64 %H, 6
  %11 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 33792
  %invariant.gep647 = getelementptr i8, ptr %work, i64 1024
  %invariant.gep649 = getelementptr i8, ptr %work, i64 9216
  %12 = getelementptr inbounds i8, ptr %work, i64 5376
  %13 = getelementptr inbounds i8, ptr %work, i64 5632
  %14 = getelementptr inbounds i8, ptr %work, i64 5888
  %15 = getelementptr inbounds i8, ptr %work, i64 6144
  %16 = getelementptr inbounds i8, ptr %work, i64 6400
  %17 = getelementptr inbounds i8, ptr %work, i64 6656
  %18 = getelementptr inbounds i8, ptr %work, i64 6912
  %19 = getelementptr inbounds i8, ptr %work, i64 7168
  %20 = getelementptr inbounds i8, ptr %work, i64 7424
  %21 = getelementptr inbounds i8, ptr %work, i64 7680
  %22 = getelementptr inbounds i8, ptr %work, i64 7936
  %23 = getelementptr inbounds i8, ptr %work, i64 8192
  %24 = getelementptr inbounds i8, ptr %work, i64 8448
  %25 = getelementptr inbounds i8, ptr %work, i64 8704
  %26 = getelementptr inbounds i8, ptr %work, i64 8960
  %27 = getelementptr inbounds i8, ptr %work, i64 33824
  %28 = getelementptr inbounds i8, ptr %work, i64 1056
  %29 = getelementptr inbounds i8, ptr %work, i64 9248
  %30 = getelementptr inbounds i8, ptr %work, i64 5376
  %31 = getelementptr inbounds i8, ptr %work, i64 5632
  %32 = getelementptr inbounds i8, ptr %work, i64 5888
  %33 = getelementptr inbounds i8, ptr %work, i64 6144
  %34 = getelementptr inbounds i8, ptr %work, i64 6400
  %35 = getelementptr inbounds i8, ptr %work, i64 6656
  %36 = getelementptr inbounds i8, ptr %work, i64 6912
  %37 = getelementptr inbounds i8, ptr %work, i64 7168
  %38 = getelementptr inbounds i8, ptr %work, i64 7424
  %39 = getelementptr inbounds i8, ptr %work, i64 7680
  %40 = getelementptr inbounds i8, ptr %work, i64 7936
  %41 = getelementptr inbounds i8, ptr %work, i64 8192
  %42 = getelementptr inbounds i8, ptr %work, i64 8448
  %43 = getelementptr inbounds i8, ptr %work, i64 8704
  %44 = getelementptr inbounds i8, ptr %work, i64 8960
  %invariant.gep655 = getelementptr i8, ptr %work, i64 54272
  %45 = getelementptr inbounds i8, ptr %work, i64 32
  %46 = getelementptr inbounds i8, ptr %work, i64 64
  %47 = getelementptr inbounds i8, ptr %work, i64 96
  %48 = getelementptr inbounds i8, ptr %work, i64 128
  %49 = getelementptr inbounds i8, ptr %work, i64 160
  %50 = getelementptr inbounds i8, ptr %work, i64 192
  %51 = getelementptr inbounds i8, ptr %work, i64 224
  %52 = getelementptr inbounds i8, ptr %work, i64 256
  %53 = getelementptr inbounds i8, ptr %work, i64 288
  %54 = getelementptr inbounds i8, ptr %work, i64 320
  %55 = getelementptr inbounds i8, ptr %work, i64 352
  %56 = getelementptr inbounds i8, ptr %work, i64 384
  %57 = getelementptr inbounds i8, ptr %work, i64 416
  %58 = getelementptr inbounds i8, ptr %work, i64 448
  %59 = getelementptr inbounds i8, ptr %work, i64 480
  %60 = getelementptr inbounds i8, ptr %work, i64 512
  %61 = getelementptr inbounds i8, ptr %work, i64 544
  %62 = getelementptr inbounds i8, ptr %work, i64 576
  %63 = getelementptr inbounds i8, ptr %work, i64 608
  %64 = getelementptr inbounds i8, ptr %work, i64 640
  %65 = getelementptr inbounds i8, ptr %work, i64 672
  %66 = getelementptr inbounds i8, ptr %work, i64 704
  %67 = getelementptr inbounds i8, ptr %work, i64 736
  %68 = getelementptr inbounds i8, ptr %work, i64 768
  %69 = getelementptr inbounds i8, ptr %work, i64 800
  %70 = getelementptr inbounds i8, ptr %work, i64 832
  %71 = getelementptr inbounds i8, ptr %work, i64 864
  %72 = getelementptr inbounds i8, ptr %work, i64 896
  %73 = getelementptr inbounds i8, ptr %work, i64 928
  %74 = getelementptr inbounds i8, ptr %work, i64 960
  %75 = getelementptr inbounds i8, ptr %work, i64 992
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i17.head.preheader_crit_edge.us
  %indvar478 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next479, %ci.head.i17.head.preheader_crit_edge.us ]
  %bh.addr.0396.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i17.head.preheader_crit_edge.us ]
  %76 = add i64 %indvar478, %bh0
  %77 = shl i64 %76, 10
  %scevgep509 = getelementptr i8, ptr %hT, i64 %77
  %78 = mul i64 %8, %indvar478
  %scevgep481 = getelementptr i8, ptr %h0, i64 %77
  %b.us = sdiv i64 %bh.addr.0396.us, %H
  %h.us = srem i64 %bh.addr.0396.us, %H
  %79 = mul i64 %1, %b.us
  %bT.us = add i64 %79, %h.us
  %80 = shl nsw i64 %bT.us, 4
  %kh.us = getelementptr inbounds float, ptr %k, i64 %80
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep481, i64 1024, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %80
  %vh.us = getelementptr inbounds float, ptr %v, i64 %80
  %81 = shl i64 %bT.us, 6
  %invariant.gep657 = getelementptr i8, ptr %hs, i64 %78
  %82 = getelementptr i8, ptr %qh.us, i64 32
  %83 = getelementptr i8, ptr %kh.us, i64 32
  %84 = getelementptr i8, ptr %kh.us, i64 44
  %85 = getelementptr i8, ptr %kh.us, i64 48
  %86 = getelementptr i8, ptr %kh.us, i64 52
  %87 = getelementptr i8, ptr %kh.us, i64 56
  %88 = getelementptr i8, ptr %kh.us, i64 60
  %89 = getelementptr i8, ptr %vh.us, i64 32
  %90 = getelementptr i8, ptr %o, i64 %81
  br label %i1.head.preheader.us

p8.exit.us:                                       ; preds = %p8.body.us
  store <8 x float> %603, ptr %work, align 4
  store <8 x float> %604, ptr %45, align 4
  store <8 x float> %609, ptr %46, align 4
  store <8 x float> %610, ptr %47, align 4
  store <8 x float> %615, ptr %48, align 4
  store <8 x float> %616, ptr %49, align 4
  store <8 x float> %621, ptr %50, align 4
  store <8 x float> %622, ptr %51, align 4
  %91 = load <8 x float>, ptr %52, align 4
  %92 = load <8 x float>, ptr %53, align 4
  %93 = load <8 x float>, ptr %54, align 4
  %94 = load <8 x float>, ptr %55, align 4
  %95 = load <8 x float>, ptr %56, align 4
  %96 = load <8 x float>, ptr %57, align 4
  %97 = load <8 x float>, ptr %58, align 4
  %98 = load <8 x float>, ptr %59, align 4
  br label %p8.body.us.1

p8.body.us.1:                                     ; preds = %p8.body.us.1, %p8.exit.us
  %p8.addr.0391.us.1 = phi i64 [ 0, %p8.exit.us ], [ %p8.next.us.1.3, %p8.body.us.1 ]
  %acc51.0390.us.1 = phi <8 x float> [ %98, %p8.exit.us ], [ %226, %p8.body.us.1 ]
  %acc50.0389.us.1 = phi <8 x float> [ %97, %p8.exit.us ], [ %225, %p8.body.us.1 ]
  %acc49.0388.us.1 = phi <8 x float> [ %96, %p8.exit.us ], [ %220, %p8.body.us.1 ]
  %acc48.0387.us.1 = phi <8 x float> [ %95, %p8.exit.us ], [ %219, %p8.body.us.1 ]
  %acc47.0386.us.1 = phi <8 x float> [ %94, %p8.exit.us ], [ %214, %p8.body.us.1 ]
  %acc46.0385.us.1 = phi <8 x float> [ %93, %p8.exit.us ], [ %213, %p8.body.us.1 ]
  %acc45.0384.us.1 = phi <8 x float> [ %92, %p8.exit.us ], [ %208, %p8.body.us.1 ]
  %acc44.0383.us.1 = phi <8 x float> [ %91, %p8.exit.us ], [ %207, %p8.body.us.1 ]
  %99 = shl nuw nsw i64 %p8.addr.0391.us.1, 5
  %100 = or disjoint i64 %99, 16
  %101 = getelementptr inbounds float, ptr %X, i64 %100
  %102 = load <8 x float>, ptr %101, align 4
  %103 = or disjoint i64 %99, 24
  %104 = getelementptr inbounds float, ptr %X, i64 %103
  %105 = load <8 x float>, ptr %104, align 4
  %106 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0391.us.1
  %107 = getelementptr inbounds i8, ptr %106, i64 1024
  %108 = load float, ptr %107, align 4
  %109 = insertelement <8 x float> poison, float %108, i64 0
  %110 = shufflevector <8 x float> %109, <8 x float> poison, <8 x i32> zeroinitializer
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> %102, <8 x float> %acc44.0383.us.1)
  %112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> %105, <8 x float> %acc45.0384.us.1)
  %113 = getelementptr inbounds i8, ptr %106, i64 1280
  %114 = load float, ptr %113, align 4
  %115 = insertelement <8 x float> poison, float %114, i64 0
  %116 = shufflevector <8 x float> %115, <8 x float> poison, <8 x i32> zeroinitializer
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> %102, <8 x float> %acc46.0385.us.1)
  %118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> %105, <8 x float> %acc47.0386.us.1)
  %119 = getelementptr inbounds i8, ptr %106, i64 1536
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %102, <8 x float> %acc48.0387.us.1)
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %105, <8 x float> %acc49.0388.us.1)
  %125 = getelementptr inbounds i8, ptr %106, i64 1792
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %102, <8 x float> %acc50.0389.us.1)
  %130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %105, <8 x float> %acc51.0390.us.1)
  %p8.next.us.1 = or disjoint i64 %p8.addr.0391.us.1, 1
  %131 = shl nuw nsw i64 %p8.next.us.1, 5
  %132 = or disjoint i64 %131, 16
  %133 = getelementptr inbounds float, ptr %X, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = or disjoint i64 %131, 24
  %136 = getelementptr inbounds float, ptr %X, i64 %135
  %137 = load <8 x float>, ptr %136, align 4
  %138 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1
  %139 = getelementptr inbounds i8, ptr %138, i64 1024
  %140 = load float, ptr %139, align 4
  %141 = insertelement <8 x float> poison, float %140, i64 0
  %142 = shufflevector <8 x float> %141, <8 x float> poison, <8 x i32> zeroinitializer
  %143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %134, <8 x float> %111)
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %142, <8 x float> %137, <8 x float> %112)
  %145 = getelementptr inbounds i8, ptr %138, i64 1280
  %146 = load float, ptr %145, align 4
  %147 = insertelement <8 x float> poison, float %146, i64 0
  %148 = shufflevector <8 x float> %147, <8 x float> poison, <8 x i32> zeroinitializer
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %134, <8 x float> %117)
  %150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %137, <8 x float> %118)
  %151 = getelementptr inbounds i8, ptr %138, i64 1536
  %152 = load float, ptr %151, align 4
  %153 = insertelement <8 x float> poison, float %152, i64 0
  %154 = shufflevector <8 x float> %153, <8 x float> poison, <8 x i32> zeroinitializer
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %134, <8 x float> %123)
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %137, <8 x float> %124)
  %157 = getelementptr inbounds i8, ptr %138, i64 1792
  %158 = load float, ptr %157, align 4
  %159 = insertelement <8 x float> poison, float %158, i64 0
  %160 = shufflevector <8 x float> %159, <8 x float> poison, <8 x i32> zeroinitializer
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %134, <8 x float> %129)
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %160, <8 x float> %137, <8 x float> %130)
  %p8.next.us.1.1 = or disjoint i64 %p8.addr.0391.us.1, 2
  %163 = shl nuw nsw i64 %p8.next.us.1.1, 5
  %164 = or disjoint i64 %163, 16
  %165 = getelementptr inbounds float, ptr %X, i64 %164
  %166 = load <8 x float>, ptr %165, align 4
  %167 = or disjoint i64 %163, 24
  %168 = getelementptr inbounds float, ptr %X, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1.1
  %171 = getelementptr inbounds i8, ptr %170, i64 1024
  %172 = load float, ptr %171, align 4
  %173 = insertelement <8 x float> poison, float %172, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %166, <8 x float> %143)
  %176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %169, <8 x float> %144)
  %177 = getelementptr inbounds i8, ptr %170, i64 1280
  %178 = load float, ptr %177, align 4
  %179 = insertelement <8 x float> poison, float %178, i64 0
  %180 = shufflevector <8 x float> %179, <8 x float> poison, <8 x i32> zeroinitializer
  %181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %166, <8 x float> %149)
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %169, <8 x float> %150)
  %183 = getelementptr inbounds i8, ptr %170, i64 1536
  %184 = load float, ptr %183, align 4
  %185 = insertelement <8 x float> poison, float %184, i64 0
  %186 = shufflevector <8 x float> %185, <8 x float> poison, <8 x i32> zeroinitializer
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %166, <8 x float> %155)
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %169, <8 x float> %156)
  %189 = getelementptr inbounds i8, ptr %170, i64 1792
  %190 = load float, ptr %189, align 4
  %191 = insertelement <8 x float> poison, float %190, i64 0
  %192 = shufflevector <8 x float> %191, <8 x float> poison, <8 x i32> zeroinitializer
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %166, <8 x float> %161)
  %194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> %169, <8 x float> %162)
  %p8.next.us.1.2 = or disjoint i64 %p8.addr.0391.us.1, 3
  %195 = shl nuw nsw i64 %p8.next.us.1.2, 5
  %196 = or disjoint i64 %195, 16
  %197 = getelementptr inbounds float, ptr %X, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = or disjoint i64 %195, 24
  %200 = getelementptr inbounds float, ptr %X, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1.2
  %203 = getelementptr inbounds i8, ptr %202, i64 1024
  %204 = load float, ptr %203, align 4
  %205 = insertelement <8 x float> poison, float %204, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %198, <8 x float> %175)
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %201, <8 x float> %176)
  %209 = getelementptr inbounds i8, ptr %202, i64 1280
  %210 = load float, ptr %209, align 4
  %211 = insertelement <8 x float> poison, float %210, i64 0
  %212 = shufflevector <8 x float> %211, <8 x float> poison, <8 x i32> zeroinitializer
  %213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %198, <8 x float> %181)
  %214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %201, <8 x float> %182)
  %215 = getelementptr inbounds i8, ptr %202, i64 1536
  %216 = load float, ptr %215, align 4
  %217 = insertelement <8 x float> poison, float %216, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %198, <8 x float> %187)
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %201, <8 x float> %188)
  %221 = getelementptr inbounds i8, ptr %202, i64 1792
  %222 = load float, ptr %221, align 4
  %223 = insertelement <8 x float> poison, float %222, i64 0
  %224 = shufflevector <8 x float> %223, <8 x float> poison, <8 x i32> zeroinitializer
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %198, <8 x float> %193)
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> %201, <8 x float> %194)
  %p8.next.us.1.3 = add nuw nsw i64 %p8.addr.0391.us.1, 4
  %exitcond504.1.not.3 = icmp eq i64 %p8.next.us.1.3, 64
  br i1 %exitcond504.1.not.3, label %p8.exit.us.1, label %p8.body.us.1

p8.exit.us.1:                                     ; preds = %p8.body.us.1
  store <8 x float> %207, ptr %52, align 4
  store <8 x float> %208, ptr %53, align 4
  store <8 x float> %213, ptr %54, align 4
  store <8 x float> %214, ptr %55, align 4
  store <8 x float> %219, ptr %56, align 4
  store <8 x float> %220, ptr %57, align 4
  store <8 x float> %225, ptr %58, align 4
  store <8 x float> %226, ptr %59, align 4
  %227 = load <8 x float>, ptr %60, align 4
  %228 = load <8 x float>, ptr %61, align 4
  %229 = load <8 x float>, ptr %62, align 4
  %230 = load <8 x float>, ptr %63, align 4
  %231 = load <8 x float>, ptr %64, align 4
  %232 = load <8 x float>, ptr %65, align 4
  %233 = load <8 x float>, ptr %66, align 4
  %234 = load <8 x float>, ptr %67, align 4
  br label %p8.body.us.2

p8.body.us.2:                                     ; preds = %p8.body.us.2, %p8.exit.us.1
  %p8.addr.0391.us.2 = phi i64 [ 0, %p8.exit.us.1 ], [ %p8.next.us.2.3, %p8.body.us.2 ]
  %acc51.0390.us.2 = phi <8 x float> [ %234, %p8.exit.us.1 ], [ %362, %p8.body.us.2 ]
  %acc50.0389.us.2 = phi <8 x float> [ %233, %p8.exit.us.1 ], [ %361, %p8.body.us.2 ]
  %acc49.0388.us.2 = phi <8 x float> [ %232, %p8.exit.us.1 ], [ %356, %p8.body.us.2 ]
  %acc48.0387.us.2 = phi <8 x float> [ %231, %p8.exit.us.1 ], [ %355, %p8.body.us.2 ]
  %acc47.0386.us.2 = phi <8 x float> [ %230, %p8.exit.us.1 ], [ %350, %p8.body.us.2 ]
  %acc46.0385.us.2 = phi <8 x float> [ %229, %p8.exit.us.1 ], [ %349, %p8.body.us.2 ]
  %acc45.0384.us.2 = phi <8 x float> [ %228, %p8.exit.us.1 ], [ %344, %p8.body.us.2 ]
  %acc44.0383.us.2 = phi <8 x float> [ %227, %p8.exit.us.1 ], [ %343, %p8.body.us.2 ]
  %235 = shl nuw nsw i64 %p8.addr.0391.us.2, 5
  %236 = or disjoint i64 %235, 16
  %237 = getelementptr inbounds float, ptr %X, i64 %236
  %238 = load <8 x float>, ptr %237, align 4
  %239 = or disjoint i64 %235, 24
  %240 = getelementptr inbounds float, ptr %X, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0391.us.2
  %243 = getelementptr inbounds i8, ptr %242, i64 2048
  %244 = load float, ptr %243, align 4
  %245 = insertelement <8 x float> poison, float %244, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %238, <8 x float> %acc44.0383.us.2)
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %241, <8 x float> %acc45.0384.us.2)
  %249 = getelementptr inbounds i8, ptr %242, i64 2304
  %250 = load float, ptr %249, align 4
  %251 = insertelement <8 x float> poison, float %250, i64 0
  %252 = shufflevector <8 x float> %251, <8 x float> poison, <8 x i32> zeroinitializer
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %238, <8 x float> %acc46.0385.us.2)
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %252, <8 x float> %241, <8 x float> %acc47.0386.us.2)
  %255 = getelementptr inbounds i8, ptr %242, i64 2560
  %256 = load float, ptr %255, align 4
  %257 = insertelement <8 x float> poison, float %256, i64 0
  %258 = shufflevector <8 x float> %257, <8 x float> poison, <8 x i32> zeroinitializer
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %238, <8 x float> %acc48.0387.us.2)
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %241, <8 x float> %acc49.0388.us.2)
  %261 = getelementptr inbounds i8, ptr %242, i64 2816
  %262 = load float, ptr %261, align 4
  %263 = insertelement <8 x float> poison, float %262, i64 0
  %264 = shufflevector <8 x float> %263, <8 x float> poison, <8 x i32> zeroinitializer
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %238, <8 x float> %acc50.0389.us.2)
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %241, <8 x float> %acc51.0390.us.2)
  %p8.next.us.2 = or disjoint i64 %p8.addr.0391.us.2, 1
  %267 = shl nuw nsw i64 %p8.next.us.2, 5
  %268 = or disjoint i64 %267, 16
  %269 = getelementptr inbounds float, ptr %X, i64 %268
  %270 = load <8 x float>, ptr %269, align 4
  %271 = or disjoint i64 %267, 24
  %272 = getelementptr inbounds float, ptr %X, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.2
  %275 = getelementptr inbounds i8, ptr %274, i64 2048
  %276 = load float, ptr %275, align 4
  %277 = insertelement <8 x float> poison, float %276, i64 0
  %278 = shufflevector <8 x float> %277, <8 x float> poison, <8 x i32> zeroinitializer
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %270, <8 x float> %247)
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %273, <8 x float> %248)
  %281 = getelementptr inbounds i8, ptr %274, i64 2304
  %282 = load float, ptr %281, align 4
  %283 = insertelement <8 x float> poison, float %282, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> poison, <8 x i32> zeroinitializer
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %270, <8 x float> %253)
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %273, <8 x float> %254)
  %287 = getelementptr inbounds i8, ptr %274, i64 2560
  %288 = load float, ptr %287, align 4
  %289 = insertelement <8 x float> poison, float %288, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %270, <8 x float> %259)
  %292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %273, <8 x float> %260)
  %293 = getelementptr inbounds i8, ptr %274, i64 2816
  %294 = load float, ptr %293, align 4
  %295 = insertelement <8 x float> poison, float %294, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %270, <8 x float> %265)
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %273, <8 x float> %266)
  %p8.next.us.2.1 = or disjoint i64 %p8.addr.0391.us.2, 2
  %299 = shl nuw nsw i64 %p8.next.us.2.1, 5
  %300 = or disjoint i64 %299, 16
  %301 = getelementptr inbounds float, ptr %X, i64 %300
  %302 = load <8 x float>, ptr %301, align 4
  %303 = or disjoint i64 %299, 24
  %304 = getelementptr inbounds float, ptr %X, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.2.1
  %307 = getelementptr inbounds i8, ptr %306, i64 2048
  %308 = load float, ptr %307, align 4
  %309 = insertelement <8 x float> poison, float %308, i64 0
  %310 = shufflevector <8 x float> %309, <8 x float> poison, <8 x i32> zeroinitializer
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %302, <8 x float> %279)
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %310, <8 x float> %305, <8 x float> %280)
  %313 = getelementptr inbounds i8, ptr %306, i64 2304
  %314 = load float, ptr %313, align 4
  %315 = insertelement <8 x float> poison, float %314, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %302, <8 x float> %285)
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %305, <8 x float> %286)
  %319 = getelementptr inbounds i8, ptr %306, i64 2560
  %320 = load float, ptr %319, align 4
  %321 = insertelement <8 x float> poison, float %320, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %302, <8 x float> %291)
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %305, <8 x float> %292)
  %325 = getelementptr inbounds i8, ptr %306, i64 2816
  %326 = load float, ptr %325, align 4
  %327 = insertelement <8 x float> poison, float %326, i64 0
  %328 = shufflevector <8 x float> %327, <8 x float> poison, <8 x i32> zeroinitializer
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %302, <8 x float> %297)
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %305, <8 x float> %298)
  %p8.next.us.2.2 = or disjoint i64 %p8.addr.0391.us.2, 3
  %331 = shl nuw nsw i64 %p8.next.us.2.2, 5
  %332 = or disjoint i64 %331, 16
  %333 = getelementptr inbounds float, ptr %X, i64 %332
  %334 = load <8 x float>, ptr %333, align 4
  %335 = or disjoint i64 %331, 24
  %336 = getelementptr inbounds float, ptr %X, i64 %335
  %337 = load <8 x float>, ptr %336, align 4
  %338 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.2.2
  %339 = getelementptr inbounds i8, ptr %338, i64 2048
  %340 = load float, ptr %339, align 4
  %341 = insertelement <8 x float> poison, float %340, i64 0
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <8 x i32> zeroinitializer
  %343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %334, <8 x float> %311)
  %344 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %337, <8 x float> %312)
  %345 = getelementptr inbounds i8, ptr %338, i64 2304
  %346 = load float, ptr %345, align 4
  %347 = insertelement <8 x float> poison, float %346, i64 0
  %348 = shufflevector <8 x float> %347, <8 x float> poison, <8 x i32> zeroinitializer
  %349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %334, <8 x float> %317)
  %350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %337, <8 x float> %318)
  %351 = getelementptr inbounds i8, ptr %338, i64 2560
  %352 = load float, ptr %351, align 4
  %353 = insertelement <8 x float> poison, float %352, i64 0
  %354 = shufflevector <8 x float> %353, <8 x float> poison, <8 x i32> zeroinitializer
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %334, <8 x float> %323)
  %356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %337, <8 x float> %324)
  %357 = getelementptr inbounds i8, ptr %338, i64 2816
  %358 = load float, ptr %357, align 4
  %359 = insertelement <8 x float> poison, float %358, i64 0
  %360 = shufflevector <8 x float> %359, <8 x float> poison, <8 x i32> zeroinitializer
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %334, <8 x float> %329)
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %337, <8 x float> %330)
  %p8.next.us.2.3 = add nuw nsw i64 %p8.addr.0391.us.2, 4
  %exitcond504.2.not.3 = icmp eq i64 %p8.next.us.2.3, 64
  br i1 %exitcond504.2.not.3, label %p8.exit.us.2, label %p8.body.us.2

p8.exit.us.2:                                     ; preds = %p8.body.us.2
  store <8 x float> %343, ptr %60, align 4
  store <8 x float> %344, ptr %61, align 4
  store <8 x float> %349, ptr %62, align 4
  store <8 x float> %350, ptr %63, align 4
  store <8 x float> %355, ptr %64, align 4
  store <8 x float> %356, ptr %65, align 4
  store <8 x float> %361, ptr %66, align 4
  store <8 x float> %362, ptr %67, align 4
  %363 = load <8 x float>, ptr %68, align 4
  %364 = load <8 x float>, ptr %69, align 4
  %365 = load <8 x float>, ptr %70, align 4
  %366 = load <8 x float>, ptr %71, align 4
  %367 = load <8 x float>, ptr %72, align 4
  %368 = load <8 x float>, ptr %73, align 4
  %369 = load <8 x float>, ptr %74, align 4
  %370 = load <8 x float>, ptr %75, align 4
  br label %p8.body.us.3

p8.body.us.3:                                     ; preds = %p8.body.us.3, %p8.exit.us.2
  %p8.addr.0391.us.3 = phi i64 [ 0, %p8.exit.us.2 ], [ %p8.next.us.3.3, %p8.body.us.3 ]
  %acc51.0390.us.3 = phi <8 x float> [ %370, %p8.exit.us.2 ], [ %498, %p8.body.us.3 ]
  %acc50.0389.us.3 = phi <8 x float> [ %369, %p8.exit.us.2 ], [ %497, %p8.body.us.3 ]
  %acc49.0388.us.3 = phi <8 x float> [ %368, %p8.exit.us.2 ], [ %492, %p8.body.us.3 ]
  %acc48.0387.us.3 = phi <8 x float> [ %367, %p8.exit.us.2 ], [ %491, %p8.body.us.3 ]
  %acc47.0386.us.3 = phi <8 x float> [ %366, %p8.exit.us.2 ], [ %486, %p8.body.us.3 ]
  %acc46.0385.us.3 = phi <8 x float> [ %365, %p8.exit.us.2 ], [ %485, %p8.body.us.3 ]
  %acc45.0384.us.3 = phi <8 x float> [ %364, %p8.exit.us.2 ], [ %480, %p8.body.us.3 ]
  %acc44.0383.us.3 = phi <8 x float> [ %363, %p8.exit.us.2 ], [ %479, %p8.body.us.3 ]
  %371 = shl nuw nsw i64 %p8.addr.0391.us.3, 5
  %372 = or disjoint i64 %371, 16
  %373 = getelementptr inbounds float, ptr %X, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = or disjoint i64 %371, 24
  %376 = getelementptr inbounds float, ptr %X, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0391.us.3
  %379 = getelementptr inbounds i8, ptr %378, i64 3072
  %380 = load float, ptr %379, align 4
  %381 = insertelement <8 x float> poison, float %380, i64 0
  %382 = shufflevector <8 x float> %381, <8 x float> poison, <8 x i32> zeroinitializer
  %383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %374, <8 x float> %acc44.0383.us.3)
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %377, <8 x float> %acc45.0384.us.3)
  %385 = getelementptr inbounds i8, ptr %378, i64 3328
  %386 = load float, ptr %385, align 4
  %387 = insertelement <8 x float> poison, float %386, i64 0
  %388 = shufflevector <8 x float> %387, <8 x float> poison, <8 x i32> zeroinitializer
  %389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %374, <8 x float> %acc46.0385.us.3)
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %377, <8 x float> %acc47.0386.us.3)
  %391 = getelementptr inbounds i8, ptr %378, i64 3584
  %392 = load float, ptr %391, align 4
  %393 = insertelement <8 x float> poison, float %392, i64 0
  %394 = shufflevector <8 x float> %393, <8 x float> poison, <8 x i32> zeroinitializer
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %374, <8 x float> %acc48.0387.us.3)
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %377, <8 x float> %acc49.0388.us.3)
  %397 = getelementptr inbounds i8, ptr %378, i64 3840
  %398 = load float, ptr %397, align 4
  %399 = insertelement <8 x float> poison, float %398, i64 0
  %400 = shufflevector <8 x float> %399, <8 x float> poison, <8 x i32> zeroinitializer
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %374, <8 x float> %acc50.0389.us.3)
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %377, <8 x float> %acc51.0390.us.3)
  %p8.next.us.3 = or disjoint i64 %p8.addr.0391.us.3, 1
  %403 = shl nuw nsw i64 %p8.next.us.3, 5
  %404 = or disjoint i64 %403, 16
  %405 = getelementptr inbounds float, ptr %X, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = or disjoint i64 %403, 24
  %408 = getelementptr inbounds float, ptr %X, i64 %407
  %409 = load <8 x float>, ptr %408, align 4
  %410 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.3
  %411 = getelementptr inbounds i8, ptr %410, i64 3072
  %412 = load float, ptr %411, align 4
  %413 = insertelement <8 x float> poison, float %412, i64 0
  %414 = shufflevector <8 x float> %413, <8 x float> poison, <8 x i32> zeroinitializer
  %415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %406, <8 x float> %383)
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %409, <8 x float> %384)
  %417 = getelementptr inbounds i8, ptr %410, i64 3328
  %418 = load float, ptr %417, align 4
  %419 = insertelement <8 x float> poison, float %418, i64 0
  %420 = shufflevector <8 x float> %419, <8 x float> poison, <8 x i32> zeroinitializer
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %406, <8 x float> %389)
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %409, <8 x float> %390)
  %423 = getelementptr inbounds i8, ptr %410, i64 3584
  %424 = load float, ptr %423, align 4
  %425 = insertelement <8 x float> poison, float %424, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %406, <8 x float> %395)
  %428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %409, <8 x float> %396)
  %429 = getelementptr inbounds i8, ptr %410, i64 3840
  %430 = load float, ptr %429, align 4
  %431 = insertelement <8 x float> poison, float %430, i64 0
  %432 = shufflevector <8 x float> %431, <8 x float> poison, <8 x i32> zeroinitializer
  %433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %406, <8 x float> %401)
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %409, <8 x float> %402)
  %p8.next.us.3.1 = or disjoint i64 %p8.addr.0391.us.3, 2
  %435 = shl nuw nsw i64 %p8.next.us.3.1, 5
  %436 = or disjoint i64 %435, 16
  %437 = getelementptr inbounds float, ptr %X, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = or disjoint i64 %435, 24
  %440 = getelementptr inbounds float, ptr %X, i64 %439
  %441 = load <8 x float>, ptr %440, align 4
  %442 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.3.1
  %443 = getelementptr inbounds i8, ptr %442, i64 3072
  %444 = load float, ptr %443, align 4
  %445 = insertelement <8 x float> poison, float %444, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %438, <8 x float> %415)
  %448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %441, <8 x float> %416)
  %449 = getelementptr inbounds i8, ptr %442, i64 3328
  %450 = load float, ptr %449, align 4
  %451 = insertelement <8 x float> poison, float %450, i64 0
  %452 = shufflevector <8 x float> %451, <8 x float> poison, <8 x i32> zeroinitializer
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %438, <8 x float> %421)
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %441, <8 x float> %422)
  %455 = getelementptr inbounds i8, ptr %442, i64 3584
  %456 = load float, ptr %455, align 4
  %457 = insertelement <8 x float> poison, float %456, i64 0
  %458 = shufflevector <8 x float> %457, <8 x float> poison, <8 x i32> zeroinitializer
  %459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %438, <8 x float> %427)
  %460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %441, <8 x float> %428)
  %461 = getelementptr inbounds i8, ptr %442, i64 3840
  %462 = load float, ptr %461, align 4
  %463 = insertelement <8 x float> poison, float %462, i64 0
  %464 = shufflevector <8 x float> %463, <8 x float> poison, <8 x i32> zeroinitializer
  %465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %438, <8 x float> %433)
  %466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %441, <8 x float> %434)
  %p8.next.us.3.2 = or disjoint i64 %p8.addr.0391.us.3, 3
  %467 = shl nuw nsw i64 %p8.next.us.3.2, 5
  %468 = or disjoint i64 %467, 16
  %469 = getelementptr inbounds float, ptr %X, i64 %468
  %470 = load <8 x float>, ptr %469, align 4
  %471 = or disjoint i64 %467, 24
  %472 = getelementptr inbounds float, ptr %X, i64 %471
  %473 = load <8 x float>, ptr %472, align 4
  %474 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.3.2
  %475 = getelementptr inbounds i8, ptr %474, i64 3072
  %476 = load float, ptr %475, align 4
  %477 = insertelement <8 x float> poison, float %476, i64 0
  %478 = shufflevector <8 x float> %477, <8 x float> poison, <8 x i32> zeroinitializer
  %479 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %470, <8 x float> %447)
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %473, <8 x float> %448)
  %481 = getelementptr inbounds i8, ptr %474, i64 3328
  %482 = load float, ptr %481, align 4
  %483 = insertelement <8 x float> poison, float %482, i64 0
  %484 = shufflevector <8 x float> %483, <8 x float> poison, <8 x i32> zeroinitializer
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %470, <8 x float> %453)
  %486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %473, <8 x float> %454)
  %487 = getelementptr inbounds i8, ptr %474, i64 3584
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> poison, float %488, i64 0
  %490 = shufflevector <8 x float> %489, <8 x float> poison, <8 x i32> zeroinitializer
  %491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %470, <8 x float> %459)
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %473, <8 x float> %460)
  %493 = getelementptr inbounds i8, ptr %474, i64 3840
  %494 = load float, ptr %493, align 4
  %495 = insertelement <8 x float> poison, float %494, i64 0
  %496 = shufflevector <8 x float> %495, <8 x float> poison, <8 x i32> zeroinitializer
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %470, <8 x float> %465)
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %473, <8 x float> %466)
  %p8.next.us.3.3 = add nuw nsw i64 %p8.addr.0391.us.3, 4
  %exitcond504.3.not.3 = icmp eq i64 %p8.next.us.3.3, 64
  br i1 %exitcond504.3.not.3, label %p8.exit.us.3, label %p8.body.us.3

p8.exit.us.3:                                     ; preds = %p8.body.us.3
  store <8 x float> %479, ptr %68, align 4
  store <8 x float> %480, ptr %69, align 4
  store <8 x float> %485, ptr %70, align 4
  store <8 x float> %486, ptr %71, align 4
  store <8 x float> %491, ptr %72, align 4
  store <8 x float> %492, ptr %73, align 4
  store <8 x float> %497, ptr %74, align 4
  store <8 x float> %498, ptr %75, align 4
  %ci.next.us = add nuw nsw i64 %ci.addr.0393.us, 1
  %indvars.iv.next = add i64 %indvars.iv, -64
  %exitcond506.not = icmp eq i64 %ci.next.us, %nc522659
  br i1 %exitcond506.not, label %ci.head.i17.head.preheader_crit_edge.us, label %i1.head.preheader.us

p8.body.us:                                       ; preds = %p8.body.us, %i16.head.preheader.us
  %p8.addr.0391.us = phi i64 [ 0, %i16.head.preheader.us ], [ %p8.next.us.31006, %p8.body.us ]
  %acc51.0390.us = phi <8 x float> [ %1946, %i16.head.preheader.us ], [ %622, %p8.body.us ]
  %acc50.0389.us = phi <8 x float> [ %1945, %i16.head.preheader.us ], [ %621, %p8.body.us ]
  %acc49.0388.us = phi <8 x float> [ %1944, %i16.head.preheader.us ], [ %616, %p8.body.us ]
  %acc48.0387.us = phi <8 x float> [ %1943, %i16.head.preheader.us ], [ %615, %p8.body.us ]
  %acc47.0386.us = phi <8 x float> [ %1942, %i16.head.preheader.us ], [ %610, %p8.body.us ]
  %acc46.0385.us = phi <8 x float> [ %1941, %i16.head.preheader.us ], [ %609, %p8.body.us ]
  %acc45.0384.us = phi <8 x float> [ %1940, %i16.head.preheader.us ], [ %604, %p8.body.us ]
  %acc44.0383.us = phi <8 x float> [ %1939, %i16.head.preheader.us ], [ %603, %p8.body.us ]
  %499 = shl nuw nsw i64 %p8.addr.0391.us, 5
  %500 = or disjoint i64 %499, 16
  %501 = getelementptr inbounds float, ptr %X, i64 %500
  %502 = load <8 x float>, ptr %501, align 4
  %503 = or disjoint i64 %499, 24
  %504 = getelementptr inbounds float, ptr %X, i64 %503
  %505 = load <8 x float>, ptr %504, align 4
  %506 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0391.us
  %507 = load float, ptr %506, align 4
  %508 = insertelement <8 x float> poison, float %507, i64 0
  %509 = shufflevector <8 x float> %508, <8 x float> poison, <8 x i32> zeroinitializer
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %502, <8 x float> %acc44.0383.us)
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %505, <8 x float> %acc45.0384.us)
  %512 = getelementptr inbounds i8, ptr %506, i64 256
  %513 = load float, ptr %512, align 4
  %514 = insertelement <8 x float> poison, float %513, i64 0
  %515 = shufflevector <8 x float> %514, <8 x float> poison, <8 x i32> zeroinitializer
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> %502, <8 x float> %acc46.0385.us)
  %517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> %505, <8 x float> %acc47.0386.us)
  %518 = getelementptr inbounds i8, ptr %506, i64 512
  %519 = load float, ptr %518, align 4
  %520 = insertelement <8 x float> poison, float %519, i64 0
  %521 = shufflevector <8 x float> %520, <8 x float> poison, <8 x i32> zeroinitializer
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %502, <8 x float> %acc48.0387.us)
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %505, <8 x float> %acc49.0388.us)
  %524 = getelementptr inbounds i8, ptr %506, i64 768
  %525 = load float, ptr %524, align 4
  %526 = insertelement <8 x float> poison, float %525, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %502, <8 x float> %acc50.0389.us)
  %529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %505, <8 x float> %acc51.0390.us)
  %p8.next.us = or disjoint i64 %p8.addr.0391.us, 1
  %530 = shl nuw nsw i64 %p8.next.us, 5
  %531 = or disjoint i64 %530, 16
  %532 = getelementptr inbounds float, ptr %X, i64 %531
  %533 = load <8 x float>, ptr %532, align 4
  %534 = or disjoint i64 %530, 24
  %535 = getelementptr inbounds float, ptr %X, i64 %534
  %536 = load <8 x float>, ptr %535, align 4
  %537 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us
  %538 = load float, ptr %537, align 4
  %539 = insertelement <8 x float> poison, float %538, i64 0
  %540 = shufflevector <8 x float> %539, <8 x float> poison, <8 x i32> zeroinitializer
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %533, <8 x float> %510)
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %536, <8 x float> %511)
  %543 = getelementptr inbounds i8, ptr %537, i64 256
  %544 = load float, ptr %543, align 4
  %545 = insertelement <8 x float> poison, float %544, i64 0
  %546 = shufflevector <8 x float> %545, <8 x float> poison, <8 x i32> zeroinitializer
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %533, <8 x float> %516)
  %548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %536, <8 x float> %517)
  %549 = getelementptr inbounds i8, ptr %537, i64 512
  %550 = load float, ptr %549, align 4
  %551 = insertelement <8 x float> poison, float %550, i64 0
  %552 = shufflevector <8 x float> %551, <8 x float> poison, <8 x i32> zeroinitializer
  %553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %533, <8 x float> %522)
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %536, <8 x float> %523)
  %555 = getelementptr inbounds i8, ptr %537, i64 768
  %556 = load float, ptr %555, align 4
  %557 = insertelement <8 x float> poison, float %556, i64 0
  %558 = shufflevector <8 x float> %557, <8 x float> poison, <8 x i32> zeroinitializer
  %559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %533, <8 x float> %528)
  %560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %536, <8 x float> %529)
  %p8.next.us.1984 = or disjoint i64 %p8.addr.0391.us, 2
  %561 = shl nuw nsw i64 %p8.next.us.1984, 5
  %562 = or disjoint i64 %561, 16
  %563 = getelementptr inbounds float, ptr %X, i64 %562
  %564 = load <8 x float>, ptr %563, align 4
  %565 = or disjoint i64 %561, 24
  %566 = getelementptr inbounds float, ptr %X, i64 %565
  %567 = load <8 x float>, ptr %566, align 4
  %568 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1984
  %569 = load float, ptr %568, align 4
  %570 = insertelement <8 x float> poison, float %569, i64 0
  %571 = shufflevector <8 x float> %570, <8 x float> poison, <8 x i32> zeroinitializer
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %564, <8 x float> %541)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %567, <8 x float> %542)
  %574 = getelementptr inbounds i8, ptr %568, i64 256
  %575 = load float, ptr %574, align 4
  %576 = insertelement <8 x float> poison, float %575, i64 0
  %577 = shufflevector <8 x float> %576, <8 x float> poison, <8 x i32> zeroinitializer
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %564, <8 x float> %547)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %567, <8 x float> %548)
  %580 = getelementptr inbounds i8, ptr %568, i64 512
  %581 = load float, ptr %580, align 4
  %582 = insertelement <8 x float> poison, float %581, i64 0
  %583 = shufflevector <8 x float> %582, <8 x float> poison, <8 x i32> zeroinitializer
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %564, <8 x float> %553)
  %585 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %567, <8 x float> %554)
  %586 = getelementptr inbounds i8, ptr %568, i64 768
  %587 = load float, ptr %586, align 4
  %588 = insertelement <8 x float> poison, float %587, i64 0
  %589 = shufflevector <8 x float> %588, <8 x float> poison, <8 x i32> zeroinitializer
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %564, <8 x float> %559)
  %591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %567, <8 x float> %560)
  %p8.next.us.2995 = or disjoint i64 %p8.addr.0391.us, 3
  %592 = shl nuw nsw i64 %p8.next.us.2995, 5
  %593 = or disjoint i64 %592, 16
  %594 = getelementptr inbounds float, ptr %X, i64 %593
  %595 = load <8 x float>, ptr %594, align 4
  %596 = or disjoint i64 %592, 24
  %597 = getelementptr inbounds float, ptr %X, i64 %596
  %598 = load <8 x float>, ptr %597, align 4
  %599 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.2995
  %600 = load float, ptr %599, align 4
  %601 = insertelement <8 x float> poison, float %600, i64 0
  %602 = shufflevector <8 x float> %601, <8 x float> poison, <8 x i32> zeroinitializer
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %595, <8 x float> %572)
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %598, <8 x float> %573)
  %605 = getelementptr inbounds i8, ptr %599, i64 256
  %606 = load float, ptr %605, align 4
  %607 = insertelement <8 x float> poison, float %606, i64 0
  %608 = shufflevector <8 x float> %607, <8 x float> poison, <8 x i32> zeroinitializer
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %595, <8 x float> %578)
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %598, <8 x float> %579)
  %611 = getelementptr inbounds i8, ptr %599, i64 512
  %612 = load float, ptr %611, align 4
  %613 = insertelement <8 x float> poison, float %612, i64 0
  %614 = shufflevector <8 x float> %613, <8 x float> poison, <8 x i32> zeroinitializer
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %595, <8 x float> %584)
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %598, <8 x float> %585)
  %617 = getelementptr inbounds i8, ptr %599, i64 768
  %618 = load float, ptr %617, align 4
  %619 = insertelement <8 x float> poison, float %618, i64 0
  %620 = shufflevector <8 x float> %619, <8 x float> poison, <8 x i32> zeroinitializer
  %621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> %595, <8 x float> %590)
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> %598, <8 x float> %591)
  %p8.next.us.31006 = add nuw nsw i64 %p8.addr.0391.us, 4
  %exitcond504.not.3 = icmp eq i64 %p8.next.us.31006, 64
  br i1 %exitcond504.not.3, label %p8.exit.us, label %p8.body.us

i14.body.us:                                      ; preds = %p6.exit.us, %p7.exit.us
  %i14.addr.0380.us = phi i64 [ %i14.next.us, %p7.exit.us ], [ 0, %p6.exit.us ]
  %623 = shl nuw nsw i64 %i14.addr.0380.us, 4
  %624 = getelementptr inbounds float, ptr %Oc, i64 %623
  %625 = load <8 x float>, ptr %624, align 4
  %626 = or disjoint i64 %623, 8
  %627 = getelementptr inbounds float, ptr %Oc, i64 %626
  %628 = load <8 x float>, ptr %627, align 4
  %629 = or disjoint i64 %i14.addr.0380.us, 1
  %630 = shl nuw nsw i64 %629, 4
  %631 = getelementptr inbounds float, ptr %Oc, i64 %630
  %632 = load <8 x float>, ptr %631, align 4
  %633 = or disjoint i64 %630, 8
  %634 = getelementptr inbounds float, ptr %Oc, i64 %633
  %635 = load <8 x float>, ptr %634, align 4
  %636 = or disjoint i64 %i14.addr.0380.us, 2
  %637 = shl nuw nsw i64 %636, 4
  %638 = getelementptr inbounds float, ptr %Oc, i64 %637
  %639 = load <8 x float>, ptr %638, align 4
  %640 = or disjoint i64 %637, 8
  %641 = getelementptr inbounds float, ptr %Oc, i64 %640
  %642 = load <8 x float>, ptr %641, align 4
  %643 = or disjoint i64 %i14.addr.0380.us, 3
  %644 = shl nuw nsw i64 %643, 4
  %645 = getelementptr inbounds float, ptr %Oc, i64 %644
  %646 = load <8 x float>, ptr %645, align 4
  %647 = or disjoint i64 %644, 8
  %648 = getelementptr inbounds float, ptr %Oc, i64 %647
  %649 = load <8 x float>, ptr %648, align 4
  %.idx411 = shl nsw i64 %i14.addr.0380.us, 8
  %.idx412 = shl nsw i64 %629, 8
  %.idx413 = shl nsw i64 %636, 8
  %.idx414 = shl nsw i64 %643, 8
  br label %p7.body.us

p7.exit.us:                                       ; preds = %p7.body.us
  store <8 x float> %759, ptr %624, align 4
  store <8 x float> %760, ptr %627, align 4
  store <8 x float> %765, ptr %631, align 4
  store <8 x float> %766, ptr %634, align 4
  store <8 x float> %771, ptr %638, align 4
  store <8 x float> %772, ptr %641, align 4
  store <8 x float> %777, ptr %645, align 4
  store <8 x float> %778, ptr %648, align 4
  %i14.next.us = add nuw nsw i64 %i14.addr.0380.us, 4
  %650 = icmp ult i64 %i14.addr.0380.us, 60
  br i1 %650, label %i14.body.us, label %t2.head.preheader.us

p7.body.us:                                       ; preds = %p7.body.us, %i14.body.us
  %p7.addr.0379.us = phi i64 [ 0, %i14.body.us ], [ %p7.next.us.3, %p7.body.us ]
  %acc43.0378.us = phi <8 x float> [ %649, %i14.body.us ], [ %778, %p7.body.us ]
  %acc42.0377.us = phi <8 x float> [ %646, %i14.body.us ], [ %777, %p7.body.us ]
  %acc41.0376.us = phi <8 x float> [ %642, %i14.body.us ], [ %772, %p7.body.us ]
  %acc40.0375.us = phi <8 x float> [ %639, %i14.body.us ], [ %771, %p7.body.us ]
  %acc39.0374.us = phi <8 x float> [ %635, %i14.body.us ], [ %766, %p7.body.us ]
  %acc38.0373.us = phi <8 x float> [ %632, %i14.body.us ], [ %765, %p7.body.us ]
  %acc37.0372.us = phi <8 x float> [ %628, %i14.body.us ], [ %760, %p7.body.us ]
  %acc36.0371.us = phi <8 x float> [ %625, %i14.body.us ], [ %759, %p7.body.us ]
  %651 = shl nuw nsw i64 %p7.addr.0379.us, 5
  %652 = or disjoint i64 %651, 16
  %653 = getelementptr inbounds float, ptr %X, i64 %652
  %654 = load <8 x float>, ptr %653, align 4
  %655 = or disjoint i64 %651, 24
  %656 = getelementptr inbounds float, ptr %X, i64 %655
  %657 = load <8 x float>, ptr %656, align 4
  %658 = getelementptr inbounds float, ptr %P, i64 %p7.addr.0379.us
  %659 = getelementptr inbounds i8, ptr %658, i64 %.idx411
  %660 = load float, ptr %659, align 4
  %661 = insertelement <8 x float> poison, float %660, i64 0
  %662 = shufflevector <8 x float> %661, <8 x float> poison, <8 x i32> zeroinitializer
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %654, <8 x float> %acc36.0371.us)
  %664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %657, <8 x float> %acc37.0372.us)
  %665 = getelementptr inbounds i8, ptr %658, i64 %.idx412
  %666 = load float, ptr %665, align 4
  %667 = insertelement <8 x float> poison, float %666, i64 0
  %668 = shufflevector <8 x float> %667, <8 x float> poison, <8 x i32> zeroinitializer
  %669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %654, <8 x float> %acc38.0373.us)
  %670 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %657, <8 x float> %acc39.0374.us)
  %671 = getelementptr inbounds i8, ptr %658, i64 %.idx413
  %672 = load float, ptr %671, align 4
  %673 = insertelement <8 x float> poison, float %672, i64 0
  %674 = shufflevector <8 x float> %673, <8 x float> poison, <8 x i32> zeroinitializer
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %654, <8 x float> %acc40.0375.us)
  %676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %657, <8 x float> %acc41.0376.us)
  %677 = getelementptr inbounds i8, ptr %658, i64 %.idx414
  %678 = load float, ptr %677, align 4
  %679 = insertelement <8 x float> poison, float %678, i64 0
  %680 = shufflevector <8 x float> %679, <8 x float> poison, <8 x i32> zeroinitializer
  %681 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %654, <8 x float> %acc42.0377.us)
  %682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %657, <8 x float> %acc43.0378.us)
  %p7.next.us = or disjoint i64 %p7.addr.0379.us, 1
  %683 = shl nuw nsw i64 %p7.next.us, 5
  %684 = or disjoint i64 %683, 16
  %685 = getelementptr inbounds float, ptr %X, i64 %684
  %686 = load <8 x float>, ptr %685, align 4
  %687 = or disjoint i64 %683, 24
  %688 = getelementptr inbounds float, ptr %X, i64 %687
  %689 = load <8 x float>, ptr %688, align 4
  %690 = getelementptr inbounds float, ptr %P, i64 %p7.next.us
  %691 = getelementptr inbounds i8, ptr %690, i64 %.idx411
  %692 = load float, ptr %691, align 4
  %693 = insertelement <8 x float> poison, float %692, i64 0
  %694 = shufflevector <8 x float> %693, <8 x float> poison, <8 x i32> zeroinitializer
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %686, <8 x float> %663)
  %696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %689, <8 x float> %664)
  %697 = getelementptr inbounds i8, ptr %690, i64 %.idx412
  %698 = load float, ptr %697, align 4
  %699 = insertelement <8 x float> poison, float %698, i64 0
  %700 = shufflevector <8 x float> %699, <8 x float> poison, <8 x i32> zeroinitializer
  %701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %686, <8 x float> %669)
  %702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %689, <8 x float> %670)
  %703 = getelementptr inbounds i8, ptr %690, i64 %.idx413
  %704 = load float, ptr %703, align 4
  %705 = insertelement <8 x float> poison, float %704, i64 0
  %706 = shufflevector <8 x float> %705, <8 x float> poison, <8 x i32> zeroinitializer
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %686, <8 x float> %675)
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %706, <8 x float> %689, <8 x float> %676)
  %709 = getelementptr inbounds i8, ptr %690, i64 %.idx414
  %710 = load float, ptr %709, align 4
  %711 = insertelement <8 x float> poison, float %710, i64 0
  %712 = shufflevector <8 x float> %711, <8 x float> poison, <8 x i32> zeroinitializer
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %686, <8 x float> %681)
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %689, <8 x float> %682)
  %p7.next.us.1 = or disjoint i64 %p7.addr.0379.us, 2
  %715 = shl nuw nsw i64 %p7.next.us.1, 5
  %716 = or disjoint i64 %715, 16
  %717 = getelementptr inbounds float, ptr %X, i64 %716
  %718 = load <8 x float>, ptr %717, align 4
  %719 = or disjoint i64 %715, 24
  %720 = getelementptr inbounds float, ptr %X, i64 %719
  %721 = load <8 x float>, ptr %720, align 4
  %722 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.1
  %723 = getelementptr inbounds i8, ptr %722, i64 %.idx411
  %724 = load float, ptr %723, align 4
  %725 = insertelement <8 x float> poison, float %724, i64 0
  %726 = shufflevector <8 x float> %725, <8 x float> poison, <8 x i32> zeroinitializer
  %727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %718, <8 x float> %695)
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %721, <8 x float> %696)
  %729 = getelementptr inbounds i8, ptr %722, i64 %.idx412
  %730 = load float, ptr %729, align 4
  %731 = insertelement <8 x float> poison, float %730, i64 0
  %732 = shufflevector <8 x float> %731, <8 x float> poison, <8 x i32> zeroinitializer
  %733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %718, <8 x float> %701)
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %721, <8 x float> %702)
  %735 = getelementptr inbounds i8, ptr %722, i64 %.idx413
  %736 = load float, ptr %735, align 4
  %737 = insertelement <8 x float> poison, float %736, i64 0
  %738 = shufflevector <8 x float> %737, <8 x float> poison, <8 x i32> zeroinitializer
  %739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> %718, <8 x float> %707)
  %740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> %721, <8 x float> %708)
  %741 = getelementptr inbounds i8, ptr %722, i64 %.idx414
  %742 = load float, ptr %741, align 4
  %743 = insertelement <8 x float> poison, float %742, i64 0
  %744 = shufflevector <8 x float> %743, <8 x float> poison, <8 x i32> zeroinitializer
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> %718, <8 x float> %713)
  %746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> %721, <8 x float> %714)
  %p7.next.us.2 = or disjoint i64 %p7.addr.0379.us, 3
  %747 = shl nuw nsw i64 %p7.next.us.2, 5
  %748 = or disjoint i64 %747, 16
  %749 = getelementptr inbounds float, ptr %X, i64 %748
  %750 = load <8 x float>, ptr %749, align 4
  %751 = or disjoint i64 %747, 24
  %752 = getelementptr inbounds float, ptr %X, i64 %751
  %753 = load <8 x float>, ptr %752, align 4
  %754 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.2
  %755 = getelementptr inbounds i8, ptr %754, i64 %.idx411
  %756 = load float, ptr %755, align 4
  %757 = insertelement <8 x float> poison, float %756, i64 0
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <8 x i32> zeroinitializer
  %759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %750, <8 x float> %727)
  %760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %753, <8 x float> %728)
  %761 = getelementptr inbounds i8, ptr %754, i64 %.idx412
  %762 = load float, ptr %761, align 4
  %763 = insertelement <8 x float> poison, float %762, i64 0
  %764 = shufflevector <8 x float> %763, <8 x float> poison, <8 x i32> zeroinitializer
  %765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> %750, <8 x float> %733)
  %766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> %753, <8 x float> %734)
  %767 = getelementptr inbounds i8, ptr %754, i64 %.idx413
  %768 = load float, ptr %767, align 4
  %769 = insertelement <8 x float> poison, float %768, i64 0
  %770 = shufflevector <8 x float> %769, <8 x float> poison, <8 x i32> zeroinitializer
  %771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %750, <8 x float> %739)
  %772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %753, <8 x float> %740)
  %773 = getelementptr inbounds i8, ptr %754, i64 %.idx414
  %774 = load float, ptr %773, align 4
  %775 = insertelement <8 x float> poison, float %774, i64 0
  %776 = shufflevector <8 x float> %775, <8 x float> poison, <8 x i32> zeroinitializer
  %777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> %750, <8 x float> %745)
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> %753, <8 x float> %746)
  %p7.next.us.3 = add nuw nsw i64 %p7.addr.0379.us, 4
  %exitcond500.not.3 = icmp eq i64 %p7.next.us.3, 64
  br i1 %exitcond500.not.3, label %p7.exit.us, label %p7.body.us

p6.exit.us:                                       ; preds = %p6.body.us
  %779 = getelementptr inbounds float, ptr %Oc, i64 %1814
  store <8 x float> %840, ptr %779, align 4
  %780 = or disjoint i64 %1814, 8
  %781 = getelementptr inbounds float, ptr %Oc, i64 %780
  store <8 x float> %841, ptr %781, align 4
  %782 = or disjoint i64 %1814, 16
  %783 = getelementptr inbounds float, ptr %Oc, i64 %782
  store <8 x float> %847, ptr %783, align 4
  %784 = or disjoint i64 %1814, 24
  %785 = getelementptr inbounds float, ptr %Oc, i64 %784
  store <8 x float> %848, ptr %785, align 4
  %786 = or disjoint i64 %1814, 32
  %787 = getelementptr inbounds float, ptr %Oc, i64 %786
  store <8 x float> %854, ptr %787, align 4
  %788 = or disjoint i64 %1814, 40
  %789 = getelementptr inbounds float, ptr %Oc, i64 %788
  store <8 x float> %855, ptr %789, align 4
  %790 = or disjoint i64 %1814, 48
  %791 = getelementptr inbounds float, ptr %Oc, i64 %790
  store <8 x float> %861, ptr %791, align 4
  %792 = or disjoint i64 %1814, 56
  %793 = getelementptr inbounds float, ptr %Oc, i64 %792
  store <8 x float> %862, ptr %793, align 4
  %i13.next.us = add nuw nsw i64 %i13.addr.0370.us, 4
  %794 = icmp ult i64 %i13.addr.0370.us, 60
  br i1 %794, label %p6.head.preheader.us, label %i14.body.us

p6.body.us:                                       ; preds = %p6.body.us, %p6.head.preheader.us
  %p6.addr.0369.us = phi i64 [ 0, %p6.head.preheader.us ], [ %p6.next.us.1, %p6.body.us ]
  %acc35.0368.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %862, %p6.body.us ]
  %acc34.0367.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %861, %p6.body.us ]
  %acc33.0366.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %855, %p6.body.us ]
  %acc32.0365.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %854, %p6.body.us ]
  %acc31119.0364.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %848, %p6.body.us ]
  %acc30.0363.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %847, %p6.body.us ]
  %acc29.0362.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %841, %p6.body.us ]
  %acc28.0361.us = phi <8 x float> [ zeroinitializer, %p6.head.preheader.us ], [ %840, %p6.body.us ]
  %795 = shl nuw nsw i64 %p6.addr.0369.us, 4
  %796 = getelementptr inbounds float, ptr %work, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = or disjoint i64 %795, 8
  %799 = getelementptr inbounds float, ptr %work, i64 %798
  %800 = load <8 x float>, ptr %799, align 4
  %801 = add nuw nsw i64 %p6.addr.0369.us, %1814
  %802 = getelementptr inbounds float, ptr %Qc, i64 %801
  %803 = load float, ptr %802, align 4
  %804 = insertelement <8 x float> poison, float %803, i64 0
  %805 = shufflevector <8 x float> %804, <8 x float> poison, <8 x i32> zeroinitializer
  %806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %797, <8 x float> %acc28.0361.us)
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %800, <8 x float> %acc29.0362.us)
  %808 = or disjoint i64 %801, 16
  %809 = getelementptr inbounds float, ptr %Qc, i64 %808
  %810 = load float, ptr %809, align 4
  %811 = insertelement <8 x float> poison, float %810, i64 0
  %812 = shufflevector <8 x float> %811, <8 x float> poison, <8 x i32> zeroinitializer
  %813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %797, <8 x float> %acc30.0363.us)
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %800, <8 x float> %acc31119.0364.us)
  %815 = or disjoint i64 %801, 32
  %816 = getelementptr inbounds float, ptr %Qc, i64 %815
  %817 = load float, ptr %816, align 4
  %818 = insertelement <8 x float> poison, float %817, i64 0
  %819 = shufflevector <8 x float> %818, <8 x float> poison, <8 x i32> zeroinitializer
  %820 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> %797, <8 x float> %acc32.0365.us)
  %821 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> %800, <8 x float> %acc33.0366.us)
  %822 = or disjoint i64 %801, 48
  %823 = getelementptr inbounds float, ptr %Qc, i64 %822
  %824 = load float, ptr %823, align 4
  %825 = insertelement <8 x float> poison, float %824, i64 0
  %826 = shufflevector <8 x float> %825, <8 x float> poison, <8 x i32> zeroinitializer
  %827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %797, <8 x float> %acc34.0367.us)
  %828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %800, <8 x float> %acc35.0368.us)
  %p6.next.us = or disjoint i64 %p6.addr.0369.us, 1
  %829 = shl nuw nsw i64 %p6.next.us, 4
  %830 = getelementptr inbounds float, ptr %work, i64 %829
  %831 = load <8 x float>, ptr %830, align 4
  %832 = or disjoint i64 %829, 8
  %833 = getelementptr inbounds float, ptr %work, i64 %832
  %834 = load <8 x float>, ptr %833, align 4
  %835 = add nuw nsw i64 %p6.next.us, %1814
  %836 = getelementptr inbounds float, ptr %Qc, i64 %835
  %837 = load float, ptr %836, align 4
  %838 = insertelement <8 x float> poison, float %837, i64 0
  %839 = shufflevector <8 x float> %838, <8 x float> poison, <8 x i32> zeroinitializer
  %840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %831, <8 x float> %806)
  %841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %834, <8 x float> %807)
  %842 = or disjoint i64 %835, 16
  %843 = getelementptr inbounds float, ptr %Qc, i64 %842
  %844 = load float, ptr %843, align 4
  %845 = insertelement <8 x float> poison, float %844, i64 0
  %846 = shufflevector <8 x float> %845, <8 x float> poison, <8 x i32> zeroinitializer
  %847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> %831, <8 x float> %813)
  %848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> %834, <8 x float> %814)
  %849 = or disjoint i64 %835, 32
  %850 = getelementptr inbounds float, ptr %Qc, i64 %849
  %851 = load float, ptr %850, align 4
  %852 = insertelement <8 x float> poison, float %851, i64 0
  %853 = shufflevector <8 x float> %852, <8 x float> poison, <8 x i32> zeroinitializer
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %831, <8 x float> %820)
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %853, <8 x float> %834, <8 x float> %821)
  %856 = or disjoint i64 %835, 48
  %857 = getelementptr inbounds float, ptr %Qc, i64 %856
  %858 = load float, ptr %857, align 4
  %859 = insertelement <8 x float> poison, float %858, i64 0
  %860 = shufflevector <8 x float> %859, <8 x float> poison, <8 x i32> zeroinitializer
  %861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %860, <8 x float> %831, <8 x float> %827)
  %862 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %860, <8 x float> %834, <8 x float> %828)
  %p6.next.us.1 = add nuw nsw i64 %p6.addr.0369.us, 2
  %exitcond499.not.1 = icmp eq i64 %p6.next.us.1, 16
  br i1 %exitcond499.not.1, label %p6.exit.us, label %p6.body.us

p5.exit.us:                                       ; preds = %p5.body.us
  %863 = getelementptr inbounds float, ptr %P, i64 %1839
  store <8 x float> %1179, ptr %863, align 4
  %864 = or disjoint i64 %1839, 8
  %865 = getelementptr inbounds float, ptr %P, i64 %864
  store <8 x float> %1180, ptr %865, align 4
  %866 = getelementptr inbounds float, ptr %P, i64 %1840
  store <8 x float> %1186, ptr %866, align 4
  %867 = or disjoint i64 %1839, 72
  %868 = getelementptr inbounds float, ptr %P, i64 %867
  store <8 x float> %1187, ptr %868, align 4
  %869 = getelementptr inbounds float, ptr %P, i64 %1841
  store <8 x float> %1193, ptr %869, align 4
  %870 = or disjoint i64 %1839, 136
  %871 = getelementptr inbounds float, ptr %P, i64 %870
  store <8 x float> %1194, ptr %871, align 4
  %872 = getelementptr inbounds float, ptr %P, i64 %1842
  store <8 x float> %1200, ptr %872, align 4
  %873 = or disjoint i64 %1839, 200
  %874 = getelementptr inbounds float, ptr %P, i64 %873
  store <8 x float> %1201, ptr %874, align 4
  br label %p5.body.us.1

p5.body.us.1:                                     ; preds = %p5.body.us.1, %p5.exit.us
  %p5.addr.0356.us.1 = phi i64 [ 0, %p5.exit.us ], [ %p5.next.us.1.1, %p5.body.us.1 ]
  %acc27.0355.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %944, %p5.body.us.1 ]
  %acc26.0354.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %943, %p5.body.us.1 ]
  %acc25.0353.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %937, %p5.body.us.1 ]
  %acc24.0352.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %936, %p5.body.us.1 ]
  %acc23.0351.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %930, %p5.body.us.1 ]
  %acc22.0350.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %929, %p5.body.us.1 ]
  %acc21.0349.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %923, %p5.body.us.1 ]
  %acc20.0348.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %922, %p5.body.us.1 ]
  %875 = shl nuw nsw i64 %p5.addr.0356.us.1, 6
  %876 = or disjoint i64 %875, 16
  %877 = getelementptr inbounds float, ptr %KT, i64 %876
  %878 = load <8 x float>, ptr %877, align 4
  %879 = or disjoint i64 %875, 24
  %880 = getelementptr inbounds float, ptr %KT, i64 %879
  %881 = load <8 x float>, ptr %880, align 4
  %882 = add nuw nsw i64 %p5.addr.0356.us.1, %1838
  %883 = getelementptr inbounds float, ptr %Qc, i64 %882
  %884 = load float, ptr %883, align 4
  %885 = insertelement <8 x float> poison, float %884, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %878, <8 x float> %acc20.0348.us.1)
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %881, <8 x float> %acc21.0349.us.1)
  %889 = or disjoint i64 %882, 16
  %890 = getelementptr inbounds float, ptr %Qc, i64 %889
  %891 = load float, ptr %890, align 4
  %892 = insertelement <8 x float> poison, float %891, i64 0
  %893 = shufflevector <8 x float> %892, <8 x float> poison, <8 x i32> zeroinitializer
  %894 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> %878, <8 x float> %acc22.0350.us.1)
  %895 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> %881, <8 x float> %acc23.0351.us.1)
  %896 = or disjoint i64 %882, 32
  %897 = getelementptr inbounds float, ptr %Qc, i64 %896
  %898 = load float, ptr %897, align 4
  %899 = insertelement <8 x float> poison, float %898, i64 0
  %900 = shufflevector <8 x float> %899, <8 x float> poison, <8 x i32> zeroinitializer
  %901 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %878, <8 x float> %acc24.0352.us.1)
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %881, <8 x float> %acc25.0353.us.1)
  %903 = or disjoint i64 %882, 48
  %904 = getelementptr inbounds float, ptr %Qc, i64 %903
  %905 = load float, ptr %904, align 4
  %906 = insertelement <8 x float> poison, float %905, i64 0
  %907 = shufflevector <8 x float> %906, <8 x float> poison, <8 x i32> zeroinitializer
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %878, <8 x float> %acc26.0354.us.1)
  %909 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %881, <8 x float> %acc27.0355.us.1)
  %p5.next.us.1 = or disjoint i64 %p5.addr.0356.us.1, 1
  %910 = shl nuw nsw i64 %p5.next.us.1, 6
  %911 = or disjoint i64 %910, 16
  %912 = getelementptr inbounds float, ptr %KT, i64 %911
  %913 = load <8 x float>, ptr %912, align 4
  %914 = or disjoint i64 %910, 24
  %915 = getelementptr inbounds float, ptr %KT, i64 %914
  %916 = load <8 x float>, ptr %915, align 4
  %917 = add nuw nsw i64 %p5.next.us.1, %1838
  %918 = getelementptr inbounds float, ptr %Qc, i64 %917
  %919 = load float, ptr %918, align 4
  %920 = insertelement <8 x float> poison, float %919, i64 0
  %921 = shufflevector <8 x float> %920, <8 x float> poison, <8 x i32> zeroinitializer
  %922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %921, <8 x float> %913, <8 x float> %887)
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %921, <8 x float> %916, <8 x float> %888)
  %924 = or disjoint i64 %917, 16
  %925 = getelementptr inbounds float, ptr %Qc, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = insertelement <8 x float> poison, float %926, i64 0
  %928 = shufflevector <8 x float> %927, <8 x float> poison, <8 x i32> zeroinitializer
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %913, <8 x float> %894)
  %930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %916, <8 x float> %895)
  %931 = or disjoint i64 %917, 32
  %932 = getelementptr inbounds float, ptr %Qc, i64 %931
  %933 = load float, ptr %932, align 4
  %934 = insertelement <8 x float> poison, float %933, i64 0
  %935 = shufflevector <8 x float> %934, <8 x float> poison, <8 x i32> zeroinitializer
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %913, <8 x float> %901)
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %916, <8 x float> %902)
  %938 = or disjoint i64 %917, 48
  %939 = getelementptr inbounds float, ptr %Qc, i64 %938
  %940 = load float, ptr %939, align 4
  %941 = insertelement <8 x float> poison, float %940, i64 0
  %942 = shufflevector <8 x float> %941, <8 x float> poison, <8 x i32> zeroinitializer
  %943 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %913, <8 x float> %908)
  %944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %916, <8 x float> %909)
  %p5.next.us.1.1 = add nuw nsw i64 %p5.addr.0356.us.1, 2
  %exitcond496.1.not.1 = icmp eq i64 %p5.next.us.1.1, 16
  br i1 %exitcond496.1.not.1, label %p5.exit.us.1, label %p5.body.us.1

p5.exit.us.1:                                     ; preds = %p5.body.us.1
  %945 = or disjoint i64 %1839, 16
  %946 = getelementptr inbounds float, ptr %P, i64 %945
  store <8 x float> %922, ptr %946, align 4
  %947 = or disjoint i64 %1839, 24
  %948 = getelementptr inbounds float, ptr %P, i64 %947
  store <8 x float> %923, ptr %948, align 4
  %949 = or disjoint i64 %1839, 80
  %950 = getelementptr inbounds float, ptr %P, i64 %949
  store <8 x float> %929, ptr %950, align 4
  %951 = or disjoint i64 %1839, 88
  %952 = getelementptr inbounds float, ptr %P, i64 %951
  store <8 x float> %930, ptr %952, align 4
  %953 = or disjoint i64 %1839, 144
  %954 = getelementptr inbounds float, ptr %P, i64 %953
  store <8 x float> %936, ptr %954, align 4
  %955 = or disjoint i64 %1839, 152
  %956 = getelementptr inbounds float, ptr %P, i64 %955
  store <8 x float> %937, ptr %956, align 4
  %957 = or disjoint i64 %1839, 208
  %958 = getelementptr inbounds float, ptr %P, i64 %957
  store <8 x float> %943, ptr %958, align 4
  %959 = or disjoint i64 %1839, 216
  %960 = getelementptr inbounds float, ptr %P, i64 %959
  store <8 x float> %944, ptr %960, align 4
  br label %p5.body.us.2

p5.body.us.2:                                     ; preds = %p5.body.us.2, %p5.exit.us.1
  %p5.addr.0356.us.2 = phi i64 [ 0, %p5.exit.us.1 ], [ %p5.next.us.2.1, %p5.body.us.2 ]
  %acc27.0355.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1030, %p5.body.us.2 ]
  %acc26.0354.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1029, %p5.body.us.2 ]
  %acc25.0353.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1023, %p5.body.us.2 ]
  %acc24.0352.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1022, %p5.body.us.2 ]
  %acc23.0351.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1016, %p5.body.us.2 ]
  %acc22.0350.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1015, %p5.body.us.2 ]
  %acc21.0349.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1009, %p5.body.us.2 ]
  %acc20.0348.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1008, %p5.body.us.2 ]
  %961 = shl nuw nsw i64 %p5.addr.0356.us.2, 6
  %962 = or disjoint i64 %961, 32
  %963 = getelementptr inbounds float, ptr %KT, i64 %962
  %964 = load <8 x float>, ptr %963, align 4
  %965 = or disjoint i64 %961, 40
  %966 = getelementptr inbounds float, ptr %KT, i64 %965
  %967 = load <8 x float>, ptr %966, align 4
  %968 = add nuw nsw i64 %p5.addr.0356.us.2, %1838
  %969 = getelementptr inbounds float, ptr %Qc, i64 %968
  %970 = load float, ptr %969, align 4
  %971 = insertelement <8 x float> poison, float %970, i64 0
  %972 = shufflevector <8 x float> %971, <8 x float> poison, <8 x i32> zeroinitializer
  %973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %964, <8 x float> %acc20.0348.us.2)
  %974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %967, <8 x float> %acc21.0349.us.2)
  %975 = or disjoint i64 %968, 16
  %976 = getelementptr inbounds float, ptr %Qc, i64 %975
  %977 = load float, ptr %976, align 4
  %978 = insertelement <8 x float> poison, float %977, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %964, <8 x float> %acc22.0350.us.2)
  %981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %967, <8 x float> %acc23.0351.us.2)
  %982 = or disjoint i64 %968, 32
  %983 = getelementptr inbounds float, ptr %Qc, i64 %982
  %984 = load float, ptr %983, align 4
  %985 = insertelement <8 x float> poison, float %984, i64 0
  %986 = shufflevector <8 x float> %985, <8 x float> poison, <8 x i32> zeroinitializer
  %987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %964, <8 x float> %acc24.0352.us.2)
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> %967, <8 x float> %acc25.0353.us.2)
  %989 = or disjoint i64 %968, 48
  %990 = getelementptr inbounds float, ptr %Qc, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <8 x float> poison, float %991, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %964, <8 x float> %acc26.0354.us.2)
  %995 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %967, <8 x float> %acc27.0355.us.2)
  %p5.next.us.2 = or disjoint i64 %p5.addr.0356.us.2, 1
  %996 = shl nuw nsw i64 %p5.next.us.2, 6
  %997 = or disjoint i64 %996, 32
  %998 = getelementptr inbounds float, ptr %KT, i64 %997
  %999 = load <8 x float>, ptr %998, align 4
  %1000 = or disjoint i64 %996, 40
  %1001 = getelementptr inbounds float, ptr %KT, i64 %1000
  %1002 = load <8 x float>, ptr %1001, align 4
  %1003 = add nuw nsw i64 %p5.next.us.2, %1838
  %1004 = getelementptr inbounds float, ptr %Qc, i64 %1003
  %1005 = load float, ptr %1004, align 4
  %1006 = insertelement <8 x float> poison, float %1005, i64 0
  %1007 = shufflevector <8 x float> %1006, <8 x float> poison, <8 x i32> zeroinitializer
  %1008 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %999, <8 x float> %973)
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %1002, <8 x float> %974)
  %1010 = or disjoint i64 %1003, 16
  %1011 = getelementptr inbounds float, ptr %Qc, i64 %1010
  %1012 = load float, ptr %1011, align 4
  %1013 = insertelement <8 x float> poison, float %1012, i64 0
  %1014 = shufflevector <8 x float> %1013, <8 x float> poison, <8 x i32> zeroinitializer
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %999, <8 x float> %980)
  %1016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %1002, <8 x float> %981)
  %1017 = or disjoint i64 %1003, 32
  %1018 = getelementptr inbounds float, ptr %Qc, i64 %1017
  %1019 = load float, ptr %1018, align 4
  %1020 = insertelement <8 x float> poison, float %1019, i64 0
  %1021 = shufflevector <8 x float> %1020, <8 x float> poison, <8 x i32> zeroinitializer
  %1022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %999, <8 x float> %987)
  %1023 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %1002, <8 x float> %988)
  %1024 = or disjoint i64 %1003, 48
  %1025 = getelementptr inbounds float, ptr %Qc, i64 %1024
  %1026 = load float, ptr %1025, align 4
  %1027 = insertelement <8 x float> poison, float %1026, i64 0
  %1028 = shufflevector <8 x float> %1027, <8 x float> poison, <8 x i32> zeroinitializer
  %1029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> %999, <8 x float> %994)
  %1030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> %1002, <8 x float> %995)
  %p5.next.us.2.1 = add nuw nsw i64 %p5.addr.0356.us.2, 2
  %exitcond496.2.not.1 = icmp eq i64 %p5.next.us.2.1, 16
  br i1 %exitcond496.2.not.1, label %p5.exit.us.2, label %p5.body.us.2

p5.exit.us.2:                                     ; preds = %p5.body.us.2
  %1031 = or disjoint i64 %1839, 32
  %1032 = getelementptr inbounds float, ptr %P, i64 %1031
  store <8 x float> %1008, ptr %1032, align 4
  %1033 = or disjoint i64 %1839, 40
  %1034 = getelementptr inbounds float, ptr %P, i64 %1033
  store <8 x float> %1009, ptr %1034, align 4
  %1035 = or disjoint i64 %1839, 96
  %1036 = getelementptr inbounds float, ptr %P, i64 %1035
  store <8 x float> %1015, ptr %1036, align 4
  %1037 = or disjoint i64 %1839, 104
  %1038 = getelementptr inbounds float, ptr %P, i64 %1037
  store <8 x float> %1016, ptr %1038, align 4
  %1039 = or disjoint i64 %1839, 160
  %1040 = getelementptr inbounds float, ptr %P, i64 %1039
  store <8 x float> %1022, ptr %1040, align 4
  %1041 = or disjoint i64 %1839, 168
  %1042 = getelementptr inbounds float, ptr %P, i64 %1041
  store <8 x float> %1023, ptr %1042, align 4
  %1043 = or disjoint i64 %1839, 224
  %1044 = getelementptr inbounds float, ptr %P, i64 %1043
  store <8 x float> %1029, ptr %1044, align 4
  %1045 = or disjoint i64 %1839, 232
  %1046 = getelementptr inbounds float, ptr %P, i64 %1045
  store <8 x float> %1030, ptr %1046, align 4
  br label %p5.body.us.3

p5.body.us.3:                                     ; preds = %p5.body.us.3, %p5.exit.us.2
  %p5.addr.0356.us.3 = phi i64 [ 0, %p5.exit.us.2 ], [ %p5.next.us.3.1, %p5.body.us.3 ]
  %acc27.0355.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1116, %p5.body.us.3 ]
  %acc26.0354.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1115, %p5.body.us.3 ]
  %acc25.0353.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1109, %p5.body.us.3 ]
  %acc24.0352.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1108, %p5.body.us.3 ]
  %acc23.0351.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1102, %p5.body.us.3 ]
  %acc22.0350.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1101, %p5.body.us.3 ]
  %acc21.0349.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1095, %p5.body.us.3 ]
  %acc20.0348.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1094, %p5.body.us.3 ]
  %1047 = shl nuw nsw i64 %p5.addr.0356.us.3, 6
  %1048 = or disjoint i64 %1047, 48
  %1049 = getelementptr inbounds float, ptr %KT, i64 %1048
  %1050 = load <8 x float>, ptr %1049, align 4
  %1051 = or disjoint i64 %1047, 56
  %1052 = getelementptr inbounds float, ptr %KT, i64 %1051
  %1053 = load <8 x float>, ptr %1052, align 4
  %1054 = add nuw nsw i64 %p5.addr.0356.us.3, %1838
  %1055 = getelementptr inbounds float, ptr %Qc, i64 %1054
  %1056 = load float, ptr %1055, align 4
  %1057 = insertelement <8 x float> poison, float %1056, i64 0
  %1058 = shufflevector <8 x float> %1057, <8 x float> poison, <8 x i32> zeroinitializer
  %1059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1050, <8 x float> %acc20.0348.us.3)
  %1060 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1053, <8 x float> %acc21.0349.us.3)
  %1061 = or disjoint i64 %1054, 16
  %1062 = getelementptr inbounds float, ptr %Qc, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = insertelement <8 x float> poison, float %1063, i64 0
  %1065 = shufflevector <8 x float> %1064, <8 x float> poison, <8 x i32> zeroinitializer
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1050, <8 x float> %acc22.0350.us.3)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1053, <8 x float> %acc23.0351.us.3)
  %1068 = or disjoint i64 %1054, 32
  %1069 = getelementptr inbounds float, ptr %Qc, i64 %1068
  %1070 = load float, ptr %1069, align 4
  %1071 = insertelement <8 x float> poison, float %1070, i64 0
  %1072 = shufflevector <8 x float> %1071, <8 x float> poison, <8 x i32> zeroinitializer
  %1073 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> %1050, <8 x float> %acc24.0352.us.3)
  %1074 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> %1053, <8 x float> %acc25.0353.us.3)
  %1075 = or disjoint i64 %1054, 48
  %1076 = getelementptr inbounds float, ptr %Qc, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = insertelement <8 x float> poison, float %1077, i64 0
  %1079 = shufflevector <8 x float> %1078, <8 x float> poison, <8 x i32> zeroinitializer
  %1080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1050, <8 x float> %acc26.0354.us.3)
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1053, <8 x float> %acc27.0355.us.3)
  %p5.next.us.3 = or disjoint i64 %p5.addr.0356.us.3, 1
  %1082 = shl nuw nsw i64 %p5.next.us.3, 6
  %1083 = or disjoint i64 %1082, 48
  %1084 = getelementptr inbounds float, ptr %KT, i64 %1083
  %1085 = load <8 x float>, ptr %1084, align 4
  %1086 = or disjoint i64 %1082, 56
  %1087 = getelementptr inbounds float, ptr %KT, i64 %1086
  %1088 = load <8 x float>, ptr %1087, align 4
  %1089 = add nuw nsw i64 %p5.next.us.3, %1838
  %1090 = getelementptr inbounds float, ptr %Qc, i64 %1089
  %1091 = load float, ptr %1090, align 4
  %1092 = insertelement <8 x float> poison, float %1091, i64 0
  %1093 = shufflevector <8 x float> %1092, <8 x float> poison, <8 x i32> zeroinitializer
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1085, <8 x float> %1059)
  %1095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1088, <8 x float> %1060)
  %1096 = or disjoint i64 %1089, 16
  %1097 = getelementptr inbounds float, ptr %Qc, i64 %1096
  %1098 = load float, ptr %1097, align 4
  %1099 = insertelement <8 x float> poison, float %1098, i64 0
  %1100 = shufflevector <8 x float> %1099, <8 x float> poison, <8 x i32> zeroinitializer
  %1101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1085, <8 x float> %1066)
  %1102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1088, <8 x float> %1067)
  %1103 = or disjoint i64 %1089, 32
  %1104 = getelementptr inbounds float, ptr %Qc, i64 %1103
  %1105 = load float, ptr %1104, align 4
  %1106 = insertelement <8 x float> poison, float %1105, i64 0
  %1107 = shufflevector <8 x float> %1106, <8 x float> poison, <8 x i32> zeroinitializer
  %1108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1107, <8 x float> %1085, <8 x float> %1073)
  %1109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1107, <8 x float> %1088, <8 x float> %1074)
  %1110 = or disjoint i64 %1089, 48
  %1111 = getelementptr inbounds float, ptr %Qc, i64 %1110
  %1112 = load float, ptr %1111, align 4
  %1113 = insertelement <8 x float> poison, float %1112, i64 0
  %1114 = shufflevector <8 x float> %1113, <8 x float> poison, <8 x i32> zeroinitializer
  %1115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1114, <8 x float> %1085, <8 x float> %1080)
  %1116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1114, <8 x float> %1088, <8 x float> %1081)
  %p5.next.us.3.1 = add nuw nsw i64 %p5.addr.0356.us.3, 2
  %exitcond496.3.not.1 = icmp eq i64 %p5.next.us.3.1, 16
  br i1 %exitcond496.3.not.1, label %p5.exit.us.3, label %p5.body.us.3

p5.exit.us.3:                                     ; preds = %p5.body.us.3
  %1117 = or disjoint i64 %1839, 48
  %1118 = getelementptr inbounds float, ptr %P, i64 %1117
  store <8 x float> %1094, ptr %1118, align 4
  %1119 = or disjoint i64 %1839, 56
  %1120 = getelementptr inbounds float, ptr %P, i64 %1119
  store <8 x float> %1095, ptr %1120, align 4
  %1121 = or disjoint i64 %1839, 112
  %1122 = getelementptr inbounds float, ptr %P, i64 %1121
  store <8 x float> %1101, ptr %1122, align 4
  %1123 = or disjoint i64 %1839, 120
  %1124 = getelementptr inbounds float, ptr %P, i64 %1123
  store <8 x float> %1102, ptr %1124, align 4
  %1125 = or disjoint i64 %1839, 176
  %1126 = getelementptr inbounds float, ptr %P, i64 %1125
  store <8 x float> %1108, ptr %1126, align 4
  %1127 = or disjoint i64 %1839, 184
  %1128 = getelementptr inbounds float, ptr %P, i64 %1127
  store <8 x float> %1109, ptr %1128, align 4
  %1129 = or disjoint i64 %1839, 240
  %1130 = getelementptr inbounds float, ptr %P, i64 %1129
  store <8 x float> %1115, ptr %1130, align 4
  %1131 = or disjoint i64 %1839, 248
  %1132 = getelementptr inbounds float, ptr %P, i64 %1131
  store <8 x float> %1116, ptr %1132, align 4
  %i11.next.us = add nuw nsw i64 %i11.addr.0358.us, 4
  %1133 = icmp ult i64 %i11.addr.0358.us, 60
  br i1 %1133, label %j11.head.preheader.us, label %i12.head.preheader.us

p5.body.us:                                       ; preds = %p5.body.us, %j11.head.preheader.us
  %p5.addr.0356.us = phi i64 [ 0, %j11.head.preheader.us ], [ %p5.next.us.1966, %p5.body.us ]
  %acc27.0355.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1201, %p5.body.us ]
  %acc26.0354.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1200, %p5.body.us ]
  %acc25.0353.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1194, %p5.body.us ]
  %acc24.0352.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1193, %p5.body.us ]
  %acc23.0351.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1187, %p5.body.us ]
  %acc22.0350.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1186, %p5.body.us ]
  %acc21.0349.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1180, %p5.body.us ]
  %acc20.0348.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1179, %p5.body.us ]
  %1134 = shl nuw nsw i64 %p5.addr.0356.us, 6
  %1135 = getelementptr inbounds float, ptr %KT, i64 %1134
  %1136 = load <8 x float>, ptr %1135, align 4
  %1137 = or disjoint i64 %1134, 8
  %1138 = getelementptr inbounds float, ptr %KT, i64 %1137
  %1139 = load <8 x float>, ptr %1138, align 4
  %1140 = add nuw nsw i64 %p5.addr.0356.us, %1838
  %1141 = getelementptr inbounds float, ptr %Qc, i64 %1140
  %1142 = load float, ptr %1141, align 4
  %1143 = insertelement <8 x float> poison, float %1142, i64 0
  %1144 = shufflevector <8 x float> %1143, <8 x float> poison, <8 x i32> zeroinitializer
  %1145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1136, <8 x float> %acc20.0348.us)
  %1146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1139, <8 x float> %acc21.0349.us)
  %1147 = or disjoint i64 %1140, 16
  %1148 = getelementptr inbounds float, ptr %Qc, i64 %1147
  %1149 = load float, ptr %1148, align 4
  %1150 = insertelement <8 x float> poison, float %1149, i64 0
  %1151 = shufflevector <8 x float> %1150, <8 x float> poison, <8 x i32> zeroinitializer
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1136, <8 x float> %acc22.0350.us)
  %1153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1139, <8 x float> %acc23.0351.us)
  %1154 = or disjoint i64 %1140, 32
  %1155 = getelementptr inbounds float, ptr %Qc, i64 %1154
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <8 x float> poison, float %1156, i64 0
  %1158 = shufflevector <8 x float> %1157, <8 x float> poison, <8 x i32> zeroinitializer
  %1159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1158, <8 x float> %1136, <8 x float> %acc24.0352.us)
  %1160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1158, <8 x float> %1139, <8 x float> %acc25.0353.us)
  %1161 = or disjoint i64 %1140, 48
  %1162 = getelementptr inbounds float, ptr %Qc, i64 %1161
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <8 x float> poison, float %1163, i64 0
  %1165 = shufflevector <8 x float> %1164, <8 x float> poison, <8 x i32> zeroinitializer
  %1166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1136, <8 x float> %acc26.0354.us)
  %1167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1139, <8 x float> %acc27.0355.us)
  %p5.next.us = or disjoint i64 %p5.addr.0356.us, 1
  %1168 = shl nuw nsw i64 %p5.next.us, 6
  %1169 = getelementptr inbounds float, ptr %KT, i64 %1168
  %1170 = load <8 x float>, ptr %1169, align 4
  %1171 = or disjoint i64 %1168, 8
  %1172 = getelementptr inbounds float, ptr %KT, i64 %1171
  %1173 = load <8 x float>, ptr %1172, align 4
  %1174 = add nuw nsw i64 %p5.next.us, %1838
  %1175 = getelementptr inbounds float, ptr %Qc, i64 %1174
  %1176 = load float, ptr %1175, align 4
  %1177 = insertelement <8 x float> poison, float %1176, i64 0
  %1178 = shufflevector <8 x float> %1177, <8 x float> poison, <8 x i32> zeroinitializer
  %1179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1170, <8 x float> %1145)
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1173, <8 x float> %1146)
  %1181 = or disjoint i64 %1174, 16
  %1182 = getelementptr inbounds float, ptr %Qc, i64 %1181
  %1183 = load float, ptr %1182, align 4
  %1184 = insertelement <8 x float> poison, float %1183, i64 0
  %1185 = shufflevector <8 x float> %1184, <8 x float> poison, <8 x i32> zeroinitializer
  %1186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1170, <8 x float> %1152)
  %1187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1173, <8 x float> %1153)
  %1188 = or disjoint i64 %1174, 32
  %1189 = getelementptr inbounds float, ptr %Qc, i64 %1188
  %1190 = load float, ptr %1189, align 4
  %1191 = insertelement <8 x float> poison, float %1190, i64 0
  %1192 = shufflevector <8 x float> %1191, <8 x float> poison, <8 x i32> zeroinitializer
  %1193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1192, <8 x float> %1170, <8 x float> %1159)
  %1194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1192, <8 x float> %1173, <8 x float> %1160)
  %1195 = or disjoint i64 %1174, 48
  %1196 = getelementptr inbounds float, ptr %Qc, i64 %1195
  %1197 = load float, ptr %1196, align 4
  %1198 = insertelement <8 x float> poison, float %1197, i64 0
  %1199 = shufflevector <8 x float> %1198, <8 x float> poison, <8 x i32> zeroinitializer
  %1200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> %1170, <8 x float> %1166)
  %1201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> %1173, <8 x float> %1167)
  %p5.next.us.1966 = add nuw nsw i64 %p5.addr.0356.us, 2
  %exitcond496.not.1 = icmp eq i64 %p5.next.us.1966, 16
  br i1 %exitcond496.not.1, label %p5.exit.us, label %p5.body.us

i10.body.us:                                      ; preds = %j9.exit.us, %p4.exit.us
  %i10.addr.0347.us = phi i64 [ %i10.next.us, %p4.exit.us ], [ 0, %j9.exit.us ]
  %1202 = shl nuw nsw i64 %i10.addr.0347.us, 5
  %1203 = or disjoint i64 %1202, 16
  %1204 = getelementptr inbounds float, ptr %X, i64 %1203
  %1205 = load <8 x float>, ptr %1204, align 4
  %1206 = or disjoint i64 %1202, 24
  %1207 = getelementptr inbounds float, ptr %X, i64 %1206
  %1208 = load <8 x float>, ptr %1207, align 4
  %1209 = or disjoint i64 %1202, 48
  %1210 = getelementptr inbounds float, ptr %X, i64 %1209
  %1211 = load <8 x float>, ptr %1210, align 4
  %1212 = or disjoint i64 %1202, 56
  %1213 = getelementptr inbounds float, ptr %X, i64 %1212
  %1214 = load <8 x float>, ptr %1213, align 4
  %1215 = or disjoint i64 %1202, 80
  %1216 = getelementptr inbounds float, ptr %X, i64 %1215
  %1217 = load <8 x float>, ptr %1216, align 4
  %1218 = or disjoint i64 %1202, 88
  %1219 = getelementptr inbounds float, ptr %X, i64 %1218
  %1220 = load <8 x float>, ptr %1219, align 4
  %1221 = or disjoint i64 %1202, 112
  %1222 = getelementptr inbounds float, ptr %X, i64 %1221
  %1223 = load <8 x float>, ptr %1222, align 4
  %1224 = or disjoint i64 %1202, 120
  %1225 = getelementptr inbounds float, ptr %X, i64 %1224
  %1226 = load <8 x float>, ptr %1225, align 4
  br label %p4.body.us

p4.exit.us:                                       ; preds = %p4.body.us
  store <8 x float> %1278, ptr %1204, align 4
  store <8 x float> %1279, ptr %1207, align 4
  store <8 x float> %1286, ptr %1210, align 4
  store <8 x float> %1287, ptr %1213, align 4
  store <8 x float> %1294, ptr %1216, align 4
  store <8 x float> %1295, ptr %1219, align 4
  store <8 x float> %1302, ptr %1222, align 4
  store <8 x float> %1303, ptr %1225, align 4
  %i10.next.us = add nuw nsw i64 %i10.addr.0347.us, 4
  %1227 = icmp ult i64 %i10.addr.0347.us, 60
  br i1 %1227, label %i10.body.us, label %j11.head.preheader.us

p4.body.us:                                       ; preds = %p4.body.us, %i10.body.us
  %p4.addr.0346.us = phi i64 [ 0, %i10.body.us ], [ %p4.next.us.1, %p4.body.us ]
  %acc19.0345.us = phi <8 x float> [ %1226, %i10.body.us ], [ %1303, %p4.body.us ]
  %acc18.0344.us = phi <8 x float> [ %1223, %i10.body.us ], [ %1302, %p4.body.us ]
  %acc17.0343.us = phi <8 x float> [ %1220, %i10.body.us ], [ %1295, %p4.body.us ]
  %acc16.0342.us = phi <8 x float> [ %1217, %i10.body.us ], [ %1294, %p4.body.us ]
  %acc15.0341.us = phi <8 x float> [ %1214, %i10.body.us ], [ %1287, %p4.body.us ]
  %acc14.0340.us = phi <8 x float> [ %1211, %i10.body.us ], [ %1286, %p4.body.us ]
  %acc13.0339.us = phi <8 x float> [ %1208, %i10.body.us ], [ %1279, %p4.body.us ]
  %acc12.0338.us = phi <8 x float> [ %1205, %i10.body.us ], [ %1278, %p4.body.us ]
  %1228 = shl nuw nsw i64 %p4.addr.0346.us, 4
  %1229 = getelementptr inbounds float, ptr %work, i64 %1228
  %1230 = load <8 x float>, ptr %1229, align 4
  %1231 = or disjoint i64 %1228, 8
  %1232 = getelementptr inbounds float, ptr %work, i64 %1231
  %1233 = load <8 x float>, ptr %1232, align 4
  %1234 = or disjoint i64 %p4.addr.0346.us, %1202
  %1235 = getelementptr inbounds float, ptr %X, i64 %1234
  %1236 = load float, ptr %1235, align 4
  %1237 = fneg float %1236
  %1238 = insertelement <8 x float> poison, float %1237, i64 0
  %1239 = shufflevector <8 x float> %1238, <8 x float> poison, <8 x i32> zeroinitializer
  %1240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %1230, <8 x float> %acc12.0338.us)
  %1241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %1233, <8 x float> %acc13.0339.us)
  %1242 = or disjoint i64 %1234, 32
  %1243 = getelementptr inbounds float, ptr %X, i64 %1242
  %1244 = load float, ptr %1243, align 4
  %1245 = fneg float %1244
  %1246 = insertelement <8 x float> poison, float %1245, i64 0
  %1247 = shufflevector <8 x float> %1246, <8 x float> poison, <8 x i32> zeroinitializer
  %1248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1247, <8 x float> %1230, <8 x float> %acc14.0340.us)
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1247, <8 x float> %1233, <8 x float> %acc15.0341.us)
  %1250 = or disjoint i64 %1234, 64
  %1251 = getelementptr inbounds float, ptr %X, i64 %1250
  %1252 = load float, ptr %1251, align 4
  %1253 = fneg float %1252
  %1254 = insertelement <8 x float> poison, float %1253, i64 0
  %1255 = shufflevector <8 x float> %1254, <8 x float> poison, <8 x i32> zeroinitializer
  %1256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> %1230, <8 x float> %acc16.0342.us)
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> %1233, <8 x float> %acc17.0343.us)
  %1258 = or disjoint i64 %1234, 96
  %1259 = getelementptr inbounds float, ptr %X, i64 %1258
  %1260 = load float, ptr %1259, align 4
  %1261 = fneg float %1260
  %1262 = insertelement <8 x float> poison, float %1261, i64 0
  %1263 = shufflevector <8 x float> %1262, <8 x float> poison, <8 x i32> zeroinitializer
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1230, <8 x float> %acc18.0344.us)
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1233, <8 x float> %acc19.0345.us)
  %p4.next.us = or disjoint i64 %p4.addr.0346.us, 1
  %1266 = shl nuw nsw i64 %p4.next.us, 4
  %1267 = getelementptr inbounds float, ptr %work, i64 %1266
  %1268 = load <8 x float>, ptr %1267, align 4
  %1269 = or disjoint i64 %1266, 8
  %1270 = getelementptr inbounds float, ptr %work, i64 %1269
  %1271 = load <8 x float>, ptr %1270, align 4
  %1272 = or disjoint i64 %p4.next.us, %1202
  %1273 = getelementptr inbounds float, ptr %X, i64 %1272
  %1274 = load float, ptr %1273, align 4
  %1275 = fneg float %1274
  %1276 = insertelement <8 x float> poison, float %1275, i64 0
  %1277 = shufflevector <8 x float> %1276, <8 x float> poison, <8 x i32> zeroinitializer
  %1278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> %1268, <8 x float> %1240)
  %1279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> %1271, <8 x float> %1241)
  %1280 = or disjoint i64 %1272, 32
  %1281 = getelementptr inbounds float, ptr %X, i64 %1280
  %1282 = load float, ptr %1281, align 4
  %1283 = fneg float %1282
  %1284 = insertelement <8 x float> poison, float %1283, i64 0
  %1285 = shufflevector <8 x float> %1284, <8 x float> poison, <8 x i32> zeroinitializer
  %1286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1285, <8 x float> %1268, <8 x float> %1248)
  %1287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1285, <8 x float> %1271, <8 x float> %1249)
  %1288 = or disjoint i64 %1272, 64
  %1289 = getelementptr inbounds float, ptr %X, i64 %1288
  %1290 = load float, ptr %1289, align 4
  %1291 = fneg float %1290
  %1292 = insertelement <8 x float> poison, float %1291, i64 0
  %1293 = shufflevector <8 x float> %1292, <8 x float> poison, <8 x i32> zeroinitializer
  %1294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1268, <8 x float> %1256)
  %1295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1271, <8 x float> %1257)
  %1296 = or disjoint i64 %1272, 96
  %1297 = getelementptr inbounds float, ptr %X, i64 %1296
  %1298 = load float, ptr %1297, align 4
  %1299 = fneg float %1298
  %1300 = insertelement <8 x float> poison, float %1299, i64 0
  %1301 = shufflevector <8 x float> %1300, <8 x float> poison, <8 x i32> zeroinitializer
  %1302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1301, <8 x float> %1268, <8 x float> %1264)
  %1303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1301, <8 x float> %1271, <8 x float> %1265)
  %p4.next.us.1 = add nuw nsw i64 %p4.addr.0346.us, 2
  %exitcond495.not.1 = icmp eq i64 %p4.next.us.1, 16
  br i1 %exitcond495.not.1, label %p4.exit.us, label %p4.body.us

i9.body.us:                                       ; preds = %i8.body.us, %j9.exit.us
  %indvar946 = phi i64 [ %indvar.next947, %j9.exit.us ], [ 0, %i8.body.us ]
  %i9.addr.0337.us = phi i64 [ %i9.next.us, %j9.exit.us ], [ 1, %i8.body.us ]
  %1304 = shl nuw nsw i64 %i9.addr.0337.us, 5
  %1305 = getelementptr inbounds float, ptr %X, i64 %1304
  %1306 = load <8 x float>, ptr %1305, align 4
  %1307 = or disjoint i64 %1304, 8
  %1308 = getelementptr inbounds float, ptr %X, i64 %1307
  %1309 = load <8 x float>, ptr %1308, align 4
  %1310 = or disjoint i64 %1304, 16
  %1311 = getelementptr inbounds float, ptr %X, i64 %1310
  %1312 = load <8 x float>, ptr %1311, align 4
  %1313 = or disjoint i64 %1304, 24
  %1314 = getelementptr inbounds float, ptr %X, i64 %1313
  %1315 = load <8 x float>, ptr %1314, align 4
  %.idx.us = shl nuw nsw i64 %i9.addr.0337.us, 8
  %1316 = getelementptr inbounds i8, ptr %A, i64 %.idx.us
  %xtraiter948 = and i64 %i9.addr.0337.us, 3
  %1317 = icmp ult i64 %indvar946, 3
  br i1 %1317, label %j9.exit.us.unr-lcssa, label %i9.body.us.new

i9.body.us.new:                                   ; preds = %i9.body.us
  %unroll_iter955 = and i64 %i9.addr.0337.us, 9223372036854775804
  br label %j9.body.us

j9.exit.us.unr-lcssa:                             ; preds = %j9.body.us, %i9.body.us
  %.lcssa845.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1410, %j9.body.us ]
  %.lcssa844.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1414, %j9.body.us ]
  %.lcssa843.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1418, %j9.body.us ]
  %.lcssa842.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1422, %j9.body.us ]
  %acc8.0336.us.unr = phi <8 x float> [ %1306, %i9.body.us ], [ %1410, %j9.body.us ]
  %acc940.0335.us.unr = phi <8 x float> [ %1309, %i9.body.us ], [ %1414, %j9.body.us ]
  %j9.addr.0334.us.unr = phi i64 [ 0, %i9.body.us ], [ %j9.next.us.3, %j9.body.us ]
  %acc11.0333.us.unr = phi <8 x float> [ %1315, %i9.body.us ], [ %1422, %j9.body.us ]
  %acc10.0332.us.unr = phi <8 x float> [ %1312, %i9.body.us ], [ %1418, %j9.body.us ]
  %lcmp.mod950.not = icmp eq i64 %xtraiter948, 0
  br i1 %lcmp.mod950.not, label %j9.exit.us, label %j9.body.us.epil

j9.body.us.epil:                                  ; preds = %j9.exit.us.unr-lcssa, %j9.body.us.epil
  %acc8.0336.us.epil = phi <8 x float> [ %1326, %j9.body.us.epil ], [ %acc8.0336.us.unr, %j9.exit.us.unr-lcssa ]
  %acc940.0335.us.epil = phi <8 x float> [ %1330, %j9.body.us.epil ], [ %acc940.0335.us.unr, %j9.exit.us.unr-lcssa ]
  %j9.addr.0334.us.epil = phi i64 [ %j9.next.us.epil, %j9.body.us.epil ], [ %j9.addr.0334.us.unr, %j9.exit.us.unr-lcssa ]
  %acc11.0333.us.epil = phi <8 x float> [ %1338, %j9.body.us.epil ], [ %acc11.0333.us.unr, %j9.exit.us.unr-lcssa ]
  %acc10.0332.us.epil = phi <8 x float> [ %1334, %j9.body.us.epil ], [ %acc10.0332.us.unr, %j9.exit.us.unr-lcssa ]
  %epil.iter949 = phi i64 [ %epil.iter949.next, %j9.body.us.epil ], [ 0, %j9.exit.us.unr-lcssa ]
  %1318 = getelementptr inbounds float, ptr %1316, i64 %j9.addr.0334.us.epil
  %1319 = load float, ptr %1318, align 4
  %1320 = fneg float %1319
  %1321 = shl nsw i64 %j9.addr.0334.us.epil, 5
  %1322 = getelementptr inbounds float, ptr %X, i64 %1321
  %1323 = load <8 x float>, ptr %1322, align 4
  %1324 = insertelement <8 x float> poison, float %1320, i64 0
  %1325 = shufflevector <8 x float> %1324, <8 x float> poison, <8 x i32> zeroinitializer
  %1326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1323, <8 x float> %acc8.0336.us.epil)
  %1327 = or disjoint i64 %1321, 8
  %1328 = getelementptr inbounds float, ptr %X, i64 %1327
  %1329 = load <8 x float>, ptr %1328, align 4
  %1330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1329, <8 x float> %acc940.0335.us.epil)
  %1331 = or disjoint i64 %1321, 16
  %1332 = getelementptr inbounds float, ptr %X, i64 %1331
  %1333 = load <8 x float>, ptr %1332, align 4
  %1334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1333, <8 x float> %acc10.0332.us.epil)
  %1335 = or disjoint i64 %1321, 24
  %1336 = getelementptr inbounds float, ptr %X, i64 %1335
  %1337 = load <8 x float>, ptr %1336, align 4
  %1338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1337, <8 x float> %acc11.0333.us.epil)
  %j9.next.us.epil = add nuw nsw i64 %j9.addr.0334.us.epil, 1
  %epil.iter949.next = add i64 %epil.iter949, 1
  %epil.iter949.cmp.not = icmp eq i64 %epil.iter949.next, %xtraiter948
  br i1 %epil.iter949.cmp.not, label %j9.exit.us, label %j9.body.us.epil, !llvm.loop !0

j9.exit.us:                                       ; preds = %j9.body.us.epil, %j9.exit.us.unr-lcssa
  %.lcssa845 = phi <8 x float> [ %.lcssa845.ph, %j9.exit.us.unr-lcssa ], [ %1326, %j9.body.us.epil ]
  %.lcssa844 = phi <8 x float> [ %.lcssa844.ph, %j9.exit.us.unr-lcssa ], [ %1330, %j9.body.us.epil ]
  %.lcssa843 = phi <8 x float> [ %.lcssa843.ph, %j9.exit.us.unr-lcssa ], [ %1334, %j9.body.us.epil ]
  %.lcssa842 = phi <8 x float> [ %.lcssa842.ph, %j9.exit.us.unr-lcssa ], [ %1338, %j9.body.us.epil ]
  store <8 x float> %.lcssa845, ptr %1305, align 4
  store <8 x float> %.lcssa844, ptr %1308, align 4
  store <8 x float> %.lcssa843, ptr %1311, align 4
  store <8 x float> %.lcssa842, ptr %1314, align 4
  %i9.next.us = add nuw nsw i64 %i9.addr.0337.us, 1
  %exitcond494.not = icmp eq i64 %i9.next.us, 64
  %indvar.next947 = add i64 %indvar946, 1
  br i1 %exitcond494.not, label %i10.body.us, label %i9.body.us

j9.body.us:                                       ; preds = %j9.body.us, %i9.body.us.new
  %acc8.0336.us = phi <8 x float> [ %1306, %i9.body.us.new ], [ %1410, %j9.body.us ]
  %acc940.0335.us = phi <8 x float> [ %1309, %i9.body.us.new ], [ %1414, %j9.body.us ]
  %j9.addr.0334.us = phi i64 [ 0, %i9.body.us.new ], [ %j9.next.us.3, %j9.body.us ]
  %acc11.0333.us = phi <8 x float> [ %1315, %i9.body.us.new ], [ %1422, %j9.body.us ]
  %acc10.0332.us = phi <8 x float> [ %1312, %i9.body.us.new ], [ %1418, %j9.body.us ]
  %niter956 = phi i64 [ 0, %i9.body.us.new ], [ %niter956.next.3, %j9.body.us ]
  %1339 = getelementptr inbounds float, ptr %1316, i64 %j9.addr.0334.us
  %1340 = load float, ptr %1339, align 4
  %1341 = fneg float %1340
  %1342 = shl nsw i64 %j9.addr.0334.us, 5
  %1343 = getelementptr inbounds float, ptr %X, i64 %1342
  %1344 = load <8 x float>, ptr %1343, align 4
  %1345 = insertelement <8 x float> poison, float %1341, i64 0
  %1346 = shufflevector <8 x float> %1345, <8 x float> poison, <8 x i32> zeroinitializer
  %1347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1344, <8 x float> %acc8.0336.us)
  %1348 = or disjoint i64 %1342, 8
  %1349 = getelementptr inbounds float, ptr %X, i64 %1348
  %1350 = load <8 x float>, ptr %1349, align 4
  %1351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1350, <8 x float> %acc940.0335.us)
  %1352 = or disjoint i64 %1342, 16
  %1353 = getelementptr inbounds float, ptr %X, i64 %1352
  %1354 = load <8 x float>, ptr %1353, align 4
  %1355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1354, <8 x float> %acc10.0332.us)
  %1356 = or disjoint i64 %1342, 24
  %1357 = getelementptr inbounds float, ptr %X, i64 %1356
  %1358 = load <8 x float>, ptr %1357, align 4
  %1359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1346, <8 x float> %1358, <8 x float> %acc11.0333.us)
  %j9.next.us = or disjoint i64 %j9.addr.0334.us, 1
  %1360 = getelementptr inbounds float, ptr %1316, i64 %j9.next.us
  %1361 = load float, ptr %1360, align 4
  %1362 = fneg float %1361
  %1363 = shl nsw i64 %j9.next.us, 5
  %1364 = getelementptr inbounds float, ptr %X, i64 %1363
  %1365 = load <8 x float>, ptr %1364, align 4
  %1366 = insertelement <8 x float> poison, float %1362, i64 0
  %1367 = shufflevector <8 x float> %1366, <8 x float> poison, <8 x i32> zeroinitializer
  %1368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1367, <8 x float> %1365, <8 x float> %1347)
  %1369 = or disjoint i64 %1363, 8
  %1370 = getelementptr inbounds float, ptr %X, i64 %1369
  %1371 = load <8 x float>, ptr %1370, align 4
  %1372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1367, <8 x float> %1371, <8 x float> %1351)
  %1373 = or disjoint i64 %1363, 16
  %1374 = getelementptr inbounds float, ptr %X, i64 %1373
  %1375 = load <8 x float>, ptr %1374, align 4
  %1376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1367, <8 x float> %1375, <8 x float> %1355)
  %1377 = or disjoint i64 %1363, 24
  %1378 = getelementptr inbounds float, ptr %X, i64 %1377
  %1379 = load <8 x float>, ptr %1378, align 4
  %1380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1367, <8 x float> %1379, <8 x float> %1359)
  %j9.next.us.1 = or disjoint i64 %j9.addr.0334.us, 2
  %1381 = getelementptr inbounds float, ptr %1316, i64 %j9.next.us.1
  %1382 = load float, ptr %1381, align 4
  %1383 = fneg float %1382
  %1384 = shl nsw i64 %j9.next.us.1, 5
  %1385 = getelementptr inbounds float, ptr %X, i64 %1384
  %1386 = load <8 x float>, ptr %1385, align 4
  %1387 = insertelement <8 x float> poison, float %1383, i64 0
  %1388 = shufflevector <8 x float> %1387, <8 x float> poison, <8 x i32> zeroinitializer
  %1389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1386, <8 x float> %1368)
  %1390 = or disjoint i64 %1384, 8
  %1391 = getelementptr inbounds float, ptr %X, i64 %1390
  %1392 = load <8 x float>, ptr %1391, align 4
  %1393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1392, <8 x float> %1372)
  %1394 = or disjoint i64 %1384, 16
  %1395 = getelementptr inbounds float, ptr %X, i64 %1394
  %1396 = load <8 x float>, ptr %1395, align 4
  %1397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1396, <8 x float> %1376)
  %1398 = or disjoint i64 %1384, 24
  %1399 = getelementptr inbounds float, ptr %X, i64 %1398
  %1400 = load <8 x float>, ptr %1399, align 4
  %1401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1388, <8 x float> %1400, <8 x float> %1380)
  %j9.next.us.2 = or disjoint i64 %j9.addr.0334.us, 3
  %1402 = getelementptr inbounds float, ptr %1316, i64 %j9.next.us.2
  %1403 = load float, ptr %1402, align 4
  %1404 = fneg float %1403
  %1405 = shl nsw i64 %j9.next.us.2, 5
  %1406 = getelementptr inbounds float, ptr %X, i64 %1405
  %1407 = load <8 x float>, ptr %1406, align 4
  %1408 = insertelement <8 x float> poison, float %1404, i64 0
  %1409 = shufflevector <8 x float> %1408, <8 x float> poison, <8 x i32> zeroinitializer
  %1410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1409, <8 x float> %1407, <8 x float> %1389)
  %1411 = or disjoint i64 %1405, 8
  %1412 = getelementptr inbounds float, ptr %X, i64 %1411
  %1413 = load <8 x float>, ptr %1412, align 4
  %1414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1409, <8 x float> %1413, <8 x float> %1393)
  %1415 = or disjoint i64 %1405, 16
  %1416 = getelementptr inbounds float, ptr %X, i64 %1415
  %1417 = load <8 x float>, ptr %1416, align 4
  %1418 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1409, <8 x float> %1417, <8 x float> %1397)
  %1419 = or disjoint i64 %1405, 24
  %1420 = getelementptr inbounds float, ptr %X, i64 %1419
  %1421 = load <8 x float>, ptr %1420, align 4
  %1422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1409, <8 x float> %1421, <8 x float> %1401)
  %j9.next.us.3 = add nuw nsw i64 %j9.addr.0334.us, 4
  %niter956.next.3 = add i64 %niter956, 4
  %niter956.ncmp.3 = icmp eq i64 %niter956.next.3, %unroll_iter955
  br i1 %niter956.ncmp.3, label %j9.exit.us.unr-lcssa, label %j9.body.us

i8.body.us:                                       ; preds = %p3.exit.us.3, %i8.body.us
  %i8.addr.0331.us = phi i64 [ %i8.next.us, %i8.body.us ], [ 0, %p3.exit.us.3 ]
  %broadcast.splatinsert808 = insertelement <8 x i64> poison, i64 %i8.addr.0331.us, i64 0
  %broadcast.splat809 = shufflevector <8 x i64> %broadcast.splatinsert808, <8 x i64> poison, <8 x i32> zeroinitializer
  %1423 = getelementptr inbounds float, ptr %bet, i64 %i8.addr.0331.us
  %1424 = load float, ptr %1423, align 4
  %broadcast.splatinsert806 = insertelement <8 x float> poison, float %1424, i64 0
  %broadcast.splat807 = shufflevector <8 x float> %broadcast.splatinsert806, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx409 = shl nsw i64 %i8.addr.0331.us, 8
  %invariant.gep651 = getelementptr inbounds i8, ptr %A, i64 %.idx409
  %1425 = getelementptr inbounds i8, ptr %invariant.gep651, i64 32
  %1426 = getelementptr inbounds i8, ptr %invariant.gep651, i64 64
  %1427 = getelementptr inbounds i8, ptr %invariant.gep651, i64 96
  %wide.load802 = load <8 x float>, ptr %invariant.gep651, align 4
  %wide.load803 = load <8 x float>, ptr %1425, align 4
  %wide.load804 = load <8 x float>, ptr %1426, align 4
  %wide.load805 = load <8 x float>, ptr %1427, align 4
  %1428 = fmul <8 x float> %broadcast.splat807, %wide.load802
  %1429 = fmul <8 x float> %broadcast.splat807, %wide.load803
  %1430 = fmul <8 x float> %broadcast.splat807, %wide.load804
  %1431 = fmul <8 x float> %broadcast.splat807, %wide.load805
  %1432 = icmp ugt <8 x i64> %broadcast.splat809, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1433 = icmp ugt <8 x i64> %broadcast.splat809, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1434 = icmp ugt <8 x i64> %broadcast.splat809, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1435 = icmp ugt <8 x i64> %broadcast.splat809, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1436 = select <8 x i1> %1432, <8 x float> %1428, <8 x float> zeroinitializer
  %1437 = select <8 x i1> %1433, <8 x float> %1429, <8 x float> zeroinitializer
  %1438 = select <8 x i1> %1434, <8 x float> %1430, <8 x float> zeroinitializer
  %1439 = select <8 x i1> %1435, <8 x float> %1431, <8 x float> zeroinitializer
  store <8 x float> %1436, ptr %invariant.gep651, align 4
  store <8 x float> %1437, ptr %1425, align 4
  store <8 x float> %1438, ptr %1426, align 4
  store <8 x float> %1439, ptr %1427, align 4
  %1440 = getelementptr inbounds i8, ptr %invariant.gep651, i64 128
  %1441 = getelementptr inbounds i8, ptr %invariant.gep651, i64 160
  %1442 = getelementptr inbounds i8, ptr %invariant.gep651, i64 192
  %1443 = getelementptr inbounds i8, ptr %invariant.gep651, i64 224
  %wide.load802.1 = load <8 x float>, ptr %1440, align 4
  %wide.load803.1 = load <8 x float>, ptr %1441, align 4
  %wide.load804.1 = load <8 x float>, ptr %1442, align 4
  %wide.load805.1 = load <8 x float>, ptr %1443, align 4
  %1444 = fmul <8 x float> %broadcast.splat807, %wide.load802.1
  %1445 = fmul <8 x float> %broadcast.splat807, %wide.load803.1
  %1446 = fmul <8 x float> %broadcast.splat807, %wide.load804.1
  %1447 = fmul <8 x float> %broadcast.splat807, %wide.load805.1
  %1448 = icmp ugt <8 x i64> %broadcast.splat809, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1449 = icmp ugt <8 x i64> %broadcast.splat809, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1450 = icmp ugt <8 x i64> %broadcast.splat809, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1451 = icmp ugt <8 x i64> %broadcast.splat809, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1452 = select <8 x i1> %1448, <8 x float> %1444, <8 x float> zeroinitializer
  %1453 = select <8 x i1> %1449, <8 x float> %1445, <8 x float> zeroinitializer
  %1454 = select <8 x i1> %1450, <8 x float> %1446, <8 x float> zeroinitializer
  %1455 = select <8 x i1> %1451, <8 x float> %1447, <8 x float> zeroinitializer
  store <8 x float> %1452, ptr %1440, align 4
  store <8 x float> %1453, ptr %1441, align 4
  store <8 x float> %1454, ptr %1442, align 4
  store <8 x float> %1455, ptr %1443, align 4
  %i8.next.us = add nuw nsw i64 %i8.addr.0331.us, 1
  %exitcond492.not = icmp eq i64 %i8.next.us, 64
  br i1 %exitcond492.not, label %i9.body.us, label %i8.body.us

p3.exit.us:                                       ; preds = %p3.body.us
  %1456 = getelementptr inbounds float, ptr %A, i64 %1844
  store <8 x float> %1772, ptr %1456, align 4
  %1457 = or disjoint i64 %1844, 8
  %1458 = getelementptr inbounds float, ptr %A, i64 %1457
  store <8 x float> %1773, ptr %1458, align 4
  %1459 = getelementptr inbounds float, ptr %A, i64 %1845
  store <8 x float> %1779, ptr %1459, align 4
  %1460 = or disjoint i64 %1844, 72
  %1461 = getelementptr inbounds float, ptr %A, i64 %1460
  store <8 x float> %1780, ptr %1461, align 4
  %1462 = getelementptr inbounds float, ptr %A, i64 %1846
  store <8 x float> %1786, ptr %1462, align 4
  %1463 = or disjoint i64 %1844, 136
  %1464 = getelementptr inbounds float, ptr %A, i64 %1463
  store <8 x float> %1787, ptr %1464, align 4
  %1465 = getelementptr inbounds float, ptr %A, i64 %1847
  store <8 x float> %1793, ptr %1465, align 4
  %1466 = or disjoint i64 %1844, 200
  %1467 = getelementptr inbounds float, ptr %A, i64 %1466
  store <8 x float> %1794, ptr %1467, align 4
  br label %p3.body.us.1

p3.body.us.1:                                     ; preds = %p3.body.us.1, %p3.exit.us
  %acc.0327.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1515, %p3.body.us.1 ]
  %acc1.0326.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1516, %p3.body.us.1 ]
  %acc2.0325.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1522, %p3.body.us.1 ]
  %acc3.0324.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1523, %p3.body.us.1 ]
  %acc4.0323.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1529, %p3.body.us.1 ]
  %acc5.0322.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1530, %p3.body.us.1 ]
  %acc6.0321.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1536, %p3.body.us.1 ]
  %acc7.0320.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1537, %p3.body.us.1 ]
  %p3.addr.0319.us.1 = phi i64 [ 0, %p3.exit.us ], [ %p3.next.us.1.1, %p3.body.us.1 ]
  %1468 = shl nuw nsw i64 %p3.addr.0319.us.1, 6
  %1469 = or disjoint i64 %1468, 16
  %1470 = getelementptr inbounds float, ptr %KT, i64 %1469
  %1471 = load <8 x float>, ptr %1470, align 4
  %1472 = or disjoint i64 %1468, 24
  %1473 = getelementptr inbounds float, ptr %KT, i64 %1472
  %1474 = load <8 x float>, ptr %1473, align 4
  %1475 = add nuw nsw i64 %p3.addr.0319.us.1, %1843
  %1476 = getelementptr inbounds float, ptr %Kc, i64 %1475
  %1477 = load float, ptr %1476, align 4
  %1478 = insertelement <8 x float> poison, float %1477, i64 0
  %1479 = shufflevector <8 x float> %1478, <8 x float> poison, <8 x i32> zeroinitializer
  %1480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1479, <8 x float> %1471, <8 x float> %acc.0327.us.1)
  %1481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1479, <8 x float> %1474, <8 x float> %acc1.0326.us.1)
  %1482 = or disjoint i64 %1475, 16
  %1483 = getelementptr inbounds float, ptr %Kc, i64 %1482
  %1484 = load float, ptr %1483, align 4
  %1485 = insertelement <8 x float> poison, float %1484, i64 0
  %1486 = shufflevector <8 x float> %1485, <8 x float> poison, <8 x i32> zeroinitializer
  %1487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1471, <8 x float> %acc2.0325.us.1)
  %1488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1474, <8 x float> %acc3.0324.us.1)
  %1489 = or disjoint i64 %1475, 32
  %1490 = getelementptr inbounds float, ptr %Kc, i64 %1489
  %1491 = load float, ptr %1490, align 4
  %1492 = insertelement <8 x float> poison, float %1491, i64 0
  %1493 = shufflevector <8 x float> %1492, <8 x float> poison, <8 x i32> zeroinitializer
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1471, <8 x float> %acc4.0323.us.1)
  %1495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1474, <8 x float> %acc5.0322.us.1)
  %1496 = or disjoint i64 %1475, 48
  %1497 = getelementptr inbounds float, ptr %Kc, i64 %1496
  %1498 = load float, ptr %1497, align 4
  %1499 = insertelement <8 x float> poison, float %1498, i64 0
  %1500 = shufflevector <8 x float> %1499, <8 x float> poison, <8 x i32> zeroinitializer
  %1501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1471, <8 x float> %acc6.0321.us.1)
  %1502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1474, <8 x float> %acc7.0320.us.1)
  %p3.next.us.1 = or disjoint i64 %p3.addr.0319.us.1, 1
  %1503 = shl nuw nsw i64 %p3.next.us.1, 6
  %1504 = or disjoint i64 %1503, 16
  %1505 = getelementptr inbounds float, ptr %KT, i64 %1504
  %1506 = load <8 x float>, ptr %1505, align 4
  %1507 = or disjoint i64 %1503, 24
  %1508 = getelementptr inbounds float, ptr %KT, i64 %1507
  %1509 = load <8 x float>, ptr %1508, align 4
  %1510 = add nuw nsw i64 %p3.next.us.1, %1843
  %1511 = getelementptr inbounds float, ptr %Kc, i64 %1510
  %1512 = load float, ptr %1511, align 4
  %1513 = insertelement <8 x float> poison, float %1512, i64 0
  %1514 = shufflevector <8 x float> %1513, <8 x float> poison, <8 x i32> zeroinitializer
  %1515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> %1506, <8 x float> %1480)
  %1516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> %1509, <8 x float> %1481)
  %1517 = or disjoint i64 %1510, 16
  %1518 = getelementptr inbounds float, ptr %Kc, i64 %1517
  %1519 = load float, ptr %1518, align 4
  %1520 = insertelement <8 x float> poison, float %1519, i64 0
  %1521 = shufflevector <8 x float> %1520, <8 x float> poison, <8 x i32> zeroinitializer
  %1522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1521, <8 x float> %1506, <8 x float> %1487)
  %1523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1521, <8 x float> %1509, <8 x float> %1488)
  %1524 = or disjoint i64 %1510, 32
  %1525 = getelementptr inbounds float, ptr %Kc, i64 %1524
  %1526 = load float, ptr %1525, align 4
  %1527 = insertelement <8 x float> poison, float %1526, i64 0
  %1528 = shufflevector <8 x float> %1527, <8 x float> poison, <8 x i32> zeroinitializer
  %1529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1528, <8 x float> %1506, <8 x float> %1494)
  %1530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1528, <8 x float> %1509, <8 x float> %1495)
  %1531 = or disjoint i64 %1510, 48
  %1532 = getelementptr inbounds float, ptr %Kc, i64 %1531
  %1533 = load float, ptr %1532, align 4
  %1534 = insertelement <8 x float> poison, float %1533, i64 0
  %1535 = shufflevector <8 x float> %1534, <8 x float> poison, <8 x i32> zeroinitializer
  %1536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1535, <8 x float> %1506, <8 x float> %1501)
  %1537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1535, <8 x float> %1509, <8 x float> %1502)
  %p3.next.us.1.1 = add nuw nsw i64 %p3.addr.0319.us.1, 2
  %exitcond490.1.not.1 = icmp eq i64 %p3.next.us.1.1, 16
  br i1 %exitcond490.1.not.1, label %p3.exit.us.1, label %p3.body.us.1

p3.exit.us.1:                                     ; preds = %p3.body.us.1
  %1538 = or disjoint i64 %1844, 16
  %1539 = getelementptr inbounds float, ptr %A, i64 %1538
  store <8 x float> %1515, ptr %1539, align 4
  %1540 = or disjoint i64 %1844, 24
  %1541 = getelementptr inbounds float, ptr %A, i64 %1540
  store <8 x float> %1516, ptr %1541, align 4
  %1542 = or disjoint i64 %1844, 80
  %1543 = getelementptr inbounds float, ptr %A, i64 %1542
  store <8 x float> %1522, ptr %1543, align 4
  %1544 = or disjoint i64 %1844, 88
  %1545 = getelementptr inbounds float, ptr %A, i64 %1544
  store <8 x float> %1523, ptr %1545, align 4
  %1546 = or disjoint i64 %1844, 144
  %1547 = getelementptr inbounds float, ptr %A, i64 %1546
  store <8 x float> %1529, ptr %1547, align 4
  %1548 = or disjoint i64 %1844, 152
  %1549 = getelementptr inbounds float, ptr %A, i64 %1548
  store <8 x float> %1530, ptr %1549, align 4
  %1550 = or disjoint i64 %1844, 208
  %1551 = getelementptr inbounds float, ptr %A, i64 %1550
  store <8 x float> %1536, ptr %1551, align 4
  %1552 = or disjoint i64 %1844, 216
  %1553 = getelementptr inbounds float, ptr %A, i64 %1552
  store <8 x float> %1537, ptr %1553, align 4
  br label %p3.body.us.2

p3.body.us.2:                                     ; preds = %p3.body.us.2, %p3.exit.us.1
  %acc.0327.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1601, %p3.body.us.2 ]
  %acc1.0326.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1602, %p3.body.us.2 ]
  %acc2.0325.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1608, %p3.body.us.2 ]
  %acc3.0324.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1609, %p3.body.us.2 ]
  %acc4.0323.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1615, %p3.body.us.2 ]
  %acc5.0322.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1616, %p3.body.us.2 ]
  %acc6.0321.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1622, %p3.body.us.2 ]
  %acc7.0320.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1623, %p3.body.us.2 ]
  %p3.addr.0319.us.2 = phi i64 [ 0, %p3.exit.us.1 ], [ %p3.next.us.2.1, %p3.body.us.2 ]
  %1554 = shl nuw nsw i64 %p3.addr.0319.us.2, 6
  %1555 = or disjoint i64 %1554, 32
  %1556 = getelementptr inbounds float, ptr %KT, i64 %1555
  %1557 = load <8 x float>, ptr %1556, align 4
  %1558 = or disjoint i64 %1554, 40
  %1559 = getelementptr inbounds float, ptr %KT, i64 %1558
  %1560 = load <8 x float>, ptr %1559, align 4
  %1561 = add nuw nsw i64 %p3.addr.0319.us.2, %1843
  %1562 = getelementptr inbounds float, ptr %Kc, i64 %1561
  %1563 = load float, ptr %1562, align 4
  %1564 = insertelement <8 x float> poison, float %1563, i64 0
  %1565 = shufflevector <8 x float> %1564, <8 x float> poison, <8 x i32> zeroinitializer
  %1566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1565, <8 x float> %1557, <8 x float> %acc.0327.us.2)
  %1567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1565, <8 x float> %1560, <8 x float> %acc1.0326.us.2)
  %1568 = or disjoint i64 %1561, 16
  %1569 = getelementptr inbounds float, ptr %Kc, i64 %1568
  %1570 = load float, ptr %1569, align 4
  %1571 = insertelement <8 x float> poison, float %1570, i64 0
  %1572 = shufflevector <8 x float> %1571, <8 x float> poison, <8 x i32> zeroinitializer
  %1573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1572, <8 x float> %1557, <8 x float> %acc2.0325.us.2)
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1572, <8 x float> %1560, <8 x float> %acc3.0324.us.2)
  %1575 = or disjoint i64 %1561, 32
  %1576 = getelementptr inbounds float, ptr %Kc, i64 %1575
  %1577 = load float, ptr %1576, align 4
  %1578 = insertelement <8 x float> poison, float %1577, i64 0
  %1579 = shufflevector <8 x float> %1578, <8 x float> poison, <8 x i32> zeroinitializer
  %1580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1579, <8 x float> %1557, <8 x float> %acc4.0323.us.2)
  %1581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1579, <8 x float> %1560, <8 x float> %acc5.0322.us.2)
  %1582 = or disjoint i64 %1561, 48
  %1583 = getelementptr inbounds float, ptr %Kc, i64 %1582
  %1584 = load float, ptr %1583, align 4
  %1585 = insertelement <8 x float> poison, float %1584, i64 0
  %1586 = shufflevector <8 x float> %1585, <8 x float> poison, <8 x i32> zeroinitializer
  %1587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1557, <8 x float> %acc6.0321.us.2)
  %1588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1560, <8 x float> %acc7.0320.us.2)
  %p3.next.us.2 = or disjoint i64 %p3.addr.0319.us.2, 1
  %1589 = shl nuw nsw i64 %p3.next.us.2, 6
  %1590 = or disjoint i64 %1589, 32
  %1591 = getelementptr inbounds float, ptr %KT, i64 %1590
  %1592 = load <8 x float>, ptr %1591, align 4
  %1593 = or disjoint i64 %1589, 40
  %1594 = getelementptr inbounds float, ptr %KT, i64 %1593
  %1595 = load <8 x float>, ptr %1594, align 4
  %1596 = add nuw nsw i64 %p3.next.us.2, %1843
  %1597 = getelementptr inbounds float, ptr %Kc, i64 %1596
  %1598 = load float, ptr %1597, align 4
  %1599 = insertelement <8 x float> poison, float %1598, i64 0
  %1600 = shufflevector <8 x float> %1599, <8 x float> poison, <8 x i32> zeroinitializer
  %1601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1592, <8 x float> %1566)
  %1602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1595, <8 x float> %1567)
  %1603 = or disjoint i64 %1596, 16
  %1604 = getelementptr inbounds float, ptr %Kc, i64 %1603
  %1605 = load float, ptr %1604, align 4
  %1606 = insertelement <8 x float> poison, float %1605, i64 0
  %1607 = shufflevector <8 x float> %1606, <8 x float> poison, <8 x i32> zeroinitializer
  %1608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %1592, <8 x float> %1573)
  %1609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %1595, <8 x float> %1574)
  %1610 = or disjoint i64 %1596, 32
  %1611 = getelementptr inbounds float, ptr %Kc, i64 %1610
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <8 x float> poison, float %1612, i64 0
  %1614 = shufflevector <8 x float> %1613, <8 x float> poison, <8 x i32> zeroinitializer
  %1615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1592, <8 x float> %1580)
  %1616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1595, <8 x float> %1581)
  %1617 = or disjoint i64 %1596, 48
  %1618 = getelementptr inbounds float, ptr %Kc, i64 %1617
  %1619 = load float, ptr %1618, align 4
  %1620 = insertelement <8 x float> poison, float %1619, i64 0
  %1621 = shufflevector <8 x float> %1620, <8 x float> poison, <8 x i32> zeroinitializer
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1592, <8 x float> %1587)
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1595, <8 x float> %1588)
  %p3.next.us.2.1 = add nuw nsw i64 %p3.addr.0319.us.2, 2
  %exitcond490.2.not.1 = icmp eq i64 %p3.next.us.2.1, 16
  br i1 %exitcond490.2.not.1, label %p3.exit.us.2, label %p3.body.us.2

p3.exit.us.2:                                     ; preds = %p3.body.us.2
  %1624 = or disjoint i64 %1844, 32
  %1625 = getelementptr inbounds float, ptr %A, i64 %1624
  store <8 x float> %1601, ptr %1625, align 4
  %1626 = or disjoint i64 %1844, 40
  %1627 = getelementptr inbounds float, ptr %A, i64 %1626
  store <8 x float> %1602, ptr %1627, align 4
  %1628 = or disjoint i64 %1844, 96
  %1629 = getelementptr inbounds float, ptr %A, i64 %1628
  store <8 x float> %1608, ptr %1629, align 4
  %1630 = or disjoint i64 %1844, 104
  %1631 = getelementptr inbounds float, ptr %A, i64 %1630
  store <8 x float> %1609, ptr %1631, align 4
  %1632 = or disjoint i64 %1844, 160
  %1633 = getelementptr inbounds float, ptr %A, i64 %1632
  store <8 x float> %1615, ptr %1633, align 4
  %1634 = or disjoint i64 %1844, 168
  %1635 = getelementptr inbounds float, ptr %A, i64 %1634
  store <8 x float> %1616, ptr %1635, align 4
  %1636 = or disjoint i64 %1844, 224
  %1637 = getelementptr inbounds float, ptr %A, i64 %1636
  store <8 x float> %1622, ptr %1637, align 4
  %1638 = or disjoint i64 %1844, 232
  %1639 = getelementptr inbounds float, ptr %A, i64 %1638
  store <8 x float> %1623, ptr %1639, align 4
  br label %p3.body.us.3

p3.body.us.3:                                     ; preds = %p3.body.us.3, %p3.exit.us.2
  %acc.0327.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1687, %p3.body.us.3 ]
  %acc1.0326.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1688, %p3.body.us.3 ]
  %acc2.0325.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1694, %p3.body.us.3 ]
  %acc3.0324.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1695, %p3.body.us.3 ]
  %acc4.0323.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1701, %p3.body.us.3 ]
  %acc5.0322.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1702, %p3.body.us.3 ]
  %acc6.0321.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1708, %p3.body.us.3 ]
  %acc7.0320.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1709, %p3.body.us.3 ]
  %p3.addr.0319.us.3 = phi i64 [ 0, %p3.exit.us.2 ], [ %p3.next.us.3.1, %p3.body.us.3 ]
  %1640 = shl nuw nsw i64 %p3.addr.0319.us.3, 6
  %1641 = or disjoint i64 %1640, 48
  %1642 = getelementptr inbounds float, ptr %KT, i64 %1641
  %1643 = load <8 x float>, ptr %1642, align 4
  %1644 = or disjoint i64 %1640, 56
  %1645 = getelementptr inbounds float, ptr %KT, i64 %1644
  %1646 = load <8 x float>, ptr %1645, align 4
  %1647 = add nuw nsw i64 %p3.addr.0319.us.3, %1843
  %1648 = getelementptr inbounds float, ptr %Kc, i64 %1647
  %1649 = load float, ptr %1648, align 4
  %1650 = insertelement <8 x float> poison, float %1649, i64 0
  %1651 = shufflevector <8 x float> %1650, <8 x float> poison, <8 x i32> zeroinitializer
  %1652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1651, <8 x float> %1643, <8 x float> %acc.0327.us.3)
  %1653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1651, <8 x float> %1646, <8 x float> %acc1.0326.us.3)
  %1654 = or disjoint i64 %1647, 16
  %1655 = getelementptr inbounds float, ptr %Kc, i64 %1654
  %1656 = load float, ptr %1655, align 4
  %1657 = insertelement <8 x float> poison, float %1656, i64 0
  %1658 = shufflevector <8 x float> %1657, <8 x float> poison, <8 x i32> zeroinitializer
  %1659 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1658, <8 x float> %1643, <8 x float> %acc2.0325.us.3)
  %1660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1658, <8 x float> %1646, <8 x float> %acc3.0324.us.3)
  %1661 = or disjoint i64 %1647, 32
  %1662 = getelementptr inbounds float, ptr %Kc, i64 %1661
  %1663 = load float, ptr %1662, align 4
  %1664 = insertelement <8 x float> poison, float %1663, i64 0
  %1665 = shufflevector <8 x float> %1664, <8 x float> poison, <8 x i32> zeroinitializer
  %1666 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1665, <8 x float> %1643, <8 x float> %acc4.0323.us.3)
  %1667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1665, <8 x float> %1646, <8 x float> %acc5.0322.us.3)
  %1668 = or disjoint i64 %1647, 48
  %1669 = getelementptr inbounds float, ptr %Kc, i64 %1668
  %1670 = load float, ptr %1669, align 4
  %1671 = insertelement <8 x float> poison, float %1670, i64 0
  %1672 = shufflevector <8 x float> %1671, <8 x float> poison, <8 x i32> zeroinitializer
  %1673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1672, <8 x float> %1643, <8 x float> %acc6.0321.us.3)
  %1674 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1672, <8 x float> %1646, <8 x float> %acc7.0320.us.3)
  %p3.next.us.3 = or disjoint i64 %p3.addr.0319.us.3, 1
  %1675 = shl nuw nsw i64 %p3.next.us.3, 6
  %1676 = or disjoint i64 %1675, 48
  %1677 = getelementptr inbounds float, ptr %KT, i64 %1676
  %1678 = load <8 x float>, ptr %1677, align 4
  %1679 = or disjoint i64 %1675, 56
  %1680 = getelementptr inbounds float, ptr %KT, i64 %1679
  %1681 = load <8 x float>, ptr %1680, align 4
  %1682 = add nuw nsw i64 %p3.next.us.3, %1843
  %1683 = getelementptr inbounds float, ptr %Kc, i64 %1682
  %1684 = load float, ptr %1683, align 4
  %1685 = insertelement <8 x float> poison, float %1684, i64 0
  %1686 = shufflevector <8 x float> %1685, <8 x float> poison, <8 x i32> zeroinitializer
  %1687 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1686, <8 x float> %1678, <8 x float> %1652)
  %1688 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1686, <8 x float> %1681, <8 x float> %1653)
  %1689 = or disjoint i64 %1682, 16
  %1690 = getelementptr inbounds float, ptr %Kc, i64 %1689
  %1691 = load float, ptr %1690, align 4
  %1692 = insertelement <8 x float> poison, float %1691, i64 0
  %1693 = shufflevector <8 x float> %1692, <8 x float> poison, <8 x i32> zeroinitializer
  %1694 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %1678, <8 x float> %1659)
  %1695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1693, <8 x float> %1681, <8 x float> %1660)
  %1696 = or disjoint i64 %1682, 32
  %1697 = getelementptr inbounds float, ptr %Kc, i64 %1696
  %1698 = load float, ptr %1697, align 4
  %1699 = insertelement <8 x float> poison, float %1698, i64 0
  %1700 = shufflevector <8 x float> %1699, <8 x float> poison, <8 x i32> zeroinitializer
  %1701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1700, <8 x float> %1678, <8 x float> %1666)
  %1702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1700, <8 x float> %1681, <8 x float> %1667)
  %1703 = or disjoint i64 %1682, 48
  %1704 = getelementptr inbounds float, ptr %Kc, i64 %1703
  %1705 = load float, ptr %1704, align 4
  %1706 = insertelement <8 x float> poison, float %1705, i64 0
  %1707 = shufflevector <8 x float> %1706, <8 x float> poison, <8 x i32> zeroinitializer
  %1708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1707, <8 x float> %1678, <8 x float> %1673)
  %1709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1707, <8 x float> %1681, <8 x float> %1674)
  %p3.next.us.3.1 = add nuw nsw i64 %p3.addr.0319.us.3, 2
  %exitcond490.3.not.1 = icmp eq i64 %p3.next.us.3.1, 16
  br i1 %exitcond490.3.not.1, label %p3.exit.us.3, label %p3.body.us.3

p3.exit.us.3:                                     ; preds = %p3.body.us.3
  %1710 = or disjoint i64 %1844, 48
  %1711 = getelementptr inbounds float, ptr %A, i64 %1710
  store <8 x float> %1687, ptr %1711, align 4
  %1712 = or disjoint i64 %1844, 56
  %1713 = getelementptr inbounds float, ptr %A, i64 %1712
  store <8 x float> %1688, ptr %1713, align 4
  %1714 = or disjoint i64 %1844, 112
  %1715 = getelementptr inbounds float, ptr %A, i64 %1714
  store <8 x float> %1694, ptr %1715, align 4
  %1716 = or disjoint i64 %1844, 120
  %1717 = getelementptr inbounds float, ptr %A, i64 %1716
  store <8 x float> %1695, ptr %1717, align 4
  %1718 = or disjoint i64 %1844, 176
  %1719 = getelementptr inbounds float, ptr %A, i64 %1718
  store <8 x float> %1701, ptr %1719, align 4
  %1720 = or disjoint i64 %1844, 184
  %1721 = getelementptr inbounds float, ptr %A, i64 %1720
  store <8 x float> %1702, ptr %1721, align 4
  %1722 = or disjoint i64 %1844, 240
  %1723 = getelementptr inbounds float, ptr %A, i64 %1722
  store <8 x float> %1708, ptr %1723, align 4
  %1724 = or disjoint i64 %1844, 248
  %1725 = getelementptr inbounds float, ptr %A, i64 %1724
  store <8 x float> %1709, ptr %1725, align 4
  %i7.next.us = add nuw nsw i64 %i7.addr.0329.us, 4
  %1726 = icmp ult i64 %i7.addr.0329.us, 60
  br i1 %1726, label %j7.head.preheader.us, label %i8.body.us

p3.body.us:                                       ; preds = %p3.body.us, %j7.head.preheader.us
  %acc.0327.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1772, %p3.body.us ]
  %acc1.0326.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1773, %p3.body.us ]
  %acc2.0325.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1779, %p3.body.us ]
  %acc3.0324.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1780, %p3.body.us ]
  %acc4.0323.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1786, %p3.body.us ]
  %acc5.0322.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1787, %p3.body.us ]
  %acc6.0321.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1793, %p3.body.us ]
  %acc7.0320.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1794, %p3.body.us ]
  %p3.addr.0319.us = phi i64 [ 0, %j7.head.preheader.us ], [ %p3.next.us.1944, %p3.body.us ]
  %1727 = shl nuw nsw i64 %p3.addr.0319.us, 6
  %1728 = getelementptr inbounds float, ptr %KT, i64 %1727
  %1729 = load <8 x float>, ptr %1728, align 4
  %1730 = or disjoint i64 %1727, 8
  %1731 = getelementptr inbounds float, ptr %KT, i64 %1730
  %1732 = load <8 x float>, ptr %1731, align 4
  %1733 = add nuw nsw i64 %p3.addr.0319.us, %1843
  %1734 = getelementptr inbounds float, ptr %Kc, i64 %1733
  %1735 = load float, ptr %1734, align 4
  %1736 = insertelement <8 x float> poison, float %1735, i64 0
  %1737 = shufflevector <8 x float> %1736, <8 x float> poison, <8 x i32> zeroinitializer
  %1738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1737, <8 x float> %1729, <8 x float> %acc.0327.us)
  %1739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1737, <8 x float> %1732, <8 x float> %acc1.0326.us)
  %1740 = or disjoint i64 %1733, 16
  %1741 = getelementptr inbounds float, ptr %Kc, i64 %1740
  %1742 = load float, ptr %1741, align 4
  %1743 = insertelement <8 x float> poison, float %1742, i64 0
  %1744 = shufflevector <8 x float> %1743, <8 x float> poison, <8 x i32> zeroinitializer
  %1745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1744, <8 x float> %1729, <8 x float> %acc2.0325.us)
  %1746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1744, <8 x float> %1732, <8 x float> %acc3.0324.us)
  %1747 = or disjoint i64 %1733, 32
  %1748 = getelementptr inbounds float, ptr %Kc, i64 %1747
  %1749 = load float, ptr %1748, align 4
  %1750 = insertelement <8 x float> poison, float %1749, i64 0
  %1751 = shufflevector <8 x float> %1750, <8 x float> poison, <8 x i32> zeroinitializer
  %1752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1751, <8 x float> %1729, <8 x float> %acc4.0323.us)
  %1753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1751, <8 x float> %1732, <8 x float> %acc5.0322.us)
  %1754 = or disjoint i64 %1733, 48
  %1755 = getelementptr inbounds float, ptr %Kc, i64 %1754
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <8 x float> poison, float %1756, i64 0
  %1758 = shufflevector <8 x float> %1757, <8 x float> poison, <8 x i32> zeroinitializer
  %1759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1758, <8 x float> %1729, <8 x float> %acc6.0321.us)
  %1760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1758, <8 x float> %1732, <8 x float> %acc7.0320.us)
  %p3.next.us = or disjoint i64 %p3.addr.0319.us, 1
  %1761 = shl nuw nsw i64 %p3.next.us, 6
  %1762 = getelementptr inbounds float, ptr %KT, i64 %1761
  %1763 = load <8 x float>, ptr %1762, align 4
  %1764 = or disjoint i64 %1761, 8
  %1765 = getelementptr inbounds float, ptr %KT, i64 %1764
  %1766 = load <8 x float>, ptr %1765, align 4
  %1767 = add nuw nsw i64 %p3.next.us, %1843
  %1768 = getelementptr inbounds float, ptr %Kc, i64 %1767
  %1769 = load float, ptr %1768, align 4
  %1770 = insertelement <8 x float> poison, float %1769, i64 0
  %1771 = shufflevector <8 x float> %1770, <8 x float> poison, <8 x i32> zeroinitializer
  %1772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1771, <8 x float> %1763, <8 x float> %1738)
  %1773 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1771, <8 x float> %1766, <8 x float> %1739)
  %1774 = or disjoint i64 %1767, 16
  %1775 = getelementptr inbounds float, ptr %Kc, i64 %1774
  %1776 = load float, ptr %1775, align 4
  %1777 = insertelement <8 x float> poison, float %1776, i64 0
  %1778 = shufflevector <8 x float> %1777, <8 x float> poison, <8 x i32> zeroinitializer
  %1779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1778, <8 x float> %1763, <8 x float> %1745)
  %1780 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1778, <8 x float> %1766, <8 x float> %1746)
  %1781 = or disjoint i64 %1767, 32
  %1782 = getelementptr inbounds float, ptr %Kc, i64 %1781
  %1783 = load float, ptr %1782, align 4
  %1784 = insertelement <8 x float> poison, float %1783, i64 0
  %1785 = shufflevector <8 x float> %1784, <8 x float> poison, <8 x i32> zeroinitializer
  %1786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1785, <8 x float> %1763, <8 x float> %1752)
  %1787 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1785, <8 x float> %1766, <8 x float> %1753)
  %1788 = or disjoint i64 %1767, 48
  %1789 = getelementptr inbounds float, ptr %Kc, i64 %1788
  %1790 = load float, ptr %1789, align 4
  %1791 = insertelement <8 x float> poison, float %1790, i64 0
  %1792 = shufflevector <8 x float> %1791, <8 x float> poison, <8 x i32> zeroinitializer
  %1793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1792, <8 x float> %1763, <8 x float> %1759)
  %1794 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1792, <8 x float> %1766, <8 x float> %1760)
  %p3.next.us.1944 = add nuw nsw i64 %p3.addr.0319.us, 2
  %exitcond490.not.1 = icmp eq i64 %p3.next.us.1944, 16
  br i1 %exitcond490.not.1, label %p3.exit.us, label %p3.body.us

t.body.us:                                        ; preds = %endif.us, %i1.head.preheader.us
  %t.addr.0318.us = phi i64 [ 0, %i1.head.preheader.us ], [ %t.next.us, %endif.us ]
  %1795 = shl nsw i64 %t.addr.0318.us, 7
  %1796 = shl nsw i64 %t.addr.0318.us, 6
  %1797 = icmp sgt i64 %1953, %t.addr.0318.us
  br i1 %1797, label %j2.head.preheader.us, label %j4.head.preheader.us

endif.us:                                         ; preds = %j4.head.preheader.us, %j2.head.preheader.us
  %t.next.us = add nuw nsw i64 %t.addr.0318.us, 1
  %exitcond489.not = icmp eq i64 %t.next.us, 64
  br i1 %exitcond489.not, label %j7.head.preheader.us, label %t.body.us

j14.head.preheader.us:                            ; preds = %j14.head.preheader.us, %j14.head.preheader.us.preheader.new
  %t2.addr.0382.us = phi i64 [ 0, %j14.head.preheader.us.preheader.new ], [ %t2.next.us.7, %j14.head.preheader.us ]
  %niter974 = phi i64 [ 0, %j14.head.preheader.us.preheader.new ], [ %niter974.next.7, %j14.head.preheader.us ]
  %1798 = mul i64 %10, %t2.addr.0382.us
  %scevgep501 = getelementptr i8, ptr %1948, i64 %1798
  %1799 = shl nuw nsw i64 %t2.addr.0382.us, 6
  %gep656 = getelementptr i8, ptr %invariant.gep655, i64 %1799
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501, ptr noundef nonnull align 4 dereferenceable(64) %gep656, i64 64, i1 false)
  %t2.next.us = or disjoint i64 %t2.addr.0382.us, 1
  %1800 = mul i64 %10, %t2.next.us
  %scevgep501.1 = getelementptr i8, ptr %1948, i64 %1800
  %1801 = shl nuw nsw i64 %t2.next.us, 6
  %gep656.1 = getelementptr i8, ptr %invariant.gep655, i64 %1801
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.1, ptr noundef nonnull align 4 dereferenceable(64) %gep656.1, i64 64, i1 false)
  %t2.next.us.1 = or disjoint i64 %t2.addr.0382.us, 2
  %1802 = mul i64 %10, %t2.next.us.1
  %scevgep501.2 = getelementptr i8, ptr %1948, i64 %1802
  %1803 = shl nuw nsw i64 %t2.next.us.1, 6
  %gep656.2 = getelementptr i8, ptr %invariant.gep655, i64 %1803
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.2, ptr noundef nonnull align 4 dereferenceable(64) %gep656.2, i64 64, i1 false)
  %t2.next.us.2 = or disjoint i64 %t2.addr.0382.us, 3
  %1804 = mul i64 %10, %t2.next.us.2
  %scevgep501.3 = getelementptr i8, ptr %1948, i64 %1804
  %1805 = shl nuw nsw i64 %t2.next.us.2, 6
  %gep656.3 = getelementptr i8, ptr %invariant.gep655, i64 %1805
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.3, ptr noundef nonnull align 4 dereferenceable(64) %gep656.3, i64 64, i1 false)
  %t2.next.us.3 = or disjoint i64 %t2.addr.0382.us, 4
  %1806 = mul i64 %10, %t2.next.us.3
  %scevgep501.4 = getelementptr i8, ptr %1948, i64 %1806
  %1807 = shl nuw nsw i64 %t2.next.us.3, 6
  %gep656.4 = getelementptr i8, ptr %invariant.gep655, i64 %1807
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.4, ptr noundef nonnull align 4 dereferenceable(64) %gep656.4, i64 64, i1 false)
  %t2.next.us.4 = or disjoint i64 %t2.addr.0382.us, 5
  %1808 = mul i64 %10, %t2.next.us.4
  %scevgep501.5 = getelementptr i8, ptr %1948, i64 %1808
  %1809 = shl nuw nsw i64 %t2.next.us.4, 6
  %gep656.5 = getelementptr i8, ptr %invariant.gep655, i64 %1809
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.5, ptr noundef nonnull align 4 dereferenceable(64) %gep656.5, i64 64, i1 false)
  %t2.next.us.5 = or disjoint i64 %t2.addr.0382.us, 6
  %1810 = mul i64 %10, %t2.next.us.5
  %scevgep501.6 = getelementptr i8, ptr %1948, i64 %1810
  %1811 = shl nuw nsw i64 %t2.next.us.5, 6
  %gep656.6 = getelementptr i8, ptr %invariant.gep655, i64 %1811
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.6, ptr noundef nonnull align 4 dereferenceable(64) %gep656.6, i64 64, i1 false)
  %t2.next.us.6 = or disjoint i64 %t2.addr.0382.us, 7
  %1812 = mul i64 %10, %t2.next.us.6
  %scevgep501.7 = getelementptr i8, ptr %1948, i64 %1812
  %1813 = shl nuw nsw i64 %t2.next.us.6, 6
  %gep656.7 = getelementptr i8, ptr %invariant.gep655, i64 %1813
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.7, ptr noundef nonnull align 4 dereferenceable(64) %gep656.7, i64 64, i1 false)
  %t2.next.us.7 = add nuw nsw i64 %t2.addr.0382.us, 8
  %niter974.next.7 = add i64 %niter974, 8
  %niter974.ncmp.7 = icmp eq i64 %niter974.next.7, %unroll_iter973
  br i1 %niter974.ncmp.7, label %i16.head.preheader.us.loopexit.unr-lcssa, label %j14.head.preheader.us

p6.head.preheader.us:                             ; preds = %i12.head.preheader.us, %p6.exit.us
  %i13.addr.0370.us = phi i64 [ %i13.next.us, %p6.exit.us ], [ 0, %i12.head.preheader.us ]
  %1814 = shl nuw nsw i64 %i13.addr.0370.us, 4
  br label %p6.body.us

i12.head.preheader.us:                            ; preds = %p5.exit.us.3, %i12.head.preheader.us
  %t1.addr.0360.us = phi i64 [ %t1.next.us, %i12.head.preheader.us ], [ 0, %p5.exit.us.3 ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %t1.addr.0360.us, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx410 = shl nsw i64 %t1.addr.0360.us, 8
  %invariant.gep653 = getelementptr inbounds i8, ptr %P, i64 %.idx410
  %1815 = getelementptr inbounds i8, ptr %invariant.gep653, i64 32
  %1816 = getelementptr inbounds i8, ptr %invariant.gep653, i64 64
  %1817 = getelementptr inbounds i8, ptr %invariant.gep653, i64 96
  %wide.load = load <8 x float>, ptr %invariant.gep653, align 4
  %wide.load787 = load <8 x float>, ptr %1815, align 4
  %wide.load788 = load <8 x float>, ptr %1816, align 4
  %wide.load789 = load <8 x float>, ptr %1817, align 4
  %1818 = icmp ult <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1819 = icmp ult <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1820 = icmp ult <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1821 = icmp ult <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1822 = select <8 x i1> %1818, <8 x float> zeroinitializer, <8 x float> %wide.load
  %1823 = select <8 x i1> %1819, <8 x float> zeroinitializer, <8 x float> %wide.load787
  %1824 = select <8 x i1> %1820, <8 x float> zeroinitializer, <8 x float> %wide.load788
  %1825 = select <8 x i1> %1821, <8 x float> zeroinitializer, <8 x float> %wide.load789
  store <8 x float> %1822, ptr %invariant.gep653, align 4
  store <8 x float> %1823, ptr %1815, align 4
  store <8 x float> %1824, ptr %1816, align 4
  store <8 x float> %1825, ptr %1817, align 4
  %1826 = getelementptr inbounds i8, ptr %invariant.gep653, i64 128
  %1827 = getelementptr inbounds i8, ptr %invariant.gep653, i64 160
  %1828 = getelementptr inbounds i8, ptr %invariant.gep653, i64 192
  %1829 = getelementptr inbounds i8, ptr %invariant.gep653, i64 224
  %wide.load.1 = load <8 x float>, ptr %1826, align 4
  %wide.load787.1 = load <8 x float>, ptr %1827, align 4
  %wide.load788.1 = load <8 x float>, ptr %1828, align 4
  %wide.load789.1 = load <8 x float>, ptr %1829, align 4
  %1830 = icmp ult <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1831 = icmp ult <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1832 = icmp ult <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1833 = icmp ult <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1834 = select <8 x i1> %1830, <8 x float> zeroinitializer, <8 x float> %wide.load.1
  %1835 = select <8 x i1> %1831, <8 x float> zeroinitializer, <8 x float> %wide.load787.1
  %1836 = select <8 x i1> %1832, <8 x float> zeroinitializer, <8 x float> %wide.load788.1
  %1837 = select <8 x i1> %1833, <8 x float> zeroinitializer, <8 x float> %wide.load789.1
  store <8 x float> %1834, ptr %1826, align 4
  store <8 x float> %1835, ptr %1827, align 4
  store <8 x float> %1836, ptr %1828, align 4
  store <8 x float> %1837, ptr %1829, align 4
  %t1.next.us = add nuw nsw i64 %t1.addr.0360.us, 1
  %exitcond498.not = icmp eq i64 %t1.next.us, 64
  br i1 %exitcond498.not, label %p6.head.preheader.us, label %i12.head.preheader.us

j11.head.preheader.us:                            ; preds = %p4.exit.us, %p5.exit.us.3
  %i11.addr.0358.us = phi i64 [ %i11.next.us, %p5.exit.us.3 ], [ 0, %p4.exit.us ]
  %1838 = shl nuw nsw i64 %i11.addr.0358.us, 4
  %1839 = shl nuw nsw i64 %i11.addr.0358.us, 6
  %1840 = or disjoint i64 %1839, 64
  %1841 = or disjoint i64 %1839, 128
  %1842 = or disjoint i64 %1839, 192
  br label %p5.body.us

j7.head.preheader.us:                             ; preds = %endif.us, %p3.exit.us.3
  %i7.addr.0329.us = phi i64 [ %i7.next.us, %p3.exit.us.3 ], [ 0, %endif.us ]
  %1843 = shl nuw nsw i64 %i7.addr.0329.us, 4
  %1844 = shl nuw nsw i64 %i7.addr.0329.us, 6
  %1845 = or disjoint i64 %1844, 64
  %1846 = or disjoint i64 %1844, 128
  %1847 = or disjoint i64 %1844, 192
  br label %p3.body.us

j2.head.preheader.us:                             ; preds = %t.body.us
  %1848 = add nuw nsw i64 %t.addr.0318.us, %t0.us
  %1849 = mul nsw i64 %1848, %sq
  %1850 = getelementptr float, ptr %qh.us, i64 %1849
  %1851 = load <8 x float>, ptr %1850, align 4
  %1852 = fmul <8 x float> %1851, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %1853 = getelementptr inbounds i8, ptr %Qc, i64 %1796
  store <8 x float> %1852, ptr %1853, align 4
  %1854 = getelementptr float, ptr %82, i64 %1849
  %1855 = load <8 x float>, ptr %1854, align 4
  %1856 = fmul <8 x float> %1855, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %1857 = getelementptr inbounds i8, ptr %27, i64 %1796
  store <8 x float> %1856, ptr %1857, align 4
  %tau.us = or disjoint i64 %t.addr.0318.us, %t0.us
  %1858 = mul nsw i64 %tau.us, %H
  %1859 = getelementptr inbounds float, ptr %betah.us, i64 %1858
  %1860 = load float, ptr %1859, align 4
  %1861 = getelementptr inbounds float, ptr %bet, i64 %t.addr.0318.us
  store float %1860, ptr %1861, align 4
  %1862 = mul nsw i64 %tau.us, %sq
  %1863 = insertelement <8 x float> poison, float %1860, i64 0
  %1864 = shufflevector <8 x float> %1863, <8 x float> poison, <8 x i32> zeroinitializer
  %1865 = getelementptr float, ptr %kh.us, i64 %1862
  %1866 = load <8 x float>, ptr %1865, align 4
  %1867 = getelementptr inbounds i8, ptr %Kc, i64 %1796
  store <8 x float> %1866, ptr %1867, align 4
  %1868 = fmul <8 x float> %1864, %1866
  %1869 = getelementptr inbounds i8, ptr %X, i64 %1795
  store <8 x float> %1868, ptr %1869, align 4
  %1870 = getelementptr float, ptr %83, i64 %1862
  %1871 = load <8 x float>, ptr %1870, align 4
  %1872 = getelementptr inbounds i8, ptr %28, i64 %1796
  store <8 x float> %1871, ptr %1872, align 4
  %1873 = fmul <8 x float> %1864, %1871
  %1874 = getelementptr inbounds i8, ptr %29, i64 %1795
  store <8 x float> %1873, ptr %1874, align 4
  %bc517 = bitcast <8 x float> %1866 to <8 x i32>
  %1875 = extractelement <8 x i32> %bc517, i64 0
  %1876 = getelementptr inbounds float, ptr %KT, i64 %t.addr.0318.us
  store i32 %1875, ptr %1876, align 4
  %1877 = extractelement <8 x float> %1866, i64 1
  %1878 = getelementptr inbounds float, ptr %30, i64 %t.addr.0318.us
  store float %1877, ptr %1878, align 4
  %1879 = extractelement <8 x float> %1866, i64 2
  %1880 = getelementptr inbounds float, ptr %31, i64 %t.addr.0318.us
  store float %1879, ptr %1880, align 4
  %1881 = extractelement <8 x float> %1866, i64 3
  %1882 = getelementptr inbounds float, ptr %32, i64 %t.addr.0318.us
  store float %1881, ptr %1882, align 4
  %1883 = extractelement <8 x float> %1866, i64 4
  %1884 = getelementptr inbounds float, ptr %33, i64 %t.addr.0318.us
  store float %1883, ptr %1884, align 4
  %1885 = extractelement <8 x float> %1866, i64 5
  %1886 = getelementptr inbounds float, ptr %34, i64 %t.addr.0318.us
  store float %1885, ptr %1886, align 4
  %1887 = extractelement <8 x float> %1866, i64 6
  %1888 = getelementptr inbounds float, ptr %35, i64 %t.addr.0318.us
  store float %1887, ptr %1888, align 4
  %1889 = extractelement <8 x float> %1866, i64 7
  %1890 = getelementptr inbounds float, ptr %36, i64 %t.addr.0318.us
  store float %1889, ptr %1890, align 4
  %bc520 = bitcast <8 x float> %1871 to <8 x i32>
  %1891 = extractelement <8 x i32> %bc520, i64 0
  %1892 = getelementptr inbounds float, ptr %37, i64 %t.addr.0318.us
  store i32 %1891, ptr %1892, align 4
  %1893 = extractelement <8 x float> %1871, i64 1
  %1894 = getelementptr inbounds float, ptr %38, i64 %t.addr.0318.us
  store float %1893, ptr %1894, align 4
  %1895 = extractelement <8 x float> %1871, i64 2
  %1896 = getelementptr inbounds float, ptr %39, i64 %t.addr.0318.us
  store float %1895, ptr %1896, align 4
  %1897 = getelementptr float, ptr %84, i64 %1862
  %1898 = load float, ptr %1897, align 4
  %1899 = getelementptr inbounds float, ptr %40, i64 %t.addr.0318.us
  store float %1898, ptr %1899, align 4
  %1900 = getelementptr float, ptr %85, i64 %1862
  %1901 = load float, ptr %1900, align 4
  %1902 = getelementptr inbounds float, ptr %41, i64 %t.addr.0318.us
  store float %1901, ptr %1902, align 4
  %1903 = getelementptr float, ptr %86, i64 %1862
  %1904 = load float, ptr %1903, align 4
  %1905 = getelementptr inbounds float, ptr %42, i64 %t.addr.0318.us
  store float %1904, ptr %1905, align 4
  %1906 = getelementptr float, ptr %87, i64 %1862
  %1907 = load float, ptr %1906, align 4
  %1908 = getelementptr inbounds float, ptr %43, i64 %t.addr.0318.us
  store float %1907, ptr %1908, align 4
  %1909 = getelementptr float, ptr %88, i64 %1862
  %1910 = load float, ptr %1909, align 4
  %1911 = getelementptr inbounds float, ptr %44, i64 %t.addr.0318.us
  store float %1910, ptr %1911, align 4
  %1912 = getelementptr float, ptr %vh.us, i64 %1862
  %1913 = load <8 x float>, ptr %1912, align 4
  %1914 = fmul <8 x float> %1864, %1913
  %1915 = getelementptr inbounds i8, ptr %1869, i64 64
  store <8 x float> %1914, ptr %1915, align 4
  %1916 = getelementptr float, ptr %89, i64 %1862
  %1917 = load <8 x float>, ptr %1916, align 4
  %1918 = fmul <8 x float> %1864, %1917
  %1919 = getelementptr inbounds i8, ptr %1874, i64 64
  store <8 x float> %1918, ptr %1919, align 4
  br label %endif.us

j4.head.preheader.us:                             ; preds = %t.body.us
  %gep = getelementptr i8, ptr %invariant.gep, i64 %1796
  %gep648 = getelementptr i8, ptr %invariant.gep647, i64 %1796
  %gep650 = getelementptr i8, ptr %invariant.gep649, i64 %1795
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep, i8 0, i64 64, i1 false)
  %1920 = getelementptr inbounds float, ptr %bet, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1920, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep648, i8 0, i64 64, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep650, i8 0, i64 128, i1 false)
  %1921 = getelementptr inbounds float, ptr %KT, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1921, align 4
  %1922 = getelementptr inbounds float, ptr %12, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1922, align 4
  %1923 = getelementptr inbounds float, ptr %13, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1923, align 4
  %1924 = getelementptr inbounds float, ptr %14, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1924, align 4
  %1925 = getelementptr inbounds float, ptr %15, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1925, align 4
  %1926 = getelementptr inbounds float, ptr %16, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1926, align 4
  %1927 = getelementptr inbounds float, ptr %17, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1927, align 4
  %1928 = getelementptr inbounds float, ptr %18, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1928, align 4
  %1929 = getelementptr inbounds float, ptr %19, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1929, align 4
  %1930 = getelementptr inbounds float, ptr %20, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1930, align 4
  %1931 = getelementptr inbounds float, ptr %21, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1931, align 4
  %1932 = getelementptr inbounds float, ptr %22, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1932, align 4
  %1933 = getelementptr inbounds float, ptr %23, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1933, align 4
  %1934 = getelementptr inbounds float, ptr %24, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1934, align 4
  %1935 = getelementptr inbounds float, ptr %25, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1935, align 4
  %1936 = getelementptr inbounds float, ptr %26, i64 %t.addr.0318.us
  store float 0.000000e+00, ptr %1936, align 4
  br label %endif.us

i16.head.preheader.us.loopexit.unr-lcssa:         ; preds = %j14.head.preheader.us, %j14.head.preheader.us.preheader
  %t2.addr.0382.us.unr = phi i64 [ 0, %j14.head.preheader.us.preheader ], [ %t2.next.us.7, %j14.head.preheader.us ]
  %lcmp.mod972.not = icmp eq i64 %xtraiter970, 0
  br i1 %lcmp.mod972.not, label %i16.head.preheader.us, label %j14.head.preheader.us.epil

j14.head.preheader.us.epil:                       ; preds = %i16.head.preheader.us.loopexit.unr-lcssa, %j14.head.preheader.us.epil
  %t2.addr.0382.us.epil = phi i64 [ %t2.next.us.epil, %j14.head.preheader.us.epil ], [ %t2.addr.0382.us.unr, %i16.head.preheader.us.loopexit.unr-lcssa ]
  %epil.iter971 = phi i64 [ %epil.iter971.next, %j14.head.preheader.us.epil ], [ 0, %i16.head.preheader.us.loopexit.unr-lcssa ]
  %1937 = mul i64 %10, %t2.addr.0382.us.epil
  %scevgep501.epil = getelementptr i8, ptr %1948, i64 %1937
  %1938 = shl nuw nsw i64 %t2.addr.0382.us.epil, 6
  %gep656.epil = getelementptr i8, ptr %invariant.gep655, i64 %1938
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep501.epil, ptr noundef nonnull align 4 dereferenceable(64) %gep656.epil, i64 64, i1 false)
  %t2.next.us.epil = add nuw nsw i64 %t2.addr.0382.us.epil, 1
  %epil.iter971.next = add i64 %epil.iter971, 1
  %epil.iter971.cmp.not = icmp eq i64 %epil.iter971.next, %xtraiter970
  br i1 %epil.iter971.cmp.not, label %i16.head.preheader.us, label %j14.head.preheader.us.epil, !llvm.loop !2

i16.head.preheader.us:                            ; preds = %i16.head.preheader.us.loopexit.unr-lcssa, %j14.head.preheader.us.epil, %t2.head.preheader.us
  %1939 = load <8 x float>, ptr %work, align 4
  %1940 = load <8 x float>, ptr %45, align 4
  %1941 = load <8 x float>, ptr %46, align 4
  %1942 = load <8 x float>, ptr %47, align 4
  %1943 = load <8 x float>, ptr %48, align 4
  %1944 = load <8 x float>, ptr %49, align 4
  %1945 = load <8 x float>, ptr %50, align 4
  %1946 = load <8 x float>, ptr %51, align 4
  br label %p8.body.us

t2.head.preheader.us:                             ; preds = %p7.exit.us
  %1947 = icmp sgt i64 %1953, 0
  br i1 %1947, label %j14.head.preheader.us.preheader, label %i16.head.preheader.us

j14.head.preheader.us.preheader:                  ; preds = %t2.head.preheader.us
  %1948 = getelementptr i8, ptr %90, i64 %1950
  %xtraiter970 = and i64 %smax969, 7
  %1949 = icmp slt i64 %indvars.iv, 8
  br i1 %1949, label %i16.head.preheader.us.loopexit.unr-lcssa, label %j14.head.preheader.us.preheader.new

j14.head.preheader.us.preheader.new:              ; preds = %j14.head.preheader.us.preheader
  %unroll_iter973 = and i64 %smax969, 120
  br label %j14.head.preheader.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %p8.exit.us.3
  %indvars.iv = phi i64 [ %T, %bh.body.us ], [ %indvars.iv.next, %p8.exit.us.3 ]
  %ci.addr.0393.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %p8.exit.us.3 ]
  %smin968 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax969 = tail call i64 @llvm.smax.i64(i64 %smin968, i64 1)
  %1950 = mul i64 %9, %ci.addr.0393.us
  %1951 = add i64 %7, %ci.addr.0393.us
  %1952 = shl i64 %1951, 10
  %gep658 = getelementptr i8, ptr %invariant.gep657, i64 %1952
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep658, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0.us = shl nsw i64 %ci.addr.0393.us, 6
  %1953 = sub nsw i64 %T, %t0.us
  br label %t.body.us

ci.head.i17.head.preheader_crit_edge.us:          ; preds = %p8.exit.us.3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep509, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.0396.us, 1
  %indvar.next479 = add i64 %indvar478, 1
  %exitcond510.not = icmp eq i64 %indvar.next479, %11
  br i1 %exitcond510.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %1954 = add i64 %indvar, %bh0
  %1955 = shl i64 %1954, 10
  %scevgep477 = getelementptr i8, ptr %hT, i64 %1955
  %scevgep475 = getelementptr i8, ptr %h0, i64 %1955
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475, i64 1024, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %1956 = add i64 %indvar.next, %bh0
  %1957 = shl i64 %1956, 10
  %scevgep477.1 = getelementptr i8, ptr %hT, i64 %1957
  %scevgep475.1 = getelementptr i8, ptr %h0, i64 %1957
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.1, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.1, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.1, i64 1024, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %1958 = add i64 %indvar.next.1, %bh0
  %1959 = shl i64 %1958, 10
  %scevgep477.2 = getelementptr i8, ptr %hT, i64 %1959
  %scevgep475.2 = getelementptr i8, ptr %h0, i64 %1959
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.2, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.2, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.2, i64 1024, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %1960 = add i64 %indvar.next.2, %bh0
  %1961 = shl i64 %1960, 10
  %scevgep477.3 = getelementptr i8, ptr %hT, i64 %1961
  %scevgep475.3 = getelementptr i8, ptr %h0, i64 %1961
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.3, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.3, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.3, i64 1024, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %1962 = add i64 %indvar.next.3, %bh0
  %1963 = shl i64 %1962, 10
  %scevgep477.4 = getelementptr i8, ptr %hT, i64 %1963
  %scevgep475.4 = getelementptr i8, ptr %h0, i64 %1963
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.4, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.4, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.4, i64 1024, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %1964 = add i64 %indvar.next.4, %bh0
  %1965 = shl i64 %1964, 10
  %scevgep477.5 = getelementptr i8, ptr %hT, i64 %1965
  %scevgep475.5 = getelementptr i8, ptr %h0, i64 %1965
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.5, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.5, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.5, i64 1024, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %1966 = add i64 %indvar.next.5, %bh0
  %1967 = shl i64 %1966, 10
  %scevgep477.6 = getelementptr i8, ptr %hT, i64 %1967
  %scevgep475.6 = getelementptr i8, ptr %h0, i64 %1967
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.6, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.6, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.6, i64 1024, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %1968 = add i64 %indvar.next.6, %bh0
  %1969 = shl i64 %1968, 10
  %scevgep477.7 = getelementptr i8, ptr %hT, i64 %1969
  %scevgep475.7 = getelementptr i8, ptr %h0, i64 %1969
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.7, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.7, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.7, i64 1024, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit934.unr-lcssa, label %bh.body

bh.exit.loopexit934.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit934.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit934.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit934.unr-lcssa ]
  %1970 = add i64 %indvar.epil, %bh0
  %1971 = shl i64 %1970, 10
  %scevgep477.epil = getelementptr i8, ptr %hT, i64 %1971
  %scevgep475.epil = getelementptr i8, ptr %h0, i64 %1971
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.epil, i64 1024, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep477.epil, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep475.epil, i64 1024, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !3

bh.exit:                                          ; preds = %bh.exit.loopexit934.unr-lcssa, %bh.body.epil, %ci.head.i17.head.preheader_crit_edge.us, %entry
  ret void
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
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
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
