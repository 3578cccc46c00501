; ---- dp_fwd_h1_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_c64_nogate'
source_filename = "dp_fwd_h1_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %A = getelementptr inbounds i8, ptr %work, i64 36864
  %KT = getelementptr inbounds i8, ptr %work, i64 12288
  %Kc = getelementptr inbounds i8, ptr %work, i64 4096
  %Oc = getelementptr inbounds i8, ptr %work, i64 77824
  %P = getelementptr inbounds i8, ptr %work, i64 61440
  %Qc = getelementptr inbounds i8, ptr %work, i64 53248
  %X = getelementptr inbounds i8, ptr %work, i64 20480
  %bet = getelementptr inbounds i8, ptr %work, i64 102912
  %2 = icmp sgt i64 %T, 0
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %3 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %3, 7
  %4 = sub i64 %bh0, %bh1
  %5 = icmp ugt i64 %4, -8
  br i1 %5, label %bh.exit.loopexit996.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %3, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %6 = add nuw nsw i64 %T, 63
  %nc548697 = lshr i64 %6, 6
  %7 = mul i64 %nc548697, %bh0
  %8 = shl i64 %nc548697, 12
  %9 = shl i64 %H, 13
  %10 = shl i64 %H, 7
  %11 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 53248
  %invariant.gep685 = getelementptr i8, ptr %work, i64 4096
  %invariant.gep687 = getelementptr i8, ptr %work, i64 20480
  %12 = getelementptr inbounds i8, ptr %work, i64 12544
  %13 = getelementptr inbounds i8, ptr %work, i64 12800
  %14 = getelementptr inbounds i8, ptr %work, i64 13056
  %15 = getelementptr inbounds i8, ptr %work, i64 13312
  %16 = getelementptr inbounds i8, ptr %work, i64 13568
  %17 = getelementptr inbounds i8, ptr %work, i64 13824
  %18 = getelementptr inbounds i8, ptr %work, i64 14080
  %19 = getelementptr inbounds i8, ptr %work, i64 14336
  %20 = getelementptr inbounds i8, ptr %work, i64 14592
  %21 = getelementptr inbounds i8, ptr %work, i64 14848
  %22 = getelementptr inbounds i8, ptr %work, i64 15104
  %23 = getelementptr inbounds i8, ptr %work, i64 15360
  %24 = getelementptr inbounds i8, ptr %work, i64 15616
  %25 = getelementptr inbounds i8, ptr %work, i64 15872
  %26 = getelementptr inbounds i8, ptr %work, i64 16128
  %27 = getelementptr inbounds i8, ptr %work, i64 16384
  %28 = getelementptr inbounds i8, ptr %work, i64 16640
  %29 = getelementptr inbounds i8, ptr %work, i64 16896
  %30 = getelementptr inbounds i8, ptr %work, i64 17152
  %31 = getelementptr inbounds i8, ptr %work, i64 17408
  %32 = getelementptr inbounds i8, ptr %work, i64 17664
  %33 = getelementptr inbounds i8, ptr %work, i64 17920
  %34 = getelementptr inbounds i8, ptr %work, i64 18176
  %35 = getelementptr inbounds i8, ptr %work, i64 18432
  %36 = getelementptr inbounds i8, ptr %work, i64 18688
  %37 = getelementptr inbounds i8, ptr %work, i64 18944
  %38 = getelementptr inbounds i8, ptr %work, i64 19200
  %39 = getelementptr inbounds i8, ptr %work, i64 19456
  %40 = getelementptr inbounds i8, ptr %work, i64 19712
  %41 = getelementptr inbounds i8, ptr %work, i64 19968
  %42 = getelementptr inbounds i8, ptr %work, i64 20224
  %43 = getelementptr inbounds i8, ptr %work, i64 53280
  %44 = getelementptr inbounds i8, ptr %work, i64 53312
  %45 = getelementptr inbounds i8, ptr %work, i64 53344
  %46 = getelementptr inbounds i8, ptr %work, i64 4128
  %47 = getelementptr inbounds i8, ptr %work, i64 20512
  %48 = getelementptr inbounds i8, ptr %work, i64 4160
  %49 = getelementptr inbounds i8, ptr %work, i64 20544
  %50 = getelementptr inbounds i8, ptr %work, i64 4192
  %51 = getelementptr inbounds i8, ptr %work, i64 20576
  %52 = getelementptr inbounds i8, ptr %work, i64 12544
  %53 = getelementptr inbounds i8, ptr %work, i64 12800
  %54 = getelementptr inbounds i8, ptr %work, i64 13056
  %55 = getelementptr inbounds i8, ptr %work, i64 13312
  %56 = getelementptr inbounds i8, ptr %work, i64 13568
  %57 = getelementptr inbounds i8, ptr %work, i64 13824
  %58 = getelementptr inbounds i8, ptr %work, i64 14080
  %59 = getelementptr inbounds i8, ptr %work, i64 14336
  %60 = getelementptr inbounds i8, ptr %work, i64 14592
  %61 = getelementptr inbounds i8, ptr %work, i64 14848
  %62 = getelementptr inbounds i8, ptr %work, i64 15104
  %63 = getelementptr inbounds i8, ptr %work, i64 15360
  %64 = getelementptr inbounds i8, ptr %work, i64 15616
  %65 = getelementptr inbounds i8, ptr %work, i64 15872
  %66 = getelementptr inbounds i8, ptr %work, i64 16128
  %67 = getelementptr inbounds i8, ptr %work, i64 16384
  %68 = getelementptr inbounds i8, ptr %work, i64 16640
  %69 = getelementptr inbounds i8, ptr %work, i64 16896
  %70 = getelementptr inbounds i8, ptr %work, i64 17152
  %71 = getelementptr inbounds i8, ptr %work, i64 17408
  %72 = getelementptr inbounds i8, ptr %work, i64 17664
  %73 = getelementptr inbounds i8, ptr %work, i64 17920
  %74 = getelementptr inbounds i8, ptr %work, i64 18176
  %75 = getelementptr inbounds i8, ptr %work, i64 18432
  %76 = getelementptr inbounds i8, ptr %work, i64 18688
  %77 = getelementptr inbounds i8, ptr %work, i64 18944
  %78 = getelementptr inbounds i8, ptr %work, i64 19200
  %79 = getelementptr inbounds i8, ptr %work, i64 19456
  %80 = getelementptr inbounds i8, ptr %work, i64 19712
  %81 = getelementptr inbounds i8, ptr %work, i64 19968
  %82 = getelementptr inbounds i8, ptr %work, i64 20224
  %invariant.gep693 = getelementptr i8, ptr %work, i64 77824
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i17.head.preheader_crit_edge.us
  %indvar506 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next507, %ci.head.i17.head.preheader_crit_edge.us ]
  %bh.addr.0420.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i17.head.preheader_crit_edge.us ]
  %83 = add i64 %indvar506, %bh0
  %84 = shl i64 %83, 12
  %scevgep537 = getelementptr i8, ptr %hT, i64 %84
  %85 = mul i64 %8, %indvar506
  %scevgep509 = getelementptr i8, ptr %h0, i64 %84
  %b.us = sdiv i64 %bh.addr.0420.us, %H
  %h.us = srem i64 %bh.addr.0420.us, %H
  %86 = mul i64 %1, %b.us
  %bT.us = add i64 %86, %h.us
  %87 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %87
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep509, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %87
  %vh.us = getelementptr inbounds float, ptr %v, i64 %87
  %88 = shl i64 %bT.us, 7
  %invariant.gep695 = getelementptr i8, ptr %hs, i64 %85
  %89 = getelementptr i8, ptr %qh.us, i64 32
  %90 = getelementptr i8, ptr %qh.us, i64 64
  %91 = getelementptr i8, ptr %qh.us, i64 96
  %92 = getelementptr i8, ptr %kh.us, i64 32
  %93 = getelementptr i8, ptr %kh.us, i64 64
  %94 = getelementptr i8, ptr %kh.us, i64 96
  %95 = getelementptr i8, ptr %kh.us, i64 36
  %96 = getelementptr i8, ptr %kh.us, i64 40
  %97 = getelementptr i8, ptr %kh.us, i64 44
  %98 = getelementptr i8, ptr %kh.us, i64 48
  %99 = getelementptr i8, ptr %kh.us, i64 52
  %100 = getelementptr i8, ptr %kh.us, i64 56
  %101 = getelementptr i8, ptr %kh.us, i64 60
  %102 = getelementptr i8, ptr %kh.us, i64 68
  %103 = getelementptr i8, ptr %kh.us, i64 72
  %104 = getelementptr i8, ptr %kh.us, i64 76
  %105 = getelementptr i8, ptr %kh.us, i64 80
  %106 = getelementptr i8, ptr %kh.us, i64 84
  %107 = getelementptr i8, ptr %kh.us, i64 88
  %108 = getelementptr i8, ptr %kh.us, i64 92
  %109 = getelementptr i8, ptr %kh.us, i64 100
  %110 = getelementptr i8, ptr %kh.us, i64 104
  %111 = getelementptr i8, ptr %kh.us, i64 108
  %112 = getelementptr i8, ptr %kh.us, i64 112
  %113 = getelementptr i8, ptr %kh.us, i64 116
  %114 = getelementptr i8, ptr %kh.us, i64 120
  %115 = getelementptr i8, ptr %kh.us, i64 124
  %116 = getelementptr i8, ptr %vh.us, i64 32
  %117 = getelementptr i8, ptr %vh.us, i64 64
  %118 = getelementptr i8, ptr %vh.us, i64 96
  %119 = getelementptr i8, ptr %o, i64 %88
  br label %i1.head.preheader.us

i16.exit.us:                                      ; preds = %p8.exit.us.1
  %ci.next.us = add nuw nsw i64 %ci.addr.0417.us, 1
  %indvars.iv.next = add i64 %indvars.iv, -64
  %exitcond534.not = icmp eq i64 %ci.next.us, %nc548697
  br i1 %exitcond534.not, label %ci.head.i17.head.preheader_crit_edge.us, label %i1.head.preheader.us

p8.exit.us:                                       ; preds = %p8.body.us
  store <8 x float> %381, ptr %1886, align 4
  store <8 x float> %382, ptr %1889, align 4
  store <8 x float> %387, ptr %1891, align 4
  store <8 x float> %388, ptr %1894, align 4
  store <8 x float> %393, ptr %1896, align 4
  store <8 x float> %394, ptr %1899, align 4
  store <8 x float> %399, ptr %1901, align 4
  store <8 x float> %400, ptr %1904, align 4
  %120 = or disjoint i64 %1879, 16
  %121 = getelementptr inbounds float, ptr %work, i64 %120
  %122 = load <8 x float>, ptr %121, align 4
  %123 = or disjoint i64 %1879, 24
  %124 = getelementptr inbounds float, ptr %work, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = or disjoint i64 %1881, 16
  %127 = getelementptr inbounds float, ptr %work, i64 %126
  %128 = load <8 x float>, ptr %127, align 4
  %129 = or disjoint i64 %1881, 24
  %130 = getelementptr inbounds float, ptr %work, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = or disjoint i64 %1883, 16
  %133 = getelementptr inbounds float, ptr %work, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = or disjoint i64 %1883, 24
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <8 x float>, ptr %136, align 4
  %138 = or disjoint i64 %1885, 16
  %139 = getelementptr inbounds float, ptr %work, i64 %138
  %140 = load <8 x float>, ptr %139, align 4
  %141 = or disjoint i64 %1885, 24
  %142 = getelementptr inbounds float, ptr %work, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  br label %p8.body.us.1

p8.body.us.1:                                     ; preds = %p8.body.us.1, %p8.exit.us
  %p8.addr.0414.us.1 = phi i64 [ 0, %p8.exit.us ], [ %p8.next.us.1.3, %p8.body.us.1 ]
  %acc55.0413.us.1 = phi <8 x float> [ %143, %p8.exit.us ], [ %271, %p8.body.us.1 ]
  %acc54.0412.us.1 = phi <8 x float> [ %140, %p8.exit.us ], [ %270, %p8.body.us.1 ]
  %acc53.0411.us.1 = phi <8 x float> [ %137, %p8.exit.us ], [ %265, %p8.body.us.1 ]
  %acc52.0410.us.1 = phi <8 x float> [ %134, %p8.exit.us ], [ %264, %p8.body.us.1 ]
  %acc51.0409.us.1 = phi <8 x float> [ %131, %p8.exit.us ], [ %259, %p8.body.us.1 ]
  %acc50.0408.us.1 = phi <8 x float> [ %128, %p8.exit.us ], [ %258, %p8.body.us.1 ]
  %acc49.0407.us.1 = phi <8 x float> [ %125, %p8.exit.us ], [ %253, %p8.body.us.1 ]
  %acc48.0406.us.1 = phi <8 x float> [ %122, %p8.exit.us ], [ %252, %p8.body.us.1 ]
  %144 = shl nuw nsw i64 %p8.addr.0414.us.1, 6
  %145 = or disjoint i64 %144, 48
  %146 = getelementptr inbounds float, ptr %X, i64 %145
  %147 = load <8 x float>, ptr %146, align 4
  %148 = or disjoint i64 %144, 56
  %149 = getelementptr inbounds float, ptr %X, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0414.us.1
  %152 = getelementptr inbounds i8, ptr %151, i64 %.idx440
  %153 = load float, ptr %152, align 4
  %154 = insertelement <8 x float> poison, float %153, i64 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %147, <8 x float> %acc48.0406.us.1)
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %150, <8 x float> %acc49.0407.us.1)
  %158 = getelementptr inbounds i8, ptr %151, i64 %.idx441
  %159 = load float, ptr %158, align 4
  %160 = insertelement <8 x float> poison, float %159, i64 0
  %161 = shufflevector <8 x float> %160, <8 x float> poison, <8 x i32> zeroinitializer
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %147, <8 x float> %acc50.0408.us.1)
  %163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %150, <8 x float> %acc51.0409.us.1)
  %164 = getelementptr inbounds i8, ptr %151, i64 %.idx442
  %165 = load float, ptr %164, align 4
  %166 = insertelement <8 x float> poison, float %165, i64 0
  %167 = shufflevector <8 x float> %166, <8 x float> poison, <8 x i32> zeroinitializer
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %147, <8 x float> %acc52.0410.us.1)
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %167, <8 x float> %150, <8 x float> %acc53.0411.us.1)
  %170 = getelementptr inbounds i8, ptr %151, i64 %.idx443
  %171 = load float, ptr %170, align 4
  %172 = insertelement <8 x float> poison, float %171, i64 0
  %173 = shufflevector <8 x float> %172, <8 x float> poison, <8 x i32> zeroinitializer
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %147, <8 x float> %acc54.0412.us.1)
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> %150, <8 x float> %acc55.0413.us.1)
  %p8.next.us.1 = or disjoint i64 %p8.addr.0414.us.1, 1
  %176 = shl nuw nsw i64 %p8.next.us.1, 6
  %177 = or disjoint i64 %176, 48
  %178 = getelementptr inbounds float, ptr %X, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = or disjoint i64 %176, 56
  %181 = getelementptr inbounds float, ptr %X, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1
  %184 = getelementptr inbounds i8, ptr %183, i64 %.idx440
  %185 = load float, ptr %184, align 4
  %186 = insertelement <8 x float> poison, float %185, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %179, <8 x float> %156)
  %189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %182, <8 x float> %157)
  %190 = getelementptr inbounds i8, ptr %183, i64 %.idx441
  %191 = load float, ptr %190, align 4
  %192 = insertelement <8 x float> poison, float %191, i64 0
  %193 = shufflevector <8 x float> %192, <8 x float> poison, <8 x i32> zeroinitializer
  %194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %179, <8 x float> %162)
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> %182, <8 x float> %163)
  %196 = getelementptr inbounds i8, ptr %183, i64 %.idx442
  %197 = load float, ptr %196, align 4
  %198 = insertelement <8 x float> poison, float %197, i64 0
  %199 = shufflevector <8 x float> %198, <8 x float> poison, <8 x i32> zeroinitializer
  %200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %179, <8 x float> %168)
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %182, <8 x float> %169)
  %202 = getelementptr inbounds i8, ptr %183, i64 %.idx443
  %203 = load float, ptr %202, align 4
  %204 = insertelement <8 x float> poison, float %203, i64 0
  %205 = shufflevector <8 x float> %204, <8 x float> poison, <8 x i32> zeroinitializer
  %206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %179, <8 x float> %174)
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %205, <8 x float> %182, <8 x float> %175)
  %p8.next.us.1.1 = or disjoint i64 %p8.addr.0414.us.1, 2
  %208 = shl nuw nsw i64 %p8.next.us.1.1, 6
  %209 = or disjoint i64 %208, 48
  %210 = getelementptr inbounds float, ptr %X, i64 %209
  %211 = load <8 x float>, ptr %210, align 4
  %212 = or disjoint i64 %208, 56
  %213 = getelementptr inbounds float, ptr %X, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1.1
  %216 = getelementptr inbounds i8, ptr %215, i64 %.idx440
  %217 = load float, ptr %216, align 4
  %218 = insertelement <8 x float> poison, float %217, i64 0
  %219 = shufflevector <8 x float> %218, <8 x float> poison, <8 x i32> zeroinitializer
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %211, <8 x float> %188)
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %214, <8 x float> %189)
  %222 = getelementptr inbounds i8, ptr %215, i64 %.idx441
  %223 = load float, ptr %222, align 4
  %224 = insertelement <8 x float> poison, float %223, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %211, <8 x float> %194)
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %214, <8 x float> %195)
  %228 = getelementptr inbounds i8, ptr %215, i64 %.idx442
  %229 = load float, ptr %228, align 4
  %230 = insertelement <8 x float> poison, float %229, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %211, <8 x float> %200)
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %214, <8 x float> %201)
  %234 = getelementptr inbounds i8, ptr %215, i64 %.idx443
  %235 = load float, ptr %234, align 4
  %236 = insertelement <8 x float> poison, float %235, i64 0
  %237 = shufflevector <8 x float> %236, <8 x float> poison, <8 x i32> zeroinitializer
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %211, <8 x float> %206)
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %214, <8 x float> %207)
  %p8.next.us.1.2 = or disjoint i64 %p8.addr.0414.us.1, 3
  %240 = shl nuw nsw i64 %p8.next.us.1.2, 6
  %241 = or disjoint i64 %240, 48
  %242 = getelementptr inbounds float, ptr %X, i64 %241
  %243 = load <8 x float>, ptr %242, align 4
  %244 = or disjoint i64 %240, 56
  %245 = getelementptr inbounds float, ptr %X, i64 %244
  %246 = load <8 x float>, ptr %245, align 4
  %247 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.1.2
  %248 = getelementptr inbounds i8, ptr %247, i64 %.idx440
  %249 = load float, ptr %248, align 4
  %250 = insertelement <8 x float> poison, float %249, i64 0
  %251 = shufflevector <8 x float> %250, <8 x float> poison, <8 x i32> zeroinitializer
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %243, <8 x float> %220)
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %246, <8 x float> %221)
  %254 = getelementptr inbounds i8, ptr %247, i64 %.idx441
  %255 = load float, ptr %254, align 4
  %256 = insertelement <8 x float> poison, float %255, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %243, <8 x float> %226)
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %246, <8 x float> %227)
  %260 = getelementptr inbounds i8, ptr %247, i64 %.idx442
  %261 = load float, ptr %260, align 4
  %262 = insertelement <8 x float> poison, float %261, i64 0
  %263 = shufflevector <8 x float> %262, <8 x float> poison, <8 x i32> zeroinitializer
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %243, <8 x float> %232)
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %263, <8 x float> %246, <8 x float> %233)
  %266 = getelementptr inbounds i8, ptr %247, i64 %.idx443
  %267 = load float, ptr %266, align 4
  %268 = insertelement <8 x float> poison, float %267, i64 0
  %269 = shufflevector <8 x float> %268, <8 x float> poison, <8 x i32> zeroinitializer
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %243, <8 x float> %238)
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %269, <8 x float> %246, <8 x float> %239)
  %p8.next.us.1.3 = add nuw nsw i64 %p8.addr.0414.us.1, 4
  %exitcond532.1.not.3 = icmp eq i64 %p8.next.us.1.3, 64
  br i1 %exitcond532.1.not.3, label %p8.exit.us.1, label %p8.body.us.1

p8.exit.us.1:                                     ; preds = %p8.body.us.1
  store <8 x float> %252, ptr %121, align 4
  store <8 x float> %253, ptr %124, align 4
  store <8 x float> %258, ptr %127, align 4
  store <8 x float> %259, ptr %130, align 4
  store <8 x float> %264, ptr %133, align 4
  store <8 x float> %265, ptr %136, align 4
  store <8 x float> %270, ptr %139, align 4
  store <8 x float> %271, ptr %142, align 4
  %i16.next.us = add nuw nsw i64 %i16.addr.0416.us, 4
  %272 = icmp ult i64 %i16.addr.0416.us, 28
  br i1 %272, label %j15.head.preheader.us, label %i16.exit.us

p8.body.us:                                       ; preds = %p8.body.us, %j15.head.preheader.us
  %p8.addr.0414.us = phi i64 [ 0, %j15.head.preheader.us ], [ %p8.next.us.3, %p8.body.us ]
  %acc55.0413.us = phi <8 x float> [ %1905, %j15.head.preheader.us ], [ %400, %p8.body.us ]
  %acc54.0412.us = phi <8 x float> [ %1902, %j15.head.preheader.us ], [ %399, %p8.body.us ]
  %acc53.0411.us = phi <8 x float> [ %1900, %j15.head.preheader.us ], [ %394, %p8.body.us ]
  %acc52.0410.us = phi <8 x float> [ %1897, %j15.head.preheader.us ], [ %393, %p8.body.us ]
  %acc51.0409.us = phi <8 x float> [ %1895, %j15.head.preheader.us ], [ %388, %p8.body.us ]
  %acc50.0408.us = phi <8 x float> [ %1892, %j15.head.preheader.us ], [ %387, %p8.body.us ]
  %acc49.0407.us = phi <8 x float> [ %1890, %j15.head.preheader.us ], [ %382, %p8.body.us ]
  %acc48.0406.us = phi <8 x float> [ %1887, %j15.head.preheader.us ], [ %381, %p8.body.us ]
  %273 = shl nuw nsw i64 %p8.addr.0414.us, 6
  %274 = or disjoint i64 %273, 32
  %275 = getelementptr inbounds float, ptr %X, i64 %274
  %276 = load <8 x float>, ptr %275, align 4
  %277 = or disjoint i64 %273, 40
  %278 = getelementptr inbounds float, ptr %X, i64 %277
  %279 = load <8 x float>, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %KT, i64 %p8.addr.0414.us
  %281 = getelementptr inbounds i8, ptr %280, i64 %.idx440
  %282 = load float, ptr %281, align 4
  %283 = insertelement <8 x float> poison, float %282, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> poison, <8 x i32> zeroinitializer
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %276, <8 x float> %acc48.0406.us)
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %284, <8 x float> %279, <8 x float> %acc49.0407.us)
  %287 = getelementptr inbounds i8, ptr %280, i64 %.idx441
  %288 = load float, ptr %287, align 4
  %289 = insertelement <8 x float> poison, float %288, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %276, <8 x float> %acc50.0408.us)
  %292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %279, <8 x float> %acc51.0409.us)
  %293 = getelementptr inbounds i8, ptr %280, i64 %.idx442
  %294 = load float, ptr %293, align 4
  %295 = insertelement <8 x float> poison, float %294, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %276, <8 x float> %acc52.0410.us)
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %279, <8 x float> %acc53.0411.us)
  %299 = getelementptr inbounds i8, ptr %280, i64 %.idx443
  %300 = load float, ptr %299, align 4
  %301 = insertelement <8 x float> poison, float %300, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %276, <8 x float> %acc54.0412.us)
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %279, <8 x float> %acc55.0413.us)
  %p8.next.us = or disjoint i64 %p8.addr.0414.us, 1
  %305 = shl nuw nsw i64 %p8.next.us, 6
  %306 = or disjoint i64 %305, 32
  %307 = getelementptr inbounds float, ptr %X, i64 %306
  %308 = load <8 x float>, ptr %307, align 4
  %309 = or disjoint i64 %305, 40
  %310 = getelementptr inbounds float, ptr %X, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us
  %313 = getelementptr inbounds i8, ptr %312, i64 %.idx440
  %314 = load float, ptr %313, align 4
  %315 = insertelement <8 x float> poison, float %314, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %308, <8 x float> %285)
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %311, <8 x float> %286)
  %319 = getelementptr inbounds i8, ptr %312, i64 %.idx441
  %320 = load float, ptr %319, align 4
  %321 = insertelement <8 x float> poison, float %320, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %308, <8 x float> %291)
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %311, <8 x float> %292)
  %325 = getelementptr inbounds i8, ptr %312, i64 %.idx442
  %326 = load float, ptr %325, align 4
  %327 = insertelement <8 x float> poison, float %326, i64 0
  %328 = shufflevector <8 x float> %327, <8 x float> poison, <8 x i32> zeroinitializer
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %308, <8 x float> %297)
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %311, <8 x float> %298)
  %331 = getelementptr inbounds i8, ptr %312, i64 %.idx443
  %332 = load float, ptr %331, align 4
  %333 = insertelement <8 x float> poison, float %332, i64 0
  %334 = shufflevector <8 x float> %333, <8 x float> poison, <8 x i32> zeroinitializer
  %335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %308, <8 x float> %303)
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %311, <8 x float> %304)
  %p8.next.us.11083 = or disjoint i64 %p8.addr.0414.us, 2
  %337 = shl nuw nsw i64 %p8.next.us.11083, 6
  %338 = or disjoint i64 %337, 32
  %339 = getelementptr inbounds float, ptr %X, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = or disjoint i64 %337, 40
  %342 = getelementptr inbounds float, ptr %X, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  %344 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.11083
  %345 = getelementptr inbounds i8, ptr %344, i64 %.idx440
  %346 = load float, ptr %345, align 4
  %347 = insertelement <8 x float> poison, float %346, i64 0
  %348 = shufflevector <8 x float> %347, <8 x float> poison, <8 x i32> zeroinitializer
  %349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %340, <8 x float> %317)
  %350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %348, <8 x float> %343, <8 x float> %318)
  %351 = getelementptr inbounds i8, ptr %344, i64 %.idx441
  %352 = load float, ptr %351, align 4
  %353 = insertelement <8 x float> poison, float %352, i64 0
  %354 = shufflevector <8 x float> %353, <8 x float> poison, <8 x i32> zeroinitializer
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %340, <8 x float> %323)
  %356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %343, <8 x float> %324)
  %357 = getelementptr inbounds i8, ptr %344, i64 %.idx442
  %358 = load float, ptr %357, align 4
  %359 = insertelement <8 x float> poison, float %358, i64 0
  %360 = shufflevector <8 x float> %359, <8 x float> poison, <8 x i32> zeroinitializer
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %340, <8 x float> %329)
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %343, <8 x float> %330)
  %363 = getelementptr inbounds i8, ptr %344, i64 %.idx443
  %364 = load float, ptr %363, align 4
  %365 = insertelement <8 x float> poison, float %364, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %340, <8 x float> %335)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %343, <8 x float> %336)
  %p8.next.us.2 = or disjoint i64 %p8.addr.0414.us, 3
  %369 = shl nuw nsw i64 %p8.next.us.2, 6
  %370 = or disjoint i64 %369, 32
  %371 = getelementptr inbounds float, ptr %X, i64 %370
  %372 = load <8 x float>, ptr %371, align 4
  %373 = or disjoint i64 %369, 40
  %374 = getelementptr inbounds float, ptr %X, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = getelementptr inbounds float, ptr %KT, i64 %p8.next.us.2
  %377 = getelementptr inbounds i8, ptr %376, i64 %.idx440
  %378 = load float, ptr %377, align 4
  %379 = insertelement <8 x float> poison, float %378, i64 0
  %380 = shufflevector <8 x float> %379, <8 x float> poison, <8 x i32> zeroinitializer
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %372, <8 x float> %349)
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %375, <8 x float> %350)
  %383 = getelementptr inbounds i8, ptr %376, i64 %.idx441
  %384 = load float, ptr %383, align 4
  %385 = insertelement <8 x float> poison, float %384, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> poison, <8 x i32> zeroinitializer
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %372, <8 x float> %355)
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %375, <8 x float> %356)
  %389 = getelementptr inbounds i8, ptr %376, i64 %.idx442
  %390 = load float, ptr %389, align 4
  %391 = insertelement <8 x float> poison, float %390, i64 0
  %392 = shufflevector <8 x float> %391, <8 x float> poison, <8 x i32> zeroinitializer
  %393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> %372, <8 x float> %361)
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> %375, <8 x float> %362)
  %395 = getelementptr inbounds i8, ptr %376, i64 %.idx443
  %396 = load float, ptr %395, align 4
  %397 = insertelement <8 x float> poison, float %396, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> poison, <8 x i32> zeroinitializer
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %372, <8 x float> %367)
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %375, <8 x float> %368)
  %p8.next.us.3 = add nuw nsw i64 %p8.addr.0414.us, 4
  %exitcond532.not.3 = icmp eq i64 %p8.next.us.3, 64
  br i1 %exitcond532.not.3, label %p8.exit.us, label %p8.body.us

p7.exit.us:                                       ; preds = %p7.body.us
  store <8 x float> %662, ptr %1929, align 4
  store <8 x float> %663, ptr %1932, align 4
  store <8 x float> %668, ptr %1934, align 4
  store <8 x float> %669, ptr %1937, align 4
  store <8 x float> %674, ptr %1939, align 4
  store <8 x float> %675, ptr %1942, align 4
  store <8 x float> %680, ptr %1944, align 4
  store <8 x float> %681, ptr %1947, align 4
  %401 = or disjoint i64 %1922, 16
  %402 = getelementptr inbounds float, ptr %Oc, i64 %401
  %403 = load <8 x float>, ptr %402, align 4
  %404 = or disjoint i64 %1922, 24
  %405 = getelementptr inbounds float, ptr %Oc, i64 %404
  %406 = load <8 x float>, ptr %405, align 4
  %407 = or disjoint i64 %1924, 16
  %408 = getelementptr inbounds float, ptr %Oc, i64 %407
  %409 = load <8 x float>, ptr %408, align 4
  %410 = or disjoint i64 %1924, 24
  %411 = getelementptr inbounds float, ptr %Oc, i64 %410
  %412 = load <8 x float>, ptr %411, align 4
  %413 = or disjoint i64 %1926, 16
  %414 = getelementptr inbounds float, ptr %Oc, i64 %413
  %415 = load <8 x float>, ptr %414, align 4
  %416 = or disjoint i64 %1926, 24
  %417 = getelementptr inbounds float, ptr %Oc, i64 %416
  %418 = load <8 x float>, ptr %417, align 4
  %419 = or disjoint i64 %1928, 16
  %420 = getelementptr inbounds float, ptr %Oc, i64 %419
  %421 = load <8 x float>, ptr %420, align 4
  %422 = or disjoint i64 %1928, 24
  %423 = getelementptr inbounds float, ptr %Oc, i64 %422
  %424 = load <8 x float>, ptr %423, align 4
  br label %p7.body.us.1

p7.body.us.1:                                     ; preds = %p7.body.us.1, %p7.exit.us
  %p7.addr.0401.us.1 = phi i64 [ 0, %p7.exit.us ], [ %p7.next.us.1.3, %p7.body.us.1 ]
  %acc47.0400.us.1 = phi <8 x float> [ %424, %p7.exit.us ], [ %552, %p7.body.us.1 ]
  %acc46.0399.us.1 = phi <8 x float> [ %421, %p7.exit.us ], [ %551, %p7.body.us.1 ]
  %acc45.0398.us.1 = phi <8 x float> [ %418, %p7.exit.us ], [ %546, %p7.body.us.1 ]
  %acc44.0397.us.1 = phi <8 x float> [ %415, %p7.exit.us ], [ %545, %p7.body.us.1 ]
  %acc43.0396.us.1 = phi <8 x float> [ %412, %p7.exit.us ], [ %540, %p7.body.us.1 ]
  %acc42.0395.us.1 = phi <8 x float> [ %409, %p7.exit.us ], [ %539, %p7.body.us.1 ]
  %acc41.0394.us.1 = phi <8 x float> [ %406, %p7.exit.us ], [ %534, %p7.body.us.1 ]
  %acc40.0393.us.1 = phi <8 x float> [ %403, %p7.exit.us ], [ %533, %p7.body.us.1 ]
  %425 = shl nuw nsw i64 %p7.addr.0401.us.1, 6
  %426 = or disjoint i64 %425, 48
  %427 = getelementptr inbounds float, ptr %X, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = or disjoint i64 %425, 56
  %430 = getelementptr inbounds float, ptr %X, i64 %429
  %431 = load <8 x float>, ptr %430, align 4
  %432 = getelementptr inbounds float, ptr %P, i64 %p7.addr.0401.us.1
  %433 = getelementptr inbounds i8, ptr %432, i64 %.idx435
  %434 = load float, ptr %433, align 4
  %435 = insertelement <8 x float> poison, float %434, i64 0
  %436 = shufflevector <8 x float> %435, <8 x float> poison, <8 x i32> zeroinitializer
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %428, <8 x float> %acc40.0393.us.1)
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %431, <8 x float> %acc41.0394.us.1)
  %439 = getelementptr inbounds i8, ptr %432, i64 %.idx436
  %440 = load float, ptr %439, align 4
  %441 = insertelement <8 x float> poison, float %440, i64 0
  %442 = shufflevector <8 x float> %441, <8 x float> poison, <8 x i32> zeroinitializer
  %443 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %428, <8 x float> %acc42.0395.us.1)
  %444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %431, <8 x float> %acc43.0396.us.1)
  %445 = getelementptr inbounds i8, ptr %432, i64 %.idx437
  %446 = load float, ptr %445, align 4
  %447 = insertelement <8 x float> poison, float %446, i64 0
  %448 = shufflevector <8 x float> %447, <8 x float> poison, <8 x i32> zeroinitializer
  %449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %448, <8 x float> %428, <8 x float> %acc44.0397.us.1)
  %450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %448, <8 x float> %431, <8 x float> %acc45.0398.us.1)
  %451 = getelementptr inbounds i8, ptr %432, i64 %.idx438
  %452 = load float, ptr %451, align 4
  %453 = insertelement <8 x float> poison, float %452, i64 0
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <8 x i32> zeroinitializer
  %455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %428, <8 x float> %acc46.0399.us.1)
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %431, <8 x float> %acc47.0400.us.1)
  %p7.next.us.1 = or disjoint i64 %p7.addr.0401.us.1, 1
  %457 = shl nuw nsw i64 %p7.next.us.1, 6
  %458 = or disjoint i64 %457, 48
  %459 = getelementptr inbounds float, ptr %X, i64 %458
  %460 = load <8 x float>, ptr %459, align 4
  %461 = or disjoint i64 %457, 56
  %462 = getelementptr inbounds float, ptr %X, i64 %461
  %463 = load <8 x float>, ptr %462, align 4
  %464 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.1
  %465 = getelementptr inbounds i8, ptr %464, i64 %.idx435
  %466 = load float, ptr %465, align 4
  %467 = insertelement <8 x float> poison, float %466, i64 0
  %468 = shufflevector <8 x float> %467, <8 x float> poison, <8 x i32> zeroinitializer
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %460, <8 x float> %437)
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %463, <8 x float> %438)
  %471 = getelementptr inbounds i8, ptr %464, i64 %.idx436
  %472 = load float, ptr %471, align 4
  %473 = insertelement <8 x float> poison, float %472, i64 0
  %474 = shufflevector <8 x float> %473, <8 x float> poison, <8 x i32> zeroinitializer
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %460, <8 x float> %443)
  %476 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %463, <8 x float> %444)
  %477 = getelementptr inbounds i8, ptr %464, i64 %.idx437
  %478 = load float, ptr %477, align 4
  %479 = insertelement <8 x float> poison, float %478, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %460, <8 x float> %449)
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %463, <8 x float> %450)
  %483 = getelementptr inbounds i8, ptr %464, i64 %.idx438
  %484 = load float, ptr %483, align 4
  %485 = insertelement <8 x float> poison, float %484, i64 0
  %486 = shufflevector <8 x float> %485, <8 x float> poison, <8 x i32> zeroinitializer
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %460, <8 x float> %455)
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %463, <8 x float> %456)
  %p7.next.us.1.1 = or disjoint i64 %p7.addr.0401.us.1, 2
  %489 = shl nuw nsw i64 %p7.next.us.1.1, 6
  %490 = or disjoint i64 %489, 48
  %491 = getelementptr inbounds float, ptr %X, i64 %490
  %492 = load <8 x float>, ptr %491, align 4
  %493 = or disjoint i64 %489, 56
  %494 = getelementptr inbounds float, ptr %X, i64 %493
  %495 = load <8 x float>, ptr %494, align 4
  %496 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.1.1
  %497 = getelementptr inbounds i8, ptr %496, i64 %.idx435
  %498 = load float, ptr %497, align 4
  %499 = insertelement <8 x float> poison, float %498, i64 0
  %500 = shufflevector <8 x float> %499, <8 x float> poison, <8 x i32> zeroinitializer
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %492, <8 x float> %469)
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %495, <8 x float> %470)
  %503 = getelementptr inbounds i8, ptr %496, i64 %.idx436
  %504 = load float, ptr %503, align 4
  %505 = insertelement <8 x float> poison, float %504, i64 0
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <8 x i32> zeroinitializer
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %492, <8 x float> %475)
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %495, <8 x float> %476)
  %509 = getelementptr inbounds i8, ptr %496, i64 %.idx437
  %510 = load float, ptr %509, align 4
  %511 = insertelement <8 x float> poison, float %510, i64 0
  %512 = shufflevector <8 x float> %511, <8 x float> poison, <8 x i32> zeroinitializer
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %492, <8 x float> %481)
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %495, <8 x float> %482)
  %515 = getelementptr inbounds i8, ptr %496, i64 %.idx438
  %516 = load float, ptr %515, align 4
  %517 = insertelement <8 x float> poison, float %516, i64 0
  %518 = shufflevector <8 x float> %517, <8 x float> poison, <8 x i32> zeroinitializer
  %519 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> %492, <8 x float> %487)
  %520 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> %495, <8 x float> %488)
  %p7.next.us.1.2 = or disjoint i64 %p7.addr.0401.us.1, 3
  %521 = shl nuw nsw i64 %p7.next.us.1.2, 6
  %522 = or disjoint i64 %521, 48
  %523 = getelementptr inbounds float, ptr %X, i64 %522
  %524 = load <8 x float>, ptr %523, align 4
  %525 = or disjoint i64 %521, 56
  %526 = getelementptr inbounds float, ptr %X, i64 %525
  %527 = load <8 x float>, ptr %526, align 4
  %528 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.1.2
  %529 = getelementptr inbounds i8, ptr %528, i64 %.idx435
  %530 = load float, ptr %529, align 4
  %531 = insertelement <8 x float> poison, float %530, i64 0
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <8 x i32> zeroinitializer
  %533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %524, <8 x float> %501)
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %527, <8 x float> %502)
  %535 = getelementptr inbounds i8, ptr %528, i64 %.idx436
  %536 = load float, ptr %535, align 4
  %537 = insertelement <8 x float> poison, float %536, i64 0
  %538 = shufflevector <8 x float> %537, <8 x float> poison, <8 x i32> zeroinitializer
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %524, <8 x float> %507)
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %527, <8 x float> %508)
  %541 = getelementptr inbounds i8, ptr %528, i64 %.idx437
  %542 = load float, ptr %541, align 4
  %543 = insertelement <8 x float> poison, float %542, i64 0
  %544 = shufflevector <8 x float> %543, <8 x float> poison, <8 x i32> zeroinitializer
  %545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %524, <8 x float> %513)
  %546 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %544, <8 x float> %527, <8 x float> %514)
  %547 = getelementptr inbounds i8, ptr %528, i64 %.idx438
  %548 = load float, ptr %547, align 4
  %549 = insertelement <8 x float> poison, float %548, i64 0
  %550 = shufflevector <8 x float> %549, <8 x float> poison, <8 x i32> zeroinitializer
  %551 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %550, <8 x float> %524, <8 x float> %519)
  %552 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %550, <8 x float> %527, <8 x float> %520)
  %p7.next.us.1.3 = add nuw nsw i64 %p7.addr.0401.us.1, 4
  %exitcond528.1.not.3 = icmp eq i64 %p7.next.us.1.3, 64
  br i1 %exitcond528.1.not.3, label %p7.exit.us.1, label %p7.body.us.1

p7.exit.us.1:                                     ; preds = %p7.body.us.1
  store <8 x float> %533, ptr %402, align 4
  store <8 x float> %534, ptr %405, align 4
  store <8 x float> %539, ptr %408, align 4
  store <8 x float> %540, ptr %411, align 4
  store <8 x float> %545, ptr %414, align 4
  store <8 x float> %546, ptr %417, align 4
  store <8 x float> %551, ptr %420, align 4
  store <8 x float> %552, ptr %423, align 4
  %i14.next.us = add nuw nsw i64 %i14.addr.0403.us, 4
  %553 = icmp ult i64 %i14.addr.0403.us, 60
  br i1 %553, label %j13.head.preheader.us, label %t2.head.preheader.us

p7.body.us:                                       ; preds = %p7.body.us, %j13.head.preheader.us
  %p7.addr.0401.us = phi i64 [ 0, %j13.head.preheader.us ], [ %p7.next.us.3, %p7.body.us ]
  %acc47.0400.us = phi <8 x float> [ %1948, %j13.head.preheader.us ], [ %681, %p7.body.us ]
  %acc46.0399.us = phi <8 x float> [ %1945, %j13.head.preheader.us ], [ %680, %p7.body.us ]
  %acc45.0398.us = phi <8 x float> [ %1943, %j13.head.preheader.us ], [ %675, %p7.body.us ]
  %acc44.0397.us = phi <8 x float> [ %1940, %j13.head.preheader.us ], [ %674, %p7.body.us ]
  %acc43.0396.us = phi <8 x float> [ %1938, %j13.head.preheader.us ], [ %669, %p7.body.us ]
  %acc42.0395.us = phi <8 x float> [ %1935, %j13.head.preheader.us ], [ %668, %p7.body.us ]
  %acc41.0394.us = phi <8 x float> [ %1933, %j13.head.preheader.us ], [ %663, %p7.body.us ]
  %acc40.0393.us = phi <8 x float> [ %1930, %j13.head.preheader.us ], [ %662, %p7.body.us ]
  %554 = shl nuw nsw i64 %p7.addr.0401.us, 6
  %555 = or disjoint i64 %554, 32
  %556 = getelementptr inbounds float, ptr %X, i64 %555
  %557 = load <8 x float>, ptr %556, align 4
  %558 = or disjoint i64 %554, 40
  %559 = getelementptr inbounds float, ptr %X, i64 %558
  %560 = load <8 x float>, ptr %559, align 4
  %561 = getelementptr inbounds float, ptr %P, i64 %p7.addr.0401.us
  %562 = getelementptr inbounds i8, ptr %561, i64 %.idx435
  %563 = load float, ptr %562, align 4
  %564 = insertelement <8 x float> poison, float %563, i64 0
  %565 = shufflevector <8 x float> %564, <8 x float> poison, <8 x i32> zeroinitializer
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %557, <8 x float> %acc40.0393.us)
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %560, <8 x float> %acc41.0394.us)
  %568 = getelementptr inbounds i8, ptr %561, i64 %.idx436
  %569 = load float, ptr %568, align 4
  %570 = insertelement <8 x float> poison, float %569, i64 0
  %571 = shufflevector <8 x float> %570, <8 x float> poison, <8 x i32> zeroinitializer
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %557, <8 x float> %acc42.0395.us)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %560, <8 x float> %acc43.0396.us)
  %574 = getelementptr inbounds i8, ptr %561, i64 %.idx437
  %575 = load float, ptr %574, align 4
  %576 = insertelement <8 x float> poison, float %575, i64 0
  %577 = shufflevector <8 x float> %576, <8 x float> poison, <8 x i32> zeroinitializer
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %557, <8 x float> %acc44.0397.us)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %560, <8 x float> %acc45.0398.us)
  %580 = getelementptr inbounds i8, ptr %561, i64 %.idx438
  %581 = load float, ptr %580, align 4
  %582 = insertelement <8 x float> poison, float %581, i64 0
  %583 = shufflevector <8 x float> %582, <8 x float> poison, <8 x i32> zeroinitializer
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %557, <8 x float> %acc46.0399.us)
  %585 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %560, <8 x float> %acc47.0400.us)
  %p7.next.us = or disjoint i64 %p7.addr.0401.us, 1
  %586 = shl nuw nsw i64 %p7.next.us, 6
  %587 = or disjoint i64 %586, 32
  %588 = getelementptr inbounds float, ptr %X, i64 %587
  %589 = load <8 x float>, ptr %588, align 4
  %590 = or disjoint i64 %586, 40
  %591 = getelementptr inbounds float, ptr %X, i64 %590
  %592 = load <8 x float>, ptr %591, align 4
  %593 = getelementptr inbounds float, ptr %P, i64 %p7.next.us
  %594 = getelementptr inbounds i8, ptr %593, i64 %.idx435
  %595 = load float, ptr %594, align 4
  %596 = insertelement <8 x float> poison, float %595, i64 0
  %597 = shufflevector <8 x float> %596, <8 x float> poison, <8 x i32> zeroinitializer
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %589, <8 x float> %566)
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %592, <8 x float> %567)
  %600 = getelementptr inbounds i8, ptr %593, i64 %.idx436
  %601 = load float, ptr %600, align 4
  %602 = insertelement <8 x float> poison, float %601, i64 0
  %603 = shufflevector <8 x float> %602, <8 x float> poison, <8 x i32> zeroinitializer
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %589, <8 x float> %572)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %592, <8 x float> %573)
  %606 = getelementptr inbounds i8, ptr %593, i64 %.idx437
  %607 = load float, ptr %606, align 4
  %608 = insertelement <8 x float> poison, float %607, i64 0
  %609 = shufflevector <8 x float> %608, <8 x float> poison, <8 x i32> zeroinitializer
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %589, <8 x float> %578)
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %592, <8 x float> %579)
  %612 = getelementptr inbounds i8, ptr %593, i64 %.idx438
  %613 = load float, ptr %612, align 4
  %614 = insertelement <8 x float> poison, float %613, i64 0
  %615 = shufflevector <8 x float> %614, <8 x float> poison, <8 x i32> zeroinitializer
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %589, <8 x float> %584)
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %592, <8 x float> %585)
  %p7.next.us.11065 = or disjoint i64 %p7.addr.0401.us, 2
  %618 = shl nuw nsw i64 %p7.next.us.11065, 6
  %619 = or disjoint i64 %618, 32
  %620 = getelementptr inbounds float, ptr %X, i64 %619
  %621 = load <8 x float>, ptr %620, align 4
  %622 = or disjoint i64 %618, 40
  %623 = getelementptr inbounds float, ptr %X, i64 %622
  %624 = load <8 x float>, ptr %623, align 4
  %625 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.11065
  %626 = getelementptr inbounds i8, ptr %625, i64 %.idx435
  %627 = load float, ptr %626, align 4
  %628 = insertelement <8 x float> poison, float %627, i64 0
  %629 = shufflevector <8 x float> %628, <8 x float> poison, <8 x i32> zeroinitializer
  %630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %621, <8 x float> %598)
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> %624, <8 x float> %599)
  %632 = getelementptr inbounds i8, ptr %625, i64 %.idx436
  %633 = load float, ptr %632, align 4
  %634 = insertelement <8 x float> poison, float %633, i64 0
  %635 = shufflevector <8 x float> %634, <8 x float> poison, <8 x i32> zeroinitializer
  %636 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %635, <8 x float> %621, <8 x float> %604)
  %637 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %635, <8 x float> %624, <8 x float> %605)
  %638 = getelementptr inbounds i8, ptr %625, i64 %.idx437
  %639 = load float, ptr %638, align 4
  %640 = insertelement <8 x float> poison, float %639, i64 0
  %641 = shufflevector <8 x float> %640, <8 x float> poison, <8 x i32> zeroinitializer
  %642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %621, <8 x float> %610)
  %643 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %624, <8 x float> %611)
  %644 = getelementptr inbounds i8, ptr %625, i64 %.idx438
  %645 = load float, ptr %644, align 4
  %646 = insertelement <8 x float> poison, float %645, i64 0
  %647 = shufflevector <8 x float> %646, <8 x float> poison, <8 x i32> zeroinitializer
  %648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %621, <8 x float> %616)
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %624, <8 x float> %617)
  %p7.next.us.2 = or disjoint i64 %p7.addr.0401.us, 3
  %650 = shl nuw nsw i64 %p7.next.us.2, 6
  %651 = or disjoint i64 %650, 32
  %652 = getelementptr inbounds float, ptr %X, i64 %651
  %653 = load <8 x float>, ptr %652, align 4
  %654 = or disjoint i64 %650, 40
  %655 = getelementptr inbounds float, ptr %X, i64 %654
  %656 = load <8 x float>, ptr %655, align 4
  %657 = getelementptr inbounds float, ptr %P, i64 %p7.next.us.2
  %658 = getelementptr inbounds i8, ptr %657, i64 %.idx435
  %659 = load float, ptr %658, align 4
  %660 = insertelement <8 x float> poison, float %659, i64 0
  %661 = shufflevector <8 x float> %660, <8 x float> poison, <8 x i32> zeroinitializer
  %662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %653, <8 x float> %630)
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %656, <8 x float> %631)
  %664 = getelementptr inbounds i8, ptr %657, i64 %.idx436
  %665 = load float, ptr %664, align 4
  %666 = insertelement <8 x float> poison, float %665, i64 0
  %667 = shufflevector <8 x float> %666, <8 x float> poison, <8 x i32> zeroinitializer
  %668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %653, <8 x float> %636)
  %669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> %656, <8 x float> %637)
  %670 = getelementptr inbounds i8, ptr %657, i64 %.idx437
  %671 = load float, ptr %670, align 4
  %672 = insertelement <8 x float> poison, float %671, i64 0
  %673 = shufflevector <8 x float> %672, <8 x float> poison, <8 x i32> zeroinitializer
  %674 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %673, <8 x float> %653, <8 x float> %642)
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %673, <8 x float> %656, <8 x float> %643)
  %676 = getelementptr inbounds i8, ptr %657, i64 %.idx438
  %677 = load float, ptr %676, align 4
  %678 = insertelement <8 x float> poison, float %677, i64 0
  %679 = shufflevector <8 x float> %678, <8 x float> poison, <8 x i32> zeroinitializer
  %680 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %679, <8 x float> %653, <8 x float> %648)
  %681 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %679, <8 x float> %656, <8 x float> %649)
  %p7.next.us.3 = add nuw nsw i64 %p7.addr.0401.us, 4
  %exitcond528.not.3 = icmp eq i64 %p7.next.us.3, 64
  br i1 %exitcond528.not.3, label %p7.exit.us, label %p7.body.us

p6.exit.us:                                       ; preds = %p6.body.us
  %682 = getelementptr inbounds float, ptr %Oc, i64 %1949
  store <8 x float> %826, ptr %682, align 4
  %683 = or disjoint i64 %1949, 8
  %684 = getelementptr inbounds float, ptr %Oc, i64 %683
  store <8 x float> %827, ptr %684, align 4
  %685 = getelementptr inbounds float, ptr %Oc, i64 %1950
  store <8 x float> %833, ptr %685, align 4
  %686 = or disjoint i64 %1949, 40
  %687 = getelementptr inbounds float, ptr %Oc, i64 %686
  store <8 x float> %834, ptr %687, align 4
  %688 = getelementptr inbounds float, ptr %Oc, i64 %1951
  store <8 x float> %840, ptr %688, align 4
  %689 = or disjoint i64 %1949, 72
  %690 = getelementptr inbounds float, ptr %Oc, i64 %689
  store <8 x float> %841, ptr %690, align 4
  %691 = getelementptr inbounds float, ptr %Oc, i64 %1952
  store <8 x float> %847, ptr %691, align 4
  %692 = or disjoint i64 %1949, 104
  %693 = getelementptr inbounds float, ptr %Oc, i64 %692
  store <8 x float> %848, ptr %693, align 4
  br label %p6.body.us.1

p6.body.us.1:                                     ; preds = %p6.body.us.1, %p6.exit.us
  %p6.addr.0390.us.1 = phi i64 [ 0, %p6.exit.us ], [ %p6.next.us.1.1, %p6.body.us.1 ]
  %acc39.0389.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %763, %p6.body.us.1 ]
  %acc38.0388.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %762, %p6.body.us.1 ]
  %acc37.0387.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %756, %p6.body.us.1 ]
  %acc36.0386.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %755, %p6.body.us.1 ]
  %acc35.0385.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %749, %p6.body.us.1 ]
  %acc34.0384.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %748, %p6.body.us.1 ]
  %acc33.0383.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %742, %p6.body.us.1 ]
  %acc32.0382.us.1 = phi <8 x float> [ zeroinitializer, %p6.exit.us ], [ %741, %p6.body.us.1 ]
  %694 = shl nuw nsw i64 %p6.addr.0390.us.1, 5
  %695 = or disjoint i64 %694, 16
  %696 = getelementptr inbounds float, ptr %work, i64 %695
  %697 = load <8 x float>, ptr %696, align 4
  %698 = or disjoint i64 %694, 24
  %699 = getelementptr inbounds float, ptr %work, i64 %698
  %700 = load <8 x float>, ptr %699, align 4
  %701 = add nuw nsw i64 %p6.addr.0390.us.1, %1949
  %702 = getelementptr inbounds float, ptr %Qc, i64 %701
  %703 = load float, ptr %702, align 4
  %704 = insertelement <8 x float> poison, float %703, i64 0
  %705 = shufflevector <8 x float> %704, <8 x float> poison, <8 x i32> zeroinitializer
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %697, <8 x float> %acc32.0382.us.1)
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %700, <8 x float> %acc33.0383.us.1)
  %708 = or disjoint i64 %701, 32
  %709 = getelementptr inbounds float, ptr %Qc, i64 %708
  %710 = load float, ptr %709, align 4
  %711 = insertelement <8 x float> poison, float %710, i64 0
  %712 = shufflevector <8 x float> %711, <8 x float> poison, <8 x i32> zeroinitializer
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %697, <8 x float> %acc34.0384.us.1)
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %700, <8 x float> %acc35.0385.us.1)
  %715 = or disjoint i64 %701, 64
  %716 = getelementptr inbounds float, ptr %Qc, i64 %715
  %717 = load float, ptr %716, align 4
  %718 = insertelement <8 x float> poison, float %717, i64 0
  %719 = shufflevector <8 x float> %718, <8 x float> poison, <8 x i32> zeroinitializer
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> %697, <8 x float> %acc36.0386.us.1)
  %721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> %700, <8 x float> %acc37.0387.us.1)
  %722 = or disjoint i64 %701, 96
  %723 = getelementptr inbounds float, ptr %Qc, i64 %722
  %724 = load float, ptr %723, align 4
  %725 = insertelement <8 x float> poison, float %724, i64 0
  %726 = shufflevector <8 x float> %725, <8 x float> poison, <8 x i32> zeroinitializer
  %727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %697, <8 x float> %acc38.0388.us.1)
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %700, <8 x float> %acc39.0389.us.1)
  %p6.next.us.1 = or disjoint i64 %p6.addr.0390.us.1, 1
  %729 = shl nuw nsw i64 %p6.next.us.1, 5
  %730 = or disjoint i64 %729, 16
  %731 = getelementptr inbounds float, ptr %work, i64 %730
  %732 = load <8 x float>, ptr %731, align 4
  %733 = or disjoint i64 %729, 24
  %734 = getelementptr inbounds float, ptr %work, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = add nuw nsw i64 %p6.next.us.1, %1949
  %737 = getelementptr inbounds float, ptr %Qc, i64 %736
  %738 = load float, ptr %737, align 4
  %739 = insertelement <8 x float> poison, float %738, i64 0
  %740 = shufflevector <8 x float> %739, <8 x float> poison, <8 x i32> zeroinitializer
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %732, <8 x float> %706)
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %735, <8 x float> %707)
  %743 = or disjoint i64 %736, 32
  %744 = getelementptr inbounds float, ptr %Qc, i64 %743
  %745 = load float, ptr %744, align 4
  %746 = insertelement <8 x float> poison, float %745, i64 0
  %747 = shufflevector <8 x float> %746, <8 x float> poison, <8 x i32> zeroinitializer
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %732, <8 x float> %713)
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %735, <8 x float> %714)
  %750 = or disjoint i64 %736, 64
  %751 = getelementptr inbounds float, ptr %Qc, i64 %750
  %752 = load float, ptr %751, align 4
  %753 = insertelement <8 x float> poison, float %752, i64 0
  %754 = shufflevector <8 x float> %753, <8 x float> poison, <8 x i32> zeroinitializer
  %755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %732, <8 x float> %720)
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %735, <8 x float> %721)
  %757 = or disjoint i64 %736, 96
  %758 = getelementptr inbounds float, ptr %Qc, i64 %757
  %759 = load float, ptr %758, align 4
  %760 = insertelement <8 x float> poison, float %759, i64 0
  %761 = shufflevector <8 x float> %760, <8 x float> poison, <8 x i32> zeroinitializer
  %762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> %732, <8 x float> %727)
  %763 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> %735, <8 x float> %728)
  %p6.next.us.1.1 = add nuw nsw i64 %p6.addr.0390.us.1, 2
  %exitcond527.1.not.1 = icmp eq i64 %p6.next.us.1.1, 32
  br i1 %exitcond527.1.not.1, label %p6.exit.us.1, label %p6.body.us.1

p6.exit.us.1:                                     ; preds = %p6.body.us.1
  %764 = or disjoint i64 %1949, 16
  %765 = getelementptr inbounds float, ptr %Oc, i64 %764
  store <8 x float> %741, ptr %765, align 4
  %766 = or disjoint i64 %1949, 24
  %767 = getelementptr inbounds float, ptr %Oc, i64 %766
  store <8 x float> %742, ptr %767, align 4
  %768 = or disjoint i64 %1949, 48
  %769 = getelementptr inbounds float, ptr %Oc, i64 %768
  store <8 x float> %748, ptr %769, align 4
  %770 = or disjoint i64 %1949, 56
  %771 = getelementptr inbounds float, ptr %Oc, i64 %770
  store <8 x float> %749, ptr %771, align 4
  %772 = or disjoint i64 %1949, 80
  %773 = getelementptr inbounds float, ptr %Oc, i64 %772
  store <8 x float> %755, ptr %773, align 4
  %774 = or disjoint i64 %1949, 88
  %775 = getelementptr inbounds float, ptr %Oc, i64 %774
  store <8 x float> %756, ptr %775, align 4
  %776 = or disjoint i64 %1949, 112
  %777 = getelementptr inbounds float, ptr %Oc, i64 %776
  store <8 x float> %762, ptr %777, align 4
  %778 = or disjoint i64 %1949, 120
  %779 = getelementptr inbounds float, ptr %Oc, i64 %778
  store <8 x float> %763, ptr %779, align 4
  %i13.next.us = add nuw nsw i64 %i13.addr.0392.us, 4
  %780 = icmp ult i64 %i13.addr.0392.us, 60
  br i1 %780, label %j12.head.preheader.us, label %j13.head.preheader.us

p6.body.us:                                       ; preds = %p6.body.us, %j12.head.preheader.us
  %p6.addr.0390.us = phi i64 [ 0, %j12.head.preheader.us ], [ %p6.next.us.11054, %p6.body.us ]
  %acc39.0389.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %848, %p6.body.us ]
  %acc38.0388.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %847, %p6.body.us ]
  %acc37.0387.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %841, %p6.body.us ]
  %acc36.0386.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %840, %p6.body.us ]
  %acc35.0385.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %834, %p6.body.us ]
  %acc34.0384.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %833, %p6.body.us ]
  %acc33.0383.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %827, %p6.body.us ]
  %acc32.0382.us = phi <8 x float> [ zeroinitializer, %j12.head.preheader.us ], [ %826, %p6.body.us ]
  %781 = shl nuw nsw i64 %p6.addr.0390.us, 5
  %782 = getelementptr inbounds float, ptr %work, i64 %781
  %783 = load <8 x float>, ptr %782, align 4
  %784 = or disjoint i64 %781, 8
  %785 = getelementptr inbounds float, ptr %work, i64 %784
  %786 = load <8 x float>, ptr %785, align 4
  %787 = add nuw nsw i64 %p6.addr.0390.us, %1949
  %788 = getelementptr inbounds float, ptr %Qc, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = insertelement <8 x float> poison, float %789, i64 0
  %791 = shufflevector <8 x float> %790, <8 x float> poison, <8 x i32> zeroinitializer
  %792 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %783, <8 x float> %acc32.0382.us)
  %793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %786, <8 x float> %acc33.0383.us)
  %794 = or disjoint i64 %787, 32
  %795 = getelementptr inbounds float, ptr %Qc, i64 %794
  %796 = load float, ptr %795, align 4
  %797 = insertelement <8 x float> poison, float %796, i64 0
  %798 = shufflevector <8 x float> %797, <8 x float> poison, <8 x i32> zeroinitializer
  %799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %783, <8 x float> %acc34.0384.us)
  %800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %786, <8 x float> %acc35.0385.us)
  %801 = or disjoint i64 %787, 64
  %802 = getelementptr inbounds float, ptr %Qc, i64 %801
  %803 = load float, ptr %802, align 4
  %804 = insertelement <8 x float> poison, float %803, i64 0
  %805 = shufflevector <8 x float> %804, <8 x float> poison, <8 x i32> zeroinitializer
  %806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %783, <8 x float> %acc36.0386.us)
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %786, <8 x float> %acc37.0387.us)
  %808 = or disjoint i64 %787, 96
  %809 = getelementptr inbounds float, ptr %Qc, i64 %808
  %810 = load float, ptr %809, align 4
  %811 = insertelement <8 x float> poison, float %810, i64 0
  %812 = shufflevector <8 x float> %811, <8 x float> poison, <8 x i32> zeroinitializer
  %813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %783, <8 x float> %acc38.0388.us)
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %786, <8 x float> %acc39.0389.us)
  %p6.next.us = or disjoint i64 %p6.addr.0390.us, 1
  %815 = shl nuw nsw i64 %p6.next.us, 5
  %816 = getelementptr inbounds float, ptr %work, i64 %815
  %817 = load <8 x float>, ptr %816, align 4
  %818 = or disjoint i64 %815, 8
  %819 = getelementptr inbounds float, ptr %work, i64 %818
  %820 = load <8 x float>, ptr %819, align 4
  %821 = add nuw nsw i64 %p6.next.us, %1949
  %822 = getelementptr inbounds float, ptr %Qc, i64 %821
  %823 = load float, ptr %822, align 4
  %824 = insertelement <8 x float> poison, float %823, i64 0
  %825 = shufflevector <8 x float> %824, <8 x float> poison, <8 x i32> zeroinitializer
  %826 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> %817, <8 x float> %792)
  %827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> %820, <8 x float> %793)
  %828 = or disjoint i64 %821, 32
  %829 = getelementptr inbounds float, ptr %Qc, i64 %828
  %830 = load float, ptr %829, align 4
  %831 = insertelement <8 x float> poison, float %830, i64 0
  %832 = shufflevector <8 x float> %831, <8 x float> poison, <8 x i32> zeroinitializer
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> %817, <8 x float> %799)
  %834 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> %820, <8 x float> %800)
  %835 = or disjoint i64 %821, 64
  %836 = getelementptr inbounds float, ptr %Qc, i64 %835
  %837 = load float, ptr %836, align 4
  %838 = insertelement <8 x float> poison, float %837, i64 0
  %839 = shufflevector <8 x float> %838, <8 x float> poison, <8 x i32> zeroinitializer
  %840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %817, <8 x float> %806)
  %841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %839, <8 x float> %820, <8 x float> %807)
  %842 = or disjoint i64 %821, 96
  %843 = getelementptr inbounds float, ptr %Qc, i64 %842
  %844 = load float, ptr %843, align 4
  %845 = insertelement <8 x float> poison, float %844, i64 0
  %846 = shufflevector <8 x float> %845, <8 x float> poison, <8 x i32> zeroinitializer
  %847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> %817, <8 x float> %813)
  %848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> %820, <8 x float> %814)
  %p6.next.us.11054 = add nuw nsw i64 %p6.addr.0390.us, 2
  %exitcond527.not.1 = icmp eq i64 %p6.next.us.11054, 32
  br i1 %exitcond527.not.1, label %p6.exit.us, label %p6.body.us

p5.exit.us:                                       ; preds = %p5.body.us
  %849 = getelementptr inbounds float, ptr %P, i64 %1977
  store <8 x float> %1165, ptr %849, align 4
  %850 = or disjoint i64 %1977, 8
  %851 = getelementptr inbounds float, ptr %P, i64 %850
  store <8 x float> %1166, ptr %851, align 4
  %852 = getelementptr inbounds float, ptr %P, i64 %1978
  store <8 x float> %1172, ptr %852, align 4
  %853 = or disjoint i64 %1977, 72
  %854 = getelementptr inbounds float, ptr %P, i64 %853
  store <8 x float> %1173, ptr %854, align 4
  %855 = getelementptr inbounds float, ptr %P, i64 %1979
  store <8 x float> %1179, ptr %855, align 4
  %856 = or disjoint i64 %1977, 136
  %857 = getelementptr inbounds float, ptr %P, i64 %856
  store <8 x float> %1180, ptr %857, align 4
  %858 = getelementptr inbounds float, ptr %P, i64 %1980
  store <8 x float> %1186, ptr %858, align 4
  %859 = or disjoint i64 %1977, 200
  %860 = getelementptr inbounds float, ptr %P, i64 %859
  store <8 x float> %1187, ptr %860, align 4
  br label %p5.body.us.1

p5.body.us.1:                                     ; preds = %p5.body.us.1, %p5.exit.us
  %p5.addr.0377.us.1 = phi i64 [ 0, %p5.exit.us ], [ %p5.next.us.1.1, %p5.body.us.1 ]
  %acc3198.0376.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %930, %p5.body.us.1 ]
  %acc30.0375.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %929, %p5.body.us.1 ]
  %acc29.0374.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %923, %p5.body.us.1 ]
  %acc28.0373.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %922, %p5.body.us.1 ]
  %acc27.0372.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %916, %p5.body.us.1 ]
  %acc26.0371.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %915, %p5.body.us.1 ]
  %acc25.0370.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %909, %p5.body.us.1 ]
  %acc24.0369.us.1 = phi <8 x float> [ zeroinitializer, %p5.exit.us ], [ %908, %p5.body.us.1 ]
  %861 = shl nuw nsw i64 %p5.addr.0377.us.1, 6
  %862 = or disjoint i64 %861, 16
  %863 = getelementptr inbounds float, ptr %KT, i64 %862
  %864 = load <8 x float>, ptr %863, align 4
  %865 = or disjoint i64 %861, 24
  %866 = getelementptr inbounds float, ptr %KT, i64 %865
  %867 = load <8 x float>, ptr %866, align 4
  %868 = add nuw nsw i64 %p5.addr.0377.us.1, %1976
  %869 = getelementptr inbounds float, ptr %Qc, i64 %868
  %870 = load float, ptr %869, align 4
  %871 = insertelement <8 x float> poison, float %870, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %864, <8 x float> %acc24.0369.us.1)
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %867, <8 x float> %acc25.0370.us.1)
  %875 = or disjoint i64 %868, 32
  %876 = getelementptr inbounds float, ptr %Qc, i64 %875
  %877 = load float, ptr %876, align 4
  %878 = insertelement <8 x float> poison, float %877, i64 0
  %879 = shufflevector <8 x float> %878, <8 x float> poison, <8 x i32> zeroinitializer
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %864, <8 x float> %acc26.0371.us.1)
  %881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %867, <8 x float> %acc27.0372.us.1)
  %882 = or disjoint i64 %868, 64
  %883 = getelementptr inbounds float, ptr %Qc, i64 %882
  %884 = load float, ptr %883, align 4
  %885 = insertelement <8 x float> poison, float %884, i64 0
  %886 = shufflevector <8 x float> %885, <8 x float> poison, <8 x i32> zeroinitializer
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %864, <8 x float> %acc28.0373.us.1)
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %867, <8 x float> %acc29.0374.us.1)
  %889 = or disjoint i64 %868, 96
  %890 = getelementptr inbounds float, ptr %Qc, i64 %889
  %891 = load float, ptr %890, align 4
  %892 = insertelement <8 x float> poison, float %891, i64 0
  %893 = shufflevector <8 x float> %892, <8 x float> poison, <8 x i32> zeroinitializer
  %894 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> %864, <8 x float> %acc30.0375.us.1)
  %895 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> %867, <8 x float> %acc3198.0376.us.1)
  %p5.next.us.1 = or disjoint i64 %p5.addr.0377.us.1, 1
  %896 = shl nuw nsw i64 %p5.next.us.1, 6
  %897 = or disjoint i64 %896, 16
  %898 = getelementptr inbounds float, ptr %KT, i64 %897
  %899 = load <8 x float>, ptr %898, align 4
  %900 = or disjoint i64 %896, 24
  %901 = getelementptr inbounds float, ptr %KT, i64 %900
  %902 = load <8 x float>, ptr %901, align 4
  %903 = add nuw nsw i64 %p5.next.us.1, %1976
  %904 = getelementptr inbounds float, ptr %Qc, i64 %903
  %905 = load float, ptr %904, align 4
  %906 = insertelement <8 x float> poison, float %905, i64 0
  %907 = shufflevector <8 x float> %906, <8 x float> poison, <8 x i32> zeroinitializer
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %899, <8 x float> %873)
  %909 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %902, <8 x float> %874)
  %910 = or disjoint i64 %903, 32
  %911 = getelementptr inbounds float, ptr %Qc, i64 %910
  %912 = load float, ptr %911, align 4
  %913 = insertelement <8 x float> poison, float %912, i64 0
  %914 = shufflevector <8 x float> %913, <8 x float> poison, <8 x i32> zeroinitializer
  %915 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %899, <8 x float> %880)
  %916 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %902, <8 x float> %881)
  %917 = or disjoint i64 %903, 64
  %918 = getelementptr inbounds float, ptr %Qc, i64 %917
  %919 = load float, ptr %918, align 4
  %920 = insertelement <8 x float> poison, float %919, i64 0
  %921 = shufflevector <8 x float> %920, <8 x float> poison, <8 x i32> zeroinitializer
  %922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %921, <8 x float> %899, <8 x float> %887)
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %921, <8 x float> %902, <8 x float> %888)
  %924 = or disjoint i64 %903, 96
  %925 = getelementptr inbounds float, ptr %Qc, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = insertelement <8 x float> poison, float %926, i64 0
  %928 = shufflevector <8 x float> %927, <8 x float> poison, <8 x i32> zeroinitializer
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %899, <8 x float> %894)
  %930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %902, <8 x float> %895)
  %p5.next.us.1.1 = add nuw nsw i64 %p5.addr.0377.us.1, 2
  %exitcond524.1.not.1 = icmp eq i64 %p5.next.us.1.1, 32
  br i1 %exitcond524.1.not.1, label %p5.exit.us.1, label %p5.body.us.1

p5.exit.us.1:                                     ; preds = %p5.body.us.1
  %931 = or disjoint i64 %1977, 16
  %932 = getelementptr inbounds float, ptr %P, i64 %931
  store <8 x float> %908, ptr %932, align 4
  %933 = or disjoint i64 %1977, 24
  %934 = getelementptr inbounds float, ptr %P, i64 %933
  store <8 x float> %909, ptr %934, align 4
  %935 = or disjoint i64 %1977, 80
  %936 = getelementptr inbounds float, ptr %P, i64 %935
  store <8 x float> %915, ptr %936, align 4
  %937 = or disjoint i64 %1977, 88
  %938 = getelementptr inbounds float, ptr %P, i64 %937
  store <8 x float> %916, ptr %938, align 4
  %939 = or disjoint i64 %1977, 144
  %940 = getelementptr inbounds float, ptr %P, i64 %939
  store <8 x float> %922, ptr %940, align 4
  %941 = or disjoint i64 %1977, 152
  %942 = getelementptr inbounds float, ptr %P, i64 %941
  store <8 x float> %923, ptr %942, align 4
  %943 = or disjoint i64 %1977, 208
  %944 = getelementptr inbounds float, ptr %P, i64 %943
  store <8 x float> %929, ptr %944, align 4
  %945 = or disjoint i64 %1977, 216
  %946 = getelementptr inbounds float, ptr %P, i64 %945
  store <8 x float> %930, ptr %946, align 4
  br label %p5.body.us.2

p5.body.us.2:                                     ; preds = %p5.body.us.2, %p5.exit.us.1
  %p5.addr.0377.us.2 = phi i64 [ 0, %p5.exit.us.1 ], [ %p5.next.us.2.1, %p5.body.us.2 ]
  %acc3198.0376.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1016, %p5.body.us.2 ]
  %acc30.0375.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1015, %p5.body.us.2 ]
  %acc29.0374.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1009, %p5.body.us.2 ]
  %acc28.0373.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1008, %p5.body.us.2 ]
  %acc27.0372.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1002, %p5.body.us.2 ]
  %acc26.0371.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %1001, %p5.body.us.2 ]
  %acc25.0370.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %995, %p5.body.us.2 ]
  %acc24.0369.us.2 = phi <8 x float> [ zeroinitializer, %p5.exit.us.1 ], [ %994, %p5.body.us.2 ]
  %947 = shl nuw nsw i64 %p5.addr.0377.us.2, 6
  %948 = or disjoint i64 %947, 32
  %949 = getelementptr inbounds float, ptr %KT, i64 %948
  %950 = load <8 x float>, ptr %949, align 4
  %951 = or disjoint i64 %947, 40
  %952 = getelementptr inbounds float, ptr %KT, i64 %951
  %953 = load <8 x float>, ptr %952, align 4
  %954 = add nuw nsw i64 %p5.addr.0377.us.2, %1976
  %955 = getelementptr inbounds float, ptr %Qc, i64 %954
  %956 = load float, ptr %955, align 4
  %957 = insertelement <8 x float> poison, float %956, i64 0
  %958 = shufflevector <8 x float> %957, <8 x float> poison, <8 x i32> zeroinitializer
  %959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %950, <8 x float> %acc24.0369.us.2)
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %953, <8 x float> %acc25.0370.us.2)
  %961 = or disjoint i64 %954, 32
  %962 = getelementptr inbounds float, ptr %Qc, i64 %961
  %963 = load float, ptr %962, align 4
  %964 = insertelement <8 x float> poison, float %963, i64 0
  %965 = shufflevector <8 x float> %964, <8 x float> poison, <8 x i32> zeroinitializer
  %966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %950, <8 x float> %acc26.0371.us.2)
  %967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %953, <8 x float> %acc27.0372.us.2)
  %968 = or disjoint i64 %954, 64
  %969 = getelementptr inbounds float, ptr %Qc, i64 %968
  %970 = load float, ptr %969, align 4
  %971 = insertelement <8 x float> poison, float %970, i64 0
  %972 = shufflevector <8 x float> %971, <8 x float> poison, <8 x i32> zeroinitializer
  %973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %950, <8 x float> %acc28.0373.us.2)
  %974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %953, <8 x float> %acc29.0374.us.2)
  %975 = or disjoint i64 %954, 96
  %976 = getelementptr inbounds float, ptr %Qc, i64 %975
  %977 = load float, ptr %976, align 4
  %978 = insertelement <8 x float> poison, float %977, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %950, <8 x float> %acc30.0375.us.2)
  %981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %953, <8 x float> %acc3198.0376.us.2)
  %p5.next.us.2 = or disjoint i64 %p5.addr.0377.us.2, 1
  %982 = shl nuw nsw i64 %p5.next.us.2, 6
  %983 = or disjoint i64 %982, 32
  %984 = getelementptr inbounds float, ptr %KT, i64 %983
  %985 = load <8 x float>, ptr %984, align 4
  %986 = or disjoint i64 %982, 40
  %987 = getelementptr inbounds float, ptr %KT, i64 %986
  %988 = load <8 x float>, ptr %987, align 4
  %989 = add nuw nsw i64 %p5.next.us.2, %1976
  %990 = getelementptr inbounds float, ptr %Qc, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <8 x float> poison, float %991, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %985, <8 x float> %959)
  %995 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %988, <8 x float> %960)
  %996 = or disjoint i64 %989, 32
  %997 = getelementptr inbounds float, ptr %Qc, i64 %996
  %998 = load float, ptr %997, align 4
  %999 = insertelement <8 x float> poison, float %998, i64 0
  %1000 = shufflevector <8 x float> %999, <8 x float> poison, <8 x i32> zeroinitializer
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %985, <8 x float> %966)
  %1002 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %988, <8 x float> %967)
  %1003 = or disjoint i64 %989, 64
  %1004 = getelementptr inbounds float, ptr %Qc, i64 %1003
  %1005 = load float, ptr %1004, align 4
  %1006 = insertelement <8 x float> poison, float %1005, i64 0
  %1007 = shufflevector <8 x float> %1006, <8 x float> poison, <8 x i32> zeroinitializer
  %1008 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %985, <8 x float> %973)
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %988, <8 x float> %974)
  %1010 = or disjoint i64 %989, 96
  %1011 = getelementptr inbounds float, ptr %Qc, i64 %1010
  %1012 = load float, ptr %1011, align 4
  %1013 = insertelement <8 x float> poison, float %1012, i64 0
  %1014 = shufflevector <8 x float> %1013, <8 x float> poison, <8 x i32> zeroinitializer
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %985, <8 x float> %980)
  %1016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %988, <8 x float> %981)
  %p5.next.us.2.1 = add nuw nsw i64 %p5.addr.0377.us.2, 2
  %exitcond524.2.not.1 = icmp eq i64 %p5.next.us.2.1, 32
  br i1 %exitcond524.2.not.1, label %p5.exit.us.2, label %p5.body.us.2

p5.exit.us.2:                                     ; preds = %p5.body.us.2
  %1017 = or disjoint i64 %1977, 32
  %1018 = getelementptr inbounds float, ptr %P, i64 %1017
  store <8 x float> %994, ptr %1018, align 4
  %1019 = or disjoint i64 %1977, 40
  %1020 = getelementptr inbounds float, ptr %P, i64 %1019
  store <8 x float> %995, ptr %1020, align 4
  %1021 = or disjoint i64 %1977, 96
  %1022 = getelementptr inbounds float, ptr %P, i64 %1021
  store <8 x float> %1001, ptr %1022, align 4
  %1023 = or disjoint i64 %1977, 104
  %1024 = getelementptr inbounds float, ptr %P, i64 %1023
  store <8 x float> %1002, ptr %1024, align 4
  %1025 = or disjoint i64 %1977, 160
  %1026 = getelementptr inbounds float, ptr %P, i64 %1025
  store <8 x float> %1008, ptr %1026, align 4
  %1027 = or disjoint i64 %1977, 168
  %1028 = getelementptr inbounds float, ptr %P, i64 %1027
  store <8 x float> %1009, ptr %1028, align 4
  %1029 = or disjoint i64 %1977, 224
  %1030 = getelementptr inbounds float, ptr %P, i64 %1029
  store <8 x float> %1015, ptr %1030, align 4
  %1031 = or disjoint i64 %1977, 232
  %1032 = getelementptr inbounds float, ptr %P, i64 %1031
  store <8 x float> %1016, ptr %1032, align 4
  br label %p5.body.us.3

p5.body.us.3:                                     ; preds = %p5.body.us.3, %p5.exit.us.2
  %p5.addr.0377.us.3 = phi i64 [ 0, %p5.exit.us.2 ], [ %p5.next.us.3.1, %p5.body.us.3 ]
  %acc3198.0376.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1102, %p5.body.us.3 ]
  %acc30.0375.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1101, %p5.body.us.3 ]
  %acc29.0374.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1095, %p5.body.us.3 ]
  %acc28.0373.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1094, %p5.body.us.3 ]
  %acc27.0372.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1088, %p5.body.us.3 ]
  %acc26.0371.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1087, %p5.body.us.3 ]
  %acc25.0370.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1081, %p5.body.us.3 ]
  %acc24.0369.us.3 = phi <8 x float> [ zeroinitializer, %p5.exit.us.2 ], [ %1080, %p5.body.us.3 ]
  %1033 = shl nuw nsw i64 %p5.addr.0377.us.3, 6
  %1034 = or disjoint i64 %1033, 48
  %1035 = getelementptr inbounds float, ptr %KT, i64 %1034
  %1036 = load <8 x float>, ptr %1035, align 4
  %1037 = or disjoint i64 %1033, 56
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  %1039 = load <8 x float>, ptr %1038, align 4
  %1040 = add nuw nsw i64 %p5.addr.0377.us.3, %1976
  %1041 = getelementptr inbounds float, ptr %Qc, i64 %1040
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <8 x float> poison, float %1042, i64 0
  %1044 = shufflevector <8 x float> %1043, <8 x float> poison, <8 x i32> zeroinitializer
  %1045 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> %1036, <8 x float> %acc24.0369.us.3)
  %1046 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> %1039, <8 x float> %acc25.0370.us.3)
  %1047 = or disjoint i64 %1040, 32
  %1048 = getelementptr inbounds float, ptr %Qc, i64 %1047
  %1049 = load float, ptr %1048, align 4
  %1050 = insertelement <8 x float> poison, float %1049, i64 0
  %1051 = shufflevector <8 x float> %1050, <8 x float> poison, <8 x i32> zeroinitializer
  %1052 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1036, <8 x float> %acc26.0371.us.3)
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1039, <8 x float> %acc27.0372.us.3)
  %1054 = or disjoint i64 %1040, 64
  %1055 = getelementptr inbounds float, ptr %Qc, i64 %1054
  %1056 = load float, ptr %1055, align 4
  %1057 = insertelement <8 x float> poison, float %1056, i64 0
  %1058 = shufflevector <8 x float> %1057, <8 x float> poison, <8 x i32> zeroinitializer
  %1059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1036, <8 x float> %acc28.0373.us.3)
  %1060 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1039, <8 x float> %acc29.0374.us.3)
  %1061 = or disjoint i64 %1040, 96
  %1062 = getelementptr inbounds float, ptr %Qc, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = insertelement <8 x float> poison, float %1063, i64 0
  %1065 = shufflevector <8 x float> %1064, <8 x float> poison, <8 x i32> zeroinitializer
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1036, <8 x float> %acc30.0375.us.3)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1039, <8 x float> %acc3198.0376.us.3)
  %p5.next.us.3 = or disjoint i64 %p5.addr.0377.us.3, 1
  %1068 = shl nuw nsw i64 %p5.next.us.3, 6
  %1069 = or disjoint i64 %1068, 48
  %1070 = getelementptr inbounds float, ptr %KT, i64 %1069
  %1071 = load <8 x float>, ptr %1070, align 4
  %1072 = or disjoint i64 %1068, 56
  %1073 = getelementptr inbounds float, ptr %KT, i64 %1072
  %1074 = load <8 x float>, ptr %1073, align 4
  %1075 = add nuw nsw i64 %p5.next.us.3, %1976
  %1076 = getelementptr inbounds float, ptr %Qc, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = insertelement <8 x float> poison, float %1077, i64 0
  %1079 = shufflevector <8 x float> %1078, <8 x float> poison, <8 x i32> zeroinitializer
  %1080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1071, <8 x float> %1045)
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1074, <8 x float> %1046)
  %1082 = or disjoint i64 %1075, 32
  %1083 = getelementptr inbounds float, ptr %Qc, i64 %1082
  %1084 = load float, ptr %1083, align 4
  %1085 = insertelement <8 x float> poison, float %1084, i64 0
  %1086 = shufflevector <8 x float> %1085, <8 x float> poison, <8 x i32> zeroinitializer
  %1087 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1071, <8 x float> %1052)
  %1088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1074, <8 x float> %1053)
  %1089 = or disjoint i64 %1075, 64
  %1090 = getelementptr inbounds float, ptr %Qc, i64 %1089
  %1091 = load float, ptr %1090, align 4
  %1092 = insertelement <8 x float> poison, float %1091, i64 0
  %1093 = shufflevector <8 x float> %1092, <8 x float> poison, <8 x i32> zeroinitializer
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1071, <8 x float> %1059)
  %1095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1074, <8 x float> %1060)
  %1096 = or disjoint i64 %1075, 96
  %1097 = getelementptr inbounds float, ptr %Qc, i64 %1096
  %1098 = load float, ptr %1097, align 4
  %1099 = insertelement <8 x float> poison, float %1098, i64 0
  %1100 = shufflevector <8 x float> %1099, <8 x float> poison, <8 x i32> zeroinitializer
  %1101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1071, <8 x float> %1066)
  %1102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1074, <8 x float> %1067)
  %p5.next.us.3.1 = add nuw nsw i64 %p5.addr.0377.us.3, 2
  %exitcond524.3.not.1 = icmp eq i64 %p5.next.us.3.1, 32
  br i1 %exitcond524.3.not.1, label %p5.exit.us.3, label %p5.body.us.3

p5.exit.us.3:                                     ; preds = %p5.body.us.3
  %1103 = or disjoint i64 %1977, 48
  %1104 = getelementptr inbounds float, ptr %P, i64 %1103
  store <8 x float> %1080, ptr %1104, align 4
  %1105 = or disjoint i64 %1977, 56
  %1106 = getelementptr inbounds float, ptr %P, i64 %1105
  store <8 x float> %1081, ptr %1106, align 4
  %1107 = or disjoint i64 %1977, 112
  %1108 = getelementptr inbounds float, ptr %P, i64 %1107
  store <8 x float> %1087, ptr %1108, align 4
  %1109 = or disjoint i64 %1977, 120
  %1110 = getelementptr inbounds float, ptr %P, i64 %1109
  store <8 x float> %1088, ptr %1110, align 4
  %1111 = or disjoint i64 %1977, 176
  %1112 = getelementptr inbounds float, ptr %P, i64 %1111
  store <8 x float> %1094, ptr %1112, align 4
  %1113 = or disjoint i64 %1977, 184
  %1114 = getelementptr inbounds float, ptr %P, i64 %1113
  store <8 x float> %1095, ptr %1114, align 4
  %1115 = or disjoint i64 %1977, 240
  %1116 = getelementptr inbounds float, ptr %P, i64 %1115
  store <8 x float> %1101, ptr %1116, align 4
  %1117 = or disjoint i64 %1977, 248
  %1118 = getelementptr inbounds float, ptr %P, i64 %1117
  store <8 x float> %1102, ptr %1118, align 4
  %i11.next.us = add nuw nsw i64 %i11.addr.0379.us, 4
  %1119 = icmp ult i64 %i11.addr.0379.us, 60
  br i1 %1119, label %j11.head.preheader.us, label %i12.head.preheader.us

p5.body.us:                                       ; preds = %p5.body.us, %j11.head.preheader.us
  %p5.addr.0377.us = phi i64 [ 0, %j11.head.preheader.us ], [ %p5.next.us.11043, %p5.body.us ]
  %acc3198.0376.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1187, %p5.body.us ]
  %acc30.0375.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1186, %p5.body.us ]
  %acc29.0374.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1180, %p5.body.us ]
  %acc28.0373.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1179, %p5.body.us ]
  %acc27.0372.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1173, %p5.body.us ]
  %acc26.0371.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1172, %p5.body.us ]
  %acc25.0370.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1166, %p5.body.us ]
  %acc24.0369.us = phi <8 x float> [ zeroinitializer, %j11.head.preheader.us ], [ %1165, %p5.body.us ]
  %1120 = shl nuw nsw i64 %p5.addr.0377.us, 6
  %1121 = getelementptr inbounds float, ptr %KT, i64 %1120
  %1122 = load <8 x float>, ptr %1121, align 4
  %1123 = or disjoint i64 %1120, 8
  %1124 = getelementptr inbounds float, ptr %KT, i64 %1123
  %1125 = load <8 x float>, ptr %1124, align 4
  %1126 = add nuw nsw i64 %p5.addr.0377.us, %1976
  %1127 = getelementptr inbounds float, ptr %Qc, i64 %1126
  %1128 = load float, ptr %1127, align 4
  %1129 = insertelement <8 x float> poison, float %1128, i64 0
  %1130 = shufflevector <8 x float> %1129, <8 x float> poison, <8 x i32> zeroinitializer
  %1131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1122, <8 x float> %acc24.0369.us)
  %1132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1125, <8 x float> %acc25.0370.us)
  %1133 = or disjoint i64 %1126, 32
  %1134 = getelementptr inbounds float, ptr %Qc, i64 %1133
  %1135 = load float, ptr %1134, align 4
  %1136 = insertelement <8 x float> poison, float %1135, i64 0
  %1137 = shufflevector <8 x float> %1136, <8 x float> poison, <8 x i32> zeroinitializer
  %1138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1137, <8 x float> %1122, <8 x float> %acc26.0371.us)
  %1139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1137, <8 x float> %1125, <8 x float> %acc27.0372.us)
  %1140 = or disjoint i64 %1126, 64
  %1141 = getelementptr inbounds float, ptr %Qc, i64 %1140
  %1142 = load float, ptr %1141, align 4
  %1143 = insertelement <8 x float> poison, float %1142, i64 0
  %1144 = shufflevector <8 x float> %1143, <8 x float> poison, <8 x i32> zeroinitializer
  %1145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1122, <8 x float> %acc28.0373.us)
  %1146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1125, <8 x float> %acc29.0374.us)
  %1147 = or disjoint i64 %1126, 96
  %1148 = getelementptr inbounds float, ptr %Qc, i64 %1147
  %1149 = load float, ptr %1148, align 4
  %1150 = insertelement <8 x float> poison, float %1149, i64 0
  %1151 = shufflevector <8 x float> %1150, <8 x float> poison, <8 x i32> zeroinitializer
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1122, <8 x float> %acc30.0375.us)
  %1153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1125, <8 x float> %acc3198.0376.us)
  %p5.next.us = or disjoint i64 %p5.addr.0377.us, 1
  %1154 = shl nuw nsw i64 %p5.next.us, 6
  %1155 = getelementptr inbounds float, ptr %KT, i64 %1154
  %1156 = load <8 x float>, ptr %1155, align 4
  %1157 = or disjoint i64 %1154, 8
  %1158 = getelementptr inbounds float, ptr %KT, i64 %1157
  %1159 = load <8 x float>, ptr %1158, align 4
  %1160 = add nuw nsw i64 %p5.next.us, %1976
  %1161 = getelementptr inbounds float, ptr %Qc, i64 %1160
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <8 x float> poison, float %1162, i64 0
  %1164 = shufflevector <8 x float> %1163, <8 x float> poison, <8 x i32> zeroinitializer
  %1165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> %1156, <8 x float> %1131)
  %1166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> %1159, <8 x float> %1132)
  %1167 = or disjoint i64 %1160, 32
  %1168 = getelementptr inbounds float, ptr %Qc, i64 %1167
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <8 x float> poison, float %1169, i64 0
  %1171 = shufflevector <8 x float> %1170, <8 x float> poison, <8 x i32> zeroinitializer
  %1172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1156, <8 x float> %1138)
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1159, <8 x float> %1139)
  %1174 = or disjoint i64 %1160, 64
  %1175 = getelementptr inbounds float, ptr %Qc, i64 %1174
  %1176 = load float, ptr %1175, align 4
  %1177 = insertelement <8 x float> poison, float %1176, i64 0
  %1178 = shufflevector <8 x float> %1177, <8 x float> poison, <8 x i32> zeroinitializer
  %1179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1156, <8 x float> %1145)
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1159, <8 x float> %1146)
  %1181 = or disjoint i64 %1160, 96
  %1182 = getelementptr inbounds float, ptr %Qc, i64 %1181
  %1183 = load float, ptr %1182, align 4
  %1184 = insertelement <8 x float> poison, float %1183, i64 0
  %1185 = shufflevector <8 x float> %1184, <8 x float> poison, <8 x i32> zeroinitializer
  %1186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1156, <8 x float> %1152)
  %1187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1159, <8 x float> %1153)
  %p5.next.us.11043 = add nuw nsw i64 %p5.addr.0377.us, 2
  %exitcond524.not.1 = icmp eq i64 %p5.next.us.11043, 32
  br i1 %exitcond524.not.1, label %p5.exit.us, label %p5.body.us

p4.exit.us:                                       ; preds = %p4.body.us
  store <8 x float> %1341, ptr %1986, align 4
  store <8 x float> %1342, ptr %1989, align 4
  store <8 x float> %1349, ptr %1991, align 4
  store <8 x float> %1350, ptr %1994, align 4
  store <8 x float> %1357, ptr %1996, align 4
  store <8 x float> %1358, ptr %1999, align 4
  store <8 x float> %1365, ptr %2001, align 4
  store <8 x float> %1366, ptr %2004, align 4
  %1188 = or disjoint i64 %1981, 48
  %1189 = getelementptr inbounds float, ptr %X, i64 %1188
  %1190 = load <8 x float>, ptr %1189, align 4
  %1191 = or disjoint i64 %1981, 56
  %1192 = getelementptr inbounds float, ptr %X, i64 %1191
  %1193 = load <8 x float>, ptr %1192, align 4
  %1194 = or disjoint i64 %1981, 112
  %1195 = getelementptr inbounds float, ptr %X, i64 %1194
  %1196 = load <8 x float>, ptr %1195, align 4
  %1197 = or disjoint i64 %1981, 120
  %1198 = getelementptr inbounds float, ptr %X, i64 %1197
  %1199 = load <8 x float>, ptr %1198, align 4
  %1200 = or disjoint i64 %1981, 176
  %1201 = getelementptr inbounds float, ptr %X, i64 %1200
  %1202 = load <8 x float>, ptr %1201, align 4
  %1203 = or disjoint i64 %1981, 184
  %1204 = getelementptr inbounds float, ptr %X, i64 %1203
  %1205 = load <8 x float>, ptr %1204, align 4
  %1206 = or disjoint i64 %1981, 240
  %1207 = getelementptr inbounds float, ptr %X, i64 %1206
  %1208 = load <8 x float>, ptr %1207, align 4
  %1209 = or disjoint i64 %1981, 248
  %1210 = getelementptr inbounds float, ptr %X, i64 %1209
  %1211 = load <8 x float>, ptr %1210, align 4
  br label %p4.body.us.1

p4.body.us.1:                                     ; preds = %p4.body.us.1, %p4.exit.us
  %p4.addr.0366.us.1 = phi i64 [ 0, %p4.exit.us ], [ %p4.next.us.1.1, %p4.body.us.1 ]
  %acc23.0365.us.1 = phi <8 x float> [ %1211, %p4.exit.us ], [ %1289, %p4.body.us.1 ]
  %acc22.0364.us.1 = phi <8 x float> [ %1208, %p4.exit.us ], [ %1288, %p4.body.us.1 ]
  %acc21.0363.us.1 = phi <8 x float> [ %1205, %p4.exit.us ], [ %1281, %p4.body.us.1 ]
  %acc20.0362.us.1 = phi <8 x float> [ %1202, %p4.exit.us ], [ %1280, %p4.body.us.1 ]
  %acc19.0361.us.1 = phi <8 x float> [ %1199, %p4.exit.us ], [ %1273, %p4.body.us.1 ]
  %acc18.0360.us.1 = phi <8 x float> [ %1196, %p4.exit.us ], [ %1272, %p4.body.us.1 ]
  %acc17.0359.us.1 = phi <8 x float> [ %1193, %p4.exit.us ], [ %1265, %p4.body.us.1 ]
  %acc16.0358.us.1 = phi <8 x float> [ %1190, %p4.exit.us ], [ %1264, %p4.body.us.1 ]
  %1212 = shl nuw nsw i64 %p4.addr.0366.us.1, 5
  %1213 = or disjoint i64 %1212, 16
  %1214 = getelementptr inbounds float, ptr %work, i64 %1213
  %1215 = load <8 x float>, ptr %1214, align 4
  %1216 = or disjoint i64 %1212, 24
  %1217 = getelementptr inbounds float, ptr %work, i64 %1216
  %1218 = load <8 x float>, ptr %1217, align 4
  %1219 = or disjoint i64 %p4.addr.0366.us.1, %1981
  %1220 = getelementptr inbounds float, ptr %X, i64 %1219
  %1221 = load float, ptr %1220, align 4
  %1222 = fneg float %1221
  %1223 = insertelement <8 x float> poison, float %1222, i64 0
  %1224 = shufflevector <8 x float> %1223, <8 x float> poison, <8 x i32> zeroinitializer
  %1225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> %1215, <8 x float> %acc16.0358.us.1)
  %1226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1224, <8 x float> %1218, <8 x float> %acc17.0359.us.1)
  %1227 = or disjoint i64 %1219, 64
  %1228 = getelementptr inbounds float, ptr %X, i64 %1227
  %1229 = load float, ptr %1228, align 4
  %1230 = fneg float %1229
  %1231 = insertelement <8 x float> poison, float %1230, i64 0
  %1232 = shufflevector <8 x float> %1231, <8 x float> poison, <8 x i32> zeroinitializer
  %1233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> %1215, <8 x float> %acc18.0360.us.1)
  %1234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> %1218, <8 x float> %acc19.0361.us.1)
  %1235 = or disjoint i64 %1219, 128
  %1236 = getelementptr inbounds float, ptr %X, i64 %1235
  %1237 = load float, ptr %1236, align 4
  %1238 = fneg float %1237
  %1239 = insertelement <8 x float> poison, float %1238, i64 0
  %1240 = shufflevector <8 x float> %1239, <8 x float> poison, <8 x i32> zeroinitializer
  %1241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> %1215, <8 x float> %acc20.0362.us.1)
  %1242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> %1218, <8 x float> %acc21.0363.us.1)
  %1243 = or disjoint i64 %1219, 192
  %1244 = getelementptr inbounds float, ptr %X, i64 %1243
  %1245 = load float, ptr %1244, align 4
  %1246 = fneg float %1245
  %1247 = insertelement <8 x float> poison, float %1246, i64 0
  %1248 = shufflevector <8 x float> %1247, <8 x float> poison, <8 x i32> zeroinitializer
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1215, <8 x float> %acc22.0364.us.1)
  %1250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1218, <8 x float> %acc23.0365.us.1)
  %p4.next.us.1 = or disjoint i64 %p4.addr.0366.us.1, 1
  %1251 = shl nuw nsw i64 %p4.next.us.1, 5
  %1252 = or disjoint i64 %1251, 16
  %1253 = getelementptr inbounds float, ptr %work, i64 %1252
  %1254 = load <8 x float>, ptr %1253, align 4
  %1255 = or disjoint i64 %1251, 24
  %1256 = getelementptr inbounds float, ptr %work, i64 %1255
  %1257 = load <8 x float>, ptr %1256, align 4
  %1258 = or disjoint i64 %p4.next.us.1, %1981
  %1259 = getelementptr inbounds float, ptr %X, i64 %1258
  %1260 = load float, ptr %1259, align 4
  %1261 = fneg float %1260
  %1262 = insertelement <8 x float> poison, float %1261, i64 0
  %1263 = shufflevector <8 x float> %1262, <8 x float> poison, <8 x i32> zeroinitializer
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1254, <8 x float> %1225)
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1257, <8 x float> %1226)
  %1266 = or disjoint i64 %1258, 64
  %1267 = getelementptr inbounds float, ptr %X, i64 %1266
  %1268 = load float, ptr %1267, align 4
  %1269 = fneg float %1268
  %1270 = insertelement <8 x float> poison, float %1269, i64 0
  %1271 = shufflevector <8 x float> %1270, <8 x float> poison, <8 x i32> zeroinitializer
  %1272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1254, <8 x float> %1233)
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1257, <8 x float> %1234)
  %1274 = or disjoint i64 %1258, 128
  %1275 = getelementptr inbounds float, ptr %X, i64 %1274
  %1276 = load float, ptr %1275, align 4
  %1277 = fneg float %1276
  %1278 = insertelement <8 x float> poison, float %1277, i64 0
  %1279 = shufflevector <8 x float> %1278, <8 x float> poison, <8 x i32> zeroinitializer
  %1280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1254, <8 x float> %1241)
  %1281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1257, <8 x float> %1242)
  %1282 = or disjoint i64 %1258, 192
  %1283 = getelementptr inbounds float, ptr %X, i64 %1282
  %1284 = load float, ptr %1283, align 4
  %1285 = fneg float %1284
  %1286 = insertelement <8 x float> poison, float %1285, i64 0
  %1287 = shufflevector <8 x float> %1286, <8 x float> poison, <8 x i32> zeroinitializer
  %1288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1287, <8 x float> %1254, <8 x float> %1249)
  %1289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1287, <8 x float> %1257, <8 x float> %1250)
  %p4.next.us.1.1 = add nuw nsw i64 %p4.addr.0366.us.1, 2
  %exitcond523.1.not.1 = icmp eq i64 %p4.next.us.1.1, 32
  br i1 %exitcond523.1.not.1, label %p4.exit.us.1, label %p4.body.us.1

p4.exit.us.1:                                     ; preds = %p4.body.us.1
  store <8 x float> %1264, ptr %1189, align 4
  store <8 x float> %1265, ptr %1192, align 4
  store <8 x float> %1272, ptr %1195, align 4
  store <8 x float> %1273, ptr %1198, align 4
  store <8 x float> %1280, ptr %1201, align 4
  store <8 x float> %1281, ptr %1204, align 4
  store <8 x float> %1288, ptr %1207, align 4
  store <8 x float> %1289, ptr %1210, align 4
  %i10.next.us = add nuw nsw i64 %i10.addr.0368.us, 4
  %1290 = icmp ult i64 %i10.addr.0368.us, 60
  br i1 %1290, label %j10.head.preheader.us, label %j11.head.preheader.us

p4.body.us:                                       ; preds = %p4.body.us, %j10.head.preheader.us
  %p4.addr.0366.us = phi i64 [ 0, %j10.head.preheader.us ], [ %p4.next.us.11032, %p4.body.us ]
  %acc23.0365.us = phi <8 x float> [ %2005, %j10.head.preheader.us ], [ %1366, %p4.body.us ]
  %acc22.0364.us = phi <8 x float> [ %2002, %j10.head.preheader.us ], [ %1365, %p4.body.us ]
  %acc21.0363.us = phi <8 x float> [ %2000, %j10.head.preheader.us ], [ %1358, %p4.body.us ]
  %acc20.0362.us = phi <8 x float> [ %1997, %j10.head.preheader.us ], [ %1357, %p4.body.us ]
  %acc19.0361.us = phi <8 x float> [ %1995, %j10.head.preheader.us ], [ %1350, %p4.body.us ]
  %acc18.0360.us = phi <8 x float> [ %1992, %j10.head.preheader.us ], [ %1349, %p4.body.us ]
  %acc17.0359.us = phi <8 x float> [ %1990, %j10.head.preheader.us ], [ %1342, %p4.body.us ]
  %acc16.0358.us = phi <8 x float> [ %1987, %j10.head.preheader.us ], [ %1341, %p4.body.us ]
  %1291 = shl nuw nsw i64 %p4.addr.0366.us, 5
  %1292 = getelementptr inbounds float, ptr %work, i64 %1291
  %1293 = load <8 x float>, ptr %1292, align 4
  %1294 = or disjoint i64 %1291, 8
  %1295 = getelementptr inbounds float, ptr %work, i64 %1294
  %1296 = load <8 x float>, ptr %1295, align 4
  %1297 = or disjoint i64 %p4.addr.0366.us, %1981
  %1298 = getelementptr inbounds float, ptr %X, i64 %1297
  %1299 = load float, ptr %1298, align 4
  %1300 = fneg float %1299
  %1301 = insertelement <8 x float> poison, float %1300, i64 0
  %1302 = shufflevector <8 x float> %1301, <8 x float> poison, <8 x i32> zeroinitializer
  %1303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1302, <8 x float> %1293, <8 x float> %acc16.0358.us)
  %1304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1302, <8 x float> %1296, <8 x float> %acc17.0359.us)
  %1305 = or disjoint i64 %1297, 64
  %1306 = getelementptr inbounds float, ptr %X, i64 %1305
  %1307 = load float, ptr %1306, align 4
  %1308 = fneg float %1307
  %1309 = insertelement <8 x float> poison, float %1308, i64 0
  %1310 = shufflevector <8 x float> %1309, <8 x float> poison, <8 x i32> zeroinitializer
  %1311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1310, <8 x float> %1293, <8 x float> %acc18.0360.us)
  %1312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1310, <8 x float> %1296, <8 x float> %acc19.0361.us)
  %1313 = or disjoint i64 %1297, 128
  %1314 = getelementptr inbounds float, ptr %X, i64 %1313
  %1315 = load float, ptr %1314, align 4
  %1316 = fneg float %1315
  %1317 = insertelement <8 x float> poison, float %1316, i64 0
  %1318 = shufflevector <8 x float> %1317, <8 x float> poison, <8 x i32> zeroinitializer
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1293, <8 x float> %acc20.0362.us)
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1296, <8 x float> %acc21.0363.us)
  %1321 = or disjoint i64 %1297, 192
  %1322 = getelementptr inbounds float, ptr %X, i64 %1321
  %1323 = load float, ptr %1322, align 4
  %1324 = fneg float %1323
  %1325 = insertelement <8 x float> poison, float %1324, i64 0
  %1326 = shufflevector <8 x float> %1325, <8 x float> poison, <8 x i32> zeroinitializer
  %1327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1326, <8 x float> %1293, <8 x float> %acc22.0364.us)
  %1328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1326, <8 x float> %1296, <8 x float> %acc23.0365.us)
  %p4.next.us = or disjoint i64 %p4.addr.0366.us, 1
  %1329 = shl nuw nsw i64 %p4.next.us, 5
  %1330 = getelementptr inbounds float, ptr %work, i64 %1329
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = or disjoint i64 %1329, 8
  %1333 = getelementptr inbounds float, ptr %work, i64 %1332
  %1334 = load <8 x float>, ptr %1333, align 4
  %1335 = or disjoint i64 %p4.next.us, %1981
  %1336 = getelementptr inbounds float, ptr %X, i64 %1335
  %1337 = load float, ptr %1336, align 4
  %1338 = fneg float %1337
  %1339 = insertelement <8 x float> poison, float %1338, i64 0
  %1340 = shufflevector <8 x float> %1339, <8 x float> poison, <8 x i32> zeroinitializer
  %1341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1340, <8 x float> %1331, <8 x float> %1303)
  %1342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1340, <8 x float> %1334, <8 x float> %1304)
  %1343 = or disjoint i64 %1335, 64
  %1344 = getelementptr inbounds float, ptr %X, i64 %1343
  %1345 = load float, ptr %1344, align 4
  %1346 = fneg float %1345
  %1347 = insertelement <8 x float> poison, float %1346, i64 0
  %1348 = shufflevector <8 x float> %1347, <8 x float> poison, <8 x i32> zeroinitializer
  %1349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1331, <8 x float> %1311)
  %1350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1334, <8 x float> %1312)
  %1351 = or disjoint i64 %1335, 128
  %1352 = getelementptr inbounds float, ptr %X, i64 %1351
  %1353 = load float, ptr %1352, align 4
  %1354 = fneg float %1353
  %1355 = insertelement <8 x float> poison, float %1354, i64 0
  %1356 = shufflevector <8 x float> %1355, <8 x float> poison, <8 x i32> zeroinitializer
  %1357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1356, <8 x float> %1331, <8 x float> %1319)
  %1358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1356, <8 x float> %1334, <8 x float> %1320)
  %1359 = or disjoint i64 %1335, 192
  %1360 = getelementptr inbounds float, ptr %X, i64 %1359
  %1361 = load float, ptr %1360, align 4
  %1362 = fneg float %1361
  %1363 = insertelement <8 x float> poison, float %1362, i64 0
  %1364 = shufflevector <8 x float> %1363, <8 x float> poison, <8 x i32> zeroinitializer
  %1365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> %1331, <8 x float> %1327)
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> %1334, <8 x float> %1328)
  %p4.next.us.11032 = add nuw nsw i64 %p4.addr.0366.us, 2
  %exitcond523.not.1 = icmp eq i64 %p4.next.us.11032, 32
  br i1 %exitcond523.not.1, label %p4.exit.us, label %p4.body.us

i9.body.us:                                       ; preds = %i8.body.us, %j9.exit.us
  %indvar1008 = phi i64 [ %indvar.next1009, %j9.exit.us ], [ 0, %i8.body.us ]
  %i9.addr.0357.us = phi i64 [ %i9.next.us, %j9.exit.us ], [ 1, %i8.body.us ]
  %1367 = shl nuw nsw i64 %i9.addr.0357.us, 6
  %1368 = getelementptr inbounds float, ptr %X, i64 %1367
  %1369 = load <8 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1367, 8
  %1371 = getelementptr inbounds float, ptr %X, i64 %1370
  %1372 = load <8 x float>, ptr %1371, align 4
  %1373 = or disjoint i64 %1367, 16
  %1374 = getelementptr inbounds float, ptr %X, i64 %1373
  %1375 = load <8 x float>, ptr %1374, align 4
  %1376 = or disjoint i64 %1367, 24
  %1377 = getelementptr inbounds float, ptr %X, i64 %1376
  %1378 = load <8 x float>, ptr %1377, align 4
  %1379 = or disjoint i64 %1367, 32
  %1380 = getelementptr inbounds float, ptr %X, i64 %1379
  %1381 = load <8 x float>, ptr %1380, align 4
  %1382 = or disjoint i64 %1367, 40
  %1383 = getelementptr inbounds float, ptr %X, i64 %1382
  %1384 = load <8 x float>, ptr %1383, align 4
  %1385 = or disjoint i64 %1367, 48
  %1386 = getelementptr inbounds float, ptr %X, i64 %1385
  %1387 = load <8 x float>, ptr %1386, align 4
  %1388 = or disjoint i64 %1367, 56
  %1389 = getelementptr inbounds float, ptr %X, i64 %1388
  %1390 = load <8 x float>, ptr %1389, align 4
  %1391 = getelementptr inbounds float, ptr %A, i64 %1367
  %xtraiter1010 = and i64 %i9.addr.0357.us, 1
  %1392 = icmp eq i64 %indvar1008, 0
  br i1 %1392, label %j9.exit.us.unr-lcssa, label %i9.body.us.new

i9.body.us.new:                                   ; preds = %i9.body.us
  %unroll_iter1021 = and i64 %i9.addr.0357.us, 9223372036854775806
  br label %j9.body.us

j9.exit.us.unr-lcssa:                             ; preds = %j9.body.us, %i9.body.us
  %.lcssa899.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1475, %j9.body.us ]
  %.lcssa898.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1479, %j9.body.us ]
  %.lcssa897.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1483, %j9.body.us ]
  %.lcssa896.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1487, %j9.body.us ]
  %.lcssa895.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1491, %j9.body.us ]
  %.lcssa894.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1495, %j9.body.us ]
  %.lcssa893.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1499, %j9.body.us ]
  %.lcssa892.ph = phi <8 x float> [ poison, %i9.body.us ], [ %1503, %j9.body.us ]
  %acc8.0356.us.unr = phi <8 x float> [ %1369, %i9.body.us ], [ %1475, %j9.body.us ]
  %acc940.0355.us.unr = phi <8 x float> [ %1372, %i9.body.us ], [ %1479, %j9.body.us ]
  %j9.addr.0354.us.unr = phi i64 [ 0, %i9.body.us ], [ %j9.next.us.1, %j9.body.us ]
  %acc15.0353.us.unr = phi <8 x float> [ %1390, %i9.body.us ], [ %1503, %j9.body.us ]
  %acc14.0352.us.unr = phi <8 x float> [ %1387, %i9.body.us ], [ %1499, %j9.body.us ]
  %acc13.0351.us.unr = phi <8 x float> [ %1384, %i9.body.us ], [ %1495, %j9.body.us ]
  %acc12.0350.us.unr = phi <8 x float> [ %1381, %i9.body.us ], [ %1491, %j9.body.us ]
  %acc11.0349.us.unr = phi <8 x float> [ %1378, %i9.body.us ], [ %1487, %j9.body.us ]
  %acc10.0348.us.unr = phi <8 x float> [ %1375, %i9.body.us ], [ %1483, %j9.body.us ]
  %lcmp.mod1012.not = icmp eq i64 %xtraiter1010, 0
  br i1 %lcmp.mod1012.not, label %j9.exit.us, label %j9.body.us.epil

j9.body.us.epil:                                  ; preds = %j9.exit.us.unr-lcssa
  %1393 = getelementptr inbounds float, ptr %1391, i64 %j9.addr.0354.us.unr
  %1394 = load float, ptr %1393, align 4
  %1395 = fneg float %1394
  %1396 = shl nsw i64 %j9.addr.0354.us.unr, 6
  %1397 = getelementptr inbounds float, ptr %X, i64 %1396
  %1398 = load <8 x float>, ptr %1397, align 4
  %1399 = insertelement <8 x float> poison, float %1395, i64 0
  %1400 = shufflevector <8 x float> %1399, <8 x float> poison, <8 x i32> zeroinitializer
  %1401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1398, <8 x float> %acc8.0356.us.unr)
  %1402 = or disjoint i64 %1396, 8
  %1403 = getelementptr inbounds float, ptr %X, i64 %1402
  %1404 = load <8 x float>, ptr %1403, align 4
  %1405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1404, <8 x float> %acc940.0355.us.unr)
  %1406 = or disjoint i64 %1396, 16
  %1407 = getelementptr inbounds float, ptr %X, i64 %1406
  %1408 = load <8 x float>, ptr %1407, align 4
  %1409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1408, <8 x float> %acc10.0348.us.unr)
  %1410 = or disjoint i64 %1396, 24
  %1411 = getelementptr inbounds float, ptr %X, i64 %1410
  %1412 = load <8 x float>, ptr %1411, align 4
  %1413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1412, <8 x float> %acc11.0349.us.unr)
  %1414 = or disjoint i64 %1396, 32
  %1415 = getelementptr inbounds float, ptr %X, i64 %1414
  %1416 = load <8 x float>, ptr %1415, align 4
  %1417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1416, <8 x float> %acc12.0350.us.unr)
  %1418 = or disjoint i64 %1396, 40
  %1419 = getelementptr inbounds float, ptr %X, i64 %1418
  %1420 = load <8 x float>, ptr %1419, align 4
  %1421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1420, <8 x float> %acc13.0351.us.unr)
  %1422 = or disjoint i64 %1396, 48
  %1423 = getelementptr inbounds float, ptr %X, i64 %1422
  %1424 = load <8 x float>, ptr %1423, align 4
  %1425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1424, <8 x float> %acc14.0352.us.unr)
  %1426 = or disjoint i64 %1396, 56
  %1427 = getelementptr inbounds float, ptr %X, i64 %1426
  %1428 = load <8 x float>, ptr %1427, align 4
  %1429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1428, <8 x float> %acc15.0353.us.unr)
  br label %j9.exit.us

j9.exit.us:                                       ; preds = %j9.exit.us.unr-lcssa, %j9.body.us.epil
  %.lcssa899 = phi <8 x float> [ %.lcssa899.ph, %j9.exit.us.unr-lcssa ], [ %1401, %j9.body.us.epil ]
  %.lcssa898 = phi <8 x float> [ %.lcssa898.ph, %j9.exit.us.unr-lcssa ], [ %1405, %j9.body.us.epil ]
  %.lcssa897 = phi <8 x float> [ %.lcssa897.ph, %j9.exit.us.unr-lcssa ], [ %1409, %j9.body.us.epil ]
  %.lcssa896 = phi <8 x float> [ %.lcssa896.ph, %j9.exit.us.unr-lcssa ], [ %1413, %j9.body.us.epil ]
  %.lcssa895 = phi <8 x float> [ %.lcssa895.ph, %j9.exit.us.unr-lcssa ], [ %1417, %j9.body.us.epil ]
  %.lcssa894 = phi <8 x float> [ %.lcssa894.ph, %j9.exit.us.unr-lcssa ], [ %1421, %j9.body.us.epil ]
  %.lcssa893 = phi <8 x float> [ %.lcssa893.ph, %j9.exit.us.unr-lcssa ], [ %1425, %j9.body.us.epil ]
  %.lcssa892 = phi <8 x float> [ %.lcssa892.ph, %j9.exit.us.unr-lcssa ], [ %1429, %j9.body.us.epil ]
  store <8 x float> %.lcssa899, ptr %1368, align 4
  store <8 x float> %.lcssa898, ptr %1371, align 4
  store <8 x float> %.lcssa897, ptr %1374, align 4
  store <8 x float> %.lcssa896, ptr %1377, align 4
  store <8 x float> %.lcssa895, ptr %1380, align 4
  store <8 x float> %.lcssa894, ptr %1383, align 4
  store <8 x float> %.lcssa893, ptr %1386, align 4
  store <8 x float> %.lcssa892, ptr %1389, align 4
  %i9.next.us = add nuw nsw i64 %i9.addr.0357.us, 1
  %exitcond522.not = icmp eq i64 %i9.next.us, 64
  %indvar.next1009 = add i64 %indvar1008, 1
  br i1 %exitcond522.not, label %j10.head.preheader.us, label %i9.body.us

j9.body.us:                                       ; preds = %j9.body.us, %i9.body.us.new
  %acc8.0356.us = phi <8 x float> [ %1369, %i9.body.us.new ], [ %1475, %j9.body.us ]
  %acc940.0355.us = phi <8 x float> [ %1372, %i9.body.us.new ], [ %1479, %j9.body.us ]
  %j9.addr.0354.us = phi i64 [ 0, %i9.body.us.new ], [ %j9.next.us.1, %j9.body.us ]
  %acc15.0353.us = phi <8 x float> [ %1390, %i9.body.us.new ], [ %1503, %j9.body.us ]
  %acc14.0352.us = phi <8 x float> [ %1387, %i9.body.us.new ], [ %1499, %j9.body.us ]
  %acc13.0351.us = phi <8 x float> [ %1384, %i9.body.us.new ], [ %1495, %j9.body.us ]
  %acc12.0350.us = phi <8 x float> [ %1381, %i9.body.us.new ], [ %1491, %j9.body.us ]
  %acc11.0349.us = phi <8 x float> [ %1378, %i9.body.us.new ], [ %1487, %j9.body.us ]
  %acc10.0348.us = phi <8 x float> [ %1375, %i9.body.us.new ], [ %1483, %j9.body.us ]
  %niter1022 = phi i64 [ 0, %i9.body.us.new ], [ %niter1022.next.1, %j9.body.us ]
  %1430 = getelementptr inbounds float, ptr %1391, i64 %j9.addr.0354.us
  %1431 = load float, ptr %1430, align 4
  %1432 = fneg float %1431
  %1433 = shl nsw i64 %j9.addr.0354.us, 6
  %1434 = getelementptr inbounds float, ptr %X, i64 %1433
  %1435 = load <8 x float>, ptr %1434, align 4
  %1436 = insertelement <8 x float> poison, float %1432, i64 0
  %1437 = shufflevector <8 x float> %1436, <8 x float> poison, <8 x i32> zeroinitializer
  %1438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1435, <8 x float> %acc8.0356.us)
  %1439 = or disjoint i64 %1433, 8
  %1440 = getelementptr inbounds float, ptr %X, i64 %1439
  %1441 = load <8 x float>, ptr %1440, align 4
  %1442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1441, <8 x float> %acc940.0355.us)
  %1443 = or disjoint i64 %1433, 16
  %1444 = getelementptr inbounds float, ptr %X, i64 %1443
  %1445 = load <8 x float>, ptr %1444, align 4
  %1446 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1445, <8 x float> %acc10.0348.us)
  %1447 = or disjoint i64 %1433, 24
  %1448 = getelementptr inbounds float, ptr %X, i64 %1447
  %1449 = load <8 x float>, ptr %1448, align 4
  %1450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1449, <8 x float> %acc11.0349.us)
  %1451 = or disjoint i64 %1433, 32
  %1452 = getelementptr inbounds float, ptr %X, i64 %1451
  %1453 = load <8 x float>, ptr %1452, align 4
  %1454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1453, <8 x float> %acc12.0350.us)
  %1455 = or disjoint i64 %1433, 40
  %1456 = getelementptr inbounds float, ptr %X, i64 %1455
  %1457 = load <8 x float>, ptr %1456, align 4
  %1458 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1457, <8 x float> %acc13.0351.us)
  %1459 = or disjoint i64 %1433, 48
  %1460 = getelementptr inbounds float, ptr %X, i64 %1459
  %1461 = load <8 x float>, ptr %1460, align 4
  %1462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1461, <8 x float> %acc14.0352.us)
  %1463 = or disjoint i64 %1433, 56
  %1464 = getelementptr inbounds float, ptr %X, i64 %1463
  %1465 = load <8 x float>, ptr %1464, align 4
  %1466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1437, <8 x float> %1465, <8 x float> %acc15.0353.us)
  %j9.next.us = or disjoint i64 %j9.addr.0354.us, 1
  %1467 = getelementptr inbounds float, ptr %1391, i64 %j9.next.us
  %1468 = load float, ptr %1467, align 4
  %1469 = fneg float %1468
  %1470 = shl nsw i64 %j9.next.us, 6
  %1471 = getelementptr inbounds float, ptr %X, i64 %1470
  %1472 = load <8 x float>, ptr %1471, align 4
  %1473 = insertelement <8 x float> poison, float %1469, i64 0
  %1474 = shufflevector <8 x float> %1473, <8 x float> poison, <8 x i32> zeroinitializer
  %1475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1472, <8 x float> %1438)
  %1476 = or disjoint i64 %1470, 8
  %1477 = getelementptr inbounds float, ptr %X, i64 %1476
  %1478 = load <8 x float>, ptr %1477, align 4
  %1479 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1478, <8 x float> %1442)
  %1480 = or disjoint i64 %1470, 16
  %1481 = getelementptr inbounds float, ptr %X, i64 %1480
  %1482 = load <8 x float>, ptr %1481, align 4
  %1483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1482, <8 x float> %1446)
  %1484 = or disjoint i64 %1470, 24
  %1485 = getelementptr inbounds float, ptr %X, i64 %1484
  %1486 = load <8 x float>, ptr %1485, align 4
  %1487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1486, <8 x float> %1450)
  %1488 = or disjoint i64 %1470, 32
  %1489 = getelementptr inbounds float, ptr %X, i64 %1488
  %1490 = load <8 x float>, ptr %1489, align 4
  %1491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1490, <8 x float> %1454)
  %1492 = or disjoint i64 %1470, 40
  %1493 = getelementptr inbounds float, ptr %X, i64 %1492
  %1494 = load <8 x float>, ptr %1493, align 4
  %1495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1494, <8 x float> %1458)
  %1496 = or disjoint i64 %1470, 48
  %1497 = getelementptr inbounds float, ptr %X, i64 %1496
  %1498 = load <8 x float>, ptr %1497, align 4
  %1499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1498, <8 x float> %1462)
  %1500 = or disjoint i64 %1470, 56
  %1501 = getelementptr inbounds float, ptr %X, i64 %1500
  %1502 = load <8 x float>, ptr %1501, align 4
  %1503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1474, <8 x float> %1502, <8 x float> %1466)
  %j9.next.us.1 = add nuw nsw i64 %j9.addr.0354.us, 2
  %niter1022.next.1 = add i64 %niter1022, 2
  %niter1022.ncmp.1 = icmp eq i64 %niter1022.next.1, %unroll_iter1021
  br i1 %niter1022.ncmp.1, label %j9.exit.us.unr-lcssa, label %j9.body.us

i8.body.us:                                       ; preds = %p3.exit.us.3, %i8.body.us
  %i8.addr.0347.us = phi i64 [ %i8.next.us, %i8.body.us ], [ 0, %p3.exit.us.3 ]
  %broadcast.splatinsert858 = insertelement <8 x i64> poison, i64 %i8.addr.0347.us, i64 0
  %broadcast.splat859 = shufflevector <8 x i64> %broadcast.splatinsert858, <8 x i64> poison, <8 x i32> zeroinitializer
  %1504 = getelementptr inbounds float, ptr %bet, i64 %i8.addr.0347.us
  %1505 = load float, ptr %1504, align 4
  %broadcast.splatinsert856 = insertelement <8 x float> poison, float %1505, i64 0
  %broadcast.splat857 = shufflevector <8 x float> %broadcast.splatinsert856, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx433 = shl nsw i64 %i8.addr.0347.us, 8
  %invariant.gep689 = getelementptr inbounds i8, ptr %A, i64 %.idx433
  %1506 = getelementptr inbounds i8, ptr %invariant.gep689, i64 32
  %1507 = getelementptr inbounds i8, ptr %invariant.gep689, i64 64
  %1508 = getelementptr inbounds i8, ptr %invariant.gep689, i64 96
  %wide.load852 = load <8 x float>, ptr %invariant.gep689, align 4
  %wide.load853 = load <8 x float>, ptr %1506, align 4
  %wide.load854 = load <8 x float>, ptr %1507, align 4
  %wide.load855 = load <8 x float>, ptr %1508, align 4
  %1509 = fmul <8 x float> %broadcast.splat857, %wide.load852
  %1510 = fmul <8 x float> %broadcast.splat857, %wide.load853
  %1511 = fmul <8 x float> %broadcast.splat857, %wide.load854
  %1512 = fmul <8 x float> %broadcast.splat857, %wide.load855
  %1513 = icmp ugt <8 x i64> %broadcast.splat859, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1514 = icmp ugt <8 x i64> %broadcast.splat859, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1515 = icmp ugt <8 x i64> %broadcast.splat859, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1516 = icmp ugt <8 x i64> %broadcast.splat859, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1517 = select <8 x i1> %1513, <8 x float> %1509, <8 x float> zeroinitializer
  %1518 = select <8 x i1> %1514, <8 x float> %1510, <8 x float> zeroinitializer
  %1519 = select <8 x i1> %1515, <8 x float> %1511, <8 x float> zeroinitializer
  %1520 = select <8 x i1> %1516, <8 x float> %1512, <8 x float> zeroinitializer
  store <8 x float> %1517, ptr %invariant.gep689, align 4
  store <8 x float> %1518, ptr %1506, align 4
  store <8 x float> %1519, ptr %1507, align 4
  store <8 x float> %1520, ptr %1508, align 4
  %1521 = getelementptr inbounds i8, ptr %invariant.gep689, i64 128
  %1522 = getelementptr inbounds i8, ptr %invariant.gep689, i64 160
  %1523 = getelementptr inbounds i8, ptr %invariant.gep689, i64 192
  %1524 = getelementptr inbounds i8, ptr %invariant.gep689, i64 224
  %wide.load852.1 = load <8 x float>, ptr %1521, align 4
  %wide.load853.1 = load <8 x float>, ptr %1522, align 4
  %wide.load854.1 = load <8 x float>, ptr %1523, align 4
  %wide.load855.1 = load <8 x float>, ptr %1524, align 4
  %1525 = fmul <8 x float> %broadcast.splat857, %wide.load852.1
  %1526 = fmul <8 x float> %broadcast.splat857, %wide.load853.1
  %1527 = fmul <8 x float> %broadcast.splat857, %wide.load854.1
  %1528 = fmul <8 x float> %broadcast.splat857, %wide.load855.1
  %1529 = icmp ugt <8 x i64> %broadcast.splat859, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1530 = icmp ugt <8 x i64> %broadcast.splat859, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1531 = icmp ugt <8 x i64> %broadcast.splat859, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1532 = icmp ugt <8 x i64> %broadcast.splat859, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1533 = select <8 x i1> %1529, <8 x float> %1525, <8 x float> zeroinitializer
  %1534 = select <8 x i1> %1530, <8 x float> %1526, <8 x float> zeroinitializer
  %1535 = select <8 x i1> %1531, <8 x float> %1527, <8 x float> zeroinitializer
  %1536 = select <8 x i1> %1532, <8 x float> %1528, <8 x float> zeroinitializer
  store <8 x float> %1533, ptr %1521, align 4
  store <8 x float> %1534, ptr %1522, align 4
  store <8 x float> %1535, ptr %1523, align 4
  store <8 x float> %1536, ptr %1524, align 4
  %i8.next.us = add nuw nsw i64 %i8.addr.0347.us, 1
  %exitcond520.not = icmp eq i64 %i8.next.us, 64
  br i1 %exitcond520.not, label %i9.body.us, label %i8.body.us

p3.exit.us:                                       ; preds = %p3.body.us
  %1537 = getelementptr inbounds float, ptr %A, i64 %2007
  store <8 x float> %1853, ptr %1537, align 4
  %1538 = or disjoint i64 %2007, 8
  %1539 = getelementptr inbounds float, ptr %A, i64 %1538
  store <8 x float> %1854, ptr %1539, align 4
  %1540 = getelementptr inbounds float, ptr %A, i64 %2008
  store <8 x float> %1860, ptr %1540, align 4
  %1541 = or disjoint i64 %2007, 72
  %1542 = getelementptr inbounds float, ptr %A, i64 %1541
  store <8 x float> %1861, ptr %1542, align 4
  %1543 = getelementptr inbounds float, ptr %A, i64 %2009
  store <8 x float> %1867, ptr %1543, align 4
  %1544 = or disjoint i64 %2007, 136
  %1545 = getelementptr inbounds float, ptr %A, i64 %1544
  store <8 x float> %1868, ptr %1545, align 4
  %1546 = getelementptr inbounds float, ptr %A, i64 %2010
  store <8 x float> %1874, ptr %1546, align 4
  %1547 = or disjoint i64 %2007, 200
  %1548 = getelementptr inbounds float, ptr %A, i64 %1547
  store <8 x float> %1875, ptr %1548, align 4
  br label %p3.body.us.1

p3.body.us.1:                                     ; preds = %p3.body.us.1, %p3.exit.us
  %acc.0343.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1596, %p3.body.us.1 ]
  %acc1.0342.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1597, %p3.body.us.1 ]
  %acc2.0341.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1603, %p3.body.us.1 ]
  %acc3.0340.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1604, %p3.body.us.1 ]
  %acc4.0339.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1610, %p3.body.us.1 ]
  %acc5.0338.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1611, %p3.body.us.1 ]
  %acc6.0337.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1617, %p3.body.us.1 ]
  %acc7.0336.us.1 = phi <8 x float> [ zeroinitializer, %p3.exit.us ], [ %1618, %p3.body.us.1 ]
  %p3.addr.0335.us.1 = phi i64 [ 0, %p3.exit.us ], [ %p3.next.us.1.1, %p3.body.us.1 ]
  %1549 = shl nuw nsw i64 %p3.addr.0335.us.1, 6
  %1550 = or disjoint i64 %1549, 16
  %1551 = getelementptr inbounds float, ptr %KT, i64 %1550
  %1552 = load <8 x float>, ptr %1551, align 4
  %1553 = or disjoint i64 %1549, 24
  %1554 = getelementptr inbounds float, ptr %KT, i64 %1553
  %1555 = load <8 x float>, ptr %1554, align 4
  %1556 = add nuw nsw i64 %p3.addr.0335.us.1, %2006
  %1557 = getelementptr inbounds float, ptr %Kc, i64 %1556
  %1558 = load float, ptr %1557, align 4
  %1559 = insertelement <8 x float> poison, float %1558, i64 0
  %1560 = shufflevector <8 x float> %1559, <8 x float> poison, <8 x i32> zeroinitializer
  %1561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1560, <8 x float> %1552, <8 x float> %acc.0343.us.1)
  %1562 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1560, <8 x float> %1555, <8 x float> %acc1.0342.us.1)
  %1563 = or disjoint i64 %1556, 32
  %1564 = getelementptr inbounds float, ptr %Kc, i64 %1563
  %1565 = load float, ptr %1564, align 4
  %1566 = insertelement <8 x float> poison, float %1565, i64 0
  %1567 = shufflevector <8 x float> %1566, <8 x float> poison, <8 x i32> zeroinitializer
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1567, <8 x float> %1552, <8 x float> %acc2.0341.us.1)
  %1569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1567, <8 x float> %1555, <8 x float> %acc3.0340.us.1)
  %1570 = or disjoint i64 %1556, 64
  %1571 = getelementptr inbounds float, ptr %Kc, i64 %1570
  %1572 = load float, ptr %1571, align 4
  %1573 = insertelement <8 x float> poison, float %1572, i64 0
  %1574 = shufflevector <8 x float> %1573, <8 x float> poison, <8 x i32> zeroinitializer
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1552, <8 x float> %acc4.0339.us.1)
  %1576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1555, <8 x float> %acc5.0338.us.1)
  %1577 = or disjoint i64 %1556, 96
  %1578 = getelementptr inbounds float, ptr %Kc, i64 %1577
  %1579 = load float, ptr %1578, align 4
  %1580 = insertelement <8 x float> poison, float %1579, i64 0
  %1581 = shufflevector <8 x float> %1580, <8 x float> poison, <8 x i32> zeroinitializer
  %1582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1581, <8 x float> %1552, <8 x float> %acc6.0337.us.1)
  %1583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1581, <8 x float> %1555, <8 x float> %acc7.0336.us.1)
  %p3.next.us.1 = or disjoint i64 %p3.addr.0335.us.1, 1
  %1584 = shl nuw nsw i64 %p3.next.us.1, 6
  %1585 = or disjoint i64 %1584, 16
  %1586 = getelementptr inbounds float, ptr %KT, i64 %1585
  %1587 = load <8 x float>, ptr %1586, align 4
  %1588 = or disjoint i64 %1584, 24
  %1589 = getelementptr inbounds float, ptr %KT, i64 %1588
  %1590 = load <8 x float>, ptr %1589, align 4
  %1591 = add nuw nsw i64 %p3.next.us.1, %2006
  %1592 = getelementptr inbounds float, ptr %Kc, i64 %1591
  %1593 = load float, ptr %1592, align 4
  %1594 = insertelement <8 x float> poison, float %1593, i64 0
  %1595 = shufflevector <8 x float> %1594, <8 x float> poison, <8 x i32> zeroinitializer
  %1596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %1587, <8 x float> %1561)
  %1597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %1590, <8 x float> %1562)
  %1598 = or disjoint i64 %1591, 32
  %1599 = getelementptr inbounds float, ptr %Kc, i64 %1598
  %1600 = load float, ptr %1599, align 4
  %1601 = insertelement <8 x float> poison, float %1600, i64 0
  %1602 = shufflevector <8 x float> %1601, <8 x float> poison, <8 x i32> zeroinitializer
  %1603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1587, <8 x float> %1568)
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1590, <8 x float> %1569)
  %1605 = or disjoint i64 %1591, 64
  %1606 = getelementptr inbounds float, ptr %Kc, i64 %1605
  %1607 = load float, ptr %1606, align 4
  %1608 = insertelement <8 x float> poison, float %1607, i64 0
  %1609 = shufflevector <8 x float> %1608, <8 x float> poison, <8 x i32> zeroinitializer
  %1610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1609, <8 x float> %1587, <8 x float> %1575)
  %1611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1609, <8 x float> %1590, <8 x float> %1576)
  %1612 = or disjoint i64 %1591, 96
  %1613 = getelementptr inbounds float, ptr %Kc, i64 %1612
  %1614 = load float, ptr %1613, align 4
  %1615 = insertelement <8 x float> poison, float %1614, i64 0
  %1616 = shufflevector <8 x float> %1615, <8 x float> poison, <8 x i32> zeroinitializer
  %1617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1616, <8 x float> %1587, <8 x float> %1582)
  %1618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1616, <8 x float> %1590, <8 x float> %1583)
  %p3.next.us.1.1 = add nuw nsw i64 %p3.addr.0335.us.1, 2
  %exitcond518.1.not.1 = icmp eq i64 %p3.next.us.1.1, 32
  br i1 %exitcond518.1.not.1, label %p3.exit.us.1, label %p3.body.us.1

p3.exit.us.1:                                     ; preds = %p3.body.us.1
  %1619 = or disjoint i64 %2007, 16
  %1620 = getelementptr inbounds float, ptr %A, i64 %1619
  store <8 x float> %1596, ptr %1620, align 4
  %1621 = or disjoint i64 %2007, 24
  %1622 = getelementptr inbounds float, ptr %A, i64 %1621
  store <8 x float> %1597, ptr %1622, align 4
  %1623 = or disjoint i64 %2007, 80
  %1624 = getelementptr inbounds float, ptr %A, i64 %1623
  store <8 x float> %1603, ptr %1624, align 4
  %1625 = or disjoint i64 %2007, 88
  %1626 = getelementptr inbounds float, ptr %A, i64 %1625
  store <8 x float> %1604, ptr %1626, align 4
  %1627 = or disjoint i64 %2007, 144
  %1628 = getelementptr inbounds float, ptr %A, i64 %1627
  store <8 x float> %1610, ptr %1628, align 4
  %1629 = or disjoint i64 %2007, 152
  %1630 = getelementptr inbounds float, ptr %A, i64 %1629
  store <8 x float> %1611, ptr %1630, align 4
  %1631 = or disjoint i64 %2007, 208
  %1632 = getelementptr inbounds float, ptr %A, i64 %1631
  store <8 x float> %1617, ptr %1632, align 4
  %1633 = or disjoint i64 %2007, 216
  %1634 = getelementptr inbounds float, ptr %A, i64 %1633
  store <8 x float> %1618, ptr %1634, align 4
  br label %p3.body.us.2

p3.body.us.2:                                     ; preds = %p3.body.us.2, %p3.exit.us.1
  %acc.0343.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1682, %p3.body.us.2 ]
  %acc1.0342.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1683, %p3.body.us.2 ]
  %acc2.0341.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1689, %p3.body.us.2 ]
  %acc3.0340.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1690, %p3.body.us.2 ]
  %acc4.0339.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1696, %p3.body.us.2 ]
  %acc5.0338.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1697, %p3.body.us.2 ]
  %acc6.0337.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1703, %p3.body.us.2 ]
  %acc7.0336.us.2 = phi <8 x float> [ zeroinitializer, %p3.exit.us.1 ], [ %1704, %p3.body.us.2 ]
  %p3.addr.0335.us.2 = phi i64 [ 0, %p3.exit.us.1 ], [ %p3.next.us.2.1, %p3.body.us.2 ]
  %1635 = shl nuw nsw i64 %p3.addr.0335.us.2, 6
  %1636 = or disjoint i64 %1635, 32
  %1637 = getelementptr inbounds float, ptr %KT, i64 %1636
  %1638 = load <8 x float>, ptr %1637, align 4
  %1639 = or disjoint i64 %1635, 40
  %1640 = getelementptr inbounds float, ptr %KT, i64 %1639
  %1641 = load <8 x float>, ptr %1640, align 4
  %1642 = add nuw nsw i64 %p3.addr.0335.us.2, %2006
  %1643 = getelementptr inbounds float, ptr %Kc, i64 %1642
  %1644 = load float, ptr %1643, align 4
  %1645 = insertelement <8 x float> poison, float %1644, i64 0
  %1646 = shufflevector <8 x float> %1645, <8 x float> poison, <8 x i32> zeroinitializer
  %1647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1646, <8 x float> %1638, <8 x float> %acc.0343.us.2)
  %1648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1646, <8 x float> %1641, <8 x float> %acc1.0342.us.2)
  %1649 = or disjoint i64 %1642, 32
  %1650 = getelementptr inbounds float, ptr %Kc, i64 %1649
  %1651 = load float, ptr %1650, align 4
  %1652 = insertelement <8 x float> poison, float %1651, i64 0
  %1653 = shufflevector <8 x float> %1652, <8 x float> poison, <8 x i32> zeroinitializer
  %1654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1653, <8 x float> %1638, <8 x float> %acc2.0341.us.2)
  %1655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1653, <8 x float> %1641, <8 x float> %acc3.0340.us.2)
  %1656 = or disjoint i64 %1642, 64
  %1657 = getelementptr inbounds float, ptr %Kc, i64 %1656
  %1658 = load float, ptr %1657, align 4
  %1659 = insertelement <8 x float> poison, float %1658, i64 0
  %1660 = shufflevector <8 x float> %1659, <8 x float> poison, <8 x i32> zeroinitializer
  %1661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1638, <8 x float> %acc4.0339.us.2)
  %1662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1641, <8 x float> %acc5.0338.us.2)
  %1663 = or disjoint i64 %1642, 96
  %1664 = getelementptr inbounds float, ptr %Kc, i64 %1663
  %1665 = load float, ptr %1664, align 4
  %1666 = insertelement <8 x float> poison, float %1665, i64 0
  %1667 = shufflevector <8 x float> %1666, <8 x float> poison, <8 x i32> zeroinitializer
  %1668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1667, <8 x float> %1638, <8 x float> %acc6.0337.us.2)
  %1669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1667, <8 x float> %1641, <8 x float> %acc7.0336.us.2)
  %p3.next.us.2 = or disjoint i64 %p3.addr.0335.us.2, 1
  %1670 = shl nuw nsw i64 %p3.next.us.2, 6
  %1671 = or disjoint i64 %1670, 32
  %1672 = getelementptr inbounds float, ptr %KT, i64 %1671
  %1673 = load <8 x float>, ptr %1672, align 4
  %1674 = or disjoint i64 %1670, 40
  %1675 = getelementptr inbounds float, ptr %KT, i64 %1674
  %1676 = load <8 x float>, ptr %1675, align 4
  %1677 = add nuw nsw i64 %p3.next.us.2, %2006
  %1678 = getelementptr inbounds float, ptr %Kc, i64 %1677
  %1679 = load float, ptr %1678, align 4
  %1680 = insertelement <8 x float> poison, float %1679, i64 0
  %1681 = shufflevector <8 x float> %1680, <8 x float> poison, <8 x i32> zeroinitializer
  %1682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1681, <8 x float> %1673, <8 x float> %1647)
  %1683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1681, <8 x float> %1676, <8 x float> %1648)
  %1684 = or disjoint i64 %1677, 32
  %1685 = getelementptr inbounds float, ptr %Kc, i64 %1684
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <8 x float> poison, float %1686, i64 0
  %1688 = shufflevector <8 x float> %1687, <8 x float> poison, <8 x i32> zeroinitializer
  %1689 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> %1673, <8 x float> %1654)
  %1690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> %1676, <8 x float> %1655)
  %1691 = or disjoint i64 %1677, 64
  %1692 = getelementptr inbounds float, ptr %Kc, i64 %1691
  %1693 = load float, ptr %1692, align 4
  %1694 = insertelement <8 x float> poison, float %1693, i64 0
  %1695 = shufflevector <8 x float> %1694, <8 x float> poison, <8 x i32> zeroinitializer
  %1696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1695, <8 x float> %1673, <8 x float> %1661)
  %1697 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1695, <8 x float> %1676, <8 x float> %1662)
  %1698 = or disjoint i64 %1677, 96
  %1699 = getelementptr inbounds float, ptr %Kc, i64 %1698
  %1700 = load float, ptr %1699, align 4
  %1701 = insertelement <8 x float> poison, float %1700, i64 0
  %1702 = shufflevector <8 x float> %1701, <8 x float> poison, <8 x i32> zeroinitializer
  %1703 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1702, <8 x float> %1673, <8 x float> %1668)
  %1704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1702, <8 x float> %1676, <8 x float> %1669)
  %p3.next.us.2.1 = add nuw nsw i64 %p3.addr.0335.us.2, 2
  %exitcond518.2.not.1 = icmp eq i64 %p3.next.us.2.1, 32
  br i1 %exitcond518.2.not.1, label %p3.exit.us.2, label %p3.body.us.2

p3.exit.us.2:                                     ; preds = %p3.body.us.2
  %1705 = or disjoint i64 %2007, 32
  %1706 = getelementptr inbounds float, ptr %A, i64 %1705
  store <8 x float> %1682, ptr %1706, align 4
  %1707 = or disjoint i64 %2007, 40
  %1708 = getelementptr inbounds float, ptr %A, i64 %1707
  store <8 x float> %1683, ptr %1708, align 4
  %1709 = or disjoint i64 %2007, 96
  %1710 = getelementptr inbounds float, ptr %A, i64 %1709
  store <8 x float> %1689, ptr %1710, align 4
  %1711 = or disjoint i64 %2007, 104
  %1712 = getelementptr inbounds float, ptr %A, i64 %1711
  store <8 x float> %1690, ptr %1712, align 4
  %1713 = or disjoint i64 %2007, 160
  %1714 = getelementptr inbounds float, ptr %A, i64 %1713
  store <8 x float> %1696, ptr %1714, align 4
  %1715 = or disjoint i64 %2007, 168
  %1716 = getelementptr inbounds float, ptr %A, i64 %1715
  store <8 x float> %1697, ptr %1716, align 4
  %1717 = or disjoint i64 %2007, 224
  %1718 = getelementptr inbounds float, ptr %A, i64 %1717
  store <8 x float> %1703, ptr %1718, align 4
  %1719 = or disjoint i64 %2007, 232
  %1720 = getelementptr inbounds float, ptr %A, i64 %1719
  store <8 x float> %1704, ptr %1720, align 4
  br label %p3.body.us.3

p3.body.us.3:                                     ; preds = %p3.body.us.3, %p3.exit.us.2
  %acc.0343.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1768, %p3.body.us.3 ]
  %acc1.0342.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1769, %p3.body.us.3 ]
  %acc2.0341.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1775, %p3.body.us.3 ]
  %acc3.0340.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1776, %p3.body.us.3 ]
  %acc4.0339.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1782, %p3.body.us.3 ]
  %acc5.0338.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1783, %p3.body.us.3 ]
  %acc6.0337.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1789, %p3.body.us.3 ]
  %acc7.0336.us.3 = phi <8 x float> [ zeroinitializer, %p3.exit.us.2 ], [ %1790, %p3.body.us.3 ]
  %p3.addr.0335.us.3 = phi i64 [ 0, %p3.exit.us.2 ], [ %p3.next.us.3.1, %p3.body.us.3 ]
  %1721 = shl nuw nsw i64 %p3.addr.0335.us.3, 6
  %1722 = or disjoint i64 %1721, 48
  %1723 = getelementptr inbounds float, ptr %KT, i64 %1722
  %1724 = load <8 x float>, ptr %1723, align 4
  %1725 = or disjoint i64 %1721, 56
  %1726 = getelementptr inbounds float, ptr %KT, i64 %1725
  %1727 = load <8 x float>, ptr %1726, align 4
  %1728 = add nuw nsw i64 %p3.addr.0335.us.3, %2006
  %1729 = getelementptr inbounds float, ptr %Kc, i64 %1728
  %1730 = load float, ptr %1729, align 4
  %1731 = insertelement <8 x float> poison, float %1730, i64 0
  %1732 = shufflevector <8 x float> %1731, <8 x float> poison, <8 x i32> zeroinitializer
  %1733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1732, <8 x float> %1724, <8 x float> %acc.0343.us.3)
  %1734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1732, <8 x float> %1727, <8 x float> %acc1.0342.us.3)
  %1735 = or disjoint i64 %1728, 32
  %1736 = getelementptr inbounds float, ptr %Kc, i64 %1735
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <8 x float> poison, float %1737, i64 0
  %1739 = shufflevector <8 x float> %1738, <8 x float> poison, <8 x i32> zeroinitializer
  %1740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1739, <8 x float> %1724, <8 x float> %acc2.0341.us.3)
  %1741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1739, <8 x float> %1727, <8 x float> %acc3.0340.us.3)
  %1742 = or disjoint i64 %1728, 64
  %1743 = getelementptr inbounds float, ptr %Kc, i64 %1742
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <8 x float> poison, float %1744, i64 0
  %1746 = shufflevector <8 x float> %1745, <8 x float> poison, <8 x i32> zeroinitializer
  %1747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1746, <8 x float> %1724, <8 x float> %acc4.0339.us.3)
  %1748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1746, <8 x float> %1727, <8 x float> %acc5.0338.us.3)
  %1749 = or disjoint i64 %1728, 96
  %1750 = getelementptr inbounds float, ptr %Kc, i64 %1749
  %1751 = load float, ptr %1750, align 4
  %1752 = insertelement <8 x float> poison, float %1751, i64 0
  %1753 = shufflevector <8 x float> %1752, <8 x float> poison, <8 x i32> zeroinitializer
  %1754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1724, <8 x float> %acc6.0337.us.3)
  %1755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1727, <8 x float> %acc7.0336.us.3)
  %p3.next.us.3 = or disjoint i64 %p3.addr.0335.us.3, 1
  %1756 = shl nuw nsw i64 %p3.next.us.3, 6
  %1757 = or disjoint i64 %1756, 48
  %1758 = getelementptr inbounds float, ptr %KT, i64 %1757
  %1759 = load <8 x float>, ptr %1758, align 4
  %1760 = or disjoint i64 %1756, 56
  %1761 = getelementptr inbounds float, ptr %KT, i64 %1760
  %1762 = load <8 x float>, ptr %1761, align 4
  %1763 = add nuw nsw i64 %p3.next.us.3, %2006
  %1764 = getelementptr inbounds float, ptr %Kc, i64 %1763
  %1765 = load float, ptr %1764, align 4
  %1766 = insertelement <8 x float> poison, float %1765, i64 0
  %1767 = shufflevector <8 x float> %1766, <8 x float> poison, <8 x i32> zeroinitializer
  %1768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1767, <8 x float> %1759, <8 x float> %1733)
  %1769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1767, <8 x float> %1762, <8 x float> %1734)
  %1770 = or disjoint i64 %1763, 32
  %1771 = getelementptr inbounds float, ptr %Kc, i64 %1770
  %1772 = load float, ptr %1771, align 4
  %1773 = insertelement <8 x float> poison, float %1772, i64 0
  %1774 = shufflevector <8 x float> %1773, <8 x float> poison, <8 x i32> zeroinitializer
  %1775 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1774, <8 x float> %1759, <8 x float> %1740)
  %1776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1774, <8 x float> %1762, <8 x float> %1741)
  %1777 = or disjoint i64 %1763, 64
  %1778 = getelementptr inbounds float, ptr %Kc, i64 %1777
  %1779 = load float, ptr %1778, align 4
  %1780 = insertelement <8 x float> poison, float %1779, i64 0
  %1781 = shufflevector <8 x float> %1780, <8 x float> poison, <8 x i32> zeroinitializer
  %1782 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1781, <8 x float> %1759, <8 x float> %1747)
  %1783 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1781, <8 x float> %1762, <8 x float> %1748)
  %1784 = or disjoint i64 %1763, 96
  %1785 = getelementptr inbounds float, ptr %Kc, i64 %1784
  %1786 = load float, ptr %1785, align 4
  %1787 = insertelement <8 x float> poison, float %1786, i64 0
  %1788 = shufflevector <8 x float> %1787, <8 x float> poison, <8 x i32> zeroinitializer
  %1789 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1788, <8 x float> %1759, <8 x float> %1754)
  %1790 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1788, <8 x float> %1762, <8 x float> %1755)
  %p3.next.us.3.1 = add nuw nsw i64 %p3.addr.0335.us.3, 2
  %exitcond518.3.not.1 = icmp eq i64 %p3.next.us.3.1, 32
  br i1 %exitcond518.3.not.1, label %p3.exit.us.3, label %p3.body.us.3

p3.exit.us.3:                                     ; preds = %p3.body.us.3
  %1791 = or disjoint i64 %2007, 48
  %1792 = getelementptr inbounds float, ptr %A, i64 %1791
  store <8 x float> %1768, ptr %1792, align 4
  %1793 = or disjoint i64 %2007, 56
  %1794 = getelementptr inbounds float, ptr %A, i64 %1793
  store <8 x float> %1769, ptr %1794, align 4
  %1795 = or disjoint i64 %2007, 112
  %1796 = getelementptr inbounds float, ptr %A, i64 %1795
  store <8 x float> %1775, ptr %1796, align 4
  %1797 = or disjoint i64 %2007, 120
  %1798 = getelementptr inbounds float, ptr %A, i64 %1797
  store <8 x float> %1776, ptr %1798, align 4
  %1799 = or disjoint i64 %2007, 176
  %1800 = getelementptr inbounds float, ptr %A, i64 %1799
  store <8 x float> %1782, ptr %1800, align 4
  %1801 = or disjoint i64 %2007, 184
  %1802 = getelementptr inbounds float, ptr %A, i64 %1801
  store <8 x float> %1783, ptr %1802, align 4
  %1803 = or disjoint i64 %2007, 240
  %1804 = getelementptr inbounds float, ptr %A, i64 %1803
  store <8 x float> %1789, ptr %1804, align 4
  %1805 = or disjoint i64 %2007, 248
  %1806 = getelementptr inbounds float, ptr %A, i64 %1805
  store <8 x float> %1790, ptr %1806, align 4
  %i7.next.us = add nuw nsw i64 %i7.addr.0345.us, 4
  %1807 = icmp ult i64 %i7.addr.0345.us, 60
  br i1 %1807, label %j7.head.preheader.us, label %i8.body.us

p3.body.us:                                       ; preds = %p3.body.us, %j7.head.preheader.us
  %acc.0343.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1853, %p3.body.us ]
  %acc1.0342.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1854, %p3.body.us ]
  %acc2.0341.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1860, %p3.body.us ]
  %acc3.0340.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1861, %p3.body.us ]
  %acc4.0339.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1867, %p3.body.us ]
  %acc5.0338.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1868, %p3.body.us ]
  %acc6.0337.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1874, %p3.body.us ]
  %acc7.0336.us = phi <8 x float> [ zeroinitializer, %j7.head.preheader.us ], [ %1875, %p3.body.us ]
  %p3.addr.0335.us = phi i64 [ 0, %j7.head.preheader.us ], [ %p3.next.us.11006, %p3.body.us ]
  %1808 = shl nuw nsw i64 %p3.addr.0335.us, 6
  %1809 = getelementptr inbounds float, ptr %KT, i64 %1808
  %1810 = load <8 x float>, ptr %1809, align 4
  %1811 = or disjoint i64 %1808, 8
  %1812 = getelementptr inbounds float, ptr %KT, i64 %1811
  %1813 = load <8 x float>, ptr %1812, align 4
  %1814 = add nuw nsw i64 %p3.addr.0335.us, %2006
  %1815 = getelementptr inbounds float, ptr %Kc, i64 %1814
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <8 x float> poison, float %1816, i64 0
  %1818 = shufflevector <8 x float> %1817, <8 x float> poison, <8 x i32> zeroinitializer
  %1819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1818, <8 x float> %1810, <8 x float> %acc.0343.us)
  %1820 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1818, <8 x float> %1813, <8 x float> %acc1.0342.us)
  %1821 = or disjoint i64 %1814, 32
  %1822 = getelementptr inbounds float, ptr %Kc, i64 %1821
  %1823 = load float, ptr %1822, align 4
  %1824 = insertelement <8 x float> poison, float %1823, i64 0
  %1825 = shufflevector <8 x float> %1824, <8 x float> poison, <8 x i32> zeroinitializer
  %1826 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1825, <8 x float> %1810, <8 x float> %acc2.0341.us)
  %1827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1825, <8 x float> %1813, <8 x float> %acc3.0340.us)
  %1828 = or disjoint i64 %1814, 64
  %1829 = getelementptr inbounds float, ptr %Kc, i64 %1828
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <8 x float> poison, float %1830, i64 0
  %1832 = shufflevector <8 x float> %1831, <8 x float> poison, <8 x i32> zeroinitializer
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1832, <8 x float> %1810, <8 x float> %acc4.0339.us)
  %1834 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1832, <8 x float> %1813, <8 x float> %acc5.0338.us)
  %1835 = or disjoint i64 %1814, 96
  %1836 = getelementptr inbounds float, ptr %Kc, i64 %1835
  %1837 = load float, ptr %1836, align 4
  %1838 = insertelement <8 x float> poison, float %1837, i64 0
  %1839 = shufflevector <8 x float> %1838, <8 x float> poison, <8 x i32> zeroinitializer
  %1840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1839, <8 x float> %1810, <8 x float> %acc6.0337.us)
  %1841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1839, <8 x float> %1813, <8 x float> %acc7.0336.us)
  %p3.next.us = or disjoint i64 %p3.addr.0335.us, 1
  %1842 = shl nuw nsw i64 %p3.next.us, 6
  %1843 = getelementptr inbounds float, ptr %KT, i64 %1842
  %1844 = load <8 x float>, ptr %1843, align 4
  %1845 = or disjoint i64 %1842, 8
  %1846 = getelementptr inbounds float, ptr %KT, i64 %1845
  %1847 = load <8 x float>, ptr %1846, align 4
  %1848 = add nuw nsw i64 %p3.next.us, %2006
  %1849 = getelementptr inbounds float, ptr %Kc, i64 %1848
  %1850 = load float, ptr %1849, align 4
  %1851 = insertelement <8 x float> poison, float %1850, i64 0
  %1852 = shufflevector <8 x float> %1851, <8 x float> poison, <8 x i32> zeroinitializer
  %1853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1844, <8 x float> %1819)
  %1854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1847, <8 x float> %1820)
  %1855 = or disjoint i64 %1848, 32
  %1856 = getelementptr inbounds float, ptr %Kc, i64 %1855
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <8 x float> poison, float %1857, i64 0
  %1859 = shufflevector <8 x float> %1858, <8 x float> poison, <8 x i32> zeroinitializer
  %1860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1844, <8 x float> %1826)
  %1861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1847, <8 x float> %1827)
  %1862 = or disjoint i64 %1848, 64
  %1863 = getelementptr inbounds float, ptr %Kc, i64 %1862
  %1864 = load float, ptr %1863, align 4
  %1865 = insertelement <8 x float> poison, float %1864, i64 0
  %1866 = shufflevector <8 x float> %1865, <8 x float> poison, <8 x i32> zeroinitializer
  %1867 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1844, <8 x float> %1833)
  %1868 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1847, <8 x float> %1834)
  %1869 = or disjoint i64 %1848, 96
  %1870 = getelementptr inbounds float, ptr %Kc, i64 %1869
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <8 x float> poison, float %1871, i64 0
  %1873 = shufflevector <8 x float> %1872, <8 x float> poison, <8 x i32> zeroinitializer
  %1874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1873, <8 x float> %1844, <8 x float> %1840)
  %1875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1873, <8 x float> %1847, <8 x float> %1841)
  %p3.next.us.11006 = add nuw nsw i64 %p3.addr.0335.us, 2
  %exitcond518.not.1 = icmp eq i64 %p3.next.us.11006, 32
  br i1 %exitcond518.not.1, label %p3.exit.us, label %p3.body.us

t.body.us:                                        ; preds = %endif.us, %i1.head.preheader.us
  %t.addr.0334.us = phi i64 [ 0, %i1.head.preheader.us ], [ %t.next.us, %endif.us ]
  %1876 = shl nsw i64 %t.addr.0334.us, 8
  %1877 = shl nsw i64 %t.addr.0334.us, 7
  %1878 = icmp sgt i64 %2198, %t.addr.0334.us
  br i1 %1878, label %j2.head.preheader.us, label %j4.head.preheader.us

endif.us:                                         ; preds = %j4.head.preheader.us, %j2.head.preheader.us
  %t.next.us = add nuw nsw i64 %t.addr.0334.us, 1
  %exitcond517.not = icmp eq i64 %t.next.us, 64
  br i1 %exitcond517.not, label %j7.head.preheader.us, label %t.body.us

j15.head.preheader.us:                            ; preds = %j15.head.preheader.us.preheader, %p8.exit.us.1
  %i16.addr.0416.us = phi i64 [ %i16.next.us, %p8.exit.us.1 ], [ 0, %j15.head.preheader.us.preheader ]
  %1879 = shl nuw nsw i64 %i16.addr.0416.us, 5
  %1880 = or disjoint i64 %i16.addr.0416.us, 1
  %1881 = shl nuw nsw i64 %1880, 5
  %1882 = or disjoint i64 %i16.addr.0416.us, 2
  %1883 = shl nuw nsw i64 %1882, 5
  %1884 = or disjoint i64 %i16.addr.0416.us, 3
  %1885 = shl nuw nsw i64 %1884, 5
  %1886 = getelementptr inbounds float, ptr %work, i64 %1879
  %1887 = load <8 x float>, ptr %1886, align 4
  %1888 = or disjoint i64 %1879, 8
  %1889 = getelementptr inbounds float, ptr %work, i64 %1888
  %1890 = load <8 x float>, ptr %1889, align 4
  %1891 = getelementptr inbounds float, ptr %work, i64 %1881
  %1892 = load <8 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1881, 8
  %1894 = getelementptr inbounds float, ptr %work, i64 %1893
  %1895 = load <8 x float>, ptr %1894, align 4
  %1896 = getelementptr inbounds float, ptr %work, i64 %1883
  %1897 = load <8 x float>, ptr %1896, align 4
  %1898 = or disjoint i64 %1883, 8
  %1899 = getelementptr inbounds float, ptr %work, i64 %1898
  %1900 = load <8 x float>, ptr %1899, align 4
  %1901 = getelementptr inbounds float, ptr %work, i64 %1885
  %1902 = load <8 x float>, ptr %1901, align 4
  %1903 = or disjoint i64 %1885, 8
  %1904 = getelementptr inbounds float, ptr %work, i64 %1903
  %1905 = load <8 x float>, ptr %1904, align 4
  %.idx440 = shl nsw i64 %i16.addr.0416.us, 8
  %.idx441 = shl nsw i64 %1880, 8
  %.idx442 = shl nsw i64 %1882, 8
  %.idx443 = shl nsw i64 %1884, 8
  br label %p8.body.us

j14.head.preheader.us:                            ; preds = %j14.head.preheader.us, %j14.head.preheader.us.preheader.new
  %t2.addr.0405.us = phi i64 [ 0, %j14.head.preheader.us.preheader.new ], [ %t2.next.us.7, %j14.head.preheader.us ]
  %niter1073 = phi i64 [ 0, %j14.head.preheader.us.preheader.new ], [ %niter1073.next.7, %j14.head.preheader.us ]
  %1906 = mul i64 %10, %t2.addr.0405.us
  %scevgep529 = getelementptr i8, ptr %2193, i64 %1906
  %1907 = shl nuw nsw i64 %t2.addr.0405.us, 7
  %gep694 = getelementptr i8, ptr %invariant.gep693, i64 %1907
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529, ptr noundef nonnull align 4 dereferenceable(128) %gep694, i64 128, i1 false)
  %t2.next.us = or disjoint i64 %t2.addr.0405.us, 1
  %1908 = mul i64 %10, %t2.next.us
  %scevgep529.1 = getelementptr i8, ptr %2193, i64 %1908
  %1909 = shl nuw nsw i64 %t2.next.us, 7
  %gep694.1 = getelementptr i8, ptr %invariant.gep693, i64 %1909
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.1, ptr noundef nonnull align 4 dereferenceable(128) %gep694.1, i64 128, i1 false)
  %t2.next.us.1 = or disjoint i64 %t2.addr.0405.us, 2
  %1910 = mul i64 %10, %t2.next.us.1
  %scevgep529.2 = getelementptr i8, ptr %2193, i64 %1910
  %1911 = shl nuw nsw i64 %t2.next.us.1, 7
  %gep694.2 = getelementptr i8, ptr %invariant.gep693, i64 %1911
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.2, ptr noundef nonnull align 4 dereferenceable(128) %gep694.2, i64 128, i1 false)
  %t2.next.us.2 = or disjoint i64 %t2.addr.0405.us, 3
  %1912 = mul i64 %10, %t2.next.us.2
  %scevgep529.3 = getelementptr i8, ptr %2193, i64 %1912
  %1913 = shl nuw nsw i64 %t2.next.us.2, 7
  %gep694.3 = getelementptr i8, ptr %invariant.gep693, i64 %1913
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.3, ptr noundef nonnull align 4 dereferenceable(128) %gep694.3, i64 128, i1 false)
  %t2.next.us.3 = or disjoint i64 %t2.addr.0405.us, 4
  %1914 = mul i64 %10, %t2.next.us.3
  %scevgep529.4 = getelementptr i8, ptr %2193, i64 %1914
  %1915 = shl nuw nsw i64 %t2.next.us.3, 7
  %gep694.4 = getelementptr i8, ptr %invariant.gep693, i64 %1915
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.4, ptr noundef nonnull align 4 dereferenceable(128) %gep694.4, i64 128, i1 false)
  %t2.next.us.4 = or disjoint i64 %t2.addr.0405.us, 5
  %1916 = mul i64 %10, %t2.next.us.4
  %scevgep529.5 = getelementptr i8, ptr %2193, i64 %1916
  %1917 = shl nuw nsw i64 %t2.next.us.4, 7
  %gep694.5 = getelementptr i8, ptr %invariant.gep693, i64 %1917
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.5, ptr noundef nonnull align 4 dereferenceable(128) %gep694.5, i64 128, i1 false)
  %t2.next.us.5 = or disjoint i64 %t2.addr.0405.us, 6
  %1918 = mul i64 %10, %t2.next.us.5
  %scevgep529.6 = getelementptr i8, ptr %2193, i64 %1918
  %1919 = shl nuw nsw i64 %t2.next.us.5, 7
  %gep694.6 = getelementptr i8, ptr %invariant.gep693, i64 %1919
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.6, ptr noundef nonnull align 4 dereferenceable(128) %gep694.6, i64 128, i1 false)
  %t2.next.us.6 = or disjoint i64 %t2.addr.0405.us, 7
  %1920 = mul i64 %10, %t2.next.us.6
  %scevgep529.7 = getelementptr i8, ptr %2193, i64 %1920
  %1921 = shl nuw nsw i64 %t2.next.us.6, 7
  %gep694.7 = getelementptr i8, ptr %invariant.gep693, i64 %1921
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.7, ptr noundef nonnull align 4 dereferenceable(128) %gep694.7, i64 128, i1 false)
  %t2.next.us.7 = add nuw nsw i64 %t2.addr.0405.us, 8
  %niter1073.next.7 = add i64 %niter1073, 8
  %niter1073.ncmp.7 = icmp eq i64 %niter1073.next.7, %unroll_iter1072
  br i1 %niter1073.ncmp.7, label %j15.head.preheader.us.preheader.loopexit.unr-lcssa, label %j14.head.preheader.us

j13.head.preheader.us:                            ; preds = %p6.exit.us.1, %p7.exit.us.1
  %i14.addr.0403.us = phi i64 [ %i14.next.us, %p7.exit.us.1 ], [ 0, %p6.exit.us.1 ]
  %1922 = shl nuw nsw i64 %i14.addr.0403.us, 5
  %1923 = or disjoint i64 %i14.addr.0403.us, 1
  %1924 = shl nuw nsw i64 %1923, 5
  %1925 = or disjoint i64 %i14.addr.0403.us, 2
  %1926 = shl nuw nsw i64 %1925, 5
  %1927 = or disjoint i64 %i14.addr.0403.us, 3
  %1928 = shl nuw nsw i64 %1927, 5
  %1929 = getelementptr inbounds float, ptr %Oc, i64 %1922
  %1930 = load <8 x float>, ptr %1929, align 4
  %1931 = or disjoint i64 %1922, 8
  %1932 = getelementptr inbounds float, ptr %Oc, i64 %1931
  %1933 = load <8 x float>, ptr %1932, align 4
  %1934 = getelementptr inbounds float, ptr %Oc, i64 %1924
  %1935 = load <8 x float>, ptr %1934, align 4
  %1936 = or disjoint i64 %1924, 8
  %1937 = getelementptr inbounds float, ptr %Oc, i64 %1936
  %1938 = load <8 x float>, ptr %1937, align 4
  %1939 = getelementptr inbounds float, ptr %Oc, i64 %1926
  %1940 = load <8 x float>, ptr %1939, align 4
  %1941 = or disjoint i64 %1926, 8
  %1942 = getelementptr inbounds float, ptr %Oc, i64 %1941
  %1943 = load <8 x float>, ptr %1942, align 4
  %1944 = getelementptr inbounds float, ptr %Oc, i64 %1928
  %1945 = load <8 x float>, ptr %1944, align 4
  %1946 = or disjoint i64 %1928, 8
  %1947 = getelementptr inbounds float, ptr %Oc, i64 %1946
  %1948 = load <8 x float>, ptr %1947, align 4
  %.idx435 = shl nsw i64 %i14.addr.0403.us, 8
  %.idx436 = shl nsw i64 %1923, 8
  %.idx437 = shl nsw i64 %1925, 8
  %.idx438 = shl nsw i64 %1927, 8
  br label %p7.body.us

j12.head.preheader.us:                            ; preds = %i12.head.preheader.us, %p6.exit.us.1
  %i13.addr.0392.us = phi i64 [ %i13.next.us, %p6.exit.us.1 ], [ 0, %i12.head.preheader.us ]
  %1949 = shl nuw nsw i64 %i13.addr.0392.us, 5
  %1950 = or disjoint i64 %1949, 32
  %1951 = or disjoint i64 %1949, 64
  %1952 = or disjoint i64 %1949, 96
  br label %p6.body.us

i12.head.preheader.us:                            ; preds = %p5.exit.us.3, %i12.head.preheader.us
  %t1.addr.0381.us = phi i64 [ %t1.next.us, %i12.head.preheader.us ], [ 0, %p5.exit.us.3 ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %t1.addr.0381.us, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx434 = shl nsw i64 %t1.addr.0381.us, 8
  %invariant.gep691 = getelementptr inbounds i8, ptr %P, i64 %.idx434
  %1953 = getelementptr inbounds i8, ptr %invariant.gep691, i64 32
  %1954 = getelementptr inbounds i8, ptr %invariant.gep691, i64 64
  %1955 = getelementptr inbounds i8, ptr %invariant.gep691, i64 96
  %wide.load = load <8 x float>, ptr %invariant.gep691, align 4
  %wide.load837 = load <8 x float>, ptr %1953, align 4
  %wide.load838 = load <8 x float>, ptr %1954, align 4
  %wide.load839 = load <8 x float>, ptr %1955, align 4
  %1956 = icmp ult <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1957 = icmp ult <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1958 = icmp ult <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1959 = icmp ult <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1960 = select <8 x i1> %1956, <8 x float> zeroinitializer, <8 x float> %wide.load
  %1961 = select <8 x i1> %1957, <8 x float> zeroinitializer, <8 x float> %wide.load837
  %1962 = select <8 x i1> %1958, <8 x float> zeroinitializer, <8 x float> %wide.load838
  %1963 = select <8 x i1> %1959, <8 x float> zeroinitializer, <8 x float> %wide.load839
  store <8 x float> %1960, ptr %invariant.gep691, align 4
  store <8 x float> %1961, ptr %1953, align 4
  store <8 x float> %1962, ptr %1954, align 4
  store <8 x float> %1963, ptr %1955, align 4
  %1964 = getelementptr inbounds i8, ptr %invariant.gep691, i64 128
  %1965 = getelementptr inbounds i8, ptr %invariant.gep691, i64 160
  %1966 = getelementptr inbounds i8, ptr %invariant.gep691, i64 192
  %1967 = getelementptr inbounds i8, ptr %invariant.gep691, i64 224
  %wide.load.1 = load <8 x float>, ptr %1964, align 4
  %wide.load837.1 = load <8 x float>, ptr %1965, align 4
  %wide.load838.1 = load <8 x float>, ptr %1966, align 4
  %wide.load839.1 = load <8 x float>, ptr %1967, align 4
  %1968 = icmp ult <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1969 = icmp ult <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1970 = icmp ult <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1971 = icmp ult <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1972 = select <8 x i1> %1968, <8 x float> zeroinitializer, <8 x float> %wide.load.1
  %1973 = select <8 x i1> %1969, <8 x float> zeroinitializer, <8 x float> %wide.load837.1
  %1974 = select <8 x i1> %1970, <8 x float> zeroinitializer, <8 x float> %wide.load838.1
  %1975 = select <8 x i1> %1971, <8 x float> zeroinitializer, <8 x float> %wide.load839.1
  store <8 x float> %1972, ptr %1964, align 4
  store <8 x float> %1973, ptr %1965, align 4
  store <8 x float> %1974, ptr %1966, align 4
  store <8 x float> %1975, ptr %1967, align 4
  %t1.next.us = add nuw nsw i64 %t1.addr.0381.us, 1
  %exitcond526.not = icmp eq i64 %t1.next.us, 64
  br i1 %exitcond526.not, label %j12.head.preheader.us, label %i12.head.preheader.us

j11.head.preheader.us:                            ; preds = %p4.exit.us.1, %p5.exit.us.3
  %i11.addr.0379.us = phi i64 [ %i11.next.us, %p5.exit.us.3 ], [ 0, %p4.exit.us.1 ]
  %1976 = shl nuw nsw i64 %i11.addr.0379.us, 5
  %1977 = shl nuw nsw i64 %i11.addr.0379.us, 6
  %1978 = or disjoint i64 %1977, 64
  %1979 = or disjoint i64 %1977, 128
  %1980 = or disjoint i64 %1977, 192
  br label %p5.body.us

j10.head.preheader.us:                            ; preds = %j9.exit.us, %p4.exit.us.1
  %i10.addr.0368.us = phi i64 [ %i10.next.us, %p4.exit.us.1 ], [ 0, %j9.exit.us ]
  %1981 = shl nuw nsw i64 %i10.addr.0368.us, 6
  %1982 = or disjoint i64 %1981, 32
  %1983 = or disjoint i64 %1981, 96
  %1984 = or disjoint i64 %1981, 160
  %1985 = or disjoint i64 %1981, 224
  %1986 = getelementptr inbounds float, ptr %X, i64 %1982
  %1987 = load <8 x float>, ptr %1986, align 4
  %1988 = or disjoint i64 %1981, 40
  %1989 = getelementptr inbounds float, ptr %X, i64 %1988
  %1990 = load <8 x float>, ptr %1989, align 4
  %1991 = getelementptr inbounds float, ptr %X, i64 %1983
  %1992 = load <8 x float>, ptr %1991, align 4
  %1993 = or disjoint i64 %1981, 104
  %1994 = getelementptr inbounds float, ptr %X, i64 %1993
  %1995 = load <8 x float>, ptr %1994, align 4
  %1996 = getelementptr inbounds float, ptr %X, i64 %1984
  %1997 = load <8 x float>, ptr %1996, align 4
  %1998 = or disjoint i64 %1981, 168
  %1999 = getelementptr inbounds float, ptr %X, i64 %1998
  %2000 = load <8 x float>, ptr %1999, align 4
  %2001 = getelementptr inbounds float, ptr %X, i64 %1985
  %2002 = load <8 x float>, ptr %2001, align 4
  %2003 = or disjoint i64 %1981, 232
  %2004 = getelementptr inbounds float, ptr %X, i64 %2003
  %2005 = load <8 x float>, ptr %2004, align 4
  br label %p4.body.us

j7.head.preheader.us:                             ; preds = %endif.us, %p3.exit.us.3
  %i7.addr.0345.us = phi i64 [ %i7.next.us, %p3.exit.us.3 ], [ 0, %endif.us ]
  %2006 = shl nuw nsw i64 %i7.addr.0345.us, 5
  %2007 = shl nuw nsw i64 %i7.addr.0345.us, 6
  %2008 = or disjoint i64 %2007, 64
  %2009 = or disjoint i64 %2007, 128
  %2010 = or disjoint i64 %2007, 192
  br label %p3.body.us

j2.head.preheader.us:                             ; preds = %t.body.us
  %2011 = add nuw nsw i64 %t.addr.0334.us, %t0.us
  %2012 = mul nsw i64 %2011, %sq
  %2013 = getelementptr float, ptr %qh.us, i64 %2012
  %2014 = load <8 x float>, ptr %2013, align 4
  %2015 = fmul <8 x float> %2014, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2016 = getelementptr inbounds i8, ptr %Qc, i64 %1877
  store <8 x float> %2015, ptr %2016, align 4
  %2017 = getelementptr float, ptr %89, i64 %2012
  %2018 = load <8 x float>, ptr %2017, align 4
  %2019 = fmul <8 x float> %2018, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2020 = getelementptr inbounds i8, ptr %43, i64 %1877
  store <8 x float> %2019, ptr %2020, align 4
  %2021 = getelementptr float, ptr %90, i64 %2012
  %2022 = load <8 x float>, ptr %2021, align 4
  %2023 = fmul <8 x float> %2022, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2024 = getelementptr inbounds i8, ptr %44, i64 %1877
  store <8 x float> %2023, ptr %2024, align 4
  %2025 = getelementptr float, ptr %91, i64 %2012
  %2026 = load <8 x float>, ptr %2025, align 4
  %2027 = fmul <8 x float> %2026, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2028 = getelementptr inbounds i8, ptr %45, i64 %1877
  store <8 x float> %2027, ptr %2028, align 4
  %tau.us = or disjoint i64 %t.addr.0334.us, %t0.us
  %2029 = mul nsw i64 %tau.us, %H
  %2030 = getelementptr inbounds float, ptr %betah.us, i64 %2029
  %2031 = load float, ptr %2030, align 4
  %2032 = getelementptr inbounds float, ptr %bet, i64 %t.addr.0334.us
  store float %2031, ptr %2032, align 4
  %2033 = mul nsw i64 %tau.us, %sq
  %2034 = insertelement <8 x float> poison, float %2031, i64 0
  %2035 = shufflevector <8 x float> %2034, <8 x float> poison, <8 x i32> zeroinitializer
  %2036 = getelementptr float, ptr %kh.us, i64 %2033
  %2037 = load <8 x float>, ptr %2036, align 4
  %2038 = getelementptr inbounds i8, ptr %Kc, i64 %1877
  store <8 x float> %2037, ptr %2038, align 4
  %2039 = fmul <8 x float> %2035, %2037
  %2040 = getelementptr inbounds i8, ptr %X, i64 %1876
  store <8 x float> %2039, ptr %2040, align 4
  %2041 = getelementptr float, ptr %92, i64 %2033
  %2042 = load <8 x float>, ptr %2041, align 4
  %2043 = getelementptr inbounds i8, ptr %46, i64 %1877
  store <8 x float> %2042, ptr %2043, align 4
  %2044 = fmul <8 x float> %2035, %2042
  %2045 = getelementptr inbounds i8, ptr %47, i64 %1876
  store <8 x float> %2044, ptr %2045, align 4
  %2046 = getelementptr float, ptr %93, i64 %2033
  %2047 = load <8 x float>, ptr %2046, align 4
  %2048 = getelementptr inbounds i8, ptr %48, i64 %1877
  store <8 x float> %2047, ptr %2048, align 4
  %2049 = fmul <8 x float> %2035, %2047
  %2050 = getelementptr inbounds i8, ptr %49, i64 %1876
  store <8 x float> %2049, ptr %2050, align 4
  %2051 = getelementptr float, ptr %94, i64 %2033
  %2052 = load <8 x float>, ptr %2051, align 4
  %2053 = getelementptr inbounds i8, ptr %50, i64 %1877
  store <8 x float> %2052, ptr %2053, align 4
  %2054 = fmul <8 x float> %2035, %2052
  %2055 = getelementptr inbounds i8, ptr %51, i64 %1876
  store <8 x float> %2054, ptr %2055, align 4
  %bc545 = bitcast <8 x float> %2037 to <8 x i32>
  %2056 = extractelement <8 x i32> %bc545, i64 0
  %2057 = getelementptr inbounds float, ptr %KT, i64 %t.addr.0334.us
  store i32 %2056, ptr %2057, align 4
  %2058 = extractelement <8 x float> %2037, i64 1
  %2059 = getelementptr inbounds float, ptr %52, i64 %t.addr.0334.us
  store float %2058, ptr %2059, align 4
  %2060 = extractelement <8 x float> %2037, i64 2
  %2061 = getelementptr inbounds float, ptr %53, i64 %t.addr.0334.us
  store float %2060, ptr %2061, align 4
  %2062 = extractelement <8 x float> %2037, i64 3
  %2063 = getelementptr inbounds float, ptr %54, i64 %t.addr.0334.us
  store float %2062, ptr %2063, align 4
  %2064 = extractelement <8 x float> %2037, i64 4
  %2065 = getelementptr inbounds float, ptr %55, i64 %t.addr.0334.us
  store float %2064, ptr %2065, align 4
  %2066 = extractelement <8 x float> %2037, i64 5
  %2067 = getelementptr inbounds float, ptr %56, i64 %t.addr.0334.us
  store float %2066, ptr %2067, align 4
  %2068 = extractelement <8 x float> %2037, i64 6
  %2069 = getelementptr inbounds float, ptr %57, i64 %t.addr.0334.us
  store float %2068, ptr %2069, align 4
  %2070 = extractelement <8 x float> %2037, i64 7
  %2071 = getelementptr inbounds float, ptr %58, i64 %t.addr.0334.us
  store float %2070, ptr %2071, align 4
  %2072 = extractelement <8 x float> %2042, i64 0
  %2073 = getelementptr inbounds float, ptr %59, i64 %t.addr.0334.us
  store float %2072, ptr %2073, align 4
  %2074 = getelementptr float, ptr %95, i64 %2033
  %2075 = load float, ptr %2074, align 4
  %2076 = getelementptr inbounds float, ptr %60, i64 %t.addr.0334.us
  store float %2075, ptr %2076, align 4
  %2077 = getelementptr float, ptr %96, i64 %2033
  %2078 = load float, ptr %2077, align 4
  %2079 = getelementptr inbounds float, ptr %61, i64 %t.addr.0334.us
  store float %2078, ptr %2079, align 4
  %2080 = getelementptr float, ptr %97, i64 %2033
  %2081 = load float, ptr %2080, align 4
  %2082 = getelementptr inbounds float, ptr %62, i64 %t.addr.0334.us
  store float %2081, ptr %2082, align 4
  %2083 = getelementptr float, ptr %98, i64 %2033
  %2084 = load float, ptr %2083, align 4
  %2085 = getelementptr inbounds float, ptr %63, i64 %t.addr.0334.us
  store float %2084, ptr %2085, align 4
  %2086 = getelementptr float, ptr %99, i64 %2033
  %2087 = load float, ptr %2086, align 4
  %2088 = getelementptr inbounds float, ptr %64, i64 %t.addr.0334.us
  store float %2087, ptr %2088, align 4
  %2089 = getelementptr float, ptr %100, i64 %2033
  %2090 = load float, ptr %2089, align 4
  %2091 = getelementptr inbounds float, ptr %65, i64 %t.addr.0334.us
  store float %2090, ptr %2091, align 4
  %2092 = getelementptr float, ptr %101, i64 %2033
  %2093 = load float, ptr %2092, align 4
  %2094 = getelementptr inbounds float, ptr %66, i64 %t.addr.0334.us
  store float %2093, ptr %2094, align 4
  %2095 = load float, ptr %2046, align 4
  %2096 = getelementptr inbounds float, ptr %67, i64 %t.addr.0334.us
  store float %2095, ptr %2096, align 4
  %2097 = getelementptr float, ptr %102, i64 %2033
  %2098 = load float, ptr %2097, align 4
  %2099 = getelementptr inbounds float, ptr %68, i64 %t.addr.0334.us
  store float %2098, ptr %2099, align 4
  %2100 = getelementptr float, ptr %103, i64 %2033
  %2101 = load float, ptr %2100, align 4
  %2102 = getelementptr inbounds float, ptr %69, i64 %t.addr.0334.us
  store float %2101, ptr %2102, align 4
  %2103 = getelementptr float, ptr %104, i64 %2033
  %2104 = load float, ptr %2103, align 4
  %2105 = getelementptr inbounds float, ptr %70, i64 %t.addr.0334.us
  store float %2104, ptr %2105, align 4
  %2106 = getelementptr float, ptr %105, i64 %2033
  %2107 = load float, ptr %2106, align 4
  %2108 = getelementptr inbounds float, ptr %71, i64 %t.addr.0334.us
  store float %2107, ptr %2108, align 4
  %2109 = getelementptr float, ptr %106, i64 %2033
  %2110 = load float, ptr %2109, align 4
  %2111 = getelementptr inbounds float, ptr %72, i64 %t.addr.0334.us
  store float %2110, ptr %2111, align 4
  %2112 = getelementptr float, ptr %107, i64 %2033
  %2113 = load float, ptr %2112, align 4
  %2114 = getelementptr inbounds float, ptr %73, i64 %t.addr.0334.us
  store float %2113, ptr %2114, align 4
  %2115 = getelementptr float, ptr %108, i64 %2033
  %2116 = load float, ptr %2115, align 4
  %2117 = getelementptr inbounds float, ptr %74, i64 %t.addr.0334.us
  store float %2116, ptr %2117, align 4
  %2118 = load float, ptr %2051, align 4
  %2119 = getelementptr inbounds float, ptr %75, i64 %t.addr.0334.us
  store float %2118, ptr %2119, align 4
  %2120 = getelementptr float, ptr %109, i64 %2033
  %2121 = load float, ptr %2120, align 4
  %2122 = getelementptr inbounds float, ptr %76, i64 %t.addr.0334.us
  store float %2121, ptr %2122, align 4
  %2123 = getelementptr float, ptr %110, i64 %2033
  %2124 = load float, ptr %2123, align 4
  %2125 = getelementptr inbounds float, ptr %77, i64 %t.addr.0334.us
  store float %2124, ptr %2125, align 4
  %2126 = getelementptr float, ptr %111, i64 %2033
  %2127 = load float, ptr %2126, align 4
  %2128 = getelementptr inbounds float, ptr %78, i64 %t.addr.0334.us
  store float %2127, ptr %2128, align 4
  %2129 = getelementptr float, ptr %112, i64 %2033
  %2130 = load float, ptr %2129, align 4
  %2131 = getelementptr inbounds float, ptr %79, i64 %t.addr.0334.us
  store float %2130, ptr %2131, align 4
  %2132 = getelementptr float, ptr %113, i64 %2033
  %2133 = load float, ptr %2132, align 4
  %2134 = getelementptr inbounds float, ptr %80, i64 %t.addr.0334.us
  store float %2133, ptr %2134, align 4
  %2135 = getelementptr float, ptr %114, i64 %2033
  %2136 = load float, ptr %2135, align 4
  %2137 = getelementptr inbounds float, ptr %81, i64 %t.addr.0334.us
  store float %2136, ptr %2137, align 4
  %2138 = getelementptr float, ptr %115, i64 %2033
  %2139 = load float, ptr %2138, align 4
  %2140 = getelementptr inbounds float, ptr %82, i64 %t.addr.0334.us
  store float %2139, ptr %2140, align 4
  %2141 = getelementptr float, ptr %vh.us, i64 %2033
  %2142 = load <8 x float>, ptr %2141, align 4
  %2143 = fmul <8 x float> %2035, %2142
  %2144 = getelementptr inbounds i8, ptr %2040, i64 128
  store <8 x float> %2143, ptr %2144, align 4
  %2145 = getelementptr float, ptr %116, i64 %2033
  %2146 = load <8 x float>, ptr %2145, align 4
  %2147 = fmul <8 x float> %2035, %2146
  %2148 = getelementptr inbounds i8, ptr %2045, i64 128
  store <8 x float> %2147, ptr %2148, align 4
  %2149 = getelementptr float, ptr %117, i64 %2033
  %2150 = load <8 x float>, ptr %2149, align 4
  %2151 = fmul <8 x float> %2035, %2150
  %2152 = getelementptr inbounds i8, ptr %2050, i64 128
  store <8 x float> %2151, ptr %2152, align 4
  %2153 = getelementptr float, ptr %118, i64 %2033
  %2154 = load <8 x float>, ptr %2153, align 4
  %2155 = fmul <8 x float> %2035, %2154
  %2156 = getelementptr inbounds i8, ptr %2055, i64 128
  store <8 x float> %2155, ptr %2156, align 4
  br label %endif.us

j4.head.preheader.us:                             ; preds = %t.body.us
  %gep = getelementptr i8, ptr %invariant.gep, i64 %1877
  %gep686 = getelementptr i8, ptr %invariant.gep685, i64 %1877
  %gep688 = getelementptr i8, ptr %invariant.gep687, i64 %1876
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep, i8 0, i64 128, i1 false)
  %2157 = getelementptr inbounds float, ptr %bet, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2157, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep686, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep688, i8 0, i64 256, i1 false)
  %2158 = getelementptr inbounds float, ptr %KT, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2158, align 4
  %2159 = getelementptr inbounds float, ptr %12, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2159, align 4
  %2160 = getelementptr inbounds float, ptr %13, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2160, align 4
  %2161 = getelementptr inbounds float, ptr %14, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2161, align 4
  %2162 = getelementptr inbounds float, ptr %15, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2162, align 4
  %2163 = getelementptr inbounds float, ptr %16, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2163, align 4
  %2164 = getelementptr inbounds float, ptr %17, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2164, align 4
  %2165 = getelementptr inbounds float, ptr %18, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2165, align 4
  %2166 = getelementptr inbounds float, ptr %19, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2166, align 4
  %2167 = getelementptr inbounds float, ptr %20, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2167, align 4
  %2168 = getelementptr inbounds float, ptr %21, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2168, align 4
  %2169 = getelementptr inbounds float, ptr %22, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2169, align 4
  %2170 = getelementptr inbounds float, ptr %23, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2170, align 4
  %2171 = getelementptr inbounds float, ptr %24, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2171, align 4
  %2172 = getelementptr inbounds float, ptr %25, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2172, align 4
  %2173 = getelementptr inbounds float, ptr %26, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2173, align 4
  %2174 = getelementptr inbounds float, ptr %27, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2174, align 4
  %2175 = getelementptr inbounds float, ptr %28, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2175, align 4
  %2176 = getelementptr inbounds float, ptr %29, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2176, align 4
  %2177 = getelementptr inbounds float, ptr %30, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2177, align 4
  %2178 = getelementptr inbounds float, ptr %31, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2178, align 4
  %2179 = getelementptr inbounds float, ptr %32, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2179, align 4
  %2180 = getelementptr inbounds float, ptr %33, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2180, align 4
  %2181 = getelementptr inbounds float, ptr %34, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2181, align 4
  %2182 = getelementptr inbounds float, ptr %35, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2182, align 4
  %2183 = getelementptr inbounds float, ptr %36, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2183, align 4
  %2184 = getelementptr inbounds float, ptr %37, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2184, align 4
  %2185 = getelementptr inbounds float, ptr %38, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2185, align 4
  %2186 = getelementptr inbounds float, ptr %39, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2186, align 4
  %2187 = getelementptr inbounds float, ptr %40, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2187, align 4
  %2188 = getelementptr inbounds float, ptr %41, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2188, align 4
  %2189 = getelementptr inbounds float, ptr %42, i64 %t.addr.0334.us
  store float 0.000000e+00, ptr %2189, align 4
  br label %endif.us

t2.head.preheader.us:                             ; preds = %p7.exit.us.1
  %2190 = icmp sgt i64 %2198, 0
  br i1 %2190, label %j14.head.preheader.us.preheader, label %j15.head.preheader.us.preheader

j15.head.preheader.us.preheader.loopexit.unr-lcssa: ; preds = %j14.head.preheader.us, %j14.head.preheader.us.preheader
  %t2.addr.0405.us.unr = phi i64 [ 0, %j14.head.preheader.us.preheader ], [ %t2.next.us.7, %j14.head.preheader.us ]
  %lcmp.mod1071.not = icmp eq i64 %xtraiter1069, 0
  br i1 %lcmp.mod1071.not, label %j15.head.preheader.us.preheader, label %j14.head.preheader.us.epil

j14.head.preheader.us.epil:                       ; preds = %j15.head.preheader.us.preheader.loopexit.unr-lcssa, %j14.head.preheader.us.epil
  %t2.addr.0405.us.epil = phi i64 [ %t2.next.us.epil, %j14.head.preheader.us.epil ], [ %t2.addr.0405.us.unr, %j15.head.preheader.us.preheader.loopexit.unr-lcssa ]
  %epil.iter1070 = phi i64 [ %epil.iter1070.next, %j14.head.preheader.us.epil ], [ 0, %j15.head.preheader.us.preheader.loopexit.unr-lcssa ]
  %2191 = mul i64 %10, %t2.addr.0405.us.epil
  %scevgep529.epil = getelementptr i8, ptr %2193, i64 %2191
  %2192 = shl nuw nsw i64 %t2.addr.0405.us.epil, 7
  %gep694.epil = getelementptr i8, ptr %invariant.gep693, i64 %2192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep529.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep694.epil, i64 128, i1 false)
  %t2.next.us.epil = add nuw nsw i64 %t2.addr.0405.us.epil, 1
  %epil.iter1070.next = add i64 %epil.iter1070, 1
  %epil.iter1070.cmp.not = icmp eq i64 %epil.iter1070.next, %xtraiter1069
  br i1 %epil.iter1070.cmp.not, label %j15.head.preheader.us.preheader, label %j14.head.preheader.us.epil, !llvm.loop !0

j15.head.preheader.us.preheader:                  ; preds = %j15.head.preheader.us.preheader.loopexit.unr-lcssa, %j14.head.preheader.us.epil, %t2.head.preheader.us
  br label %j15.head.preheader.us

j14.head.preheader.us.preheader:                  ; preds = %t2.head.preheader.us
  %2193 = getelementptr i8, ptr %119, i64 %2195
  %xtraiter1069 = and i64 %smax1068, 7
  %2194 = icmp slt i64 %indvars.iv, 8
  br i1 %2194, label %j15.head.preheader.us.preheader.loopexit.unr-lcssa, label %j14.head.preheader.us.preheader.new

j14.head.preheader.us.preheader.new:              ; preds = %j14.head.preheader.us.preheader
  %unroll_iter1072 = and i64 %smax1068, 120
  br label %j14.head.preheader.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %i16.exit.us
  %indvars.iv = phi i64 [ %T, %bh.body.us ], [ %indvars.iv.next, %i16.exit.us ]
  %ci.addr.0417.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %i16.exit.us ]
  %smin1067 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax1068 = tail call i64 @llvm.smax.i64(i64 %smin1067, i64 1)
  %2195 = mul i64 %9, %ci.addr.0417.us
  %2196 = add i64 %7, %ci.addr.0417.us
  %2197 = shl i64 %2196, 12
  %gep696 = getelementptr i8, ptr %invariant.gep695, i64 %2197
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep696, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.0417.us, 6
  %2198 = sub nsw i64 %T, %t0.us
  br label %t.body.us

ci.head.i17.head.preheader_crit_edge.us:          ; preds = %i16.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep537, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.0420.us, 1
  %indvar.next507 = add i64 %indvar506, 1
  %exitcond538.not = icmp eq i64 %indvar.next507, %11
  br i1 %exitcond538.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %2199 = add i64 %indvar, %bh0
  %2200 = shl i64 %2199, 12
  %scevgep505 = getelementptr i8, ptr %hT, i64 %2200
  %scevgep503 = getelementptr i8, ptr %h0, i64 %2200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %2201 = add i64 %indvar.next, %bh0
  %2202 = shl i64 %2201, 12
  %scevgep505.1 = getelementptr i8, ptr %hT, i64 %2202
  %scevgep503.1 = getelementptr i8, ptr %h0, i64 %2202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %2203 = add i64 %indvar.next.1, %bh0
  %2204 = shl i64 %2203, 12
  %scevgep505.2 = getelementptr i8, ptr %hT, i64 %2204
  %scevgep503.2 = getelementptr i8, ptr %h0, i64 %2204
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %2205 = add i64 %indvar.next.2, %bh0
  %2206 = shl i64 %2205, 12
  %scevgep505.3 = getelementptr i8, ptr %hT, i64 %2206
  %scevgep503.3 = getelementptr i8, ptr %h0, i64 %2206
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %2207 = add i64 %indvar.next.3, %bh0
  %2208 = shl i64 %2207, 12
  %scevgep505.4 = getelementptr i8, ptr %hT, i64 %2208
  %scevgep503.4 = getelementptr i8, ptr %h0, i64 %2208
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %2209 = add i64 %indvar.next.4, %bh0
  %2210 = shl i64 %2209, 12
  %scevgep505.5 = getelementptr i8, ptr %hT, i64 %2210
  %scevgep503.5 = getelementptr i8, ptr %h0, i64 %2210
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %2211 = add i64 %indvar.next.5, %bh0
  %2212 = shl i64 %2211, 12
  %scevgep505.6 = getelementptr i8, ptr %hT, i64 %2212
  %scevgep503.6 = getelementptr i8, ptr %h0, i64 %2212
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %2213 = add i64 %indvar.next.6, %bh0
  %2214 = shl i64 %2213, 12
  %scevgep505.7 = getelementptr i8, ptr %hT, i64 %2214
  %scevgep503.7 = getelementptr i8, ptr %h0, i64 %2214
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit996.unr-lcssa, label %bh.body

bh.exit.loopexit996.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit996.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit996.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit996.unr-lcssa ]
  %2215 = add i64 %indvar.epil, %bh0
  %2216 = shl i64 %2215, 12
  %scevgep505.epil = getelementptr i8, ptr %hT, i64 %2216
  %scevgep503.epil = getelementptr i8, ptr %h0, i64 %2216
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep505.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep503.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !2

bh.exit:                                          ; preds = %bh.exit.loopexit996.unr-lcssa, %bh.body.epil, %ci.head.i17.head.preheader_crit_edge.us, %entry
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
; ---- dp_bwd_h1_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c64_nogate'
source_filename = "dp_bwd_h1_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 282624
  %dSkPrev = getelementptr i8, ptr %work, i64 282752
  %dkTmp = getelementptr i8, ptr %work, i64 282880
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 274464
  %5 = getelementptr inbounds i8, ptr %work, i64 274496
  %6 = getelementptr inbounds i8, ptr %work, i64 274528
  %7 = getelementptr inbounds i8, ptr %work, i64 282784
  %8 = getelementptr inbounds i8, ptr %work, i64 282816
  %9 = getelementptr inbounds i8, ptr %work, i64 282848
  %10 = getelementptr inbounds i8, ptr %work, i64 282656
  %11 = getelementptr inbounds i8, ptr %work, i64 282688
  %12 = getelementptr inbounds i8, ptr %work, i64 282720
  %13 = add nsw i64 %bh0, 1
  %14 = mul i64 %nc, %13
  %15 = shl i64 %14, 12
  %16 = add i64 %15, -4096
  %17 = shl i64 %nc, 12
  %18 = shl nsw i64 %nc, 6
  %19 = add i64 %18, 144115188075855808
  %20 = mul i64 %19, %H
  %21 = mul i64 %H, -8192
  %22 = shl i64 %H, 7
  %23 = add i64 %T, 64
  %24 = sub i64 %23, %18
  %smax380 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %25 = sub i64 %bh1, %bh0
  %26 = getelementptr i8, ptr %work, i64 282912
  %27 = getelementptr i8, ptr %work, i64 282944
  %28 = getelementptr i8, ptr %work, i64 282976
  %29 = getelementptr i8, ptr %work, i64 274464
  %30 = getelementptr i8, ptr %work, i64 274496
  %31 = getelementptr i8, ptr %work, i64 274528
  %32 = getelementptr i8, ptr %work, i64 282784
  %33 = getelementptr i8, ptr %work, i64 282816
  %34 = getelementptr i8, ptr %work, i64 282848
  %35 = getelementptr i8, ptr %work, i64 282912
  %36 = getelementptr i8, ptr %work, i64 282944
  %37 = getelementptr i8, ptr %work, i64 282976
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i16.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i16.head.preheader ]
  %bh.addr.0345 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i16.head.preheader ]
  %38 = add i64 %indvar, %bh0
  %39 = shl i64 %38, 12
  %scevgep384 = getelementptr i8, ptr %dh0, i64 %39
  %40 = mul i64 %17, %indvar
  %41 = add i64 %16, %40
  %scevgep366 = getelementptr i8, ptr %dhT, i64 %39
  %b = sdiv i64 %bh.addr.0345, %H
  %h = srem i64 %bh.addr.0345, %H
  %42 = mul i64 %1, %b
  %bT = add i64 %42, %h
  %43 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %43
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %43
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep366, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %43
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %43
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %43
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %43
  %oh = getelementptr inbounds float, ptr %dout, i64 %43
  br i1 %3, label %cc.body.lr.ph, label %i16.head.preheader

bh.exit:                                          ; preds = %i16.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %44 = add i64 %20, %bT
  %45 = shl i64 %44, 7
  %46 = getelementptr i8, ptr %dq, i64 %45
  %47 = getelementptr i8, ptr %kh1, i64 32
  %48 = getelementptr i8, ptr %kh1, i64 64
  %49 = getelementptr i8, ptr %kh1, i64 96
  %50 = getelementptr i8, ptr %vh1, i64 32
  %51 = getelementptr i8, ptr %vh1, i64 64
  %52 = getelementptr i8, ptr %vh1, i64 96
  br label %cc.body

i16.head.preheader:                               ; preds = %j9.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep384, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0345, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond385.not = icmp eq i64 %indvar.next, %25
  br i1 %exitcond385.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j9.body.preheader
  %indvars.iv = phi i64 [ %24, %cc.body.lr.ph ], [ %indvars.iv.next, %j9.body.preheader ]
  %cc.addr.0342 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j9.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin376 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax377 = tail call i64 @llvm.smax.i64(i64 %smin376, i64 1)
  %smax372 = tail call i64 @llvm.smax.i64(i64 %smin376, i64 2)
  %53 = shl i64 %cc.addr.0342, 12
  %54 = sub i64 %41, %53
  %scevgep368 = getelementptr i8, ptr %hs, i64 %54
  %55 = xor i64 %cc.addr.0342, -1
  %ci = add nsw i64 %nc, %55
  %t0 = shl nsw i64 %ci, 6
  %56 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep368, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %56, i64 64)
  %57 = icmp sgt i64 %56, 0
  br i1 %57, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %58 = mul i64 %21, %cc.addr.0342
  %59 = getelementptr i8, ptr %46, i64 %58
  %xtraiter = and i64 %smax, 7
  %60 = icmp slt i64 %indvars.iv, 8
  br i1 %60, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0307.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0307.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0307.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %61 = mul i64 %22, %tl.addr.0307.epil
  %scevgep.epil = getelementptr i8, ptr %59, i64 %61
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0307.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %62 = mul nsw i64 %t0, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %62
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0307 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %63 = mul i64 %22, %tl.addr.0307
  %scevgep = getelementptr i8, ptr %59, i64 %63
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0307, 1
  %64 = mul i64 %22, %tl.next
  %scevgep.1 = getelementptr i8, ptr %59, i64 %64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0307, 2
  %65 = mul i64 %22, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %59, i64 %65
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0307, 3
  %66 = mul i64 %22, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %59, i64 %66
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0307, 4
  %67 = mul i64 %22, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %59, i64 %67
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0307, 5
  %68 = mul i64 %22, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %59, i64 %68
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0307, 6
  %69 = mul i64 %22, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %59, i64 %69
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0307, 7
  %70 = mul i64 %22, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %59, i64 %70
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0307, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0312 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %147, %i4.body ]
  %acc1.0311 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %152, %i4.body ]
  %acc2.0310 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %157, %i4.body ]
  %acc3.0309 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %162, %i4.body ]
  %i4.addr.0308 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0308
  %71 = load float, ptr %gep, align 4
  %72 = shl nuw nsw i64 %i4.addr.0308, 5
  %73 = getelementptr inbounds float, ptr %work, i64 %72
  %74 = load <8 x float>, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %Sh, i64 %72
  store <8 x float> %74, ptr %75, align 4
  %76 = insertelement <8 x float> poison, float %71, i64 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %74, <8 x float> %acc.0312)
  %79 = or disjoint i64 %72, 8
  %80 = getelementptr inbounds float, ptr %work, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %Sh, i64 %79
  store <8 x float> %81, ptr %82, align 4
  %83 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %81, <8 x float> %acc1.0311)
  %84 = or disjoint i64 %72, 16
  %85 = getelementptr inbounds float, ptr %work, i64 %84
  %86 = load <8 x float>, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %Sh, i64 %84
  store <8 x float> %86, ptr %87, align 4
  %88 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %86, <8 x float> %acc2.0310)
  %89 = or disjoint i64 %72, 24
  %90 = getelementptr inbounds float, ptr %work, i64 %89
  %91 = load <8 x float>, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %Sh, i64 %89
  store <8 x float> %91, ptr %92, align 4
  %93 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %91, <8 x float> %acc3.0309)
  %i4.next = or disjoint i64 %i4.addr.0308, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %94 = load float, ptr %gep.1, align 4
  %95 = shl nuw nsw i64 %i4.next, 5
  %96 = getelementptr inbounds float, ptr %work, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %Sh, i64 %95
  store <8 x float> %97, ptr %98, align 4
  %99 = insertelement <8 x float> poison, float %94, i64 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %97, <8 x float> %78)
  %102 = or disjoint i64 %95, 8
  %103 = getelementptr inbounds float, ptr %work, i64 %102
  %104 = load <8 x float>, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %Sh, i64 %102
  store <8 x float> %104, ptr %105, align 4
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %104, <8 x float> %83)
  %107 = or disjoint i64 %95, 16
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <8 x float>, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %Sh, i64 %107
  store <8 x float> %109, ptr %110, align 4
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %109, <8 x float> %88)
  %112 = or disjoint i64 %95, 24
  %113 = getelementptr inbounds float, ptr %work, i64 %112
  %114 = load <8 x float>, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %Sh, i64 %112
  store <8 x float> %114, ptr %115, align 4
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %114, <8 x float> %93)
  %i4.next.1 = or disjoint i64 %i4.addr.0308, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %117 = load float, ptr %gep.2, align 4
  %118 = shl nuw nsw i64 %i4.next.1, 5
  %119 = getelementptr inbounds float, ptr %work, i64 %118
  %120 = load <8 x float>, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %Sh, i64 %118
  store <8 x float> %120, ptr %121, align 4
  %122 = insertelement <8 x float> poison, float %117, i64 0
  %123 = shufflevector <8 x float> %122, <8 x float> poison, <8 x i32> zeroinitializer
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %120, <8 x float> %101)
  %125 = or disjoint i64 %118, 8
  %126 = getelementptr inbounds float, ptr %work, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %Sh, i64 %125
  store <8 x float> %127, ptr %128, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %127, <8 x float> %106)
  %130 = or disjoint i64 %118, 16
  %131 = getelementptr inbounds float, ptr %work, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = getelementptr inbounds float, ptr %Sh, i64 %130
  store <8 x float> %132, ptr %133, align 4
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %132, <8 x float> %111)
  %135 = or disjoint i64 %118, 24
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <8 x float>, ptr %136, align 4
  %138 = getelementptr inbounds float, ptr %Sh, i64 %135
  store <8 x float> %137, ptr %138, align 4
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %137, <8 x float> %116)
  %i4.next.2 = or disjoint i64 %i4.addr.0308, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %140 = load float, ptr %gep.3, align 4
  %141 = shl nuw nsw i64 %i4.next.2, 5
  %142 = getelementptr inbounds float, ptr %work, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %Sh, i64 %141
  store <8 x float> %143, ptr %144, align 4
  %145 = insertelement <8 x float> poison, float %140, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %143, <8 x float> %124)
  %148 = or disjoint i64 %141, 8
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = getelementptr inbounds float, ptr %Sh, i64 %148
  store <8 x float> %150, ptr %151, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %150, <8 x float> %129)
  %153 = or disjoint i64 %141, 16
  %154 = getelementptr inbounds float, ptr %work, i64 %153
  %155 = load <8 x float>, ptr %154, align 4
  %156 = getelementptr inbounds float, ptr %Sh, i64 %153
  store <8 x float> %155, ptr %156, align 4
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %155, <8 x float> %134)
  %158 = or disjoint i64 %141, 24
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = getelementptr inbounds float, ptr %Sh, i64 %158
  store <8 x float> %160, ptr %161, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %160, <8 x float> %139)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0308, 4
  %exitcond369.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond369.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %163 = mul nsw i64 %t0, %H
  %164 = getelementptr inbounds float, ptr %betah, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %vh, i64 %62
  %167 = load <8 x float>, ptr %166, align 4
  %168 = fsub <8 x float> %167, %147
  store <8 x float> %168, ptr %R, align 4
  %169 = insertelement <8 x float> poison, float %165, i64 0
  %170 = shufflevector <8 x float> %169, <8 x float> poison, <8 x i32> zeroinitializer
  %171 = fmul <8 x float> %170, %168
  %172 = or disjoint i64 %62, 8
  %173 = getelementptr inbounds float, ptr %vh, i64 %172
  %174 = load <8 x float>, ptr %173, align 4
  %175 = fsub <8 x float> %174, %152
  store <8 x float> %175, ptr %4, align 4
  %176 = fmul <8 x float> %170, %175
  %177 = or disjoint i64 %62, 16
  %178 = getelementptr inbounds float, ptr %vh, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = fsub <8 x float> %179, %157
  store <8 x float> %180, ptr %5, align 4
  %181 = fmul <8 x float> %170, %180
  %182 = or disjoint i64 %62, 24
  %183 = getelementptr inbounds float, ptr %vh, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fsub <8 x float> %184, %162
  store <8 x float> %185, ptr %6, align 4
  %186 = fmul <8 x float> %170, %185
  %187 = icmp sgt i64 %56, 1
  br i1 %187, label %i5.head.preheader, label %tl1.exit

i5.head.preheader:                                ; preds = %i4.exit, %i5.exit
  %delta.0322 = phi <8 x float> [ %283, %i5.exit ], [ %171, %i4.exit ]
  %delta1.0321 = phi <8 x float> [ %290, %i5.exit ], [ %176, %i4.exit ]
  %delta2.0320 = phi <8 x float> [ %297, %i5.exit ], [ %181, %i4.exit ]
  %delta3.0319 = phi <8 x float> [ %304, %i5.exit ], [ %186, %i4.exit ]
  %tl1.addr.0318 = phi i64 [ %tl1.next, %i5.exit ], [ 1, %i4.exit ]
  %188 = add nsw i64 %tl1.addr.0318, -1
  %189 = add nuw nsw i64 %188, %t0
  %190 = mul nsw i64 %189, %sq
  %191 = add nsw i64 %tl1.addr.0318, %t0
  %192 = mul nsw i64 %191, %sq
  %193 = shl nsw i64 %188, 10
  %194 = getelementptr inbounds float, ptr %oh, i64 %190
  %195 = load <8 x float>, ptr %194, align 4
  %196 = shl nsw i64 %tl1.addr.0318, 10
  %197 = or disjoint i64 %190, 8
  %198 = getelementptr inbounds float, ptr %oh, i64 %197
  %199 = load <8 x float>, ptr %198, align 4
  %200 = or disjoint i64 %190, 16
  %201 = getelementptr inbounds float, ptr %oh, i64 %200
  %202 = load <8 x float>, ptr %201, align 4
  %203 = or disjoint i64 %190, 24
  %204 = getelementptr inbounds float, ptr %oh, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %invariant.gep401 = getelementptr float, ptr %kh, i64 %192
  br label %i5.body

tl1.exit:                                         ; preds = %i5.exit, %i4.exit
  %delta3.0.lcssa = phi <8 x float> [ %186, %i4.exit ], [ %304, %i5.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %181, %i4.exit ], [ %297, %i5.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %176, %i4.exit ], [ %290, %i5.exit ]
  %delta.0.lcssa = phi <8 x float> [ %171, %i4.exit ], [ %283, %i5.exit ]
  %tlast = add nsw i64 %L, -1
  %206 = add nsw i64 %tlast, %t0
  %207 = mul nsw i64 %206, %sq
  %208 = shl nsw i64 %tlast, 10
  %209 = getelementptr inbounds float, ptr %oh, i64 %207
  %210 = load <8 x float>, ptr %209, align 4
  %211 = or disjoint i64 %207, 8
  %212 = getelementptr inbounds float, ptr %oh, i64 %211
  %213 = load <8 x float>, ptr %212, align 4
  %214 = or disjoint i64 %207, 16
  %215 = getelementptr inbounds float, ptr %oh, i64 %214
  %216 = load <8 x float>, ptr %215, align 4
  %217 = or disjoint i64 %207, 24
  %218 = getelementptr inbounds float, ptr %oh, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  br label %i6.body

i5.body:                                          ; preds = %i5.head.preheader, %i5.body
  %acc4.0317 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %236, %i5.body ]
  %acc536.0316 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %244, %i5.body ]
  %acc6.0315 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %252, %i5.body ]
  %acc7.0314 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %260, %i5.body ]
  %i5.addr.0313 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next, %i5.body ]
  %220 = or disjoint i64 %i5.addr.0313, %190
  %221 = getelementptr inbounds float, ptr %kh, i64 %220
  %222 = load float, ptr %221, align 4
  %gep402 = getelementptr float, ptr %invariant.gep401, i64 %i5.addr.0313
  %223 = load float, ptr %gep402, align 4
  %224 = insertelement <8 x float> poison, float %222, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = shl nuw nsw i64 %i5.addr.0313, 5
  %227 = add nuw nsw i64 %226, %193
  %228 = getelementptr inbounds float, ptr %Sh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta.0322, <8 x float> %229)
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %195, <8 x float> zeroinitializer)
  %232 = add nuw nsw i64 %226, %196
  %233 = getelementptr inbounds float, ptr %Sh, i64 %232
  store <8 x float> %230, ptr %233, align 4
  %234 = insertelement <8 x float> poison, float %223, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %230, <8 x float> %acc4.0317)
  %237 = or disjoint i64 %227, 8
  %238 = getelementptr inbounds float, ptr %Sh, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta1.0321, <8 x float> %239)
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %199, <8 x float> %231)
  %242 = or disjoint i64 %232, 8
  %243 = getelementptr inbounds float, ptr %Sh, i64 %242
  store <8 x float> %240, ptr %243, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %240, <8 x float> %acc536.0316)
  %245 = or disjoint i64 %227, 16
  %246 = getelementptr inbounds float, ptr %Sh, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta2.0320, <8 x float> %247)
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %202, <8 x float> %241)
  %250 = or disjoint i64 %232, 16
  %251 = getelementptr inbounds float, ptr %Sh, i64 %250
  store <8 x float> %248, ptr %251, align 4
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %248, <8 x float> %acc6.0315)
  %253 = or disjoint i64 %227, 24
  %254 = getelementptr inbounds float, ptr %Sh, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta3.0319, <8 x float> %255)
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %205, <8 x float> %249)
  %258 = or disjoint i64 %232, 24
  %259 = getelementptr inbounds float, ptr %Sh, i64 %258
  store <8 x float> %256, ptr %259, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %256, <8 x float> %acc7.0314)
  %261 = getelementptr inbounds float, ptr %qh1, i64 %220
  %262 = load float, ptr %261, align 4
  %263 = shufflevector <8 x float> %257, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %264 = shufflevector <8 x float> %257, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %265 = fadd <4 x float> %263, %264
  %266 = shufflevector <4 x float> %265, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %267 = shufflevector <4 x float> %265, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %268 = fadd <2 x float> %266, %267
  %shift = shufflevector <2 x float> %268, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %269 = fadd <2 x float> %268, %shift
  %270 = extractelement <2 x float> %269, i64 0
  %271 = fmul float %270, 0x3FC6A09E60000000
  %272 = fadd float %262, %271
  store float %272, ptr %261, align 4
  %i5.next = add nuw nsw i64 %i5.addr.0313, 1
  %exitcond370.not = icmp eq i64 %i5.next, 32
  br i1 %exitcond370.not, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %273 = mul nsw i64 %191, %H
  %274 = getelementptr inbounds float, ptr %betah, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = getelementptr inbounds float, ptr %vh, i64 %192
  %277 = load <8 x float>, ptr %276, align 4
  %278 = fsub <8 x float> %277, %236
  %279 = shl nsw i64 %tl1.addr.0318, 5
  %280 = getelementptr inbounds float, ptr %R, i64 %279
  store <8 x float> %278, ptr %280, align 4
  %281 = insertelement <8 x float> poison, float %275, i64 0
  %282 = shufflevector <8 x float> %281, <8 x float> poison, <8 x i32> zeroinitializer
  %283 = fmul <8 x float> %282, %278
  %284 = or disjoint i64 %192, 8
  %285 = getelementptr inbounds float, ptr %vh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = fsub <8 x float> %286, %244
  %288 = or disjoint i64 %279, 8
  %289 = getelementptr inbounds float, ptr %R, i64 %288
  store <8 x float> %287, ptr %289, align 4
  %290 = fmul <8 x float> %282, %287
  %291 = or disjoint i64 %192, 16
  %292 = getelementptr inbounds float, ptr %vh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = fsub <8 x float> %293, %252
  %295 = or disjoint i64 %279, 16
  %296 = getelementptr inbounds float, ptr %R, i64 %295
  store <8 x float> %294, ptr %296, align 4
  %297 = fmul <8 x float> %282, %294
  %298 = or disjoint i64 %192, 24
  %299 = getelementptr inbounds float, ptr %vh, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = fsub <8 x float> %300, %260
  %302 = or disjoint i64 %279, 24
  %303 = getelementptr inbounds float, ptr %R, i64 %302
  store <8 x float> %301, ptr %303, align 4
  %304 = fmul <8 x float> %282, %301
  %tl1.next = add nuw nsw i64 %tl1.addr.0318, 1
  %exitcond373.not = icmp eq i64 %tl1.next, %smax372
  br i1 %exitcond373.not, label %tl1.exit, label %i5.head.preheader

tt.head.preheader:                                ; preds = %i6.body
  br i1 %57, label %tt.body, label %j8.head.preheader

i6.body:                                          ; preds = %i6.body, %tl1.exit
  %i6.addr.0326 = phi i64 [ 0, %tl1.exit ], [ %i6.next.1, %i6.body ]
  %305 = or disjoint i64 %i6.addr.0326, %207
  %306 = getelementptr inbounds float, ptr %kh, i64 %305
  %307 = load float, ptr %306, align 4
  %308 = insertelement <8 x float> poison, float %307, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> poison, <8 x i32> zeroinitializer
  %310 = shl nuw nsw i64 %i6.addr.0326, 5
  %311 = add nuw nsw i64 %310, %208
  %312 = getelementptr inbounds float, ptr %Sh, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta.0.lcssa, <8 x float> %313)
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %210, <8 x float> zeroinitializer)
  %316 = or disjoint i64 %311, 8
  %317 = getelementptr inbounds float, ptr %Sh, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta1.0.lcssa, <8 x float> %318)
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %213, <8 x float> %315)
  %321 = or disjoint i64 %311, 16
  %322 = getelementptr inbounds float, ptr %Sh, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta2.0.lcssa, <8 x float> %323)
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %216, <8 x float> %320)
  %326 = or disjoint i64 %311, 24
  %327 = getelementptr inbounds float, ptr %Sh, i64 %326
  %328 = load <8 x float>, ptr %327, align 4
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta3.0.lcssa, <8 x float> %328)
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %219, <8 x float> %325)
  %331 = getelementptr inbounds float, ptr %qh1, i64 %305
  %332 = load float, ptr %331, align 4
  %333 = shufflevector <8 x float> %330, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %334 = shufflevector <8 x float> %330, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %335 = fadd <4 x float> %333, %334
  %336 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %337 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %338 = fadd <2 x float> %336, %337
  %shift420 = shufflevector <2 x float> %338, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %339 = fadd <2 x float> %338, %shift420
  %340 = extractelement <2 x float> %339, i64 0
  %341 = fmul float %340, 0x3FC6A09E60000000
  %342 = fadd float %332, %341
  store float %342, ptr %331, align 4
  %i6.next = or disjoint i64 %i6.addr.0326, 1
  %343 = or disjoint i64 %i6.next, %207
  %344 = getelementptr inbounds float, ptr %kh, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = insertelement <8 x float> poison, float %345, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = shl nuw nsw i64 %i6.next, 5
  %349 = add nuw nsw i64 %348, %208
  %350 = getelementptr inbounds float, ptr %Sh, i64 %349
  %351 = load <8 x float>, ptr %350, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta.0.lcssa, <8 x float> %351)
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %210, <8 x float> zeroinitializer)
  %354 = or disjoint i64 %349, 8
  %355 = getelementptr inbounds float, ptr %Sh, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta1.0.lcssa, <8 x float> %356)
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %213, <8 x float> %353)
  %359 = or disjoint i64 %349, 16
  %360 = getelementptr inbounds float, ptr %Sh, i64 %359
  %361 = load <8 x float>, ptr %360, align 4
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta2.0.lcssa, <8 x float> %361)
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %216, <8 x float> %358)
  %364 = or disjoint i64 %349, 24
  %365 = getelementptr inbounds float, ptr %Sh, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta3.0.lcssa, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %219, <8 x float> %363)
  %369 = getelementptr inbounds float, ptr %qh1, i64 %343
  %370 = load float, ptr %369, align 4
  %371 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %372 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %373 = fadd <4 x float> %371, %372
  %374 = shufflevector <4 x float> %373, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %375 = shufflevector <4 x float> %373, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %376 = fadd <2 x float> %374, %375
  %shift420.1 = shufflevector <2 x float> %376, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %377 = fadd <2 x float> %376, %shift420.1
  %378 = extractelement <2 x float> %377, i64 0
  %379 = fmul float %378, 0x3FC6A09E60000000
  %380 = fadd float %370, %379
  store float %380, ptr %369, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0326, 2
  %exitcond374.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond374.not.1, label %tt.head.preheader, label %i6.body

j8.head.preheader:                                ; preds = %endif, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %381 = fneg float %165
  br label %i14.body

tt.body:                                          ; preds = %tt.head.preheader, %endif
  %tt.addr.0338 = phi i64 [ %tt.next, %endif ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0338
  %382 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %382, i64 %tlast)
  %383 = add nsw i64 %ptl, %t0
  %384 = mul nsw i64 %383, %H
  %385 = getelementptr inbounds float, ptr %betah, i64 %384
  %386 = load float, ptr %385, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %387 = icmp slt i64 %382, %L
  %.neg = fneg float %386
  %388 = select i1 %387, float %.neg, float -0.000000e+00
  %389 = mul nsw i64 %383, %sq
  %390 = shl nsw i64 %ptl, 10
  %391 = shl nsw i64 %ptl, 5
  %392 = getelementptr inbounds float, ptr %R, i64 %391
  %393 = or disjoint i64 %391, 8
  %394 = getelementptr inbounds float, ptr %R, i64 %393
  %395 = or disjoint i64 %391, 16
  %396 = getelementptr inbounds float, ptr %R, i64 %395
  %397 = or disjoint i64 %391, 24
  %398 = getelementptr inbounds float, ptr %R, i64 %397
  %399 = add nsw i64 %tl2, %t0
  %400 = mul nsw i64 %399, %sq
  %401 = getelementptr inbounds float, ptr %oh, i64 %400
  %402 = load <8 x float>, ptr %401, align 4
  %403 = or disjoint i64 %400, 8
  %404 = getelementptr inbounds float, ptr %oh, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = or disjoint i64 %400, 16
  %407 = getelementptr inbounds float, ptr %oh, i64 %406
  %408 = load <8 x float>, ptr %407, align 4
  %409 = or disjoint i64 %400, 24
  %410 = getelementptr inbounds float, ptr %oh, i64 %409
  %411 = load <8 x float>, ptr %410, align 4
  %invariant.gep403 = getelementptr float, ptr %kh, i64 %389
  br label %i8.body

i8.body:                                          ; preds = %tt.body, %i8.body
  %dsk.0332 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %489, %i8.body ]
  %dsk1.0331 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %490, %i8.body ]
  %dsk2.0330 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %491, %i8.body ]
  %dsk3.0329 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %492, %i8.body ]
  %i8.addr.0328 = phi i64 [ 0, %tt.body ], [ %i8.next, %i8.body ]
  %412 = shl nuw nsw i64 %i8.addr.0328, 5
  %413 = getelementptr inbounds float, ptr %dS, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = or disjoint i64 %412, 8
  %416 = getelementptr inbounds float, ptr %dS, i64 %415
  %417 = load <8 x float>, ptr %416, align 4
  %418 = or disjoint i64 %412, 16
  %419 = getelementptr inbounds float, ptr %dS, i64 %418
  %420 = load <8 x float>, ptr %419, align 4
  %421 = or disjoint i64 %412, 24
  %422 = getelementptr inbounds float, ptr %dS, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %gep404 = getelementptr float, ptr %invariant.gep403, i64 %i8.addr.0328
  %424 = load float, ptr %gep404, align 4
  %425 = fmul float %388, %424
  %426 = load <8 x float>, ptr %dSkPrev, align 4
  %427 = add nuw nsw i64 %412, %390
  %428 = getelementptr inbounds float, ptr %Sh, i64 %427
  %429 = load <8 x float>, ptr %428, align 4
  %430 = load <8 x float>, ptr %392, align 4
  %431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %430, <8 x float> zeroinitializer)
  %432 = fneg <8 x float> %429
  %433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %426, <8 x float> %431)
  %434 = insertelement <8 x float> poison, float %425, i64 0
  %435 = shufflevector <8 x float> %434, <8 x float> poison, <8 x i32> zeroinitializer
  %436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %426, <8 x float> %414)
  %437 = load <8 x float>, ptr %7, align 4
  %438 = or disjoint i64 %427, 8
  %439 = getelementptr inbounds float, ptr %Sh, i64 %438
  %440 = load <8 x float>, ptr %439, align 4
  %441 = load <8 x float>, ptr %394, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %441, <8 x float> %433)
  %443 = fneg <8 x float> %440
  %444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> %437, <8 x float> %442)
  %445 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %437, <8 x float> %417)
  %446 = load <8 x float>, ptr %8, align 4
  %447 = or disjoint i64 %427, 16
  %448 = getelementptr inbounds float, ptr %Sh, i64 %447
  %449 = load <8 x float>, ptr %448, align 4
  %450 = load <8 x float>, ptr %396, align 4
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %450, <8 x float> %444)
  %452 = fneg <8 x float> %449
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %446, <8 x float> %451)
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %446, <8 x float> %420)
  %455 = load <8 x float>, ptr %9, align 4
  %456 = or disjoint i64 %427, 24
  %457 = getelementptr inbounds float, ptr %Sh, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = load <8 x float>, ptr %398, align 4
  %460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %423, <8 x float> %459, <8 x float> %453)
  %461 = fneg <8 x float> %458
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %455, <8 x float> %460)
  %463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %455, <8 x float> %423)
  %464 = getelementptr inbounds float, ptr %dkTmp, i64 %i8.addr.0328
  %465 = load float, ptr %464, align 4
  %466 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %467 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %468 = fadd <4 x float> %466, %467
  %469 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %470 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %471 = fadd <2 x float> %469, %470
  %shift421 = shufflevector <2 x float> %471, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %472 = fadd <2 x float> %471, %shift421
  %473 = extractelement <2 x float> %472, i64 0
  %474 = fadd float %465, %473
  store float %474, ptr %464, align 4
  %475 = or disjoint i64 %i8.addr.0328, %400
  %476 = getelementptr inbounds float, ptr %qh, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = fmul float %477, 0x3FC6A09E60000000
  %479 = insertelement <8 x float> poison, float %478, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %402, <8 x float> %436)
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %405, <8 x float> %445)
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %408, <8 x float> %454)
  %484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %411, <8 x float> %463)
  %485 = getelementptr inbounds float, ptr %kh, i64 %475
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> poison, float %486, i64 0
  %488 = shufflevector <8 x float> %487, <8 x float> poison, <8 x i32> zeroinitializer
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %481, <8 x float> %dsk.0332)
  %490 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %482, <8 x float> %dsk1.0331)
  %491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %483, <8 x float> %dsk2.0330)
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %484, <8 x float> %dsk3.0329)
  store <8 x float> %481, ptr %413, align 4
  store <8 x float> %482, ptr %416, align 4
  store <8 x float> %483, ptr %419, align 4
  store <8 x float> %484, ptr %422, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0328, 1
  %exitcond375.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond375.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  store <8 x float> %489, ptr %dSk, align 4
  store <8 x float> %490, ptr %10, align 4
  store <8 x float> %491, ptr %11, align 4
  store <8 x float> %492, ptr %12, align 4
  br i1 %387, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i8.exit
  %493 = insertelement <8 x float> poison, float %386, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = load <8 x float>, ptr %dkTmp, align 4
  %496 = fmul <8 x float> %494, %495
  %497 = getelementptr float, ptr %kh1, i64 %389
  store <8 x float> %496, ptr %497, align 4
  %498 = load <8 x float>, ptr %26, align 4
  %499 = fmul <8 x float> %494, %498
  %500 = getelementptr float, ptr %47, i64 %389
  store <8 x float> %499, ptr %500, align 4
  %501 = load <8 x float>, ptr %27, align 4
  %502 = fmul <8 x float> %494, %501
  %503 = getelementptr float, ptr %48, i64 %389
  store <8 x float> %502, ptr %503, align 4
  %504 = load <8 x float>, ptr %28, align 4
  %505 = fmul <8 x float> %494, %504
  %506 = getelementptr float, ptr %49, i64 %389
  store <8 x float> %505, ptr %506, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i8.exit
  %507 = mul nsw i64 %399, %H
  %508 = getelementptr inbounds float, ptr %betah, i64 %507
  %509 = load float, ptr %508, align 4
  %510 = insertelement <8 x float> poison, float %509, i64 0
  %511 = shufflevector <8 x float> %510, <8 x float> poison, <8 x i32> zeroinitializer
  %512 = fmul <8 x float> %511, %489
  %513 = getelementptr float, ptr %vh1, i64 %400
  store <8 x float> %512, ptr %513, align 4
  %514 = fmul <8 x float> %511, %490
  %515 = getelementptr float, ptr %50, i64 %400
  store <8 x float> %514, ptr %515, align 4
  %516 = fmul <8 x float> %511, %491
  %517 = getelementptr float, ptr %51, i64 %400
  store <8 x float> %516, ptr %517, align 4
  %518 = fmul <8 x float> %511, %492
  %519 = getelementptr float, ptr %52, i64 %400
  store <8 x float> %518, ptr %519, align 4
  %.idx347 = shl i64 %tl2, 7
  %520 = getelementptr i8, ptr %R, i64 %.idx347
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %489, <8 x float> %521, <8 x float> zeroinitializer)
  %523 = getelementptr i8, ptr %29, i64 %.idx347
  %524 = load <8 x float>, ptr %523, align 4
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %524, <8 x float> %522)
  %526 = getelementptr i8, ptr %30, i64 %.idx347
  %527 = load <8 x float>, ptr %526, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> %527, <8 x float> %525)
  %529 = getelementptr i8, ptr %31, i64 %.idx347
  %530 = load <8 x float>, ptr %529, align 4
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %530, <8 x float> %528)
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %533 = shufflevector <8 x float> %531, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %534 = fadd <4 x float> %532, %533
  %535 = shufflevector <4 x float> %534, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %536 = shufflevector <4 x float> %534, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %537 = fadd <2 x float> %535, %536
  %shift422 = shufflevector <2 x float> %537, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %538 = fadd <2 x float> %537, %shift422
  %539 = extractelement <2 x float> %538, i64 0
  %540 = getelementptr inbounds float, ptr %betah1, i64 %507
  store float %539, ptr %540, align 4
  store <8 x float> %489, ptr %dSkPrev, align 4
  store <8 x float> %490, ptr %32, align 4
  store <8 x float> %491, ptr %33, align 4
  store <8 x float> %492, ptr %34, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0338, 1
  %exitcond378.not = icmp eq i64 %tt.next, %smax377
  br i1 %exitcond378.not, label %j8.head.preheader, label %tt.body

i14.body:                                         ; preds = %j8.head.preheader, %i14.body
  %i14.addr.0340 = phi i64 [ 0, %j8.head.preheader ], [ %i14.next, %i14.body ]
  %541 = shl nuw nsw i64 %i14.addr.0340, 5
  %542 = getelementptr inbounds float, ptr %dS, i64 %541
  %543 = load <8 x float>, ptr %542, align 4
  %544 = or disjoint i64 %541, 8
  %545 = getelementptr inbounds float, ptr %dS, i64 %544
  %546 = load <8 x float>, ptr %545, align 4
  %547 = or disjoint i64 %541, 16
  %548 = getelementptr inbounds float, ptr %dS, i64 %547
  %549 = load <8 x float>, ptr %548, align 4
  %550 = or disjoint i64 %541, 24
  %551 = getelementptr inbounds float, ptr %dS, i64 %550
  %552 = load <8 x float>, ptr %551, align 4
  %553 = or disjoint i64 %i14.addr.0340, %62
  %554 = getelementptr inbounds float, ptr %kh, i64 %553
  %555 = load float, ptr %554, align 4
  %556 = fmul float %555, %381
  %557 = load <8 x float>, ptr %dSkPrev, align 4
  %558 = getelementptr inbounds float, ptr %Sh, i64 %541
  %559 = load <8 x float>, ptr %558, align 4
  %560 = load <8 x float>, ptr %R, align 4
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %560, <8 x float> zeroinitializer)
  %562 = fneg <8 x float> %559
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %557, <8 x float> %561)
  %564 = insertelement <8 x float> poison, float %556, i64 0
  %565 = shufflevector <8 x float> %564, <8 x float> poison, <8 x i32> zeroinitializer
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %557, <8 x float> %543)
  %567 = load <8 x float>, ptr %7, align 4
  %568 = getelementptr inbounds float, ptr %Sh, i64 %544
  %569 = load <8 x float>, ptr %568, align 4
  %570 = load <8 x float>, ptr %4, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %570, <8 x float> %563)
  %572 = fneg <8 x float> %569
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %567, <8 x float> %571)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %567, <8 x float> %546)
  %575 = load <8 x float>, ptr %8, align 4
  %576 = getelementptr inbounds float, ptr %Sh, i64 %547
  %577 = load <8 x float>, ptr %576, align 4
  %578 = load <8 x float>, ptr %5, align 4
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %578, <8 x float> %573)
  %580 = fneg <8 x float> %577
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %580, <8 x float> %575, <8 x float> %579)
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %575, <8 x float> %549)
  %583 = load <8 x float>, ptr %9, align 4
  %584 = getelementptr inbounds float, ptr %Sh, i64 %550
  %585 = load <8 x float>, ptr %584, align 4
  %586 = load <8 x float>, ptr %6, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %586, <8 x float> %581)
  %588 = fneg <8 x float> %585
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %583, <8 x float> %587)
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %583, <8 x float> %552)
  %591 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0340
  %592 = load float, ptr %591, align 4
  %593 = shufflevector <8 x float> %589, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %594 = shufflevector <8 x float> %589, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %595 = fadd <4 x float> %593, %594
  %596 = shufflevector <4 x float> %595, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %597 = shufflevector <4 x float> %595, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %598 = fadd <2 x float> %596, %597
  %shift423 = shufflevector <2 x float> %598, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %599 = fadd <2 x float> %598, %shift423
  %600 = extractelement <2 x float> %599, i64 0
  %601 = fadd float %592, %600
  store float %601, ptr %591, align 4
  store <8 x float> %566, ptr %542, align 4
  store <8 x float> %574, ptr %545, align 4
  store <8 x float> %582, ptr %548, align 4
  store <8 x float> %590, ptr %551, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0340, 1
  %exitcond379.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond379.not, label %j9.body.preheader, label %i14.body

j9.body.preheader:                                ; preds = %i14.body
  %602 = load <8 x float>, ptr %dkTmp, align 4
  %603 = fmul <8 x float> %170, %602
  %604 = getelementptr inbounds float, ptr %kh1, i64 %62
  store <8 x float> %603, ptr %604, align 4
  %605 = load <8 x float>, ptr %35, align 4
  %606 = fmul <8 x float> %170, %605
  %607 = getelementptr inbounds float, ptr %kh1, i64 %172
  store <8 x float> %606, ptr %607, align 4
  %608 = load <8 x float>, ptr %36, align 4
  %609 = fmul <8 x float> %170, %608
  %610 = getelementptr inbounds float, ptr %kh1, i64 %177
  store <8 x float> %609, ptr %610, align 4
  %611 = load <8 x float>, ptr %37, align 4
  %612 = fmul <8 x float> %170, %611
  %613 = getelementptr inbounds float, ptr %kh1, i64 %182
  store <8 x float> %612, ptr %613, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0342, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond381.not = icmp eq i64 %cc.next, %smax380
  br i1 %exitcond381.not, label %i16.head.preheader, label %cc.body
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
  %bh.addr.0119 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.0119, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.0119
  %S.idx = shl nsw i64 %bh.addr.0119, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0109 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %50, %i.body ]
  %acc1.0108 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %54, %i.body ]
  %acc2.0107 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %58, %i.body ]
  %acc3.0106 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %62, %i.body ]
  %acc4.0105 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %acc5.0104 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %75, %i.body ]
  %acc6.0103 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %79, %i.body ]
  %acc7.0102 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %83, %i.body ]
  %i.addr.0101 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0101
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.0101, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <8 x float>, ptr %5, align 4
  %7 = insertelement <8 x float> poison, float %3, i64 0
  %8 = shufflevector <8 x float> %7, <8 x float> poison, <8 x i32> zeroinitializer
  %9 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %6, <8 x float> %acc.0109)
  %10 = or disjoint i64 %4, 8
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <8 x float>, ptr %11, align 4
  %13 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %12, <8 x float> %acc1.0108)
  %14 = or disjoint i64 %4, 16
  %15 = getelementptr inbounds float, ptr %S, i64 %14
  %16 = load <8 x float>, ptr %15, align 4
  %17 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %16, <8 x float> %acc2.0107)
  %18 = or disjoint i64 %4, 24
  %19 = getelementptr inbounds float, ptr %S, i64 %18
  %20 = load <8 x float>, ptr %19, align 4
  %21 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %20, <8 x float> %acc3.0106)
  %22 = or disjoint i64 %i.addr.0101, 1
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %22, 5
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = insertelement <8 x float> poison, float %24, i64 0
  %29 = shufflevector <8 x float> %28, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %27, <8 x float> %acc4.0105)
  %31 = or disjoint i64 %25, 8
  %32 = getelementptr inbounds float, ptr %S, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %33, <8 x float> %acc5.0104)
  %35 = or disjoint i64 %25, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %37, <8 x float> %acc6.0103)
  %39 = or disjoint i64 %25, 24
  %40 = getelementptr inbounds float, ptr %S, i64 %39
  %41 = load <8 x float>, ptr %40, align 4
  %42 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %41, <8 x float> %acc7.0102)
  %i.next = or disjoint i64 %i.addr.0101, 2
  %43 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %44 = load float, ptr %43, align 4
  %45 = shl nuw nsw i64 %i.next, 5
  %46 = getelementptr inbounds float, ptr %S, i64 %45
  %47 = load <8 x float>, ptr %46, align 4
  %48 = insertelement <8 x float> poison, float %44, i64 0
  %49 = shufflevector <8 x float> %48, <8 x float> poison, <8 x i32> zeroinitializer
  %50 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> %9)
  %51 = or disjoint i64 %45, 8
  %52 = getelementptr inbounds float, ptr %S, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %53, <8 x float> %13)
  %55 = or disjoint i64 %45, 16
  %56 = getelementptr inbounds float, ptr %S, i64 %55
  %57 = load <8 x float>, ptr %56, align 4
  %58 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %57, <8 x float> %17)
  %59 = or disjoint i64 %45, 24
  %60 = getelementptr inbounds float, ptr %S, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %61, <8 x float> %21)
  %63 = or disjoint i64 %i.addr.0101, 3
  %64 = getelementptr inbounds float, ptr %kh, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = shl nuw nsw i64 %63, 5
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %65, i64 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %68, <8 x float> %30)
  %72 = or disjoint i64 %66, 8
  %73 = getelementptr inbounds float, ptr %S, i64 %72
  %74 = load <8 x float>, ptr %73, align 4
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %74, <8 x float> %34)
  %76 = or disjoint i64 %66, 16
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %78, <8 x float> %38)
  %80 = or disjoint i64 %66, 24
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <8 x float>, ptr %81, align 4
  %83 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %82, <8 x float> %42)
  %i.next.1 = add nuw nsw i64 %i.addr.0101, 4
  %84 = icmp ult i64 %i.next, 30
  br i1 %84, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %85 = load float, ptr %betah, align 4
  %86 = load <8 x float>, ptr %vh, align 4
  %87 = fadd <8 x float> %71, %50
  %88 = fsub <8 x float> %86, %87
  %89 = insertelement <8 x float> poison, float %85, i64 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = fmul <8 x float> %90, %88
  %92 = getelementptr inbounds i8, ptr %vh, i64 32
  %93 = load <8 x float>, ptr %92, align 4
  %94 = fadd <8 x float> %75, %54
  %95 = fsub <8 x float> %93, %94
  %96 = fmul <8 x float> %90, %95
  %97 = getelementptr inbounds i8, ptr %vh, i64 64
  %98 = load <8 x float>, ptr %97, align 4
  %99 = fadd <8 x float> %79, %58
  %100 = fsub <8 x float> %98, %99
  %101 = fmul <8 x float> %90, %100
  %102 = getelementptr inbounds i8, ptr %vh, i64 96
  %103 = load <8 x float>, ptr %102, align 4
  %104 = fadd <8 x float> %83, %62
  %105 = fsub <8 x float> %103, %104
  %106 = fmul <8 x float> %90, %105
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.0118 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc11.0113 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %162, %i1.body ]
  %acc10.0112 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %157, %i1.body ]
  %acc9.0111 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %152, %i1.body ]
  %acc832.0110 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %147, %i1.body ]
  %107 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0118
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.0118
  %110 = load float, ptr %109, align 4
  %111 = insertelement <8 x float> poison, float %108, i64 0
  %112 = shufflevector <8 x float> %111, <8 x float> poison, <8 x i32> zeroinitializer
  %113 = shl nuw nsw i64 %i1.addr.0118, 5
  %114 = getelementptr inbounds float, ptr %S, i64 %113
  %115 = load <8 x float>, ptr %114, align 4
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %91, <8 x float> %115)
  store <8 x float> %116, ptr %114, align 4
  %117 = insertelement <8 x float> poison, float %110, i64 0
  %118 = shufflevector <8 x float> %117, <8 x float> poison, <8 x i32> zeroinitializer
  %119 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %116, <8 x float> %acc832.0110)
  %120 = or disjoint i64 %113, 8
  %121 = getelementptr inbounds float, ptr %S, i64 %120
  %122 = load <8 x float>, ptr %121, align 4
  %123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %96, <8 x float> %122)
  store <8 x float> %123, ptr %121, align 4
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %123, <8 x float> %acc9.0111)
  %125 = or disjoint i64 %113, 16
  %126 = getelementptr inbounds float, ptr %S, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %101, <8 x float> %127)
  store <8 x float> %128, ptr %126, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %128, <8 x float> %acc10.0112)
  %130 = or disjoint i64 %113, 24
  %131 = getelementptr inbounds float, ptr %S, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %106, <8 x float> %132)
  store <8 x float> %133, ptr %131, align 4
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %133, <8 x float> %acc11.0113)
  %i1.next = or disjoint i64 %i1.addr.0118, 1
  %135 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %136 = load float, ptr %135, align 4
  %137 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %138 = load float, ptr %137, align 4
  %139 = insertelement <8 x float> poison, float %136, i64 0
  %140 = shufflevector <8 x float> %139, <8 x float> poison, <8 x i32> zeroinitializer
  %141 = shl nuw nsw i64 %i1.next, 5
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %91, <8 x float> %143)
  store <8 x float> %144, ptr %142, align 4
  %145 = insertelement <8 x float> poison, float %138, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %144, <8 x float> %119)
  %148 = or disjoint i64 %141, 8
  %149 = getelementptr inbounds float, ptr %S, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %96, <8 x float> %150)
  store <8 x float> %151, ptr %149, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %151, <8 x float> %124)
  %153 = or disjoint i64 %141, 16
  %154 = getelementptr inbounds float, ptr %S, i64 %153
  %155 = load <8 x float>, ptr %154, align 4
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %101, <8 x float> %155)
  store <8 x float> %156, ptr %154, align 4
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %156, <8 x float> %129)
  %158 = or disjoint i64 %141, 24
  %159 = getelementptr inbounds float, ptr %S, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %106, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %161, <8 x float> %134)
  %i1.next.1 = add nuw nsw i64 %i1.addr.0118, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %163 = fmul <8 x float> %147, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %163, ptr %oh, align 4
  %164 = fmul <8 x float> %152, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %165 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %164, ptr %165, align 4
  %166 = fmul <8 x float> %157, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %167 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %166, ptr %167, align 4
  %168 = fmul <8 x float> %162, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %169 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %168, ptr %169, align 4
  %bh.next = add nsw i64 %bh.addr.0119, 1
  %exitcond131.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond131.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
