; ---- dp_fwd_h2_k32_v32_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_c32_nogate'
source_filename = "dp_fwd_h2_k32_v32_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %A = getelementptr inbounds i8, ptr %work, i64 36864
  %KT = getelementptr inbounds i8, ptr %work, i64 12288
  %Kc = getelementptr inbounds i8, ptr %work, i64 4096
  %Oc = getelementptr inbounds i8, ptr %work, i64 65536
  %P = getelementptr inbounds i8, ptr %work, i64 57344
  %Qc = getelementptr inbounds i8, ptr %work, i64 53248
  %X = getelementptr inbounds i8, ptr %work, i64 20480
  %bet = getelementptr inbounds i8, ptr %work, i64 73984
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = shl i64 %H, 12
  %7 = shl i64 %H, 7
  %smax544 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 53248
  %invariant.gep706 = getelementptr i8, ptr %work, i64 4096
  %invariant.gep708 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep710 = getelementptr i8, ptr %work, i64 4224
  %invariant.gep712 = getelementptr i8, ptr %work, i64 20736
  %9 = getelementptr inbounds i8, ptr %work, i64 12544
  %10 = getelementptr inbounds i8, ptr %work, i64 12800
  %11 = getelementptr inbounds i8, ptr %work, i64 13056
  %12 = getelementptr inbounds i8, ptr %work, i64 13312
  %13 = getelementptr inbounds i8, ptr %work, i64 13568
  %14 = getelementptr inbounds i8, ptr %work, i64 13824
  %15 = getelementptr inbounds i8, ptr %work, i64 14080
  %16 = getelementptr inbounds i8, ptr %work, i64 14336
  %17 = getelementptr inbounds i8, ptr %work, i64 14592
  %18 = getelementptr inbounds i8, ptr %work, i64 14848
  %19 = getelementptr inbounds i8, ptr %work, i64 15104
  %20 = getelementptr inbounds i8, ptr %work, i64 15360
  %21 = getelementptr inbounds i8, ptr %work, i64 15616
  %22 = getelementptr inbounds i8, ptr %work, i64 15872
  %23 = getelementptr inbounds i8, ptr %work, i64 16128
  %24 = getelementptr inbounds i8, ptr %work, i64 16384
  %25 = getelementptr inbounds i8, ptr %work, i64 16640
  %26 = getelementptr inbounds i8, ptr %work, i64 16896
  %27 = getelementptr inbounds i8, ptr %work, i64 17152
  %28 = getelementptr inbounds i8, ptr %work, i64 17408
  %29 = getelementptr inbounds i8, ptr %work, i64 17664
  %30 = getelementptr inbounds i8, ptr %work, i64 17920
  %31 = getelementptr inbounds i8, ptr %work, i64 18176
  %32 = getelementptr inbounds i8, ptr %work, i64 18432
  %33 = getelementptr inbounds i8, ptr %work, i64 18688
  %34 = getelementptr inbounds i8, ptr %work, i64 18944
  %35 = getelementptr inbounds i8, ptr %work, i64 19200
  %36 = getelementptr inbounds i8, ptr %work, i64 19456
  %37 = getelementptr inbounds i8, ptr %work, i64 19712
  %38 = getelementptr inbounds i8, ptr %work, i64 19968
  %39 = getelementptr inbounds i8, ptr %work, i64 20224
  %40 = getelementptr inbounds i8, ptr %work, i64 53280
  %41 = getelementptr inbounds i8, ptr %work, i64 53312
  %42 = getelementptr inbounds i8, ptr %work, i64 53344
  %43 = getelementptr inbounds i8, ptr %work, i64 4128
  %44 = getelementptr inbounds i8, ptr %work, i64 20512
  %45 = getelementptr inbounds i8, ptr %work, i64 4160
  %46 = getelementptr inbounds i8, ptr %work, i64 20544
  %47 = getelementptr inbounds i8, ptr %work, i64 4192
  %48 = getelementptr inbounds i8, ptr %work, i64 20576
  %49 = getelementptr inbounds i8, ptr %work, i64 12544
  %50 = getelementptr inbounds i8, ptr %work, i64 12800
  %51 = getelementptr inbounds i8, ptr %work, i64 13056
  %52 = getelementptr inbounds i8, ptr %work, i64 13312
  %53 = getelementptr inbounds i8, ptr %work, i64 13568
  %54 = getelementptr inbounds i8, ptr %work, i64 13824
  %55 = getelementptr inbounds i8, ptr %work, i64 14080
  %56 = getelementptr inbounds i8, ptr %work, i64 14336
  %57 = getelementptr inbounds i8, ptr %work, i64 14592
  %58 = getelementptr inbounds i8, ptr %work, i64 14848
  %59 = getelementptr inbounds i8, ptr %work, i64 15104
  %60 = getelementptr inbounds i8, ptr %work, i64 15360
  %61 = getelementptr inbounds i8, ptr %work, i64 15616
  %62 = getelementptr inbounds i8, ptr %work, i64 15872
  %63 = getelementptr inbounds i8, ptr %work, i64 16128
  %64 = getelementptr inbounds i8, ptr %work, i64 16384
  %65 = getelementptr inbounds i8, ptr %work, i64 16640
  %66 = getelementptr inbounds i8, ptr %work, i64 16896
  %67 = getelementptr inbounds i8, ptr %work, i64 17152
  %68 = getelementptr inbounds i8, ptr %work, i64 17408
  %69 = getelementptr inbounds i8, ptr %work, i64 17664
  %70 = getelementptr inbounds i8, ptr %work, i64 17920
  %71 = getelementptr inbounds i8, ptr %work, i64 18176
  %72 = getelementptr inbounds i8, ptr %work, i64 18432
  %73 = getelementptr inbounds i8, ptr %work, i64 18688
  %74 = getelementptr inbounds i8, ptr %work, i64 18944
  %75 = getelementptr inbounds i8, ptr %work, i64 19200
  %76 = getelementptr inbounds i8, ptr %work, i64 19456
  %77 = getelementptr inbounds i8, ptr %work, i64 19712
  %78 = getelementptr inbounds i8, ptr %work, i64 19968
  %79 = getelementptr inbounds i8, ptr %work, i64 20224
  %invariant.gep718 = getelementptr i8, ptr %work, i64 65536
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0433 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %80 = add i64 %indvar, %bh0
  %81 = shl i64 %80, 12
  %scevgep548 = getelementptr i8, ptr %hT, i64 %81
  %scevgep520 = getelementptr i8, ptr %h0, i64 %81
  %b = sdiv i64 %bh.addr.0433, %H
  %h = srem i64 %bh.addr.0433, %H
  %82 = mul i64 %b, %T
  %83 = mul i64 %82, %H
  %bT = add i64 %83, %h
  %84 = mul i64 %1, %82
  %bTn = add nsw i64 %84, %h
  %85 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %85
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep520, i64 4096, i1 false)
  %qh.idx = shl nsw i64 %bT, 7
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %vh = getelementptr inbounds float, ptr %v, i64 %85
  br i1 %3, label %i1.head.preheader.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %86 = mul i64 %5, %indvar
  %87 = shl i64 %bT, 7
  %invariant.gep720 = getelementptr i8, ptr %hs, i64 %86
  %88 = getelementptr i8, ptr %qh, i64 32
  %89 = getelementptr i8, ptr %qh, i64 64
  %90 = getelementptr i8, ptr %qh, i64 96
  %91 = getelementptr i8, ptr %kh, i64 32
  %92 = getelementptr i8, ptr %kh, i64 64
  %93 = getelementptr i8, ptr %kh, i64 96
  %94 = getelementptr i8, ptr %kh, i64 36
  %95 = getelementptr i8, ptr %kh, i64 40
  %96 = getelementptr i8, ptr %kh, i64 44
  %97 = getelementptr i8, ptr %kh, i64 48
  %98 = getelementptr i8, ptr %kh, i64 52
  %99 = getelementptr i8, ptr %kh, i64 56
  %100 = getelementptr i8, ptr %kh, i64 60
  %101 = getelementptr i8, ptr %kh, i64 68
  %102 = getelementptr i8, ptr %kh, i64 72
  %103 = getelementptr i8, ptr %kh, i64 76
  %104 = getelementptr i8, ptr %kh, i64 80
  %105 = getelementptr i8, ptr %kh, i64 84
  %106 = getelementptr i8, ptr %kh, i64 88
  %107 = getelementptr i8, ptr %kh, i64 92
  %108 = getelementptr i8, ptr %kh, i64 100
  %109 = getelementptr i8, ptr %kh, i64 104
  %110 = getelementptr i8, ptr %kh, i64 108
  %111 = getelementptr i8, ptr %kh, i64 112
  %112 = getelementptr i8, ptr %kh, i64 116
  %113 = getelementptr i8, ptr %kh, i64 120
  %114 = getelementptr i8, ptr %kh, i64 124
  %115 = getelementptr i8, ptr %vh, i64 32
  %116 = getelementptr i8, ptr %vh, i64 64
  %117 = getelementptr i8, ptr %vh, i64 96
  %118 = getelementptr i8, ptr %o, i64 %87
  br label %i1.head.preheader

i24.head.preheader:                               ; preds = %i23.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep548, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0433, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond549.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond549.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i23.exit
  %indvars.iv = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next, %i23.exit ]
  %ci.addr.0430 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i23.exit ]
  %smin1084 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax1085 = tail call i64 @llvm.smax.i64(i64 %smin1084, i64 1)
  %119 = mul i64 %6, %ci.addr.0430
  %120 = add i64 %4, %ci.addr.0430
  %121 = shl i64 %120, 12
  %gep721 = getelementptr i8, ptr %invariant.gep720, i64 %121
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep721, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0430, 5
  %122 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %i1.head.preheader, %endif
  %t.addr.0347 = phi i64 [ 0, %i1.head.preheader ], [ %t.next, %endif ]
  %123 = shl nsw i64 %t.addr.0347, 9
  %124 = shl nsw i64 %t.addr.0347, 8
  %125 = shl nsw i64 %t.addr.0347, 7
  %126 = icmp sgt i64 %122, %t.addr.0347
  br i1 %126, label %j2.head.preheader, label %j5.head.preheader

j5.head.preheader:                                ; preds = %t.body
  %gep = getelementptr i8, ptr %invariant.gep, i64 %125
  %gep707 = getelementptr i8, ptr %invariant.gep706, i64 %124
  %gep709 = getelementptr i8, ptr %invariant.gep708, i64 %123
  %gep711 = getelementptr i8, ptr %invariant.gep710, i64 %124
  %gep713 = getelementptr i8, ptr %invariant.gep712, i64 %123
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep, i8 0, i64 128, i1 false)
  %i8 = shl nuw nsw i64 %t.addr.0347, 1
  %127 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float 0.000000e+00, ptr %127, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep707, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep709, i8 0, i64 256, i1 false)
  %128 = getelementptr inbounds float, ptr %KT, i64 %i8
  store float 0.000000e+00, ptr %128, align 4
  %129 = getelementptr inbounds float, ptr %9, i64 %i8
  store float 0.000000e+00, ptr %129, align 4
  %130 = getelementptr inbounds float, ptr %10, i64 %i8
  store float 0.000000e+00, ptr %130, align 4
  %131 = getelementptr inbounds float, ptr %11, i64 %i8
  store float 0.000000e+00, ptr %131, align 4
  %132 = getelementptr inbounds float, ptr %12, i64 %i8
  store float 0.000000e+00, ptr %132, align 4
  %133 = getelementptr inbounds float, ptr %13, i64 %i8
  store float 0.000000e+00, ptr %133, align 4
  %134 = getelementptr inbounds float, ptr %14, i64 %i8
  store float 0.000000e+00, ptr %134, align 4
  %135 = getelementptr inbounds float, ptr %15, i64 %i8
  store float 0.000000e+00, ptr %135, align 4
  %136 = getelementptr inbounds float, ptr %16, i64 %i8
  store float 0.000000e+00, ptr %136, align 4
  %137 = getelementptr inbounds float, ptr %17, i64 %i8
  store float 0.000000e+00, ptr %137, align 4
  %138 = getelementptr inbounds float, ptr %18, i64 %i8
  store float 0.000000e+00, ptr %138, align 4
  %139 = getelementptr inbounds float, ptr %19, i64 %i8
  store float 0.000000e+00, ptr %139, align 4
  %140 = getelementptr inbounds float, ptr %20, i64 %i8
  store float 0.000000e+00, ptr %140, align 4
  %141 = getelementptr inbounds float, ptr %21, i64 %i8
  store float 0.000000e+00, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %22, i64 %i8
  store float 0.000000e+00, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %23, i64 %i8
  store float 0.000000e+00, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %24, i64 %i8
  store float 0.000000e+00, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %25, i64 %i8
  store float 0.000000e+00, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %26, i64 %i8
  store float 0.000000e+00, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %27, i64 %i8
  store float 0.000000e+00, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %28, i64 %i8
  store float 0.000000e+00, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %29, i64 %i8
  store float 0.000000e+00, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %30, i64 %i8
  store float 0.000000e+00, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %31, i64 %i8
  store float 0.000000e+00, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %32, i64 %i8
  store float 0.000000e+00, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %33, i64 %i8
  store float 0.000000e+00, ptr %153, align 4
  %154 = getelementptr inbounds float, ptr %34, i64 %i8
  store float 0.000000e+00, ptr %154, align 4
  %155 = getelementptr inbounds float, ptr %35, i64 %i8
  store float 0.000000e+00, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %36, i64 %i8
  store float 0.000000e+00, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %37, i64 %i8
  store float 0.000000e+00, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %38, i64 %i8
  store float 0.000000e+00, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %39, i64 %i8
  store float 0.000000e+00, ptr %159, align 4
  %i11 = or disjoint i64 %i8, 1
  %160 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float 0.000000e+00, ptr %160, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep711, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep713, i8 0, i64 256, i1 false)
  %161 = getelementptr inbounds float, ptr %KT, i64 %i11
  store float 0.000000e+00, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %9, i64 %i11
  store float 0.000000e+00, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %10, i64 %i11
  store float 0.000000e+00, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %11, i64 %i11
  store float 0.000000e+00, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %12, i64 %i11
  store float 0.000000e+00, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %13, i64 %i11
  store float 0.000000e+00, ptr %166, align 4
  %167 = getelementptr inbounds float, ptr %14, i64 %i11
  store float 0.000000e+00, ptr %167, align 4
  %168 = getelementptr inbounds float, ptr %15, i64 %i11
  store float 0.000000e+00, ptr %168, align 4
  %169 = getelementptr inbounds float, ptr %16, i64 %i11
  store float 0.000000e+00, ptr %169, align 4
  %170 = getelementptr inbounds float, ptr %17, i64 %i11
  store float 0.000000e+00, ptr %170, align 4
  %171 = getelementptr inbounds float, ptr %18, i64 %i11
  store float 0.000000e+00, ptr %171, align 4
  %172 = getelementptr inbounds float, ptr %19, i64 %i11
  store float 0.000000e+00, ptr %172, align 4
  %173 = getelementptr inbounds float, ptr %20, i64 %i11
  store float 0.000000e+00, ptr %173, align 4
  %174 = getelementptr inbounds float, ptr %21, i64 %i11
  store float 0.000000e+00, ptr %174, align 4
  %175 = getelementptr inbounds float, ptr %22, i64 %i11
  store float 0.000000e+00, ptr %175, align 4
  %176 = getelementptr inbounds float, ptr %23, i64 %i11
  store float 0.000000e+00, ptr %176, align 4
  %177 = getelementptr inbounds float, ptr %24, i64 %i11
  store float 0.000000e+00, ptr %177, align 4
  %178 = getelementptr inbounds float, ptr %25, i64 %i11
  store float 0.000000e+00, ptr %178, align 4
  %179 = getelementptr inbounds float, ptr %26, i64 %i11
  store float 0.000000e+00, ptr %179, align 4
  %180 = getelementptr inbounds float, ptr %27, i64 %i11
  store float 0.000000e+00, ptr %180, align 4
  %181 = getelementptr inbounds float, ptr %28, i64 %i11
  store float 0.000000e+00, ptr %181, align 4
  %182 = getelementptr inbounds float, ptr %29, i64 %i11
  store float 0.000000e+00, ptr %182, align 4
  %183 = getelementptr inbounds float, ptr %30, i64 %i11
  store float 0.000000e+00, ptr %183, align 4
  %184 = getelementptr inbounds float, ptr %31, i64 %i11
  store float 0.000000e+00, ptr %184, align 4
  %185 = getelementptr inbounds float, ptr %32, i64 %i11
  store float 0.000000e+00, ptr %185, align 4
  %186 = getelementptr inbounds float, ptr %33, i64 %i11
  store float 0.000000e+00, ptr %186, align 4
  %187 = getelementptr inbounds float, ptr %34, i64 %i11
  store float 0.000000e+00, ptr %187, align 4
  %188 = getelementptr inbounds float, ptr %35, i64 %i11
  store float 0.000000e+00, ptr %188, align 4
  %189 = getelementptr inbounds float, ptr %36, i64 %i11
  store float 0.000000e+00, ptr %189, align 4
  %190 = getelementptr inbounds float, ptr %37, i64 %i11
  store float 0.000000e+00, ptr %190, align 4
  %191 = getelementptr inbounds float, ptr %38, i64 %i11
  store float 0.000000e+00, ptr %191, align 4
  %192 = getelementptr inbounds float, ptr %39, i64 %i11
  store float 0.000000e+00, ptr %192, align 4
  br label %endif

j2.head.preheader:                                ; preds = %t.body
  %193 = add nuw nsw i64 %t.addr.0347, %t0
  %194 = mul nsw i64 %193, %sq
  %195 = getelementptr float, ptr %qh, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = fmul <8 x float> %196, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %198 = getelementptr inbounds i8, ptr %Qc, i64 %125
  store <8 x float> %197, ptr %198, align 4
  %199 = getelementptr float, ptr %88, i64 %194
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fmul <8 x float> %200, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %202 = getelementptr inbounds i8, ptr %40, i64 %125
  store <8 x float> %201, ptr %202, align 4
  %203 = getelementptr float, ptr %89, i64 %194
  %204 = load <8 x float>, ptr %203, align 4
  %205 = fmul <8 x float> %204, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %206 = getelementptr inbounds i8, ptr %41, i64 %125
  store <8 x float> %205, ptr %206, align 4
  %207 = getelementptr float, ptr %90, i64 %194
  %208 = load <8 x float>, ptr %207, align 4
  %209 = fmul <8 x float> %208, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %210 = getelementptr inbounds i8, ptr %42, i64 %125
  store <8 x float> %209, ptr %210, align 4
  %i3 = shl nuw nsw i64 %t.addr.0347, 1
  %211 = or disjoint i64 %t.addr.0347, %t0
  %tau = shl nuw nsw i64 %211, 1
  %212 = mul nsw i64 %tau, %H
  %213 = getelementptr inbounds float, ptr %betah, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %214, ptr %215, align 4
  %216 = mul nsw i64 %tau, %sq
  %217 = insertelement <8 x float> poison, float %214, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = getelementptr float, ptr %kh, i64 %216
  %220 = load <8 x float>, ptr %219, align 4
  %221 = getelementptr inbounds i8, ptr %Kc, i64 %124
  store <8 x float> %220, ptr %221, align 4
  %222 = fmul <8 x float> %218, %220
  %223 = getelementptr inbounds i8, ptr %X, i64 %123
  store <8 x float> %222, ptr %223, align 4
  %224 = getelementptr float, ptr %91, i64 %216
  %225 = load <8 x float>, ptr %224, align 4
  %226 = getelementptr inbounds i8, ptr %43, i64 %124
  store <8 x float> %225, ptr %226, align 4
  %227 = fmul <8 x float> %218, %225
  %228 = getelementptr inbounds i8, ptr %44, i64 %123
  store <8 x float> %227, ptr %228, align 4
  %229 = getelementptr float, ptr %92, i64 %216
  %230 = load <8 x float>, ptr %229, align 4
  %231 = getelementptr inbounds i8, ptr %45, i64 %124
  store <8 x float> %230, ptr %231, align 4
  %232 = fmul <8 x float> %218, %230
  %233 = getelementptr inbounds i8, ptr %46, i64 %123
  store <8 x float> %232, ptr %233, align 4
  %234 = getelementptr float, ptr %93, i64 %216
  %235 = load <8 x float>, ptr %234, align 4
  %236 = getelementptr inbounds i8, ptr %47, i64 %124
  store <8 x float> %235, ptr %236, align 4
  %237 = fmul <8 x float> %218, %235
  %238 = getelementptr inbounds i8, ptr %48, i64 %123
  store <8 x float> %237, ptr %238, align 4
  %bc556 = bitcast <8 x float> %220 to <8 x i32>
  %239 = extractelement <8 x i32> %bc556, i64 0
  %240 = getelementptr inbounds float, ptr %KT, i64 %i3
  store i32 %239, ptr %240, align 4
  %241 = extractelement <8 x float> %220, i64 1
  %242 = getelementptr inbounds float, ptr %49, i64 %i3
  store float %241, ptr %242, align 4
  %243 = extractelement <8 x float> %220, i64 2
  %244 = getelementptr inbounds float, ptr %50, i64 %i3
  store float %243, ptr %244, align 4
  %245 = extractelement <8 x float> %220, i64 3
  %246 = getelementptr inbounds float, ptr %51, i64 %i3
  store float %245, ptr %246, align 4
  %247 = extractelement <8 x float> %220, i64 4
  %248 = getelementptr inbounds float, ptr %52, i64 %i3
  store float %247, ptr %248, align 4
  %249 = extractelement <8 x float> %220, i64 5
  %250 = getelementptr inbounds float, ptr %53, i64 %i3
  store float %249, ptr %250, align 4
  %251 = extractelement <8 x float> %220, i64 6
  %252 = getelementptr inbounds float, ptr %54, i64 %i3
  store float %251, ptr %252, align 4
  %253 = extractelement <8 x float> %220, i64 7
  %254 = getelementptr inbounds float, ptr %55, i64 %i3
  store float %253, ptr %254, align 4
  %255 = extractelement <8 x float> %225, i64 0
  %256 = getelementptr inbounds float, ptr %56, i64 %i3
  store float %255, ptr %256, align 4
  %257 = getelementptr float, ptr %94, i64 %216
  %258 = load float, ptr %257, align 4
  %259 = getelementptr inbounds float, ptr %57, i64 %i3
  store float %258, ptr %259, align 4
  %260 = getelementptr float, ptr %95, i64 %216
  %261 = load float, ptr %260, align 4
  %262 = getelementptr inbounds float, ptr %58, i64 %i3
  store float %261, ptr %262, align 4
  %263 = getelementptr float, ptr %96, i64 %216
  %264 = load float, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %59, i64 %i3
  store float %264, ptr %265, align 4
  %266 = getelementptr float, ptr %97, i64 %216
  %267 = load float, ptr %266, align 4
  %268 = getelementptr inbounds float, ptr %60, i64 %i3
  store float %267, ptr %268, align 4
  %269 = getelementptr float, ptr %98, i64 %216
  %270 = load float, ptr %269, align 4
  %271 = getelementptr inbounds float, ptr %61, i64 %i3
  store float %270, ptr %271, align 4
  %272 = getelementptr float, ptr %99, i64 %216
  %273 = load float, ptr %272, align 4
  %274 = getelementptr inbounds float, ptr %62, i64 %i3
  store float %273, ptr %274, align 4
  %275 = getelementptr float, ptr %100, i64 %216
  %276 = load float, ptr %275, align 4
  %277 = getelementptr inbounds float, ptr %63, i64 %i3
  store float %276, ptr %277, align 4
  %278 = load float, ptr %229, align 4
  %279 = getelementptr inbounds float, ptr %64, i64 %i3
  store float %278, ptr %279, align 4
  %280 = getelementptr float, ptr %101, i64 %216
  %281 = load float, ptr %280, align 4
  %282 = getelementptr inbounds float, ptr %65, i64 %i3
  store float %281, ptr %282, align 4
  %283 = getelementptr float, ptr %102, i64 %216
  %284 = load float, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %66, i64 %i3
  store float %284, ptr %285, align 4
  %286 = getelementptr float, ptr %103, i64 %216
  %287 = load float, ptr %286, align 4
  %288 = getelementptr inbounds float, ptr %67, i64 %i3
  store float %287, ptr %288, align 4
  %289 = getelementptr float, ptr %104, i64 %216
  %290 = load float, ptr %289, align 4
  %291 = getelementptr inbounds float, ptr %68, i64 %i3
  store float %290, ptr %291, align 4
  %292 = getelementptr float, ptr %105, i64 %216
  %293 = load float, ptr %292, align 4
  %294 = getelementptr inbounds float, ptr %69, i64 %i3
  store float %293, ptr %294, align 4
  %295 = getelementptr float, ptr %106, i64 %216
  %296 = load float, ptr %295, align 4
  %297 = getelementptr inbounds float, ptr %70, i64 %i3
  store float %296, ptr %297, align 4
  %298 = getelementptr float, ptr %107, i64 %216
  %299 = load float, ptr %298, align 4
  %300 = getelementptr inbounds float, ptr %71, i64 %i3
  store float %299, ptr %300, align 4
  %301 = load float, ptr %234, align 4
  %302 = getelementptr inbounds float, ptr %72, i64 %i3
  store float %301, ptr %302, align 4
  %303 = getelementptr float, ptr %108, i64 %216
  %304 = load float, ptr %303, align 4
  %305 = getelementptr inbounds float, ptr %73, i64 %i3
  store float %304, ptr %305, align 4
  %306 = getelementptr float, ptr %109, i64 %216
  %307 = load float, ptr %306, align 4
  %308 = getelementptr inbounds float, ptr %74, i64 %i3
  store float %307, ptr %308, align 4
  %309 = getelementptr float, ptr %110, i64 %216
  %310 = load float, ptr %309, align 4
  %311 = getelementptr inbounds float, ptr %75, i64 %i3
  store float %310, ptr %311, align 4
  %312 = getelementptr float, ptr %111, i64 %216
  %313 = load float, ptr %312, align 4
  %314 = getelementptr inbounds float, ptr %76, i64 %i3
  store float %313, ptr %314, align 4
  %315 = getelementptr float, ptr %112, i64 %216
  %316 = load float, ptr %315, align 4
  %317 = getelementptr inbounds float, ptr %77, i64 %i3
  store float %316, ptr %317, align 4
  %318 = getelementptr float, ptr %113, i64 %216
  %319 = load float, ptr %318, align 4
  %320 = getelementptr inbounds float, ptr %78, i64 %i3
  store float %319, ptr %320, align 4
  %321 = getelementptr float, ptr %114, i64 %216
  %322 = load float, ptr %321, align 4
  %323 = getelementptr inbounds float, ptr %79, i64 %i3
  store float %322, ptr %323, align 4
  %324 = getelementptr float, ptr %vh, i64 %216
  %325 = load <8 x float>, ptr %324, align 4
  %326 = fmul <8 x float> %218, %325
  %327 = getelementptr inbounds i8, ptr %223, i64 128
  store <8 x float> %326, ptr %327, align 4
  %328 = getelementptr float, ptr %115, i64 %216
  %329 = load <8 x float>, ptr %328, align 4
  %330 = fmul <8 x float> %218, %329
  %331 = getelementptr inbounds i8, ptr %228, i64 128
  store <8 x float> %330, ptr %331, align 4
  %332 = getelementptr float, ptr %116, i64 %216
  %333 = load <8 x float>, ptr %332, align 4
  %334 = fmul <8 x float> %218, %333
  %335 = getelementptr inbounds i8, ptr %233, i64 128
  store <8 x float> %334, ptr %335, align 4
  %336 = getelementptr float, ptr %117, i64 %216
  %337 = load <8 x float>, ptr %336, align 4
  %338 = fmul <8 x float> %218, %337
  %339 = getelementptr inbounds i8, ptr %238, i64 128
  store <8 x float> %338, ptr %339, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %340 = mul nsw i64 %tau1, %H
  %341 = getelementptr inbounds float, ptr %betah, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %342, ptr %343, align 4
  %344 = mul nsw i64 %tau1, %sq
  %345 = insertelement <8 x float> poison, float %342, i64 0
  %346 = shufflevector <8 x float> %345, <8 x float> poison, <8 x i32> zeroinitializer
  %347 = getelementptr float, ptr %kh, i64 %344
  %348 = load <8 x float>, ptr %347, align 4
  %.idx447 = shl nsw i64 %i5, 7
  %349 = getelementptr inbounds i8, ptr %Kc, i64 %.idx447
  store <8 x float> %348, ptr %349, align 4
  %350 = fmul <8 x float> %346, %348
  %.idx448 = shl nsw i64 %i5, 8
  %351 = getelementptr inbounds i8, ptr %X, i64 %.idx448
  store <8 x float> %350, ptr %351, align 4
  %352 = getelementptr float, ptr %91, i64 %344
  %353 = load <8 x float>, ptr %352, align 4
  %354 = getelementptr inbounds i8, ptr %43, i64 %.idx447
  store <8 x float> %353, ptr %354, align 4
  %355 = fmul <8 x float> %346, %353
  %356 = getelementptr inbounds i8, ptr %44, i64 %.idx448
  store <8 x float> %355, ptr %356, align 4
  %357 = getelementptr float, ptr %92, i64 %344
  %358 = load <8 x float>, ptr %357, align 4
  %359 = getelementptr inbounds i8, ptr %45, i64 %.idx447
  store <8 x float> %358, ptr %359, align 4
  %360 = fmul <8 x float> %346, %358
  %361 = getelementptr inbounds i8, ptr %46, i64 %.idx448
  store <8 x float> %360, ptr %361, align 4
  %362 = getelementptr float, ptr %93, i64 %344
  %363 = load <8 x float>, ptr %362, align 4
  %364 = getelementptr inbounds i8, ptr %47, i64 %.idx447
  store <8 x float> %363, ptr %364, align 4
  %365 = fmul <8 x float> %346, %363
  %366 = getelementptr inbounds i8, ptr %48, i64 %.idx448
  store <8 x float> %365, ptr %366, align 4
  %bc565 = bitcast <8 x float> %348 to <8 x i32>
  %367 = extractelement <8 x i32> %bc565, i64 0
  %368 = getelementptr inbounds float, ptr %KT, i64 %i5
  store i32 %367, ptr %368, align 4
  %369 = extractelement <8 x float> %348, i64 1
  %370 = getelementptr inbounds float, ptr %49, i64 %i5
  store float %369, ptr %370, align 4
  %371 = extractelement <8 x float> %348, i64 2
  %372 = getelementptr inbounds float, ptr %50, i64 %i5
  store float %371, ptr %372, align 4
  %373 = extractelement <8 x float> %348, i64 3
  %374 = getelementptr inbounds float, ptr %51, i64 %i5
  store float %373, ptr %374, align 4
  %375 = extractelement <8 x float> %348, i64 4
  %376 = getelementptr inbounds float, ptr %52, i64 %i5
  store float %375, ptr %376, align 4
  %377 = extractelement <8 x float> %348, i64 5
  %378 = getelementptr inbounds float, ptr %53, i64 %i5
  store float %377, ptr %378, align 4
  %379 = extractelement <8 x float> %348, i64 6
  %380 = getelementptr inbounds float, ptr %54, i64 %i5
  store float %379, ptr %380, align 4
  %381 = extractelement <8 x float> %348, i64 7
  %382 = getelementptr inbounds float, ptr %55, i64 %i5
  store float %381, ptr %382, align 4
  %bc569 = bitcast <8 x float> %353 to <8 x i32>
  %383 = extractelement <8 x i32> %bc569, i64 0
  %384 = getelementptr inbounds float, ptr %56, i64 %i5
  store i32 %383, ptr %384, align 4
  %385 = extractelement <8 x float> %353, i64 1
  %386 = getelementptr inbounds float, ptr %57, i64 %i5
  store float %385, ptr %386, align 4
  %387 = extractelement <8 x float> %353, i64 2
  %388 = getelementptr inbounds float, ptr %58, i64 %i5
  store float %387, ptr %388, align 4
  %389 = extractelement <8 x float> %353, i64 3
  %390 = getelementptr inbounds float, ptr %59, i64 %i5
  store float %389, ptr %390, align 4
  %391 = getelementptr float, ptr %97, i64 %344
  %392 = load float, ptr %391, align 4
  %393 = getelementptr inbounds float, ptr %60, i64 %i5
  store float %392, ptr %393, align 4
  %394 = getelementptr float, ptr %98, i64 %344
  %395 = load float, ptr %394, align 4
  %396 = getelementptr inbounds float, ptr %61, i64 %i5
  store float %395, ptr %396, align 4
  %397 = getelementptr float, ptr %99, i64 %344
  %398 = load float, ptr %397, align 4
  %399 = getelementptr inbounds float, ptr %62, i64 %i5
  store float %398, ptr %399, align 4
  %400 = getelementptr float, ptr %100, i64 %344
  %401 = load float, ptr %400, align 4
  %402 = getelementptr inbounds float, ptr %63, i64 %i5
  store float %401, ptr %402, align 4
  %403 = load float, ptr %357, align 4
  %404 = getelementptr inbounds float, ptr %64, i64 %i5
  store float %403, ptr %404, align 4
  %405 = getelementptr float, ptr %101, i64 %344
  %406 = load float, ptr %405, align 4
  %407 = getelementptr inbounds float, ptr %65, i64 %i5
  store float %406, ptr %407, align 4
  %408 = getelementptr float, ptr %102, i64 %344
  %409 = load float, ptr %408, align 4
  %410 = getelementptr inbounds float, ptr %66, i64 %i5
  store float %409, ptr %410, align 4
  %411 = getelementptr float, ptr %103, i64 %344
  %412 = load float, ptr %411, align 4
  %413 = getelementptr inbounds float, ptr %67, i64 %i5
  store float %412, ptr %413, align 4
  %414 = getelementptr float, ptr %104, i64 %344
  %415 = load float, ptr %414, align 4
  %416 = getelementptr inbounds float, ptr %68, i64 %i5
  store float %415, ptr %416, align 4
  %417 = getelementptr float, ptr %105, i64 %344
  %418 = load float, ptr %417, align 4
  %419 = getelementptr inbounds float, ptr %69, i64 %i5
  store float %418, ptr %419, align 4
  %420 = getelementptr float, ptr %106, i64 %344
  %421 = load float, ptr %420, align 4
  %422 = getelementptr inbounds float, ptr %70, i64 %i5
  store float %421, ptr %422, align 4
  %423 = getelementptr float, ptr %107, i64 %344
  %424 = load float, ptr %423, align 4
  %425 = getelementptr inbounds float, ptr %71, i64 %i5
  store float %424, ptr %425, align 4
  %426 = load float, ptr %362, align 4
  %427 = getelementptr inbounds float, ptr %72, i64 %i5
  store float %426, ptr %427, align 4
  %428 = getelementptr float, ptr %108, i64 %344
  %429 = load float, ptr %428, align 4
  %430 = getelementptr inbounds float, ptr %73, i64 %i5
  store float %429, ptr %430, align 4
  %431 = getelementptr float, ptr %109, i64 %344
  %432 = load float, ptr %431, align 4
  %433 = getelementptr inbounds float, ptr %74, i64 %i5
  store float %432, ptr %433, align 4
  %434 = getelementptr float, ptr %110, i64 %344
  %435 = load float, ptr %434, align 4
  %436 = getelementptr inbounds float, ptr %75, i64 %i5
  store float %435, ptr %436, align 4
  %437 = getelementptr float, ptr %111, i64 %344
  %438 = load float, ptr %437, align 4
  %439 = getelementptr inbounds float, ptr %76, i64 %i5
  store float %438, ptr %439, align 4
  %440 = getelementptr float, ptr %112, i64 %344
  %441 = load float, ptr %440, align 4
  %442 = getelementptr inbounds float, ptr %77, i64 %i5
  store float %441, ptr %442, align 4
  %443 = getelementptr float, ptr %113, i64 %344
  %444 = load float, ptr %443, align 4
  %445 = getelementptr inbounds float, ptr %78, i64 %i5
  store float %444, ptr %445, align 4
  %446 = getelementptr float, ptr %114, i64 %344
  %447 = load float, ptr %446, align 4
  %448 = getelementptr inbounds float, ptr %79, i64 %i5
  store float %447, ptr %448, align 4
  %449 = getelementptr float, ptr %vh, i64 %344
  %450 = load <8 x float>, ptr %449, align 4
  %451 = fmul <8 x float> %346, %450
  %452 = getelementptr inbounds i8, ptr %351, i64 128
  store <8 x float> %451, ptr %452, align 4
  %453 = getelementptr float, ptr %115, i64 %344
  %454 = load <8 x float>, ptr %453, align 4
  %455 = fmul <8 x float> %346, %454
  %456 = getelementptr inbounds i8, ptr %356, i64 128
  store <8 x float> %455, ptr %456, align 4
  %457 = getelementptr float, ptr %116, i64 %344
  %458 = load <8 x float>, ptr %457, align 4
  %459 = fmul <8 x float> %346, %458
  %460 = getelementptr inbounds i8, ptr %361, i64 128
  store <8 x float> %459, ptr %460, align 4
  %461 = getelementptr float, ptr %117, i64 %344
  %462 = load <8 x float>, ptr %461, align 4
  %463 = fmul <8 x float> %346, %462
  %464 = getelementptr inbounds i8, ptr %366, i64 128
  store <8 x float> %463, ptr %464, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %j2.head.preheader
  %t.next = add nuw nsw i64 %t.addr.0347, 1
  %exitcond.not = icmp eq i64 %t.next, 32
  br i1 %exitcond.not, label %j10.head.preheader, label %t.body

j10.head.preheader:                               ; preds = %endif, %p6.exit.3
  %i14.addr.0358 = phi i64 [ %i14.next, %p6.exit.3 ], [ 0, %endif ]
  %465 = shl nuw nsw i64 %i14.addr.0358, 5
  %466 = shl nuw nsw i64 %i14.addr.0358, 6
  %467 = or disjoint i64 %466, 64
  %468 = or disjoint i64 %466, 128
  %469 = or disjoint i64 %466, 192
  br label %p6.body

p6.body:                                          ; preds = %p6.body, %j10.head.preheader
  %acc.0356 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %515, %p6.body ]
  %acc1.0355 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %516, %p6.body ]
  %acc2.0354 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %522, %p6.body ]
  %acc3.0353 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %523, %p6.body ]
  %acc4.0352 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %529, %p6.body ]
  %acc5.0351 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %530, %p6.body ]
  %acc6.0350 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %536, %p6.body ]
  %acc7.0349 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %537, %p6.body ]
  %p6.addr.0348 = phi i64 [ 0, %j10.head.preheader ], [ %p6.next.11028, %p6.body ]
  %470 = shl nuw nsw i64 %p6.addr.0348, 6
  %471 = getelementptr inbounds float, ptr %KT, i64 %470
  %472 = load <8 x float>, ptr %471, align 4
  %473 = or disjoint i64 %470, 8
  %474 = getelementptr inbounds float, ptr %KT, i64 %473
  %475 = load <8 x float>, ptr %474, align 4
  %476 = add nuw nsw i64 %p6.addr.0348, %465
  %477 = getelementptr inbounds float, ptr %Kc, i64 %476
  %478 = load float, ptr %477, align 4
  %479 = insertelement <8 x float> poison, float %478, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %472, <8 x float> %acc.0356)
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %475, <8 x float> %acc1.0355)
  %483 = or disjoint i64 %476, 32
  %484 = getelementptr inbounds float, ptr %Kc, i64 %483
  %485 = load float, ptr %484, align 4
  %486 = insertelement <8 x float> poison, float %485, i64 0
  %487 = shufflevector <8 x float> %486, <8 x float> poison, <8 x i32> zeroinitializer
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %472, <8 x float> %acc2.0354)
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %487, <8 x float> %475, <8 x float> %acc3.0353)
  %490 = or disjoint i64 %476, 64
  %491 = getelementptr inbounds float, ptr %Kc, i64 %490
  %492 = load float, ptr %491, align 4
  %493 = insertelement <8 x float> poison, float %492, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %472, <8 x float> %acc4.0352)
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %475, <8 x float> %acc5.0351)
  %497 = or disjoint i64 %476, 96
  %498 = getelementptr inbounds float, ptr %Kc, i64 %497
  %499 = load float, ptr %498, align 4
  %500 = insertelement <8 x float> poison, float %499, i64 0
  %501 = shufflevector <8 x float> %500, <8 x float> poison, <8 x i32> zeroinitializer
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %472, <8 x float> %acc6.0350)
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %475, <8 x float> %acc7.0349)
  %p6.next = or disjoint i64 %p6.addr.0348, 1
  %504 = shl nuw nsw i64 %p6.next, 6
  %505 = getelementptr inbounds float, ptr %KT, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = or disjoint i64 %504, 8
  %508 = getelementptr inbounds float, ptr %KT, i64 %507
  %509 = load <8 x float>, ptr %508, align 4
  %510 = add nuw nsw i64 %p6.next, %465
  %511 = getelementptr inbounds float, ptr %Kc, i64 %510
  %512 = load float, ptr %511, align 4
  %513 = insertelement <8 x float> poison, float %512, i64 0
  %514 = shufflevector <8 x float> %513, <8 x float> poison, <8 x i32> zeroinitializer
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %506, <8 x float> %481)
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %509, <8 x float> %482)
  %517 = or disjoint i64 %510, 32
  %518 = getelementptr inbounds float, ptr %Kc, i64 %517
  %519 = load float, ptr %518, align 4
  %520 = insertelement <8 x float> poison, float %519, i64 0
  %521 = shufflevector <8 x float> %520, <8 x float> poison, <8 x i32> zeroinitializer
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %506, <8 x float> %488)
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %509, <8 x float> %489)
  %524 = or disjoint i64 %510, 64
  %525 = getelementptr inbounds float, ptr %Kc, i64 %524
  %526 = load float, ptr %525, align 4
  %527 = insertelement <8 x float> poison, float %526, i64 0
  %528 = shufflevector <8 x float> %527, <8 x float> poison, <8 x i32> zeroinitializer
  %529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %506, <8 x float> %495)
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %509, <8 x float> %496)
  %531 = or disjoint i64 %510, 96
  %532 = getelementptr inbounds float, ptr %Kc, i64 %531
  %533 = load float, ptr %532, align 4
  %534 = insertelement <8 x float> poison, float %533, i64 0
  %535 = shufflevector <8 x float> %534, <8 x float> poison, <8 x i32> zeroinitializer
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> %506, <8 x float> %502)
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> %509, <8 x float> %503)
  %p6.next.11028 = add nuw nsw i64 %p6.addr.0348, 2
  %exitcond529.not.1 = icmp eq i64 %p6.next.11028, 32
  br i1 %exitcond529.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %538 = getelementptr inbounds float, ptr %A, i64 %466
  store <8 x float> %515, ptr %538, align 4
  %539 = or disjoint i64 %466, 8
  %540 = getelementptr inbounds float, ptr %A, i64 %539
  store <8 x float> %516, ptr %540, align 4
  %541 = getelementptr inbounds float, ptr %A, i64 %467
  store <8 x float> %522, ptr %541, align 4
  %542 = or disjoint i64 %466, 72
  %543 = getelementptr inbounds float, ptr %A, i64 %542
  store <8 x float> %523, ptr %543, align 4
  %544 = getelementptr inbounds float, ptr %A, i64 %468
  store <8 x float> %529, ptr %544, align 4
  %545 = or disjoint i64 %466, 136
  %546 = getelementptr inbounds float, ptr %A, i64 %545
  store <8 x float> %530, ptr %546, align 4
  %547 = getelementptr inbounds float, ptr %A, i64 %469
  store <8 x float> %536, ptr %547, align 4
  %548 = or disjoint i64 %466, 200
  %549 = getelementptr inbounds float, ptr %A, i64 %548
  store <8 x float> %537, ptr %549, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc.0356.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %597, %p6.body.1 ]
  %acc1.0355.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %598, %p6.body.1 ]
  %acc2.0354.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %604, %p6.body.1 ]
  %acc3.0353.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %605, %p6.body.1 ]
  %acc4.0352.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %611, %p6.body.1 ]
  %acc5.0351.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %612, %p6.body.1 ]
  %acc6.0350.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %618, %p6.body.1 ]
  %acc7.0349.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %619, %p6.body.1 ]
  %p6.addr.0348.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %550 = shl nuw nsw i64 %p6.addr.0348.1, 6
  %551 = or disjoint i64 %550, 16
  %552 = getelementptr inbounds float, ptr %KT, i64 %551
  %553 = load <8 x float>, ptr %552, align 4
  %554 = or disjoint i64 %550, 24
  %555 = getelementptr inbounds float, ptr %KT, i64 %554
  %556 = load <8 x float>, ptr %555, align 4
  %557 = add nuw nsw i64 %p6.addr.0348.1, %465
  %558 = getelementptr inbounds float, ptr %Kc, i64 %557
  %559 = load float, ptr %558, align 4
  %560 = insertelement <8 x float> poison, float %559, i64 0
  %561 = shufflevector <8 x float> %560, <8 x float> poison, <8 x i32> zeroinitializer
  %562 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> %553, <8 x float> %acc.0356.1)
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> %556, <8 x float> %acc1.0355.1)
  %564 = or disjoint i64 %557, 32
  %565 = getelementptr inbounds float, ptr %Kc, i64 %564
  %566 = load float, ptr %565, align 4
  %567 = insertelement <8 x float> poison, float %566, i64 0
  %568 = shufflevector <8 x float> %567, <8 x float> poison, <8 x i32> zeroinitializer
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %553, <8 x float> %acc2.0354.1)
  %570 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %556, <8 x float> %acc3.0353.1)
  %571 = or disjoint i64 %557, 64
  %572 = getelementptr inbounds float, ptr %Kc, i64 %571
  %573 = load float, ptr %572, align 4
  %574 = insertelement <8 x float> poison, float %573, i64 0
  %575 = shufflevector <8 x float> %574, <8 x float> poison, <8 x i32> zeroinitializer
  %576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %553, <8 x float> %acc4.0352.1)
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %556, <8 x float> %acc5.0351.1)
  %578 = or disjoint i64 %557, 96
  %579 = getelementptr inbounds float, ptr %Kc, i64 %578
  %580 = load float, ptr %579, align 4
  %581 = insertelement <8 x float> poison, float %580, i64 0
  %582 = shufflevector <8 x float> %581, <8 x float> poison, <8 x i32> zeroinitializer
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %553, <8 x float> %acc6.0350.1)
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %556, <8 x float> %acc7.0349.1)
  %p6.next.1 = or disjoint i64 %p6.addr.0348.1, 1
  %585 = shl nuw nsw i64 %p6.next.1, 6
  %586 = or disjoint i64 %585, 16
  %587 = getelementptr inbounds float, ptr %KT, i64 %586
  %588 = load <8 x float>, ptr %587, align 4
  %589 = or disjoint i64 %585, 24
  %590 = getelementptr inbounds float, ptr %KT, i64 %589
  %591 = load <8 x float>, ptr %590, align 4
  %592 = add nuw nsw i64 %p6.next.1, %465
  %593 = getelementptr inbounds float, ptr %Kc, i64 %592
  %594 = load float, ptr %593, align 4
  %595 = insertelement <8 x float> poison, float %594, i64 0
  %596 = shufflevector <8 x float> %595, <8 x float> poison, <8 x i32> zeroinitializer
  %597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %588, <8 x float> %562)
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %591, <8 x float> %563)
  %599 = or disjoint i64 %592, 32
  %600 = getelementptr inbounds float, ptr %Kc, i64 %599
  %601 = load float, ptr %600, align 4
  %602 = insertelement <8 x float> poison, float %601, i64 0
  %603 = shufflevector <8 x float> %602, <8 x float> poison, <8 x i32> zeroinitializer
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %588, <8 x float> %569)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %591, <8 x float> %570)
  %606 = or disjoint i64 %592, 64
  %607 = getelementptr inbounds float, ptr %Kc, i64 %606
  %608 = load float, ptr %607, align 4
  %609 = insertelement <8 x float> poison, float %608, i64 0
  %610 = shufflevector <8 x float> %609, <8 x float> poison, <8 x i32> zeroinitializer
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %588, <8 x float> %576)
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %591, <8 x float> %577)
  %613 = or disjoint i64 %592, 96
  %614 = getelementptr inbounds float, ptr %Kc, i64 %613
  %615 = load float, ptr %614, align 4
  %616 = insertelement <8 x float> poison, float %615, i64 0
  %617 = shufflevector <8 x float> %616, <8 x float> poison, <8 x i32> zeroinitializer
  %618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> %588, <8 x float> %583)
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> %591, <8 x float> %584)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.0348.1, 2
  %exitcond529.1.not.1 = icmp eq i64 %p6.next.1.1, 32
  br i1 %exitcond529.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %620 = or disjoint i64 %466, 16
  %621 = getelementptr inbounds float, ptr %A, i64 %620
  store <8 x float> %597, ptr %621, align 4
  %622 = or disjoint i64 %466, 24
  %623 = getelementptr inbounds float, ptr %A, i64 %622
  store <8 x float> %598, ptr %623, align 4
  %624 = or disjoint i64 %466, 80
  %625 = getelementptr inbounds float, ptr %A, i64 %624
  store <8 x float> %604, ptr %625, align 4
  %626 = or disjoint i64 %466, 88
  %627 = getelementptr inbounds float, ptr %A, i64 %626
  store <8 x float> %605, ptr %627, align 4
  %628 = or disjoint i64 %466, 144
  %629 = getelementptr inbounds float, ptr %A, i64 %628
  store <8 x float> %611, ptr %629, align 4
  %630 = or disjoint i64 %466, 152
  %631 = getelementptr inbounds float, ptr %A, i64 %630
  store <8 x float> %612, ptr %631, align 4
  %632 = or disjoint i64 %466, 208
  %633 = getelementptr inbounds float, ptr %A, i64 %632
  store <8 x float> %618, ptr %633, align 4
  %634 = or disjoint i64 %466, 216
  %635 = getelementptr inbounds float, ptr %A, i64 %634
  store <8 x float> %619, ptr %635, align 4
  br label %p6.body.2

p6.body.2:                                        ; preds = %p6.body.2, %p6.exit.1
  %acc.0356.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %683, %p6.body.2 ]
  %acc1.0355.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %684, %p6.body.2 ]
  %acc2.0354.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %690, %p6.body.2 ]
  %acc3.0353.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %691, %p6.body.2 ]
  %acc4.0352.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %697, %p6.body.2 ]
  %acc5.0351.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %698, %p6.body.2 ]
  %acc6.0350.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %704, %p6.body.2 ]
  %acc7.0349.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %705, %p6.body.2 ]
  %p6.addr.0348.2 = phi i64 [ 0, %p6.exit.1 ], [ %p6.next.2.1, %p6.body.2 ]
  %636 = shl nuw nsw i64 %p6.addr.0348.2, 6
  %637 = or disjoint i64 %636, 32
  %638 = getelementptr inbounds float, ptr %KT, i64 %637
  %639 = load <8 x float>, ptr %638, align 4
  %640 = or disjoint i64 %636, 40
  %641 = getelementptr inbounds float, ptr %KT, i64 %640
  %642 = load <8 x float>, ptr %641, align 4
  %643 = add nuw nsw i64 %p6.addr.0348.2, %465
  %644 = getelementptr inbounds float, ptr %Kc, i64 %643
  %645 = load float, ptr %644, align 4
  %646 = insertelement <8 x float> poison, float %645, i64 0
  %647 = shufflevector <8 x float> %646, <8 x float> poison, <8 x i32> zeroinitializer
  %648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %639, <8 x float> %acc.0356.2)
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> %642, <8 x float> %acc1.0355.2)
  %650 = or disjoint i64 %643, 32
  %651 = getelementptr inbounds float, ptr %Kc, i64 %650
  %652 = load float, ptr %651, align 4
  %653 = insertelement <8 x float> poison, float %652, i64 0
  %654 = shufflevector <8 x float> %653, <8 x float> poison, <8 x i32> zeroinitializer
  %655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> %639, <8 x float> %acc2.0354.2)
  %656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %654, <8 x float> %642, <8 x float> %acc3.0353.2)
  %657 = or disjoint i64 %643, 64
  %658 = getelementptr inbounds float, ptr %Kc, i64 %657
  %659 = load float, ptr %658, align 4
  %660 = insertelement <8 x float> poison, float %659, i64 0
  %661 = shufflevector <8 x float> %660, <8 x float> poison, <8 x i32> zeroinitializer
  %662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %639, <8 x float> %acc4.0352.2)
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> %642, <8 x float> %acc5.0351.2)
  %664 = or disjoint i64 %643, 96
  %665 = getelementptr inbounds float, ptr %Kc, i64 %664
  %666 = load float, ptr %665, align 4
  %667 = insertelement <8 x float> poison, float %666, i64 0
  %668 = shufflevector <8 x float> %667, <8 x float> poison, <8 x i32> zeroinitializer
  %669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %639, <8 x float> %acc6.0350.2)
  %670 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %668, <8 x float> %642, <8 x float> %acc7.0349.2)
  %p6.next.2 = or disjoint i64 %p6.addr.0348.2, 1
  %671 = shl nuw nsw i64 %p6.next.2, 6
  %672 = or disjoint i64 %671, 32
  %673 = getelementptr inbounds float, ptr %KT, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = or disjoint i64 %671, 40
  %676 = getelementptr inbounds float, ptr %KT, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = add nuw nsw i64 %p6.next.2, %465
  %679 = getelementptr inbounds float, ptr %Kc, i64 %678
  %680 = load float, ptr %679, align 4
  %681 = insertelement <8 x float> poison, float %680, i64 0
  %682 = shufflevector <8 x float> %681, <8 x float> poison, <8 x i32> zeroinitializer
  %683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %674, <8 x float> %648)
  %684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> %677, <8 x float> %649)
  %685 = or disjoint i64 %678, 32
  %686 = getelementptr inbounds float, ptr %Kc, i64 %685
  %687 = load float, ptr %686, align 4
  %688 = insertelement <8 x float> poison, float %687, i64 0
  %689 = shufflevector <8 x float> %688, <8 x float> poison, <8 x i32> zeroinitializer
  %690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %674, <8 x float> %655)
  %691 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> %677, <8 x float> %656)
  %692 = or disjoint i64 %678, 64
  %693 = getelementptr inbounds float, ptr %Kc, i64 %692
  %694 = load float, ptr %693, align 4
  %695 = insertelement <8 x float> poison, float %694, i64 0
  %696 = shufflevector <8 x float> %695, <8 x float> poison, <8 x i32> zeroinitializer
  %697 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> %674, <8 x float> %662)
  %698 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> %677, <8 x float> %663)
  %699 = or disjoint i64 %678, 96
  %700 = getelementptr inbounds float, ptr %Kc, i64 %699
  %701 = load float, ptr %700, align 4
  %702 = insertelement <8 x float> poison, float %701, i64 0
  %703 = shufflevector <8 x float> %702, <8 x float> poison, <8 x i32> zeroinitializer
  %704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %674, <8 x float> %669)
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %677, <8 x float> %670)
  %p6.next.2.1 = add nuw nsw i64 %p6.addr.0348.2, 2
  %exitcond529.2.not.1 = icmp eq i64 %p6.next.2.1, 32
  br i1 %exitcond529.2.not.1, label %p6.exit.2, label %p6.body.2

p6.exit.2:                                        ; preds = %p6.body.2
  %706 = or disjoint i64 %466, 32
  %707 = getelementptr inbounds float, ptr %A, i64 %706
  store <8 x float> %683, ptr %707, align 4
  %708 = or disjoint i64 %466, 40
  %709 = getelementptr inbounds float, ptr %A, i64 %708
  store <8 x float> %684, ptr %709, align 4
  %710 = or disjoint i64 %466, 96
  %711 = getelementptr inbounds float, ptr %A, i64 %710
  store <8 x float> %690, ptr %711, align 4
  %712 = or disjoint i64 %466, 104
  %713 = getelementptr inbounds float, ptr %A, i64 %712
  store <8 x float> %691, ptr %713, align 4
  %714 = or disjoint i64 %466, 160
  %715 = getelementptr inbounds float, ptr %A, i64 %714
  store <8 x float> %697, ptr %715, align 4
  %716 = or disjoint i64 %466, 168
  %717 = getelementptr inbounds float, ptr %A, i64 %716
  store <8 x float> %698, ptr %717, align 4
  %718 = or disjoint i64 %466, 224
  %719 = getelementptr inbounds float, ptr %A, i64 %718
  store <8 x float> %704, ptr %719, align 4
  %720 = or disjoint i64 %466, 232
  %721 = getelementptr inbounds float, ptr %A, i64 %720
  store <8 x float> %705, ptr %721, align 4
  br label %p6.body.3

p6.body.3:                                        ; preds = %p6.body.3, %p6.exit.2
  %acc.0356.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %769, %p6.body.3 ]
  %acc1.0355.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %770, %p6.body.3 ]
  %acc2.0354.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %776, %p6.body.3 ]
  %acc3.0353.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %777, %p6.body.3 ]
  %acc4.0352.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %783, %p6.body.3 ]
  %acc5.0351.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %784, %p6.body.3 ]
  %acc6.0350.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %790, %p6.body.3 ]
  %acc7.0349.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %791, %p6.body.3 ]
  %p6.addr.0348.3 = phi i64 [ 0, %p6.exit.2 ], [ %p6.next.3.1, %p6.body.3 ]
  %722 = shl nuw nsw i64 %p6.addr.0348.3, 6
  %723 = or disjoint i64 %722, 48
  %724 = getelementptr inbounds float, ptr %KT, i64 %723
  %725 = load <8 x float>, ptr %724, align 4
  %726 = or disjoint i64 %722, 56
  %727 = getelementptr inbounds float, ptr %KT, i64 %726
  %728 = load <8 x float>, ptr %727, align 4
  %729 = add nuw nsw i64 %p6.addr.0348.3, %465
  %730 = getelementptr inbounds float, ptr %Kc, i64 %729
  %731 = load float, ptr %730, align 4
  %732 = insertelement <8 x float> poison, float %731, i64 0
  %733 = shufflevector <8 x float> %732, <8 x float> poison, <8 x i32> zeroinitializer
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %725, <8 x float> %acc.0356.3)
  %735 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %728, <8 x float> %acc1.0355.3)
  %736 = or disjoint i64 %729, 32
  %737 = getelementptr inbounds float, ptr %Kc, i64 %736
  %738 = load float, ptr %737, align 4
  %739 = insertelement <8 x float> poison, float %738, i64 0
  %740 = shufflevector <8 x float> %739, <8 x float> poison, <8 x i32> zeroinitializer
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %725, <8 x float> %acc2.0354.3)
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %728, <8 x float> %acc3.0353.3)
  %743 = or disjoint i64 %729, 64
  %744 = getelementptr inbounds float, ptr %Kc, i64 %743
  %745 = load float, ptr %744, align 4
  %746 = insertelement <8 x float> poison, float %745, i64 0
  %747 = shufflevector <8 x float> %746, <8 x float> poison, <8 x i32> zeroinitializer
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %725, <8 x float> %acc4.0352.3)
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %728, <8 x float> %acc5.0351.3)
  %750 = or disjoint i64 %729, 96
  %751 = getelementptr inbounds float, ptr %Kc, i64 %750
  %752 = load float, ptr %751, align 4
  %753 = insertelement <8 x float> poison, float %752, i64 0
  %754 = shufflevector <8 x float> %753, <8 x float> poison, <8 x i32> zeroinitializer
  %755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %725, <8 x float> %acc6.0350.3)
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> %728, <8 x float> %acc7.0349.3)
  %p6.next.3 = or disjoint i64 %p6.addr.0348.3, 1
  %757 = shl nuw nsw i64 %p6.next.3, 6
  %758 = or disjoint i64 %757, 48
  %759 = getelementptr inbounds float, ptr %KT, i64 %758
  %760 = load <8 x float>, ptr %759, align 4
  %761 = or disjoint i64 %757, 56
  %762 = getelementptr inbounds float, ptr %KT, i64 %761
  %763 = load <8 x float>, ptr %762, align 4
  %764 = add nuw nsw i64 %p6.next.3, %465
  %765 = getelementptr inbounds float, ptr %Kc, i64 %764
  %766 = load float, ptr %765, align 4
  %767 = insertelement <8 x float> poison, float %766, i64 0
  %768 = shufflevector <8 x float> %767, <8 x float> poison, <8 x i32> zeroinitializer
  %769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %768, <8 x float> %760, <8 x float> %734)
  %770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %768, <8 x float> %763, <8 x float> %735)
  %771 = or disjoint i64 %764, 32
  %772 = getelementptr inbounds float, ptr %Kc, i64 %771
  %773 = load float, ptr %772, align 4
  %774 = insertelement <8 x float> poison, float %773, i64 0
  %775 = shufflevector <8 x float> %774, <8 x float> poison, <8 x i32> zeroinitializer
  %776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %760, <8 x float> %741)
  %777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %763, <8 x float> %742)
  %778 = or disjoint i64 %764, 64
  %779 = getelementptr inbounds float, ptr %Kc, i64 %778
  %780 = load float, ptr %779, align 4
  %781 = insertelement <8 x float> poison, float %780, i64 0
  %782 = shufflevector <8 x float> %781, <8 x float> poison, <8 x i32> zeroinitializer
  %783 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> %760, <8 x float> %748)
  %784 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> %763, <8 x float> %749)
  %785 = or disjoint i64 %764, 96
  %786 = getelementptr inbounds float, ptr %Kc, i64 %785
  %787 = load float, ptr %786, align 4
  %788 = insertelement <8 x float> poison, float %787, i64 0
  %789 = shufflevector <8 x float> %788, <8 x float> poison, <8 x i32> zeroinitializer
  %790 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %789, <8 x float> %760, <8 x float> %755)
  %791 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %789, <8 x float> %763, <8 x float> %756)
  %p6.next.3.1 = add nuw nsw i64 %p6.addr.0348.3, 2
  %exitcond529.3.not.1 = icmp eq i64 %p6.next.3.1, 32
  br i1 %exitcond529.3.not.1, label %p6.exit.3, label %p6.body.3

p6.exit.3:                                        ; preds = %p6.body.3
  %792 = or disjoint i64 %466, 48
  %793 = getelementptr inbounds float, ptr %A, i64 %792
  store <8 x float> %769, ptr %793, align 4
  %794 = or disjoint i64 %466, 56
  %795 = getelementptr inbounds float, ptr %A, i64 %794
  store <8 x float> %770, ptr %795, align 4
  %796 = or disjoint i64 %466, 112
  %797 = getelementptr inbounds float, ptr %A, i64 %796
  store <8 x float> %776, ptr %797, align 4
  %798 = or disjoint i64 %466, 120
  %799 = getelementptr inbounds float, ptr %A, i64 %798
  store <8 x float> %777, ptr %799, align 4
  %800 = or disjoint i64 %466, 176
  %801 = getelementptr inbounds float, ptr %A, i64 %800
  store <8 x float> %783, ptr %801, align 4
  %802 = or disjoint i64 %466, 184
  %803 = getelementptr inbounds float, ptr %A, i64 %802
  store <8 x float> %784, ptr %803, align 4
  %804 = or disjoint i64 %466, 240
  %805 = getelementptr inbounds float, ptr %A, i64 %804
  store <8 x float> %790, ptr %805, align 4
  %806 = or disjoint i64 %466, 248
  %807 = getelementptr inbounds float, ptr %A, i64 %806
  store <8 x float> %791, ptr %807, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0358, 4
  %808 = icmp ult i64 %i14.addr.0358, 60
  br i1 %808, label %j10.head.preheader, label %i15.body

i15.body:                                         ; preds = %p6.exit.3, %i15.body
  %i15.addr.0360 = phi i64 [ %i15.next, %i15.body ], [ 0, %p6.exit.3 ]
  %broadcast.splatinsert881 = insertelement <8 x i64> poison, i64 %i15.addr.0360, i64 0
  %broadcast.splat882 = shufflevector <8 x i64> %broadcast.splatinsert881, <8 x i64> poison, <8 x i32> zeroinitializer
  %809 = getelementptr inbounds float, ptr %bet, i64 %i15.addr.0360
  %810 = load float, ptr %809, align 4
  %broadcast.splatinsert879 = insertelement <8 x float> poison, float %810, i64 0
  %broadcast.splat880 = shufflevector <8 x float> %broadcast.splatinsert879, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx451 = shl nsw i64 %i15.addr.0360, 8
  %invariant.gep714 = getelementptr inbounds i8, ptr %A, i64 %.idx451
  %811 = getelementptr inbounds i8, ptr %invariant.gep714, i64 32
  %812 = getelementptr inbounds i8, ptr %invariant.gep714, i64 64
  %813 = getelementptr inbounds i8, ptr %invariant.gep714, i64 96
  %wide.load875 = load <8 x float>, ptr %invariant.gep714, align 4
  %wide.load876 = load <8 x float>, ptr %811, align 4
  %wide.load877 = load <8 x float>, ptr %812, align 4
  %wide.load878 = load <8 x float>, ptr %813, align 4
  %814 = fmul <8 x float> %broadcast.splat880, %wide.load875
  %815 = fmul <8 x float> %broadcast.splat880, %wide.load876
  %816 = fmul <8 x float> %broadcast.splat880, %wide.load877
  %817 = fmul <8 x float> %broadcast.splat880, %wide.load878
  %818 = icmp ugt <8 x i64> %broadcast.splat882, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %819 = icmp ugt <8 x i64> %broadcast.splat882, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %820 = icmp ugt <8 x i64> %broadcast.splat882, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %821 = icmp ugt <8 x i64> %broadcast.splat882, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %822 = select <8 x i1> %818, <8 x float> %814, <8 x float> zeroinitializer
  %823 = select <8 x i1> %819, <8 x float> %815, <8 x float> zeroinitializer
  %824 = select <8 x i1> %820, <8 x float> %816, <8 x float> zeroinitializer
  %825 = select <8 x i1> %821, <8 x float> %817, <8 x float> zeroinitializer
  store <8 x float> %822, ptr %invariant.gep714, align 4
  store <8 x float> %823, ptr %811, align 4
  store <8 x float> %824, ptr %812, align 4
  store <8 x float> %825, ptr %813, align 4
  %826 = getelementptr inbounds i8, ptr %invariant.gep714, i64 128
  %827 = getelementptr inbounds i8, ptr %invariant.gep714, i64 160
  %828 = getelementptr inbounds i8, ptr %invariant.gep714, i64 192
  %829 = getelementptr inbounds i8, ptr %invariant.gep714, i64 224
  %wide.load875.1 = load <8 x float>, ptr %826, align 4
  %wide.load876.1 = load <8 x float>, ptr %827, align 4
  %wide.load877.1 = load <8 x float>, ptr %828, align 4
  %wide.load878.1 = load <8 x float>, ptr %829, align 4
  %830 = fmul <8 x float> %broadcast.splat880, %wide.load875.1
  %831 = fmul <8 x float> %broadcast.splat880, %wide.load876.1
  %832 = fmul <8 x float> %broadcast.splat880, %wide.load877.1
  %833 = fmul <8 x float> %broadcast.splat880, %wide.load878.1
  %834 = icmp ugt <8 x i64> %broadcast.splat882, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %835 = icmp ugt <8 x i64> %broadcast.splat882, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %836 = icmp ugt <8 x i64> %broadcast.splat882, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %837 = icmp ugt <8 x i64> %broadcast.splat882, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %838 = select <8 x i1> %834, <8 x float> %830, <8 x float> zeroinitializer
  %839 = select <8 x i1> %835, <8 x float> %831, <8 x float> zeroinitializer
  %840 = select <8 x i1> %836, <8 x float> %832, <8 x float> zeroinitializer
  %841 = select <8 x i1> %837, <8 x float> %833, <8 x float> zeroinitializer
  store <8 x float> %838, ptr %826, align 4
  store <8 x float> %839, ptr %827, align 4
  store <8 x float> %840, ptr %828, align 4
  store <8 x float> %841, ptr %829, align 4
  %i15.next = add nuw nsw i64 %i15.addr.0360, 1
  %exitcond531.not = icmp eq i64 %i15.next, 64
  br i1 %exitcond531.not, label %i16.body, label %i15.body

i16.body:                                         ; preds = %i15.body, %j12.exit
  %indvar1030 = phi i64 [ %indvar.next1031, %j12.exit ], [ 0, %i15.body ]
  %i16.addr.0370 = phi i64 [ %i16.next, %j12.exit ], [ 1, %i15.body ]
  %842 = shl nuw nsw i64 %i16.addr.0370, 6
  %843 = getelementptr inbounds float, ptr %X, i64 %842
  %844 = load <8 x float>, ptr %843, align 4
  %845 = or disjoint i64 %842, 8
  %846 = getelementptr inbounds float, ptr %X, i64 %845
  %847 = load <8 x float>, ptr %846, align 4
  %848 = or disjoint i64 %842, 16
  %849 = getelementptr inbounds float, ptr %X, i64 %848
  %850 = load <8 x float>, ptr %849, align 4
  %851 = or disjoint i64 %842, 24
  %852 = getelementptr inbounds float, ptr %X, i64 %851
  %853 = load <8 x float>, ptr %852, align 4
  %854 = or disjoint i64 %842, 32
  %855 = getelementptr inbounds float, ptr %X, i64 %854
  %856 = load <8 x float>, ptr %855, align 4
  %857 = or disjoint i64 %842, 40
  %858 = getelementptr inbounds float, ptr %X, i64 %857
  %859 = load <8 x float>, ptr %858, align 4
  %860 = or disjoint i64 %842, 48
  %861 = getelementptr inbounds float, ptr %X, i64 %860
  %862 = load <8 x float>, ptr %861, align 4
  %863 = or disjoint i64 %842, 56
  %864 = getelementptr inbounds float, ptr %X, i64 %863
  %865 = load <8 x float>, ptr %864, align 4
  %866 = getelementptr inbounds float, ptr %A, i64 %842
  %xtraiter = and i64 %i16.addr.0370, 1
  %867 = icmp eq i64 %indvar1030, 0
  br i1 %867, label %j12.exit.unr-lcssa, label %i16.body.new

i16.body.new:                                     ; preds = %i16.body
  %unroll_iter = and i64 %i16.addr.0370, 9223372036854775806
  br label %j12.body

j12.body:                                         ; preds = %j12.body, %i16.body.new
  %j12.addr.0369 = phi i64 [ 0, %i16.body.new ], [ %j12.next.1, %j12.body ]
  %acc1546.0368 = phi <8 x float> [ %865, %i16.body.new ], [ %941, %j12.body ]
  %acc14.0367 = phi <8 x float> [ %862, %i16.body.new ], [ %937, %j12.body ]
  %acc13.0366 = phi <8 x float> [ %859, %i16.body.new ], [ %933, %j12.body ]
  %acc12.0365 = phi <8 x float> [ %856, %i16.body.new ], [ %929, %j12.body ]
  %acc11.0364 = phi <8 x float> [ %853, %i16.body.new ], [ %925, %j12.body ]
  %acc10.0363 = phi <8 x float> [ %850, %i16.body.new ], [ %921, %j12.body ]
  %acc9.0362 = phi <8 x float> [ %847, %i16.body.new ], [ %917, %j12.body ]
  %acc8.0361 = phi <8 x float> [ %844, %i16.body.new ], [ %913, %j12.body ]
  %niter = phi i64 [ 0, %i16.body.new ], [ %niter.next.1, %j12.body ]
  %868 = getelementptr inbounds float, ptr %866, i64 %j12.addr.0369
  %869 = load float, ptr %868, align 4
  %870 = fneg float %869
  %871 = shl nsw i64 %j12.addr.0369, 6
  %872 = getelementptr inbounds float, ptr %X, i64 %871
  %873 = load <8 x float>, ptr %872, align 4
  %874 = insertelement <8 x float> poison, float %870, i64 0
  %875 = shufflevector <8 x float> %874, <8 x float> poison, <8 x i32> zeroinitializer
  %876 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %873, <8 x float> %acc8.0361)
  %877 = or disjoint i64 %871, 8
  %878 = getelementptr inbounds float, ptr %X, i64 %877
  %879 = load <8 x float>, ptr %878, align 4
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %879, <8 x float> %acc9.0362)
  %881 = or disjoint i64 %871, 16
  %882 = getelementptr inbounds float, ptr %X, i64 %881
  %883 = load <8 x float>, ptr %882, align 4
  %884 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %883, <8 x float> %acc10.0363)
  %885 = or disjoint i64 %871, 24
  %886 = getelementptr inbounds float, ptr %X, i64 %885
  %887 = load <8 x float>, ptr %886, align 4
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %887, <8 x float> %acc11.0364)
  %889 = or disjoint i64 %871, 32
  %890 = getelementptr inbounds float, ptr %X, i64 %889
  %891 = load <8 x float>, ptr %890, align 4
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %891, <8 x float> %acc12.0365)
  %893 = or disjoint i64 %871, 40
  %894 = getelementptr inbounds float, ptr %X, i64 %893
  %895 = load <8 x float>, ptr %894, align 4
  %896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %895, <8 x float> %acc13.0366)
  %897 = or disjoint i64 %871, 48
  %898 = getelementptr inbounds float, ptr %X, i64 %897
  %899 = load <8 x float>, ptr %898, align 4
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %899, <8 x float> %acc14.0367)
  %901 = or disjoint i64 %871, 56
  %902 = getelementptr inbounds float, ptr %X, i64 %901
  %903 = load <8 x float>, ptr %902, align 4
  %904 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %875, <8 x float> %903, <8 x float> %acc1546.0368)
  %j12.next = or disjoint i64 %j12.addr.0369, 1
  %905 = getelementptr inbounds float, ptr %866, i64 %j12.next
  %906 = load float, ptr %905, align 4
  %907 = fneg float %906
  %908 = shl nsw i64 %j12.next, 6
  %909 = getelementptr inbounds float, ptr %X, i64 %908
  %910 = load <8 x float>, ptr %909, align 4
  %911 = insertelement <8 x float> poison, float %907, i64 0
  %912 = shufflevector <8 x float> %911, <8 x float> poison, <8 x i32> zeroinitializer
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %910, <8 x float> %876)
  %914 = or disjoint i64 %908, 8
  %915 = getelementptr inbounds float, ptr %X, i64 %914
  %916 = load <8 x float>, ptr %915, align 4
  %917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %916, <8 x float> %880)
  %918 = or disjoint i64 %908, 16
  %919 = getelementptr inbounds float, ptr %X, i64 %918
  %920 = load <8 x float>, ptr %919, align 4
  %921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %920, <8 x float> %884)
  %922 = or disjoint i64 %908, 24
  %923 = getelementptr inbounds float, ptr %X, i64 %922
  %924 = load <8 x float>, ptr %923, align 4
  %925 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %924, <8 x float> %888)
  %926 = or disjoint i64 %908, 32
  %927 = getelementptr inbounds float, ptr %X, i64 %926
  %928 = load <8 x float>, ptr %927, align 4
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %928, <8 x float> %892)
  %930 = or disjoint i64 %908, 40
  %931 = getelementptr inbounds float, ptr %X, i64 %930
  %932 = load <8 x float>, ptr %931, align 4
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %932, <8 x float> %896)
  %934 = or disjoint i64 %908, 48
  %935 = getelementptr inbounds float, ptr %X, i64 %934
  %936 = load <8 x float>, ptr %935, align 4
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %936, <8 x float> %900)
  %938 = or disjoint i64 %908, 56
  %939 = getelementptr inbounds float, ptr %X, i64 %938
  %940 = load <8 x float>, ptr %939, align 4
  %941 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> %940, <8 x float> %904)
  %j12.next.1 = add nuw nsw i64 %j12.addr.0369, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j12.exit.unr-lcssa, label %j12.body

j12.exit.unr-lcssa:                               ; preds = %j12.body, %i16.body
  %.lcssa922.ph = phi <8 x float> [ poison, %i16.body ], [ %913, %j12.body ]
  %.lcssa921.ph = phi <8 x float> [ poison, %i16.body ], [ %917, %j12.body ]
  %.lcssa920.ph = phi <8 x float> [ poison, %i16.body ], [ %921, %j12.body ]
  %.lcssa919.ph = phi <8 x float> [ poison, %i16.body ], [ %925, %j12.body ]
  %.lcssa918.ph = phi <8 x float> [ poison, %i16.body ], [ %929, %j12.body ]
  %.lcssa917.ph = phi <8 x float> [ poison, %i16.body ], [ %933, %j12.body ]
  %.lcssa916.ph = phi <8 x float> [ poison, %i16.body ], [ %937, %j12.body ]
  %.lcssa915.ph = phi <8 x float> [ poison, %i16.body ], [ %941, %j12.body ]
  %j12.addr.0369.unr = phi i64 [ 0, %i16.body ], [ %j12.next.1, %j12.body ]
  %acc1546.0368.unr = phi <8 x float> [ %865, %i16.body ], [ %941, %j12.body ]
  %acc14.0367.unr = phi <8 x float> [ %862, %i16.body ], [ %937, %j12.body ]
  %acc13.0366.unr = phi <8 x float> [ %859, %i16.body ], [ %933, %j12.body ]
  %acc12.0365.unr = phi <8 x float> [ %856, %i16.body ], [ %929, %j12.body ]
  %acc11.0364.unr = phi <8 x float> [ %853, %i16.body ], [ %925, %j12.body ]
  %acc10.0363.unr = phi <8 x float> [ %850, %i16.body ], [ %921, %j12.body ]
  %acc9.0362.unr = phi <8 x float> [ %847, %i16.body ], [ %917, %j12.body ]
  %acc8.0361.unr = phi <8 x float> [ %844, %i16.body ], [ %913, %j12.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j12.exit, label %j12.body.epil

j12.body.epil:                                    ; preds = %j12.exit.unr-lcssa
  %942 = getelementptr inbounds float, ptr %866, i64 %j12.addr.0369.unr
  %943 = load float, ptr %942, align 4
  %944 = fneg float %943
  %945 = shl nsw i64 %j12.addr.0369.unr, 6
  %946 = getelementptr inbounds float, ptr %X, i64 %945
  %947 = load <8 x float>, ptr %946, align 4
  %948 = insertelement <8 x float> poison, float %944, i64 0
  %949 = shufflevector <8 x float> %948, <8 x float> poison, <8 x i32> zeroinitializer
  %950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %947, <8 x float> %acc8.0361.unr)
  %951 = or disjoint i64 %945, 8
  %952 = getelementptr inbounds float, ptr %X, i64 %951
  %953 = load <8 x float>, ptr %952, align 4
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %953, <8 x float> %acc9.0362.unr)
  %955 = or disjoint i64 %945, 16
  %956 = getelementptr inbounds float, ptr %X, i64 %955
  %957 = load <8 x float>, ptr %956, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %957, <8 x float> %acc10.0363.unr)
  %959 = or disjoint i64 %945, 24
  %960 = getelementptr inbounds float, ptr %X, i64 %959
  %961 = load <8 x float>, ptr %960, align 4
  %962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %961, <8 x float> %acc11.0364.unr)
  %963 = or disjoint i64 %945, 32
  %964 = getelementptr inbounds float, ptr %X, i64 %963
  %965 = load <8 x float>, ptr %964, align 4
  %966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %965, <8 x float> %acc12.0365.unr)
  %967 = or disjoint i64 %945, 40
  %968 = getelementptr inbounds float, ptr %X, i64 %967
  %969 = load <8 x float>, ptr %968, align 4
  %970 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %969, <8 x float> %acc13.0366.unr)
  %971 = or disjoint i64 %945, 48
  %972 = getelementptr inbounds float, ptr %X, i64 %971
  %973 = load <8 x float>, ptr %972, align 4
  %974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %973, <8 x float> %acc14.0367.unr)
  %975 = or disjoint i64 %945, 56
  %976 = getelementptr inbounds float, ptr %X, i64 %975
  %977 = load <8 x float>, ptr %976, align 4
  %978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> %977, <8 x float> %acc1546.0368.unr)
  br label %j12.exit

j12.exit:                                         ; preds = %j12.exit.unr-lcssa, %j12.body.epil
  %.lcssa922 = phi <8 x float> [ %.lcssa922.ph, %j12.exit.unr-lcssa ], [ %950, %j12.body.epil ]
  %.lcssa921 = phi <8 x float> [ %.lcssa921.ph, %j12.exit.unr-lcssa ], [ %954, %j12.body.epil ]
  %.lcssa920 = phi <8 x float> [ %.lcssa920.ph, %j12.exit.unr-lcssa ], [ %958, %j12.body.epil ]
  %.lcssa919 = phi <8 x float> [ %.lcssa919.ph, %j12.exit.unr-lcssa ], [ %962, %j12.body.epil ]
  %.lcssa918 = phi <8 x float> [ %.lcssa918.ph, %j12.exit.unr-lcssa ], [ %966, %j12.body.epil ]
  %.lcssa917 = phi <8 x float> [ %.lcssa917.ph, %j12.exit.unr-lcssa ], [ %970, %j12.body.epil ]
  %.lcssa916 = phi <8 x float> [ %.lcssa916.ph, %j12.exit.unr-lcssa ], [ %974, %j12.body.epil ]
  %.lcssa915 = phi <8 x float> [ %.lcssa915.ph, %j12.exit.unr-lcssa ], [ %978, %j12.body.epil ]
  store <8 x float> %.lcssa922, ptr %843, align 4
  store <8 x float> %.lcssa921, ptr %846, align 4
  store <8 x float> %.lcssa920, ptr %849, align 4
  store <8 x float> %.lcssa919, ptr %852, align 4
  store <8 x float> %.lcssa918, ptr %855, align 4
  store <8 x float> %.lcssa917, ptr %858, align 4
  store <8 x float> %.lcssa916, ptr %861, align 4
  store <8 x float> %.lcssa915, ptr %864, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0370, 1
  %exitcond533.not = icmp eq i64 %i16.next, 64
  %indvar.next1031 = add i64 %indvar1030, 1
  br i1 %exitcond533.not, label %j13.head.preheader, label %i16.body

j13.head.preheader:                               ; preds = %j12.exit, %p7.exit.1
  %i17.addr.0381 = phi i64 [ %i17.next, %p7.exit.1 ], [ 0, %j12.exit ]
  %979 = shl nuw nsw i64 %i17.addr.0381, 6
  %980 = or disjoint i64 %979, 32
  %981 = or disjoint i64 %979, 96
  %982 = or disjoint i64 %979, 160
  %983 = or disjoint i64 %979, 224
  %984 = getelementptr inbounds float, ptr %X, i64 %980
  %985 = load <8 x float>, ptr %984, align 4
  %986 = or disjoint i64 %979, 40
  %987 = getelementptr inbounds float, ptr %X, i64 %986
  %988 = load <8 x float>, ptr %987, align 4
  %989 = getelementptr inbounds float, ptr %X, i64 %981
  %990 = load <8 x float>, ptr %989, align 4
  %991 = or disjoint i64 %979, 104
  %992 = getelementptr inbounds float, ptr %X, i64 %991
  %993 = load <8 x float>, ptr %992, align 4
  %994 = getelementptr inbounds float, ptr %X, i64 %982
  %995 = load <8 x float>, ptr %994, align 4
  %996 = or disjoint i64 %979, 168
  %997 = getelementptr inbounds float, ptr %X, i64 %996
  %998 = load <8 x float>, ptr %997, align 4
  %999 = getelementptr inbounds float, ptr %X, i64 %983
  %1000 = load <8 x float>, ptr %999, align 4
  %1001 = or disjoint i64 %979, 232
  %1002 = getelementptr inbounds float, ptr %X, i64 %1001
  %1003 = load <8 x float>, ptr %1002, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %j13.head.preheader
  %p7.addr.0379 = phi i64 [ 0, %j13.head.preheader ], [ %p7.next.11049, %p7.body ]
  %acc23.0378 = phi <8 x float> [ %1003, %j13.head.preheader ], [ %1079, %p7.body ]
  %acc22.0377 = phi <8 x float> [ %1000, %j13.head.preheader ], [ %1078, %p7.body ]
  %acc21.0376 = phi <8 x float> [ %998, %j13.head.preheader ], [ %1071, %p7.body ]
  %acc20.0375 = phi <8 x float> [ %995, %j13.head.preheader ], [ %1070, %p7.body ]
  %acc19.0374 = phi <8 x float> [ %993, %j13.head.preheader ], [ %1063, %p7.body ]
  %acc18.0373 = phi <8 x float> [ %990, %j13.head.preheader ], [ %1062, %p7.body ]
  %acc17.0372 = phi <8 x float> [ %988, %j13.head.preheader ], [ %1055, %p7.body ]
  %acc16.0371 = phi <8 x float> [ %985, %j13.head.preheader ], [ %1054, %p7.body ]
  %1004 = shl nuw nsw i64 %p7.addr.0379, 5
  %1005 = getelementptr inbounds float, ptr %work, i64 %1004
  %1006 = load <8 x float>, ptr %1005, align 4
  %1007 = or disjoint i64 %1004, 8
  %1008 = getelementptr inbounds float, ptr %work, i64 %1007
  %1009 = load <8 x float>, ptr %1008, align 4
  %1010 = or disjoint i64 %p7.addr.0379, %979
  %1011 = getelementptr inbounds float, ptr %X, i64 %1010
  %1012 = load float, ptr %1011, align 4
  %1013 = fneg float %1012
  %1014 = insertelement <8 x float> poison, float %1013, i64 0
  %1015 = shufflevector <8 x float> %1014, <8 x float> poison, <8 x i32> zeroinitializer
  %1016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1015, <8 x float> %1006, <8 x float> %acc16.0371)
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1015, <8 x float> %1009, <8 x float> %acc17.0372)
  %1018 = or disjoint i64 %1010, 64
  %1019 = getelementptr inbounds float, ptr %X, i64 %1018
  %1020 = load float, ptr %1019, align 4
  %1021 = fneg float %1020
  %1022 = insertelement <8 x float> poison, float %1021, i64 0
  %1023 = shufflevector <8 x float> %1022, <8 x float> poison, <8 x i32> zeroinitializer
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1023, <8 x float> %1006, <8 x float> %acc18.0373)
  %1025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1023, <8 x float> %1009, <8 x float> %acc19.0374)
  %1026 = or disjoint i64 %1010, 128
  %1027 = getelementptr inbounds float, ptr %X, i64 %1026
  %1028 = load float, ptr %1027, align 4
  %1029 = fneg float %1028
  %1030 = insertelement <8 x float> poison, float %1029, i64 0
  %1031 = shufflevector <8 x float> %1030, <8 x float> poison, <8 x i32> zeroinitializer
  %1032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %1006, <8 x float> %acc20.0375)
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %1009, <8 x float> %acc21.0376)
  %1034 = or disjoint i64 %1010, 192
  %1035 = getelementptr inbounds float, ptr %X, i64 %1034
  %1036 = load float, ptr %1035, align 4
  %1037 = fneg float %1036
  %1038 = insertelement <8 x float> poison, float %1037, i64 0
  %1039 = shufflevector <8 x float> %1038, <8 x float> poison, <8 x i32> zeroinitializer
  %1040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1006, <8 x float> %acc22.0377)
  %1041 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1009, <8 x float> %acc23.0378)
  %p7.next = or disjoint i64 %p7.addr.0379, 1
  %1042 = shl nuw nsw i64 %p7.next, 5
  %1043 = getelementptr inbounds float, ptr %work, i64 %1042
  %1044 = load <8 x float>, ptr %1043, align 4
  %1045 = or disjoint i64 %1042, 8
  %1046 = getelementptr inbounds float, ptr %work, i64 %1045
  %1047 = load <8 x float>, ptr %1046, align 4
  %1048 = or disjoint i64 %p7.next, %979
  %1049 = getelementptr inbounds float, ptr %X, i64 %1048
  %1050 = load float, ptr %1049, align 4
  %1051 = fneg float %1050
  %1052 = insertelement <8 x float> poison, float %1051, i64 0
  %1053 = shufflevector <8 x float> %1052, <8 x float> poison, <8 x i32> zeroinitializer
  %1054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %1044, <8 x float> %1016)
  %1055 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %1047, <8 x float> %1017)
  %1056 = or disjoint i64 %1048, 64
  %1057 = getelementptr inbounds float, ptr %X, i64 %1056
  %1058 = load float, ptr %1057, align 4
  %1059 = fneg float %1058
  %1060 = insertelement <8 x float> poison, float %1059, i64 0
  %1061 = shufflevector <8 x float> %1060, <8 x float> poison, <8 x i32> zeroinitializer
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1044, <8 x float> %1024)
  %1063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1047, <8 x float> %1025)
  %1064 = or disjoint i64 %1048, 128
  %1065 = getelementptr inbounds float, ptr %X, i64 %1064
  %1066 = load float, ptr %1065, align 4
  %1067 = fneg float %1066
  %1068 = insertelement <8 x float> poison, float %1067, i64 0
  %1069 = shufflevector <8 x float> %1068, <8 x float> poison, <8 x i32> zeroinitializer
  %1070 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1069, <8 x float> %1044, <8 x float> %1032)
  %1071 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1069, <8 x float> %1047, <8 x float> %1033)
  %1072 = or disjoint i64 %1048, 192
  %1073 = getelementptr inbounds float, ptr %X, i64 %1072
  %1074 = load float, ptr %1073, align 4
  %1075 = fneg float %1074
  %1076 = insertelement <8 x float> poison, float %1075, i64 0
  %1077 = shufflevector <8 x float> %1076, <8 x float> poison, <8 x i32> zeroinitializer
  %1078 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> %1044, <8 x float> %1040)
  %1079 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> %1047, <8 x float> %1041)
  %p7.next.11049 = add nuw nsw i64 %p7.addr.0379, 2
  %exitcond534.not.1 = icmp eq i64 %p7.next.11049, 32
  br i1 %exitcond534.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %1054, ptr %984, align 4
  store <8 x float> %1055, ptr %987, align 4
  store <8 x float> %1062, ptr %989, align 4
  store <8 x float> %1063, ptr %992, align 4
  store <8 x float> %1070, ptr %994, align 4
  store <8 x float> %1071, ptr %997, align 4
  store <8 x float> %1078, ptr %999, align 4
  store <8 x float> %1079, ptr %1002, align 4
  %1080 = or disjoint i64 %979, 48
  %1081 = getelementptr inbounds float, ptr %X, i64 %1080
  %1082 = load <8 x float>, ptr %1081, align 4
  %1083 = or disjoint i64 %979, 56
  %1084 = getelementptr inbounds float, ptr %X, i64 %1083
  %1085 = load <8 x float>, ptr %1084, align 4
  %1086 = or disjoint i64 %979, 112
  %1087 = getelementptr inbounds float, ptr %X, i64 %1086
  %1088 = load <8 x float>, ptr %1087, align 4
  %1089 = or disjoint i64 %979, 120
  %1090 = getelementptr inbounds float, ptr %X, i64 %1089
  %1091 = load <8 x float>, ptr %1090, align 4
  %1092 = or disjoint i64 %979, 176
  %1093 = getelementptr inbounds float, ptr %X, i64 %1092
  %1094 = load <8 x float>, ptr %1093, align 4
  %1095 = or disjoint i64 %979, 184
  %1096 = getelementptr inbounds float, ptr %X, i64 %1095
  %1097 = load <8 x float>, ptr %1096, align 4
  %1098 = or disjoint i64 %979, 240
  %1099 = getelementptr inbounds float, ptr %X, i64 %1098
  %1100 = load <8 x float>, ptr %1099, align 4
  %1101 = or disjoint i64 %979, 248
  %1102 = getelementptr inbounds float, ptr %X, i64 %1101
  %1103 = load <8 x float>, ptr %1102, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %p7.addr.0379.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1.1, %p7.body.1 ]
  %acc23.0378.1 = phi <8 x float> [ %1103, %p7.exit ], [ %1181, %p7.body.1 ]
  %acc22.0377.1 = phi <8 x float> [ %1100, %p7.exit ], [ %1180, %p7.body.1 ]
  %acc21.0376.1 = phi <8 x float> [ %1097, %p7.exit ], [ %1173, %p7.body.1 ]
  %acc20.0375.1 = phi <8 x float> [ %1094, %p7.exit ], [ %1172, %p7.body.1 ]
  %acc19.0374.1 = phi <8 x float> [ %1091, %p7.exit ], [ %1165, %p7.body.1 ]
  %acc18.0373.1 = phi <8 x float> [ %1088, %p7.exit ], [ %1164, %p7.body.1 ]
  %acc17.0372.1 = phi <8 x float> [ %1085, %p7.exit ], [ %1157, %p7.body.1 ]
  %acc16.0371.1 = phi <8 x float> [ %1082, %p7.exit ], [ %1156, %p7.body.1 ]
  %1104 = shl nuw nsw i64 %p7.addr.0379.1, 5
  %1105 = or disjoint i64 %1104, 16
  %1106 = getelementptr inbounds float, ptr %work, i64 %1105
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = or disjoint i64 %1104, 24
  %1109 = getelementptr inbounds float, ptr %work, i64 %1108
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = or disjoint i64 %p7.addr.0379.1, %979
  %1112 = getelementptr inbounds float, ptr %X, i64 %1111
  %1113 = load float, ptr %1112, align 4
  %1114 = fneg float %1113
  %1115 = insertelement <8 x float> poison, float %1114, i64 0
  %1116 = shufflevector <8 x float> %1115, <8 x float> poison, <8 x i32> zeroinitializer
  %1117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1116, <8 x float> %1107, <8 x float> %acc16.0371.1)
  %1118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1116, <8 x float> %1110, <8 x float> %acc17.0372.1)
  %1119 = or disjoint i64 %1111, 64
  %1120 = getelementptr inbounds float, ptr %X, i64 %1119
  %1121 = load float, ptr %1120, align 4
  %1122 = fneg float %1121
  %1123 = insertelement <8 x float> poison, float %1122, i64 0
  %1124 = shufflevector <8 x float> %1123, <8 x float> poison, <8 x i32> zeroinitializer
  %1125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1124, <8 x float> %1107, <8 x float> %acc18.0373.1)
  %1126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1124, <8 x float> %1110, <8 x float> %acc19.0374.1)
  %1127 = or disjoint i64 %1111, 128
  %1128 = getelementptr inbounds float, ptr %X, i64 %1127
  %1129 = load float, ptr %1128, align 4
  %1130 = fneg float %1129
  %1131 = insertelement <8 x float> poison, float %1130, i64 0
  %1132 = shufflevector <8 x float> %1131, <8 x float> poison, <8 x i32> zeroinitializer
  %1133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1132, <8 x float> %1107, <8 x float> %acc20.0375.1)
  %1134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1132, <8 x float> %1110, <8 x float> %acc21.0376.1)
  %1135 = or disjoint i64 %1111, 192
  %1136 = getelementptr inbounds float, ptr %X, i64 %1135
  %1137 = load float, ptr %1136, align 4
  %1138 = fneg float %1137
  %1139 = insertelement <8 x float> poison, float %1138, i64 0
  %1140 = shufflevector <8 x float> %1139, <8 x float> poison, <8 x i32> zeroinitializer
  %1141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> %1107, <8 x float> %acc22.0377.1)
  %1142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> %1110, <8 x float> %acc23.0378.1)
  %p7.next.1 = or disjoint i64 %p7.addr.0379.1, 1
  %1143 = shl nuw nsw i64 %p7.next.1, 5
  %1144 = or disjoint i64 %1143, 16
  %1145 = getelementptr inbounds float, ptr %work, i64 %1144
  %1146 = load <8 x float>, ptr %1145, align 4
  %1147 = or disjoint i64 %1143, 24
  %1148 = getelementptr inbounds float, ptr %work, i64 %1147
  %1149 = load <8 x float>, ptr %1148, align 4
  %1150 = or disjoint i64 %p7.next.1, %979
  %1151 = getelementptr inbounds float, ptr %X, i64 %1150
  %1152 = load float, ptr %1151, align 4
  %1153 = fneg float %1152
  %1154 = insertelement <8 x float> poison, float %1153, i64 0
  %1155 = shufflevector <8 x float> %1154, <8 x float> poison, <8 x i32> zeroinitializer
  %1156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1146, <8 x float> %1117)
  %1157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1149, <8 x float> %1118)
  %1158 = or disjoint i64 %1150, 64
  %1159 = getelementptr inbounds float, ptr %X, i64 %1158
  %1160 = load float, ptr %1159, align 4
  %1161 = fneg float %1160
  %1162 = insertelement <8 x float> poison, float %1161, i64 0
  %1163 = shufflevector <8 x float> %1162, <8 x float> poison, <8 x i32> zeroinitializer
  %1164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1163, <8 x float> %1146, <8 x float> %1125)
  %1165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1163, <8 x float> %1149, <8 x float> %1126)
  %1166 = or disjoint i64 %1150, 128
  %1167 = getelementptr inbounds float, ptr %X, i64 %1166
  %1168 = load float, ptr %1167, align 4
  %1169 = fneg float %1168
  %1170 = insertelement <8 x float> poison, float %1169, i64 0
  %1171 = shufflevector <8 x float> %1170, <8 x float> poison, <8 x i32> zeroinitializer
  %1172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1146, <8 x float> %1133)
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1149, <8 x float> %1134)
  %1174 = or disjoint i64 %1150, 192
  %1175 = getelementptr inbounds float, ptr %X, i64 %1174
  %1176 = load float, ptr %1175, align 4
  %1177 = fneg float %1176
  %1178 = insertelement <8 x float> poison, float %1177, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1146, <8 x float> %1141)
  %1181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1149, <8 x float> %1142)
  %p7.next.1.1 = add nuw nsw i64 %p7.addr.0379.1, 2
  %exitcond534.1.not.1 = icmp eq i64 %p7.next.1.1, 32
  br i1 %exitcond534.1.not.1, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <8 x float> %1156, ptr %1081, align 4
  store <8 x float> %1157, ptr %1084, align 4
  store <8 x float> %1164, ptr %1087, align 4
  store <8 x float> %1165, ptr %1090, align 4
  store <8 x float> %1172, ptr %1093, align 4
  store <8 x float> %1173, ptr %1096, align 4
  store <8 x float> %1180, ptr %1099, align 4
  store <8 x float> %1181, ptr %1102, align 4
  %i17.next = add nuw nsw i64 %i17.addr.0381, 4
  %1182 = icmp ult i64 %i17.addr.0381, 60
  br i1 %1182, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %p7.exit.1, %p8.exit.3
  %i18.addr.0392 = phi i64 [ %i18.next, %p8.exit.3 ], [ 0, %p7.exit.1 ]
  %1183 = shl nuw nsw i64 %i18.addr.0392, 5
  %1184 = shl nuw nsw i64 %i18.addr.0392, 6
  %1185 = or disjoint i64 %1184, 64
  %1186 = or disjoint i64 %1184, 128
  %1187 = or disjoint i64 %1184, 192
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %j14.head.preheader
  %p8.addr.0390 = phi i64 [ 0, %j14.head.preheader ], [ %p8.next.11060, %p8.body ]
  %acc31.0389 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1255, %p8.body ]
  %acc30.0388 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1254, %p8.body ]
  %acc29.0387 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1248, %p8.body ]
  %acc28.0386 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1247, %p8.body ]
  %acc27.0385 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1241, %p8.body ]
  %acc26.0384 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1240, %p8.body ]
  %acc25.0383 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1234, %p8.body ]
  %acc24.0382 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1233, %p8.body ]
  %1188 = shl nuw nsw i64 %p8.addr.0390, 6
  %1189 = getelementptr inbounds float, ptr %KT, i64 %1188
  %1190 = load <8 x float>, ptr %1189, align 4
  %1191 = or disjoint i64 %1188, 8
  %1192 = getelementptr inbounds float, ptr %KT, i64 %1191
  %1193 = load <8 x float>, ptr %1192, align 4
  %1194 = add nuw nsw i64 %p8.addr.0390, %1183
  %1195 = getelementptr inbounds float, ptr %Qc, i64 %1194
  %1196 = load float, ptr %1195, align 4
  %1197 = insertelement <8 x float> poison, float %1196, i64 0
  %1198 = shufflevector <8 x float> %1197, <8 x float> poison, <8 x i32> zeroinitializer
  %1199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1198, <8 x float> %1190, <8 x float> %acc24.0382)
  %1200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1198, <8 x float> %1193, <8 x float> %acc25.0383)
  %1201 = or disjoint i64 %1194, 32
  %1202 = getelementptr inbounds float, ptr %Qc, i64 %1201
  %1203 = load float, ptr %1202, align 4
  %1204 = insertelement <8 x float> poison, float %1203, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1190, <8 x float> %acc26.0384)
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1193, <8 x float> %acc27.0385)
  %1208 = or disjoint i64 %1194, 64
  %1209 = getelementptr inbounds float, ptr %Qc, i64 %1208
  %1210 = load float, ptr %1209, align 4
  %1211 = insertelement <8 x float> poison, float %1210, i64 0
  %1212 = shufflevector <8 x float> %1211, <8 x float> poison, <8 x i32> zeroinitializer
  %1213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1190, <8 x float> %acc28.0386)
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1193, <8 x float> %acc29.0387)
  %1215 = or disjoint i64 %1194, 96
  %1216 = getelementptr inbounds float, ptr %Qc, i64 %1215
  %1217 = load float, ptr %1216, align 4
  %1218 = insertelement <8 x float> poison, float %1217, i64 0
  %1219 = shufflevector <8 x float> %1218, <8 x float> poison, <8 x i32> zeroinitializer
  %1220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1219, <8 x float> %1190, <8 x float> %acc30.0388)
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1219, <8 x float> %1193, <8 x float> %acc31.0389)
  %p8.next = or disjoint i64 %p8.addr.0390, 1
  %1222 = shl nuw nsw i64 %p8.next, 6
  %1223 = getelementptr inbounds float, ptr %KT, i64 %1222
  %1224 = load <8 x float>, ptr %1223, align 4
  %1225 = or disjoint i64 %1222, 8
  %1226 = getelementptr inbounds float, ptr %KT, i64 %1225
  %1227 = load <8 x float>, ptr %1226, align 4
  %1228 = add nuw nsw i64 %p8.next, %1183
  %1229 = getelementptr inbounds float, ptr %Qc, i64 %1228
  %1230 = load float, ptr %1229, align 4
  %1231 = insertelement <8 x float> poison, float %1230, i64 0
  %1232 = shufflevector <8 x float> %1231, <8 x float> poison, <8 x i32> zeroinitializer
  %1233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> %1224, <8 x float> %1199)
  %1234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> %1227, <8 x float> %1200)
  %1235 = or disjoint i64 %1228, 32
  %1236 = getelementptr inbounds float, ptr %Qc, i64 %1235
  %1237 = load float, ptr %1236, align 4
  %1238 = insertelement <8 x float> poison, float %1237, i64 0
  %1239 = shufflevector <8 x float> %1238, <8 x float> poison, <8 x i32> zeroinitializer
  %1240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %1224, <8 x float> %1206)
  %1241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1239, <8 x float> %1227, <8 x float> %1207)
  %1242 = or disjoint i64 %1228, 64
  %1243 = getelementptr inbounds float, ptr %Qc, i64 %1242
  %1244 = load float, ptr %1243, align 4
  %1245 = insertelement <8 x float> poison, float %1244, i64 0
  %1246 = shufflevector <8 x float> %1245, <8 x float> poison, <8 x i32> zeroinitializer
  %1247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> %1224, <8 x float> %1213)
  %1248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> %1227, <8 x float> %1214)
  %1249 = or disjoint i64 %1228, 96
  %1250 = getelementptr inbounds float, ptr %Qc, i64 %1249
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <8 x float> poison, float %1251, i64 0
  %1253 = shufflevector <8 x float> %1252, <8 x float> poison, <8 x i32> zeroinitializer
  %1254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1253, <8 x float> %1224, <8 x float> %1220)
  %1255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1253, <8 x float> %1227, <8 x float> %1221)
  %p8.next.11060 = add nuw nsw i64 %p8.addr.0390, 2
  %exitcond535.not.1 = icmp eq i64 %p8.next.11060, 32
  br i1 %exitcond535.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1256 = getelementptr inbounds float, ptr %P, i64 %1184
  store <8 x float> %1233, ptr %1256, align 4
  %1257 = or disjoint i64 %1184, 8
  %1258 = getelementptr inbounds float, ptr %P, i64 %1257
  store <8 x float> %1234, ptr %1258, align 4
  %1259 = getelementptr inbounds float, ptr %P, i64 %1185
  store <8 x float> %1240, ptr %1259, align 4
  %1260 = or disjoint i64 %1184, 72
  %1261 = getelementptr inbounds float, ptr %P, i64 %1260
  store <8 x float> %1241, ptr %1261, align 4
  %1262 = getelementptr inbounds float, ptr %P, i64 %1186
  store <8 x float> %1247, ptr %1262, align 4
  %1263 = or disjoint i64 %1184, 136
  %1264 = getelementptr inbounds float, ptr %P, i64 %1263
  store <8 x float> %1248, ptr %1264, align 4
  %1265 = getelementptr inbounds float, ptr %P, i64 %1187
  store <8 x float> %1254, ptr %1265, align 4
  %1266 = or disjoint i64 %1184, 200
  %1267 = getelementptr inbounds float, ptr %P, i64 %1266
  store <8 x float> %1255, ptr %1267, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.0390.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc31.0389.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1337, %p8.body.1 ]
  %acc30.0388.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1336, %p8.body.1 ]
  %acc29.0387.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1330, %p8.body.1 ]
  %acc28.0386.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1329, %p8.body.1 ]
  %acc27.0385.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1323, %p8.body.1 ]
  %acc26.0384.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1322, %p8.body.1 ]
  %acc25.0383.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1316, %p8.body.1 ]
  %acc24.0382.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1315, %p8.body.1 ]
  %1268 = shl nuw nsw i64 %p8.addr.0390.1, 6
  %1269 = or disjoint i64 %1268, 16
  %1270 = getelementptr inbounds float, ptr %KT, i64 %1269
  %1271 = load <8 x float>, ptr %1270, align 4
  %1272 = or disjoint i64 %1268, 24
  %1273 = getelementptr inbounds float, ptr %KT, i64 %1272
  %1274 = load <8 x float>, ptr %1273, align 4
  %1275 = add nuw nsw i64 %p8.addr.0390.1, %1183
  %1276 = getelementptr inbounds float, ptr %Qc, i64 %1275
  %1277 = load float, ptr %1276, align 4
  %1278 = insertelement <8 x float> poison, float %1277, i64 0
  %1279 = shufflevector <8 x float> %1278, <8 x float> poison, <8 x i32> zeroinitializer
  %1280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1271, <8 x float> %acc24.0382.1)
  %1281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> %1274, <8 x float> %acc25.0383.1)
  %1282 = or disjoint i64 %1275, 32
  %1283 = getelementptr inbounds float, ptr %Qc, i64 %1282
  %1284 = load float, ptr %1283, align 4
  %1285 = insertelement <8 x float> poison, float %1284, i64 0
  %1286 = shufflevector <8 x float> %1285, <8 x float> poison, <8 x i32> zeroinitializer
  %1287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1286, <8 x float> %1271, <8 x float> %acc26.0384.1)
  %1288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1286, <8 x float> %1274, <8 x float> %acc27.0385.1)
  %1289 = or disjoint i64 %1275, 64
  %1290 = getelementptr inbounds float, ptr %Qc, i64 %1289
  %1291 = load float, ptr %1290, align 4
  %1292 = insertelement <8 x float> poison, float %1291, i64 0
  %1293 = shufflevector <8 x float> %1292, <8 x float> poison, <8 x i32> zeroinitializer
  %1294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1271, <8 x float> %acc28.0386.1)
  %1295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1274, <8 x float> %acc29.0387.1)
  %1296 = or disjoint i64 %1275, 96
  %1297 = getelementptr inbounds float, ptr %Qc, i64 %1296
  %1298 = load float, ptr %1297, align 4
  %1299 = insertelement <8 x float> poison, float %1298, i64 0
  %1300 = shufflevector <8 x float> %1299, <8 x float> poison, <8 x i32> zeroinitializer
  %1301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1300, <8 x float> %1271, <8 x float> %acc30.0388.1)
  %1302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1300, <8 x float> %1274, <8 x float> %acc31.0389.1)
  %p8.next.1 = or disjoint i64 %p8.addr.0390.1, 1
  %1303 = shl nuw nsw i64 %p8.next.1, 6
  %1304 = or disjoint i64 %1303, 16
  %1305 = getelementptr inbounds float, ptr %KT, i64 %1304
  %1306 = load <8 x float>, ptr %1305, align 4
  %1307 = or disjoint i64 %1303, 24
  %1308 = getelementptr inbounds float, ptr %KT, i64 %1307
  %1309 = load <8 x float>, ptr %1308, align 4
  %1310 = add nuw nsw i64 %p8.next.1, %1183
  %1311 = getelementptr inbounds float, ptr %Qc, i64 %1310
  %1312 = load float, ptr %1311, align 4
  %1313 = insertelement <8 x float> poison, float %1312, i64 0
  %1314 = shufflevector <8 x float> %1313, <8 x float> poison, <8 x i32> zeroinitializer
  %1315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1314, <8 x float> %1306, <8 x float> %1280)
  %1316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1314, <8 x float> %1309, <8 x float> %1281)
  %1317 = or disjoint i64 %1310, 32
  %1318 = getelementptr inbounds float, ptr %Qc, i64 %1317
  %1319 = load float, ptr %1318, align 4
  %1320 = insertelement <8 x float> poison, float %1319, i64 0
  %1321 = shufflevector <8 x float> %1320, <8 x float> poison, <8 x i32> zeroinitializer
  %1322 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1321, <8 x float> %1306, <8 x float> %1287)
  %1323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1321, <8 x float> %1309, <8 x float> %1288)
  %1324 = or disjoint i64 %1310, 64
  %1325 = getelementptr inbounds float, ptr %Qc, i64 %1324
  %1326 = load float, ptr %1325, align 4
  %1327 = insertelement <8 x float> poison, float %1326, i64 0
  %1328 = shufflevector <8 x float> %1327, <8 x float> poison, <8 x i32> zeroinitializer
  %1329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1306, <8 x float> %1294)
  %1330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1309, <8 x float> %1295)
  %1331 = or disjoint i64 %1310, 96
  %1332 = getelementptr inbounds float, ptr %Qc, i64 %1331
  %1333 = load float, ptr %1332, align 4
  %1334 = insertelement <8 x float> poison, float %1333, i64 0
  %1335 = shufflevector <8 x float> %1334, <8 x float> poison, <8 x i32> zeroinitializer
  %1336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1335, <8 x float> %1306, <8 x float> %1301)
  %1337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1335, <8 x float> %1309, <8 x float> %1302)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.0390.1, 2
  %exitcond535.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond535.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %1338 = or disjoint i64 %1184, 16
  %1339 = getelementptr inbounds float, ptr %P, i64 %1338
  store <8 x float> %1315, ptr %1339, align 4
  %1340 = or disjoint i64 %1184, 24
  %1341 = getelementptr inbounds float, ptr %P, i64 %1340
  store <8 x float> %1316, ptr %1341, align 4
  %1342 = or disjoint i64 %1184, 80
  %1343 = getelementptr inbounds float, ptr %P, i64 %1342
  store <8 x float> %1322, ptr %1343, align 4
  %1344 = or disjoint i64 %1184, 88
  %1345 = getelementptr inbounds float, ptr %P, i64 %1344
  store <8 x float> %1323, ptr %1345, align 4
  %1346 = or disjoint i64 %1184, 144
  %1347 = getelementptr inbounds float, ptr %P, i64 %1346
  store <8 x float> %1329, ptr %1347, align 4
  %1348 = or disjoint i64 %1184, 152
  %1349 = getelementptr inbounds float, ptr %P, i64 %1348
  store <8 x float> %1330, ptr %1349, align 4
  %1350 = or disjoint i64 %1184, 208
  %1351 = getelementptr inbounds float, ptr %P, i64 %1350
  store <8 x float> %1336, ptr %1351, align 4
  %1352 = or disjoint i64 %1184, 216
  %1353 = getelementptr inbounds float, ptr %P, i64 %1352
  store <8 x float> %1337, ptr %1353, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %p8.addr.0390.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %acc31.0389.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1423, %p8.body.2 ]
  %acc30.0388.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1422, %p8.body.2 ]
  %acc29.0387.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1416, %p8.body.2 ]
  %acc28.0386.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1415, %p8.body.2 ]
  %acc27.0385.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1409, %p8.body.2 ]
  %acc26.0384.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1408, %p8.body.2 ]
  %acc25.0383.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1402, %p8.body.2 ]
  %acc24.0382.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1401, %p8.body.2 ]
  %1354 = shl nuw nsw i64 %p8.addr.0390.2, 6
  %1355 = or disjoint i64 %1354, 32
  %1356 = getelementptr inbounds float, ptr %KT, i64 %1355
  %1357 = load <8 x float>, ptr %1356, align 4
  %1358 = or disjoint i64 %1354, 40
  %1359 = getelementptr inbounds float, ptr %KT, i64 %1358
  %1360 = load <8 x float>, ptr %1359, align 4
  %1361 = add nuw nsw i64 %p8.addr.0390.2, %1183
  %1362 = getelementptr inbounds float, ptr %Qc, i64 %1361
  %1363 = load float, ptr %1362, align 4
  %1364 = insertelement <8 x float> poison, float %1363, i64 0
  %1365 = shufflevector <8 x float> %1364, <8 x float> poison, <8 x i32> zeroinitializer
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1365, <8 x float> %1357, <8 x float> %acc24.0382.2)
  %1367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1365, <8 x float> %1360, <8 x float> %acc25.0383.2)
  %1368 = or disjoint i64 %1361, 32
  %1369 = getelementptr inbounds float, ptr %Qc, i64 %1368
  %1370 = load float, ptr %1369, align 4
  %1371 = insertelement <8 x float> poison, float %1370, i64 0
  %1372 = shufflevector <8 x float> %1371, <8 x float> poison, <8 x i32> zeroinitializer
  %1373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1372, <8 x float> %1357, <8 x float> %acc26.0384.2)
  %1374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1372, <8 x float> %1360, <8 x float> %acc27.0385.2)
  %1375 = or disjoint i64 %1361, 64
  %1376 = getelementptr inbounds float, ptr %Qc, i64 %1375
  %1377 = load float, ptr %1376, align 4
  %1378 = insertelement <8 x float> poison, float %1377, i64 0
  %1379 = shufflevector <8 x float> %1378, <8 x float> poison, <8 x i32> zeroinitializer
  %1380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1379, <8 x float> %1357, <8 x float> %acc28.0386.2)
  %1381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1379, <8 x float> %1360, <8 x float> %acc29.0387.2)
  %1382 = or disjoint i64 %1361, 96
  %1383 = getelementptr inbounds float, ptr %Qc, i64 %1382
  %1384 = load float, ptr %1383, align 4
  %1385 = insertelement <8 x float> poison, float %1384, i64 0
  %1386 = shufflevector <8 x float> %1385, <8 x float> poison, <8 x i32> zeroinitializer
  %1387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1386, <8 x float> %1357, <8 x float> %acc30.0388.2)
  %1388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1386, <8 x float> %1360, <8 x float> %acc31.0389.2)
  %p8.next.2 = or disjoint i64 %p8.addr.0390.2, 1
  %1389 = shl nuw nsw i64 %p8.next.2, 6
  %1390 = or disjoint i64 %1389, 32
  %1391 = getelementptr inbounds float, ptr %KT, i64 %1390
  %1392 = load <8 x float>, ptr %1391, align 4
  %1393 = or disjoint i64 %1389, 40
  %1394 = getelementptr inbounds float, ptr %KT, i64 %1393
  %1395 = load <8 x float>, ptr %1394, align 4
  %1396 = add nuw nsw i64 %p8.next.2, %1183
  %1397 = getelementptr inbounds float, ptr %Qc, i64 %1396
  %1398 = load float, ptr %1397, align 4
  %1399 = insertelement <8 x float> poison, float %1398, i64 0
  %1400 = shufflevector <8 x float> %1399, <8 x float> poison, <8 x i32> zeroinitializer
  %1401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1392, <8 x float> %1366)
  %1402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1400, <8 x float> %1395, <8 x float> %1367)
  %1403 = or disjoint i64 %1396, 32
  %1404 = getelementptr inbounds float, ptr %Qc, i64 %1403
  %1405 = load float, ptr %1404, align 4
  %1406 = insertelement <8 x float> poison, float %1405, i64 0
  %1407 = shufflevector <8 x float> %1406, <8 x float> poison, <8 x i32> zeroinitializer
  %1408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1392, <8 x float> %1373)
  %1409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1395, <8 x float> %1374)
  %1410 = or disjoint i64 %1396, 64
  %1411 = getelementptr inbounds float, ptr %Qc, i64 %1410
  %1412 = load float, ptr %1411, align 4
  %1413 = insertelement <8 x float> poison, float %1412, i64 0
  %1414 = shufflevector <8 x float> %1413, <8 x float> poison, <8 x i32> zeroinitializer
  %1415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> %1392, <8 x float> %1380)
  %1416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> %1395, <8 x float> %1381)
  %1417 = or disjoint i64 %1396, 96
  %1418 = getelementptr inbounds float, ptr %Qc, i64 %1417
  %1419 = load float, ptr %1418, align 4
  %1420 = insertelement <8 x float> poison, float %1419, i64 0
  %1421 = shufflevector <8 x float> %1420, <8 x float> poison, <8 x i32> zeroinitializer
  %1422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1392, <8 x float> %1387)
  %1423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1395, <8 x float> %1388)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.0390.2, 2
  %exitcond535.2.not.1 = icmp eq i64 %p8.next.2.1, 32
  br i1 %exitcond535.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  %1424 = or disjoint i64 %1184, 32
  %1425 = getelementptr inbounds float, ptr %P, i64 %1424
  store <8 x float> %1401, ptr %1425, align 4
  %1426 = or disjoint i64 %1184, 40
  %1427 = getelementptr inbounds float, ptr %P, i64 %1426
  store <8 x float> %1402, ptr %1427, align 4
  %1428 = or disjoint i64 %1184, 96
  %1429 = getelementptr inbounds float, ptr %P, i64 %1428
  store <8 x float> %1408, ptr %1429, align 4
  %1430 = or disjoint i64 %1184, 104
  %1431 = getelementptr inbounds float, ptr %P, i64 %1430
  store <8 x float> %1409, ptr %1431, align 4
  %1432 = or disjoint i64 %1184, 160
  %1433 = getelementptr inbounds float, ptr %P, i64 %1432
  store <8 x float> %1415, ptr %1433, align 4
  %1434 = or disjoint i64 %1184, 168
  %1435 = getelementptr inbounds float, ptr %P, i64 %1434
  store <8 x float> %1416, ptr %1435, align 4
  %1436 = or disjoint i64 %1184, 224
  %1437 = getelementptr inbounds float, ptr %P, i64 %1436
  store <8 x float> %1422, ptr %1437, align 4
  %1438 = or disjoint i64 %1184, 232
  %1439 = getelementptr inbounds float, ptr %P, i64 %1438
  store <8 x float> %1423, ptr %1439, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %p8.addr.0390.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %acc31.0389.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1509, %p8.body.3 ]
  %acc30.0388.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1508, %p8.body.3 ]
  %acc29.0387.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1502, %p8.body.3 ]
  %acc28.0386.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1501, %p8.body.3 ]
  %acc27.0385.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1495, %p8.body.3 ]
  %acc26.0384.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1494, %p8.body.3 ]
  %acc25.0383.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1488, %p8.body.3 ]
  %acc24.0382.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1487, %p8.body.3 ]
  %1440 = shl nuw nsw i64 %p8.addr.0390.3, 6
  %1441 = or disjoint i64 %1440, 48
  %1442 = getelementptr inbounds float, ptr %KT, i64 %1441
  %1443 = load <8 x float>, ptr %1442, align 4
  %1444 = or disjoint i64 %1440, 56
  %1445 = getelementptr inbounds float, ptr %KT, i64 %1444
  %1446 = load <8 x float>, ptr %1445, align 4
  %1447 = add nuw nsw i64 %p8.addr.0390.3, %1183
  %1448 = getelementptr inbounds float, ptr %Qc, i64 %1447
  %1449 = load float, ptr %1448, align 4
  %1450 = insertelement <8 x float> poison, float %1449, i64 0
  %1451 = shufflevector <8 x float> %1450, <8 x float> poison, <8 x i32> zeroinitializer
  %1452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1451, <8 x float> %1443, <8 x float> %acc24.0382.3)
  %1453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1451, <8 x float> %1446, <8 x float> %acc25.0383.3)
  %1454 = or disjoint i64 %1447, 32
  %1455 = getelementptr inbounds float, ptr %Qc, i64 %1454
  %1456 = load float, ptr %1455, align 4
  %1457 = insertelement <8 x float> poison, float %1456, i64 0
  %1458 = shufflevector <8 x float> %1457, <8 x float> poison, <8 x i32> zeroinitializer
  %1459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1458, <8 x float> %1443, <8 x float> %acc26.0384.3)
  %1460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1458, <8 x float> %1446, <8 x float> %acc27.0385.3)
  %1461 = or disjoint i64 %1447, 64
  %1462 = getelementptr inbounds float, ptr %Qc, i64 %1461
  %1463 = load float, ptr %1462, align 4
  %1464 = insertelement <8 x float> poison, float %1463, i64 0
  %1465 = shufflevector <8 x float> %1464, <8 x float> poison, <8 x i32> zeroinitializer
  %1466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1465, <8 x float> %1443, <8 x float> %acc28.0386.3)
  %1467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1465, <8 x float> %1446, <8 x float> %acc29.0387.3)
  %1468 = or disjoint i64 %1447, 96
  %1469 = getelementptr inbounds float, ptr %Qc, i64 %1468
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <8 x float> poison, float %1470, i64 0
  %1472 = shufflevector <8 x float> %1471, <8 x float> poison, <8 x i32> zeroinitializer
  %1473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1443, <8 x float> %acc30.0388.3)
  %1474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1446, <8 x float> %acc31.0389.3)
  %p8.next.3 = or disjoint i64 %p8.addr.0390.3, 1
  %1475 = shl nuw nsw i64 %p8.next.3, 6
  %1476 = or disjoint i64 %1475, 48
  %1477 = getelementptr inbounds float, ptr %KT, i64 %1476
  %1478 = load <8 x float>, ptr %1477, align 4
  %1479 = or disjoint i64 %1475, 56
  %1480 = getelementptr inbounds float, ptr %KT, i64 %1479
  %1481 = load <8 x float>, ptr %1480, align 4
  %1482 = add nuw nsw i64 %p8.next.3, %1183
  %1483 = getelementptr inbounds float, ptr %Qc, i64 %1482
  %1484 = load float, ptr %1483, align 4
  %1485 = insertelement <8 x float> poison, float %1484, i64 0
  %1486 = shufflevector <8 x float> %1485, <8 x float> poison, <8 x i32> zeroinitializer
  %1487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1478, <8 x float> %1452)
  %1488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1481, <8 x float> %1453)
  %1489 = or disjoint i64 %1482, 32
  %1490 = getelementptr inbounds float, ptr %Qc, i64 %1489
  %1491 = load float, ptr %1490, align 4
  %1492 = insertelement <8 x float> poison, float %1491, i64 0
  %1493 = shufflevector <8 x float> %1492, <8 x float> poison, <8 x i32> zeroinitializer
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1478, <8 x float> %1459)
  %1495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1481, <8 x float> %1460)
  %1496 = or disjoint i64 %1482, 64
  %1497 = getelementptr inbounds float, ptr %Qc, i64 %1496
  %1498 = load float, ptr %1497, align 4
  %1499 = insertelement <8 x float> poison, float %1498, i64 0
  %1500 = shufflevector <8 x float> %1499, <8 x float> poison, <8 x i32> zeroinitializer
  %1501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1478, <8 x float> %1466)
  %1502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1481, <8 x float> %1467)
  %1503 = or disjoint i64 %1482, 96
  %1504 = getelementptr inbounds float, ptr %Qc, i64 %1503
  %1505 = load float, ptr %1504, align 4
  %1506 = insertelement <8 x float> poison, float %1505, i64 0
  %1507 = shufflevector <8 x float> %1506, <8 x float> poison, <8 x i32> zeroinitializer
  %1508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1507, <8 x float> %1478, <8 x float> %1473)
  %1509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1507, <8 x float> %1481, <8 x float> %1474)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.0390.3, 2
  %exitcond535.3.not.1 = icmp eq i64 %p8.next.3.1, 32
  br i1 %exitcond535.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %1510 = or disjoint i64 %1184, 48
  %1511 = getelementptr inbounds float, ptr %P, i64 %1510
  store <8 x float> %1487, ptr %1511, align 4
  %1512 = or disjoint i64 %1184, 56
  %1513 = getelementptr inbounds float, ptr %P, i64 %1512
  store <8 x float> %1488, ptr %1513, align 4
  %1514 = or disjoint i64 %1184, 112
  %1515 = getelementptr inbounds float, ptr %P, i64 %1514
  store <8 x float> %1494, ptr %1515, align 4
  %1516 = or disjoint i64 %1184, 120
  %1517 = getelementptr inbounds float, ptr %P, i64 %1516
  store <8 x float> %1495, ptr %1517, align 4
  %1518 = or disjoint i64 %1184, 176
  %1519 = getelementptr inbounds float, ptr %P, i64 %1518
  store <8 x float> %1501, ptr %1519, align 4
  %1520 = or disjoint i64 %1184, 184
  %1521 = getelementptr inbounds float, ptr %P, i64 %1520
  store <8 x float> %1502, ptr %1521, align 4
  %1522 = or disjoint i64 %1184, 240
  %1523 = getelementptr inbounds float, ptr %P, i64 %1522
  store <8 x float> %1508, ptr %1523, align 4
  %1524 = or disjoint i64 %1184, 248
  %1525 = getelementptr inbounds float, ptr %P, i64 %1524
  store <8 x float> %1509, ptr %1525, align 4
  %i18.next = add nuw nsw i64 %i18.addr.0392, 4
  %1526 = icmp ult i64 %i18.addr.0392, 28
  br i1 %1526, label %j14.head.preheader, label %i19.head.preheader

i19.head.preheader:                               ; preds = %p8.exit.3, %i19.head.preheader
  %t1.addr.0394 = phi i64 [ %t1.next, %i19.head.preheader ], [ 0, %p8.exit.3 ]
  %1527 = shl nuw nsw i64 %t1.addr.0394, 1
  %1528 = add nuw nsw i64 %1527, 2
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %1528, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx452 = shl nsw i64 %t1.addr.0394, 8
  %invariant.gep716 = getelementptr inbounds i8, ptr %P, i64 %.idx452
  %1529 = getelementptr inbounds i8, ptr %invariant.gep716, i64 32
  %1530 = getelementptr inbounds i8, ptr %invariant.gep716, i64 64
  %1531 = getelementptr inbounds i8, ptr %invariant.gep716, i64 96
  %wide.load = load <8 x float>, ptr %invariant.gep716, align 4
  %wide.load860 = load <8 x float>, ptr %1529, align 4
  %wide.load861 = load <8 x float>, ptr %1530, align 4
  %wide.load862 = load <8 x float>, ptr %1531, align 4
  %1532 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1533 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1534 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1535 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1536 = select <8 x i1> %1532, <8 x float> %wide.load, <8 x float> zeroinitializer
  %1537 = select <8 x i1> %1533, <8 x float> %wide.load860, <8 x float> zeroinitializer
  %1538 = select <8 x i1> %1534, <8 x float> %wide.load861, <8 x float> zeroinitializer
  %1539 = select <8 x i1> %1535, <8 x float> %wide.load862, <8 x float> zeroinitializer
  store <8 x float> %1536, ptr %invariant.gep716, align 4
  store <8 x float> %1537, ptr %1529, align 4
  store <8 x float> %1538, ptr %1530, align 4
  store <8 x float> %1539, ptr %1531, align 4
  %1540 = getelementptr inbounds i8, ptr %invariant.gep716, i64 128
  %1541 = getelementptr inbounds i8, ptr %invariant.gep716, i64 160
  %1542 = getelementptr inbounds i8, ptr %invariant.gep716, i64 192
  %1543 = getelementptr inbounds i8, ptr %invariant.gep716, i64 224
  %wide.load.1 = load <8 x float>, ptr %1540, align 4
  %wide.load860.1 = load <8 x float>, ptr %1541, align 4
  %wide.load861.1 = load <8 x float>, ptr %1542, align 4
  %wide.load862.1 = load <8 x float>, ptr %1543, align 4
  %1544 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1545 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1546 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1547 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1548 = select <8 x i1> %1544, <8 x float> %wide.load.1, <8 x float> zeroinitializer
  %1549 = select <8 x i1> %1545, <8 x float> %wide.load860.1, <8 x float> zeroinitializer
  %1550 = select <8 x i1> %1546, <8 x float> %wide.load861.1, <8 x float> zeroinitializer
  %1551 = select <8 x i1> %1547, <8 x float> %wide.load862.1, <8 x float> zeroinitializer
  store <8 x float> %1548, ptr %1540, align 4
  store <8 x float> %1549, ptr %1541, align 4
  store <8 x float> %1550, ptr %1542, align 4
  store <8 x float> %1551, ptr %1543, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0394, 1
  %exitcond537.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond537.not, label %j15.head.preheader, label %i19.head.preheader

j15.head.preheader:                               ; preds = %i19.head.preheader, %p9.exit.1
  %i20.addr.0405 = phi i64 [ %i20.next, %p9.exit.1 ], [ 0, %i19.head.preheader ]
  %1552 = shl nuw nsw i64 %i20.addr.0405, 5
  %1553 = or disjoint i64 %1552, 32
  %1554 = or disjoint i64 %1552, 64
  %1555 = or disjoint i64 %1552, 96
  br label %p9.body

p9.body:                                          ; preds = %p9.body, %j15.head.preheader
  %p9.addr.0403 = phi i64 [ 0, %j15.head.preheader ], [ %p9.next.11071, %p9.body ]
  %acc39.0402 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1623, %p9.body ]
  %acc38.0401 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1622, %p9.body ]
  %acc37135.0400 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1616, %p9.body ]
  %acc36.0399 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1615, %p9.body ]
  %acc35.0398 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1609, %p9.body ]
  %acc34.0397 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1608, %p9.body ]
  %acc33.0396 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1602, %p9.body ]
  %acc32.0395 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1601, %p9.body ]
  %1556 = shl nuw nsw i64 %p9.addr.0403, 5
  %1557 = getelementptr inbounds float, ptr %work, i64 %1556
  %1558 = load <8 x float>, ptr %1557, align 4
  %1559 = or disjoint i64 %1556, 8
  %1560 = getelementptr inbounds float, ptr %work, i64 %1559
  %1561 = load <8 x float>, ptr %1560, align 4
  %1562 = add nuw nsw i64 %p9.addr.0403, %1552
  %1563 = getelementptr inbounds float, ptr %Qc, i64 %1562
  %1564 = load float, ptr %1563, align 4
  %1565 = insertelement <8 x float> poison, float %1564, i64 0
  %1566 = shufflevector <8 x float> %1565, <8 x float> poison, <8 x i32> zeroinitializer
  %1567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1558, <8 x float> %acc32.0395)
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1561, <8 x float> %acc33.0396)
  %1569 = or disjoint i64 %1562, 32
  %1570 = getelementptr inbounds float, ptr %Qc, i64 %1569
  %1571 = load float, ptr %1570, align 4
  %1572 = insertelement <8 x float> poison, float %1571, i64 0
  %1573 = shufflevector <8 x float> %1572, <8 x float> poison, <8 x i32> zeroinitializer
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1558, <8 x float> %acc34.0397)
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1561, <8 x float> %acc35.0398)
  %1576 = or disjoint i64 %1562, 64
  %1577 = getelementptr inbounds float, ptr %Qc, i64 %1576
  %1578 = load float, ptr %1577, align 4
  %1579 = insertelement <8 x float> poison, float %1578, i64 0
  %1580 = shufflevector <8 x float> %1579, <8 x float> poison, <8 x i32> zeroinitializer
  %1581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1580, <8 x float> %1558, <8 x float> %acc36.0399)
  %1582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1580, <8 x float> %1561, <8 x float> %acc37135.0400)
  %1583 = or disjoint i64 %1562, 96
  %1584 = getelementptr inbounds float, ptr %Qc, i64 %1583
  %1585 = load float, ptr %1584, align 4
  %1586 = insertelement <8 x float> poison, float %1585, i64 0
  %1587 = shufflevector <8 x float> %1586, <8 x float> poison, <8 x i32> zeroinitializer
  %1588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1587, <8 x float> %1558, <8 x float> %acc38.0401)
  %1589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1587, <8 x float> %1561, <8 x float> %acc39.0402)
  %p9.next = or disjoint i64 %p9.addr.0403, 1
  %1590 = shl nuw nsw i64 %p9.next, 5
  %1591 = getelementptr inbounds float, ptr %work, i64 %1590
  %1592 = load <8 x float>, ptr %1591, align 4
  %1593 = or disjoint i64 %1590, 8
  %1594 = getelementptr inbounds float, ptr %work, i64 %1593
  %1595 = load <8 x float>, ptr %1594, align 4
  %1596 = add nuw nsw i64 %p9.next, %1552
  %1597 = getelementptr inbounds float, ptr %Qc, i64 %1596
  %1598 = load float, ptr %1597, align 4
  %1599 = insertelement <8 x float> poison, float %1598, i64 0
  %1600 = shufflevector <8 x float> %1599, <8 x float> poison, <8 x i32> zeroinitializer
  %1601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1592, <8 x float> %1567)
  %1602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1600, <8 x float> %1595, <8 x float> %1568)
  %1603 = or disjoint i64 %1596, 32
  %1604 = getelementptr inbounds float, ptr %Qc, i64 %1603
  %1605 = load float, ptr %1604, align 4
  %1606 = insertelement <8 x float> poison, float %1605, i64 0
  %1607 = shufflevector <8 x float> %1606, <8 x float> poison, <8 x i32> zeroinitializer
  %1608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %1592, <8 x float> %1574)
  %1609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %1595, <8 x float> %1575)
  %1610 = or disjoint i64 %1596, 64
  %1611 = getelementptr inbounds float, ptr %Qc, i64 %1610
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <8 x float> poison, float %1612, i64 0
  %1614 = shufflevector <8 x float> %1613, <8 x float> poison, <8 x i32> zeroinitializer
  %1615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1592, <8 x float> %1581)
  %1616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1595, <8 x float> %1582)
  %1617 = or disjoint i64 %1596, 96
  %1618 = getelementptr inbounds float, ptr %Qc, i64 %1617
  %1619 = load float, ptr %1618, align 4
  %1620 = insertelement <8 x float> poison, float %1619, i64 0
  %1621 = shufflevector <8 x float> %1620, <8 x float> poison, <8 x i32> zeroinitializer
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1592, <8 x float> %1588)
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1595, <8 x float> %1589)
  %p9.next.11071 = add nuw nsw i64 %p9.addr.0403, 2
  %exitcond538.not.1 = icmp eq i64 %p9.next.11071, 32
  br i1 %exitcond538.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1624 = getelementptr inbounds float, ptr %Oc, i64 %1552
  store <8 x float> %1601, ptr %1624, align 4
  %1625 = or disjoint i64 %1552, 8
  %1626 = getelementptr inbounds float, ptr %Oc, i64 %1625
  store <8 x float> %1602, ptr %1626, align 4
  %1627 = getelementptr inbounds float, ptr %Oc, i64 %1553
  store <8 x float> %1608, ptr %1627, align 4
  %1628 = or disjoint i64 %1552, 40
  %1629 = getelementptr inbounds float, ptr %Oc, i64 %1628
  store <8 x float> %1609, ptr %1629, align 4
  %1630 = getelementptr inbounds float, ptr %Oc, i64 %1554
  store <8 x float> %1615, ptr %1630, align 4
  %1631 = or disjoint i64 %1552, 72
  %1632 = getelementptr inbounds float, ptr %Oc, i64 %1631
  store <8 x float> %1616, ptr %1632, align 4
  %1633 = getelementptr inbounds float, ptr %Oc, i64 %1555
  store <8 x float> %1622, ptr %1633, align 4
  %1634 = or disjoint i64 %1552, 104
  %1635 = getelementptr inbounds float, ptr %Oc, i64 %1634
  store <8 x float> %1623, ptr %1635, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.0403.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1.1, %p9.body.1 ]
  %acc39.0402.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1705, %p9.body.1 ]
  %acc38.0401.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1704, %p9.body.1 ]
  %acc37135.0400.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1698, %p9.body.1 ]
  %acc36.0399.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1697, %p9.body.1 ]
  %acc35.0398.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1691, %p9.body.1 ]
  %acc34.0397.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1690, %p9.body.1 ]
  %acc33.0396.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1684, %p9.body.1 ]
  %acc32.0395.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1683, %p9.body.1 ]
  %1636 = shl nuw nsw i64 %p9.addr.0403.1, 5
  %1637 = or disjoint i64 %1636, 16
  %1638 = getelementptr inbounds float, ptr %work, i64 %1637
  %1639 = load <8 x float>, ptr %1638, align 4
  %1640 = or disjoint i64 %1636, 24
  %1641 = getelementptr inbounds float, ptr %work, i64 %1640
  %1642 = load <8 x float>, ptr %1641, align 4
  %1643 = add nuw nsw i64 %p9.addr.0403.1, %1552
  %1644 = getelementptr inbounds float, ptr %Qc, i64 %1643
  %1645 = load float, ptr %1644, align 4
  %1646 = insertelement <8 x float> poison, float %1645, i64 0
  %1647 = shufflevector <8 x float> %1646, <8 x float> poison, <8 x i32> zeroinitializer
  %1648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1647, <8 x float> %1639, <8 x float> %acc32.0395.1)
  %1649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1647, <8 x float> %1642, <8 x float> %acc33.0396.1)
  %1650 = or disjoint i64 %1643, 32
  %1651 = getelementptr inbounds float, ptr %Qc, i64 %1650
  %1652 = load float, ptr %1651, align 4
  %1653 = insertelement <8 x float> poison, float %1652, i64 0
  %1654 = shufflevector <8 x float> %1653, <8 x float> poison, <8 x i32> zeroinitializer
  %1655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1654, <8 x float> %1639, <8 x float> %acc34.0397.1)
  %1656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1654, <8 x float> %1642, <8 x float> %acc35.0398.1)
  %1657 = or disjoint i64 %1643, 64
  %1658 = getelementptr inbounds float, ptr %Qc, i64 %1657
  %1659 = load float, ptr %1658, align 4
  %1660 = insertelement <8 x float> poison, float %1659, i64 0
  %1661 = shufflevector <8 x float> %1660, <8 x float> poison, <8 x i32> zeroinitializer
  %1662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1661, <8 x float> %1639, <8 x float> %acc36.0399.1)
  %1663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1661, <8 x float> %1642, <8 x float> %acc37135.0400.1)
  %1664 = or disjoint i64 %1643, 96
  %1665 = getelementptr inbounds float, ptr %Qc, i64 %1664
  %1666 = load float, ptr %1665, align 4
  %1667 = insertelement <8 x float> poison, float %1666, i64 0
  %1668 = shufflevector <8 x float> %1667, <8 x float> poison, <8 x i32> zeroinitializer
  %1669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1668, <8 x float> %1639, <8 x float> %acc38.0401.1)
  %1670 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1668, <8 x float> %1642, <8 x float> %acc39.0402.1)
  %p9.next.1 = or disjoint i64 %p9.addr.0403.1, 1
  %1671 = shl nuw nsw i64 %p9.next.1, 5
  %1672 = or disjoint i64 %1671, 16
  %1673 = getelementptr inbounds float, ptr %work, i64 %1672
  %1674 = load <8 x float>, ptr %1673, align 4
  %1675 = or disjoint i64 %1671, 24
  %1676 = getelementptr inbounds float, ptr %work, i64 %1675
  %1677 = load <8 x float>, ptr %1676, align 4
  %1678 = add nuw nsw i64 %p9.next.1, %1552
  %1679 = getelementptr inbounds float, ptr %Qc, i64 %1678
  %1680 = load float, ptr %1679, align 4
  %1681 = insertelement <8 x float> poison, float %1680, i64 0
  %1682 = shufflevector <8 x float> %1681, <8 x float> poison, <8 x i32> zeroinitializer
  %1683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1682, <8 x float> %1674, <8 x float> %1648)
  %1684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1682, <8 x float> %1677, <8 x float> %1649)
  %1685 = or disjoint i64 %1678, 32
  %1686 = getelementptr inbounds float, ptr %Qc, i64 %1685
  %1687 = load float, ptr %1686, align 4
  %1688 = insertelement <8 x float> poison, float %1687, i64 0
  %1689 = shufflevector <8 x float> %1688, <8 x float> poison, <8 x i32> zeroinitializer
  %1690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1689, <8 x float> %1674, <8 x float> %1655)
  %1691 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1689, <8 x float> %1677, <8 x float> %1656)
  %1692 = or disjoint i64 %1678, 64
  %1693 = getelementptr inbounds float, ptr %Qc, i64 %1692
  %1694 = load float, ptr %1693, align 4
  %1695 = insertelement <8 x float> poison, float %1694, i64 0
  %1696 = shufflevector <8 x float> %1695, <8 x float> poison, <8 x i32> zeroinitializer
  %1697 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1696, <8 x float> %1674, <8 x float> %1662)
  %1698 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1696, <8 x float> %1677, <8 x float> %1663)
  %1699 = or disjoint i64 %1678, 96
  %1700 = getelementptr inbounds float, ptr %Qc, i64 %1699
  %1701 = load float, ptr %1700, align 4
  %1702 = insertelement <8 x float> poison, float %1701, i64 0
  %1703 = shufflevector <8 x float> %1702, <8 x float> poison, <8 x i32> zeroinitializer
  %1704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1703, <8 x float> %1674, <8 x float> %1669)
  %1705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1703, <8 x float> %1677, <8 x float> %1670)
  %p9.next.1.1 = add nuw nsw i64 %p9.addr.0403.1, 2
  %exitcond538.1.not.1 = icmp eq i64 %p9.next.1.1, 32
  br i1 %exitcond538.1.not.1, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  %1706 = or disjoint i64 %1552, 16
  %1707 = getelementptr inbounds float, ptr %Oc, i64 %1706
  store <8 x float> %1683, ptr %1707, align 4
  %1708 = or disjoint i64 %1552, 24
  %1709 = getelementptr inbounds float, ptr %Oc, i64 %1708
  store <8 x float> %1684, ptr %1709, align 4
  %1710 = or disjoint i64 %1552, 48
  %1711 = getelementptr inbounds float, ptr %Oc, i64 %1710
  store <8 x float> %1690, ptr %1711, align 4
  %1712 = or disjoint i64 %1552, 56
  %1713 = getelementptr inbounds float, ptr %Oc, i64 %1712
  store <8 x float> %1691, ptr %1713, align 4
  %1714 = or disjoint i64 %1552, 80
  %1715 = getelementptr inbounds float, ptr %Oc, i64 %1714
  store <8 x float> %1697, ptr %1715, align 4
  %1716 = or disjoint i64 %1552, 88
  %1717 = getelementptr inbounds float, ptr %Oc, i64 %1716
  store <8 x float> %1698, ptr %1717, align 4
  %1718 = or disjoint i64 %1552, 112
  %1719 = getelementptr inbounds float, ptr %Oc, i64 %1718
  store <8 x float> %1704, ptr %1719, align 4
  %1720 = or disjoint i64 %1552, 120
  %1721 = getelementptr inbounds float, ptr %Oc, i64 %1720
  store <8 x float> %1705, ptr %1721, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0405, 4
  %1722 = icmp ult i64 %i20.addr.0405, 28
  br i1 %1722, label %j15.head.preheader, label %j16.head.preheader

t2.head.preheader:                                ; preds = %p10.exit.1
  %1723 = icmp sgt i64 %122, 0
  br i1 %1723, label %j17.head.preheader.preheader, label %j18.head.preheader.preheader

j17.head.preheader.preheader:                     ; preds = %t2.head.preheader
  %1724 = getelementptr i8, ptr %118, i64 %119
  %xtraiter1086 = and i64 %smax1085, 7
  %1725 = icmp slt i64 %indvars.iv, 8
  br i1 %1725, label %j18.head.preheader.preheader.loopexit.unr-lcssa, label %j17.head.preheader.preheader.new

j17.head.preheader.preheader.new:                 ; preds = %j17.head.preheader.preheader
  %unroll_iter1088 = and i64 %smax1085, 56
  br label %j17.head.preheader

j16.head.preheader:                               ; preds = %p9.exit.1, %p10.exit.1
  %i21.addr.0416 = phi i64 [ %i21.next, %p10.exit.1 ], [ 0, %p9.exit.1 ]
  %1726 = shl nuw nsw i64 %i21.addr.0416, 5
  %1727 = or disjoint i64 %i21.addr.0416, 1
  %1728 = shl nuw nsw i64 %1727, 5
  %1729 = or disjoint i64 %i21.addr.0416, 2
  %1730 = shl nuw nsw i64 %1729, 5
  %1731 = or disjoint i64 %i21.addr.0416, 3
  %1732 = shl nuw nsw i64 %1731, 5
  %1733 = getelementptr inbounds float, ptr %Oc, i64 %1726
  %1734 = load <8 x float>, ptr %1733, align 4
  %1735 = or disjoint i64 %1726, 8
  %1736 = getelementptr inbounds float, ptr %Oc, i64 %1735
  %1737 = load <8 x float>, ptr %1736, align 4
  %1738 = getelementptr inbounds float, ptr %Oc, i64 %1728
  %1739 = load <8 x float>, ptr %1738, align 4
  %1740 = or disjoint i64 %1728, 8
  %1741 = getelementptr inbounds float, ptr %Oc, i64 %1740
  %1742 = load <8 x float>, ptr %1741, align 4
  %1743 = getelementptr inbounds float, ptr %Oc, i64 %1730
  %1744 = load <8 x float>, ptr %1743, align 4
  %1745 = or disjoint i64 %1730, 8
  %1746 = getelementptr inbounds float, ptr %Oc, i64 %1745
  %1747 = load <8 x float>, ptr %1746, align 4
  %1748 = getelementptr inbounds float, ptr %Oc, i64 %1732
  %1749 = load <8 x float>, ptr %1748, align 4
  %1750 = or disjoint i64 %1732, 8
  %1751 = getelementptr inbounds float, ptr %Oc, i64 %1750
  %1752 = load <8 x float>, ptr %1751, align 4
  %.idx453 = shl nsw i64 %i21.addr.0416, 8
  %.idx454 = shl nsw i64 %1727, 8
  %.idx455 = shl nsw i64 %1729, 8
  %.idx456 = shl nsw i64 %1731, 8
  br label %p10.body

p10.body:                                         ; preds = %p10.body, %j16.head.preheader
  %p10.addr.0414 = phi i64 [ 0, %j16.head.preheader ], [ %p10.next.3, %p10.body ]
  %acc47.0413 = phi <8 x float> [ %1752, %j16.head.preheader ], [ %1880, %p10.body ]
  %acc46.0412 = phi <8 x float> [ %1749, %j16.head.preheader ], [ %1879, %p10.body ]
  %acc45.0411 = phi <8 x float> [ %1747, %j16.head.preheader ], [ %1874, %p10.body ]
  %acc44.0410 = phi <8 x float> [ %1744, %j16.head.preheader ], [ %1873, %p10.body ]
  %acc43.0409 = phi <8 x float> [ %1742, %j16.head.preheader ], [ %1868, %p10.body ]
  %acc42.0408 = phi <8 x float> [ %1739, %j16.head.preheader ], [ %1867, %p10.body ]
  %acc41.0407 = phi <8 x float> [ %1737, %j16.head.preheader ], [ %1862, %p10.body ]
  %acc40.0406 = phi <8 x float> [ %1734, %j16.head.preheader ], [ %1861, %p10.body ]
  %1753 = shl nuw nsw i64 %p10.addr.0414, 6
  %1754 = or disjoint i64 %1753, 32
  %1755 = getelementptr inbounds float, ptr %X, i64 %1754
  %1756 = load <8 x float>, ptr %1755, align 4
  %1757 = or disjoint i64 %1753, 40
  %1758 = getelementptr inbounds float, ptr %X, i64 %1757
  %1759 = load <8 x float>, ptr %1758, align 4
  %1760 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0414
  %1761 = getelementptr inbounds i8, ptr %1760, i64 %.idx453
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <8 x float> poison, float %1762, i64 0
  %1764 = shufflevector <8 x float> %1763, <8 x float> poison, <8 x i32> zeroinitializer
  %1765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1756, <8 x float> %acc40.0406)
  %1766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1759, <8 x float> %acc41.0407)
  %1767 = getelementptr inbounds i8, ptr %1760, i64 %.idx454
  %1768 = load float, ptr %1767, align 4
  %1769 = insertelement <8 x float> poison, float %1768, i64 0
  %1770 = shufflevector <8 x float> %1769, <8 x float> poison, <8 x i32> zeroinitializer
  %1771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1756, <8 x float> %acc42.0408)
  %1772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1759, <8 x float> %acc43.0409)
  %1773 = getelementptr inbounds i8, ptr %1760, i64 %.idx455
  %1774 = load float, ptr %1773, align 4
  %1775 = insertelement <8 x float> poison, float %1774, i64 0
  %1776 = shufflevector <8 x float> %1775, <8 x float> poison, <8 x i32> zeroinitializer
  %1777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1776, <8 x float> %1756, <8 x float> %acc44.0410)
  %1778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1776, <8 x float> %1759, <8 x float> %acc45.0411)
  %1779 = getelementptr inbounds i8, ptr %1760, i64 %.idx456
  %1780 = load float, ptr %1779, align 4
  %1781 = insertelement <8 x float> poison, float %1780, i64 0
  %1782 = shufflevector <8 x float> %1781, <8 x float> poison, <8 x i32> zeroinitializer
  %1783 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1782, <8 x float> %1756, <8 x float> %acc46.0412)
  %1784 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1782, <8 x float> %1759, <8 x float> %acc47.0413)
  %p10.next = or disjoint i64 %p10.addr.0414, 1
  %1785 = shl nuw nsw i64 %p10.next, 6
  %1786 = or disjoint i64 %1785, 32
  %1787 = getelementptr inbounds float, ptr %X, i64 %1786
  %1788 = load <8 x float>, ptr %1787, align 4
  %1789 = or disjoint i64 %1785, 40
  %1790 = getelementptr inbounds float, ptr %X, i64 %1789
  %1791 = load <8 x float>, ptr %1790, align 4
  %1792 = getelementptr inbounds float, ptr %P, i64 %p10.next
  %1793 = getelementptr inbounds i8, ptr %1792, i64 %.idx453
  %1794 = load float, ptr %1793, align 4
  %1795 = insertelement <8 x float> poison, float %1794, i64 0
  %1796 = shufflevector <8 x float> %1795, <8 x float> poison, <8 x i32> zeroinitializer
  %1797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1788, <8 x float> %1765)
  %1798 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1791, <8 x float> %1766)
  %1799 = getelementptr inbounds i8, ptr %1792, i64 %.idx454
  %1800 = load float, ptr %1799, align 4
  %1801 = insertelement <8 x float> poison, float %1800, i64 0
  %1802 = shufflevector <8 x float> %1801, <8 x float> poison, <8 x i32> zeroinitializer
  %1803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1802, <8 x float> %1788, <8 x float> %1771)
  %1804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1802, <8 x float> %1791, <8 x float> %1772)
  %1805 = getelementptr inbounds i8, ptr %1792, i64 %.idx455
  %1806 = load float, ptr %1805, align 4
  %1807 = insertelement <8 x float> poison, float %1806, i64 0
  %1808 = shufflevector <8 x float> %1807, <8 x float> poison, <8 x i32> zeroinitializer
  %1809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1808, <8 x float> %1788, <8 x float> %1777)
  %1810 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1808, <8 x float> %1791, <8 x float> %1778)
  %1811 = getelementptr inbounds i8, ptr %1792, i64 %.idx456
  %1812 = load float, ptr %1811, align 4
  %1813 = insertelement <8 x float> poison, float %1812, i64 0
  %1814 = shufflevector <8 x float> %1813, <8 x float> poison, <8 x i32> zeroinitializer
  %1815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1814, <8 x float> %1788, <8 x float> %1783)
  %1816 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1814, <8 x float> %1791, <8 x float> %1784)
  %p10.next.11082 = or disjoint i64 %p10.addr.0414, 2
  %1817 = shl nuw nsw i64 %p10.next.11082, 6
  %1818 = or disjoint i64 %1817, 32
  %1819 = getelementptr inbounds float, ptr %X, i64 %1818
  %1820 = load <8 x float>, ptr %1819, align 4
  %1821 = or disjoint i64 %1817, 40
  %1822 = getelementptr inbounds float, ptr %X, i64 %1821
  %1823 = load <8 x float>, ptr %1822, align 4
  %1824 = getelementptr inbounds float, ptr %P, i64 %p10.next.11082
  %1825 = getelementptr inbounds i8, ptr %1824, i64 %.idx453
  %1826 = load float, ptr %1825, align 4
  %1827 = insertelement <8 x float> poison, float %1826, i64 0
  %1828 = shufflevector <8 x float> %1827, <8 x float> poison, <8 x i32> zeroinitializer
  %1829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1828, <8 x float> %1820, <8 x float> %1797)
  %1830 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1828, <8 x float> %1823, <8 x float> %1798)
  %1831 = getelementptr inbounds i8, ptr %1824, i64 %.idx454
  %1832 = load float, ptr %1831, align 4
  %1833 = insertelement <8 x float> poison, float %1832, i64 0
  %1834 = shufflevector <8 x float> %1833, <8 x float> poison, <8 x i32> zeroinitializer
  %1835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1834, <8 x float> %1820, <8 x float> %1803)
  %1836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1834, <8 x float> %1823, <8 x float> %1804)
  %1837 = getelementptr inbounds i8, ptr %1824, i64 %.idx455
  %1838 = load float, ptr %1837, align 4
  %1839 = insertelement <8 x float> poison, float %1838, i64 0
  %1840 = shufflevector <8 x float> %1839, <8 x float> poison, <8 x i32> zeroinitializer
  %1841 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1840, <8 x float> %1820, <8 x float> %1809)
  %1842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1840, <8 x float> %1823, <8 x float> %1810)
  %1843 = getelementptr inbounds i8, ptr %1824, i64 %.idx456
  %1844 = load float, ptr %1843, align 4
  %1845 = insertelement <8 x float> poison, float %1844, i64 0
  %1846 = shufflevector <8 x float> %1845, <8 x float> poison, <8 x i32> zeroinitializer
  %1847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1846, <8 x float> %1820, <8 x float> %1815)
  %1848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1846, <8 x float> %1823, <8 x float> %1816)
  %p10.next.2 = or disjoint i64 %p10.addr.0414, 3
  %1849 = shl nuw nsw i64 %p10.next.2, 6
  %1850 = or disjoint i64 %1849, 32
  %1851 = getelementptr inbounds float, ptr %X, i64 %1850
  %1852 = load <8 x float>, ptr %1851, align 4
  %1853 = or disjoint i64 %1849, 40
  %1854 = getelementptr inbounds float, ptr %X, i64 %1853
  %1855 = load <8 x float>, ptr %1854, align 4
  %1856 = getelementptr inbounds float, ptr %P, i64 %p10.next.2
  %1857 = getelementptr inbounds i8, ptr %1856, i64 %.idx453
  %1858 = load float, ptr %1857, align 4
  %1859 = insertelement <8 x float> poison, float %1858, i64 0
  %1860 = shufflevector <8 x float> %1859, <8 x float> poison, <8 x i32> zeroinitializer
  %1861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1860, <8 x float> %1852, <8 x float> %1829)
  %1862 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1860, <8 x float> %1855, <8 x float> %1830)
  %1863 = getelementptr inbounds i8, ptr %1856, i64 %.idx454
  %1864 = load float, ptr %1863, align 4
  %1865 = insertelement <8 x float> poison, float %1864, i64 0
  %1866 = shufflevector <8 x float> %1865, <8 x float> poison, <8 x i32> zeroinitializer
  %1867 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1852, <8 x float> %1835)
  %1868 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1855, <8 x float> %1836)
  %1869 = getelementptr inbounds i8, ptr %1856, i64 %.idx455
  %1870 = load float, ptr %1869, align 4
  %1871 = insertelement <8 x float> poison, float %1870, i64 0
  %1872 = shufflevector <8 x float> %1871, <8 x float> poison, <8 x i32> zeroinitializer
  %1873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1872, <8 x float> %1852, <8 x float> %1841)
  %1874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1872, <8 x float> %1855, <8 x float> %1842)
  %1875 = getelementptr inbounds i8, ptr %1856, i64 %.idx456
  %1876 = load float, ptr %1875, align 4
  %1877 = insertelement <8 x float> poison, float %1876, i64 0
  %1878 = shufflevector <8 x float> %1877, <8 x float> poison, <8 x i32> zeroinitializer
  %1879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1878, <8 x float> %1852, <8 x float> %1847)
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1878, <8 x float> %1855, <8 x float> %1848)
  %p10.next.3 = add nuw nsw i64 %p10.addr.0414, 4
  %exitcond539.not.3 = icmp eq i64 %p10.next.3, 64
  br i1 %exitcond539.not.3, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %1861, ptr %1733, align 4
  store <8 x float> %1862, ptr %1736, align 4
  store <8 x float> %1867, ptr %1738, align 4
  store <8 x float> %1868, ptr %1741, align 4
  store <8 x float> %1873, ptr %1743, align 4
  store <8 x float> %1874, ptr %1746, align 4
  store <8 x float> %1879, ptr %1748, align 4
  store <8 x float> %1880, ptr %1751, align 4
  %1881 = or disjoint i64 %1726, 16
  %1882 = getelementptr inbounds float, ptr %Oc, i64 %1881
  %1883 = load <8 x float>, ptr %1882, align 4
  %1884 = or disjoint i64 %1726, 24
  %1885 = getelementptr inbounds float, ptr %Oc, i64 %1884
  %1886 = load <8 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1728, 16
  %1888 = getelementptr inbounds float, ptr %Oc, i64 %1887
  %1889 = load <8 x float>, ptr %1888, align 4
  %1890 = or disjoint i64 %1728, 24
  %1891 = getelementptr inbounds float, ptr %Oc, i64 %1890
  %1892 = load <8 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1730, 16
  %1894 = getelementptr inbounds float, ptr %Oc, i64 %1893
  %1895 = load <8 x float>, ptr %1894, align 4
  %1896 = or disjoint i64 %1730, 24
  %1897 = getelementptr inbounds float, ptr %Oc, i64 %1896
  %1898 = load <8 x float>, ptr %1897, align 4
  %1899 = or disjoint i64 %1732, 16
  %1900 = getelementptr inbounds float, ptr %Oc, i64 %1899
  %1901 = load <8 x float>, ptr %1900, align 4
  %1902 = or disjoint i64 %1732, 24
  %1903 = getelementptr inbounds float, ptr %Oc, i64 %1902
  %1904 = load <8 x float>, ptr %1903, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.0414.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1.3, %p10.body.1 ]
  %acc47.0413.1 = phi <8 x float> [ %1904, %p10.exit ], [ %2032, %p10.body.1 ]
  %acc46.0412.1 = phi <8 x float> [ %1901, %p10.exit ], [ %2031, %p10.body.1 ]
  %acc45.0411.1 = phi <8 x float> [ %1898, %p10.exit ], [ %2026, %p10.body.1 ]
  %acc44.0410.1 = phi <8 x float> [ %1895, %p10.exit ], [ %2025, %p10.body.1 ]
  %acc43.0409.1 = phi <8 x float> [ %1892, %p10.exit ], [ %2020, %p10.body.1 ]
  %acc42.0408.1 = phi <8 x float> [ %1889, %p10.exit ], [ %2019, %p10.body.1 ]
  %acc41.0407.1 = phi <8 x float> [ %1886, %p10.exit ], [ %2014, %p10.body.1 ]
  %acc40.0406.1 = phi <8 x float> [ %1883, %p10.exit ], [ %2013, %p10.body.1 ]
  %1905 = shl nuw nsw i64 %p10.addr.0414.1, 6
  %1906 = or disjoint i64 %1905, 48
  %1907 = getelementptr inbounds float, ptr %X, i64 %1906
  %1908 = load <8 x float>, ptr %1907, align 4
  %1909 = or disjoint i64 %1905, 56
  %1910 = getelementptr inbounds float, ptr %X, i64 %1909
  %1911 = load <8 x float>, ptr %1910, align 4
  %1912 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0414.1
  %1913 = getelementptr inbounds i8, ptr %1912, i64 %.idx453
  %1914 = load float, ptr %1913, align 4
  %1915 = insertelement <8 x float> poison, float %1914, i64 0
  %1916 = shufflevector <8 x float> %1915, <8 x float> poison, <8 x i32> zeroinitializer
  %1917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1916, <8 x float> %1908, <8 x float> %acc40.0406.1)
  %1918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1916, <8 x float> %1911, <8 x float> %acc41.0407.1)
  %1919 = getelementptr inbounds i8, ptr %1912, i64 %.idx454
  %1920 = load float, ptr %1919, align 4
  %1921 = insertelement <8 x float> poison, float %1920, i64 0
  %1922 = shufflevector <8 x float> %1921, <8 x float> poison, <8 x i32> zeroinitializer
  %1923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1908, <8 x float> %acc42.0408.1)
  %1924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1911, <8 x float> %acc43.0409.1)
  %1925 = getelementptr inbounds i8, ptr %1912, i64 %.idx455
  %1926 = load float, ptr %1925, align 4
  %1927 = insertelement <8 x float> poison, float %1926, i64 0
  %1928 = shufflevector <8 x float> %1927, <8 x float> poison, <8 x i32> zeroinitializer
  %1929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1908, <8 x float> %acc44.0410.1)
  %1930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1911, <8 x float> %acc45.0411.1)
  %1931 = getelementptr inbounds i8, ptr %1912, i64 %.idx456
  %1932 = load float, ptr %1931, align 4
  %1933 = insertelement <8 x float> poison, float %1932, i64 0
  %1934 = shufflevector <8 x float> %1933, <8 x float> poison, <8 x i32> zeroinitializer
  %1935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1908, <8 x float> %acc46.0412.1)
  %1936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1911, <8 x float> %acc47.0413.1)
  %p10.next.1 = or disjoint i64 %p10.addr.0414.1, 1
  %1937 = shl nuw nsw i64 %p10.next.1, 6
  %1938 = or disjoint i64 %1937, 48
  %1939 = getelementptr inbounds float, ptr %X, i64 %1938
  %1940 = load <8 x float>, ptr %1939, align 4
  %1941 = or disjoint i64 %1937, 56
  %1942 = getelementptr inbounds float, ptr %X, i64 %1941
  %1943 = load <8 x float>, ptr %1942, align 4
  %1944 = getelementptr inbounds float, ptr %P, i64 %p10.next.1
  %1945 = getelementptr inbounds i8, ptr %1944, i64 %.idx453
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1946, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1940, <8 x float> %1917)
  %1950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1943, <8 x float> %1918)
  %1951 = getelementptr inbounds i8, ptr %1944, i64 %.idx454
  %1952 = load float, ptr %1951, align 4
  %1953 = insertelement <8 x float> poison, float %1952, i64 0
  %1954 = shufflevector <8 x float> %1953, <8 x float> poison, <8 x i32> zeroinitializer
  %1955 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1954, <8 x float> %1940, <8 x float> %1923)
  %1956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1954, <8 x float> %1943, <8 x float> %1924)
  %1957 = getelementptr inbounds i8, ptr %1944, i64 %.idx455
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <8 x float> poison, float %1958, i64 0
  %1960 = shufflevector <8 x float> %1959, <8 x float> poison, <8 x i32> zeroinitializer
  %1961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1940, <8 x float> %1929)
  %1962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1943, <8 x float> %1930)
  %1963 = getelementptr inbounds i8, ptr %1944, i64 %.idx456
  %1964 = load float, ptr %1963, align 4
  %1965 = insertelement <8 x float> poison, float %1964, i64 0
  %1966 = shufflevector <8 x float> %1965, <8 x float> poison, <8 x i32> zeroinitializer
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1940, <8 x float> %1935)
  %1968 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1943, <8 x float> %1936)
  %p10.next.1.1 = or disjoint i64 %p10.addr.0414.1, 2
  %1969 = shl nuw nsw i64 %p10.next.1.1, 6
  %1970 = or disjoint i64 %1969, 48
  %1971 = getelementptr inbounds float, ptr %X, i64 %1970
  %1972 = load <8 x float>, ptr %1971, align 4
  %1973 = or disjoint i64 %1969, 56
  %1974 = getelementptr inbounds float, ptr %X, i64 %1973
  %1975 = load <8 x float>, ptr %1974, align 4
  %1976 = getelementptr inbounds float, ptr %P, i64 %p10.next.1.1
  %1977 = getelementptr inbounds i8, ptr %1976, i64 %.idx453
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <8 x float> poison, float %1978, i64 0
  %1980 = shufflevector <8 x float> %1979, <8 x float> poison, <8 x i32> zeroinitializer
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1972, <8 x float> %1949)
  %1982 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1975, <8 x float> %1950)
  %1983 = getelementptr inbounds i8, ptr %1976, i64 %.idx454
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <8 x float> poison, float %1984, i64 0
  %1986 = shufflevector <8 x float> %1985, <8 x float> poison, <8 x i32> zeroinitializer
  %1987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1972, <8 x float> %1955)
  %1988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1975, <8 x float> %1956)
  %1989 = getelementptr inbounds i8, ptr %1976, i64 %.idx455
  %1990 = load float, ptr %1989, align 4
  %1991 = insertelement <8 x float> poison, float %1990, i64 0
  %1992 = shufflevector <8 x float> %1991, <8 x float> poison, <8 x i32> zeroinitializer
  %1993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1992, <8 x float> %1972, <8 x float> %1961)
  %1994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1992, <8 x float> %1975, <8 x float> %1962)
  %1995 = getelementptr inbounds i8, ptr %1976, i64 %.idx456
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <8 x float> poison, float %1996, i64 0
  %1998 = shufflevector <8 x float> %1997, <8 x float> poison, <8 x i32> zeroinitializer
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1972, <8 x float> %1967)
  %2000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1975, <8 x float> %1968)
  %p10.next.1.2 = or disjoint i64 %p10.addr.0414.1, 3
  %2001 = shl nuw nsw i64 %p10.next.1.2, 6
  %2002 = or disjoint i64 %2001, 48
  %2003 = getelementptr inbounds float, ptr %X, i64 %2002
  %2004 = load <8 x float>, ptr %2003, align 4
  %2005 = or disjoint i64 %2001, 56
  %2006 = getelementptr inbounds float, ptr %X, i64 %2005
  %2007 = load <8 x float>, ptr %2006, align 4
  %2008 = getelementptr inbounds float, ptr %P, i64 %p10.next.1.2
  %2009 = getelementptr inbounds i8, ptr %2008, i64 %.idx453
  %2010 = load float, ptr %2009, align 4
  %2011 = insertelement <8 x float> poison, float %2010, i64 0
  %2012 = shufflevector <8 x float> %2011, <8 x float> poison, <8 x i32> zeroinitializer
  %2013 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %2004, <8 x float> %1981)
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %2007, <8 x float> %1982)
  %2015 = getelementptr inbounds i8, ptr %2008, i64 %.idx454
  %2016 = load float, ptr %2015, align 4
  %2017 = insertelement <8 x float> poison, float %2016, i64 0
  %2018 = shufflevector <8 x float> %2017, <8 x float> poison, <8 x i32> zeroinitializer
  %2019 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %2004, <8 x float> %1987)
  %2020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %2007, <8 x float> %1988)
  %2021 = getelementptr inbounds i8, ptr %2008, i64 %.idx455
  %2022 = load float, ptr %2021, align 4
  %2023 = insertelement <8 x float> poison, float %2022, i64 0
  %2024 = shufflevector <8 x float> %2023, <8 x float> poison, <8 x i32> zeroinitializer
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %2004, <8 x float> %1993)
  %2026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %2007, <8 x float> %1994)
  %2027 = getelementptr inbounds i8, ptr %2008, i64 %.idx456
  %2028 = load float, ptr %2027, align 4
  %2029 = insertelement <8 x float> poison, float %2028, i64 0
  %2030 = shufflevector <8 x float> %2029, <8 x float> poison, <8 x i32> zeroinitializer
  %2031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2030, <8 x float> %2004, <8 x float> %1999)
  %2032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2030, <8 x float> %2007, <8 x float> %2000)
  %p10.next.1.3 = add nuw nsw i64 %p10.addr.0414.1, 4
  %exitcond539.1.not.3 = icmp eq i64 %p10.next.1.3, 64
  br i1 %exitcond539.1.not.3, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <8 x float> %2013, ptr %1882, align 4
  store <8 x float> %2014, ptr %1885, align 4
  store <8 x float> %2019, ptr %1888, align 4
  store <8 x float> %2020, ptr %1891, align 4
  store <8 x float> %2025, ptr %1894, align 4
  store <8 x float> %2026, ptr %1897, align 4
  store <8 x float> %2031, ptr %1900, align 4
  store <8 x float> %2032, ptr %1903, align 4
  %i21.next = add nuw nsw i64 %i21.addr.0416, 4
  %2033 = icmp ult i64 %i21.addr.0416, 28
  br i1 %2033, label %j16.head.preheader, label %t2.head.preheader

j17.head.preheader:                               ; preds = %j17.head.preheader, %j17.head.preheader.preheader.new
  %t2.addr.0418 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %t2.next.7, %j17.head.preheader ]
  %niter1089 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %niter1089.next.7, %j17.head.preheader ]
  %2034 = mul i64 %7, %t2.addr.0418
  %scevgep540 = getelementptr i8, ptr %1724, i64 %2034
  %2035 = shl nuw nsw i64 %t2.addr.0418, 7
  %gep719 = getelementptr i8, ptr %invariant.gep718, i64 %2035
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540, ptr noundef nonnull align 4 dereferenceable(128) %gep719, i64 128, i1 false)
  %t2.next = or disjoint i64 %t2.addr.0418, 1
  %2036 = mul i64 %7, %t2.next
  %scevgep540.1 = getelementptr i8, ptr %1724, i64 %2036
  %2037 = shl nuw nsw i64 %t2.next, 7
  %gep719.1 = getelementptr i8, ptr %invariant.gep718, i64 %2037
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.1, ptr noundef nonnull align 4 dereferenceable(128) %gep719.1, i64 128, i1 false)
  %t2.next.1 = or disjoint i64 %t2.addr.0418, 2
  %2038 = mul i64 %7, %t2.next.1
  %scevgep540.2 = getelementptr i8, ptr %1724, i64 %2038
  %2039 = shl nuw nsw i64 %t2.next.1, 7
  %gep719.2 = getelementptr i8, ptr %invariant.gep718, i64 %2039
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.2, ptr noundef nonnull align 4 dereferenceable(128) %gep719.2, i64 128, i1 false)
  %t2.next.2 = or disjoint i64 %t2.addr.0418, 3
  %2040 = mul i64 %7, %t2.next.2
  %scevgep540.3 = getelementptr i8, ptr %1724, i64 %2040
  %2041 = shl nuw nsw i64 %t2.next.2, 7
  %gep719.3 = getelementptr i8, ptr %invariant.gep718, i64 %2041
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.3, ptr noundef nonnull align 4 dereferenceable(128) %gep719.3, i64 128, i1 false)
  %t2.next.3 = or disjoint i64 %t2.addr.0418, 4
  %2042 = mul i64 %7, %t2.next.3
  %scevgep540.4 = getelementptr i8, ptr %1724, i64 %2042
  %2043 = shl nuw nsw i64 %t2.next.3, 7
  %gep719.4 = getelementptr i8, ptr %invariant.gep718, i64 %2043
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.4, ptr noundef nonnull align 4 dereferenceable(128) %gep719.4, i64 128, i1 false)
  %t2.next.4 = or disjoint i64 %t2.addr.0418, 5
  %2044 = mul i64 %7, %t2.next.4
  %scevgep540.5 = getelementptr i8, ptr %1724, i64 %2044
  %2045 = shl nuw nsw i64 %t2.next.4, 7
  %gep719.5 = getelementptr i8, ptr %invariant.gep718, i64 %2045
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.5, ptr noundef nonnull align 4 dereferenceable(128) %gep719.5, i64 128, i1 false)
  %t2.next.5 = or disjoint i64 %t2.addr.0418, 6
  %2046 = mul i64 %7, %t2.next.5
  %scevgep540.6 = getelementptr i8, ptr %1724, i64 %2046
  %2047 = shl nuw nsw i64 %t2.next.5, 7
  %gep719.6 = getelementptr i8, ptr %invariant.gep718, i64 %2047
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.6, ptr noundef nonnull align 4 dereferenceable(128) %gep719.6, i64 128, i1 false)
  %t2.next.6 = or disjoint i64 %t2.addr.0418, 7
  %2048 = mul i64 %7, %t2.next.6
  %scevgep540.7 = getelementptr i8, ptr %1724, i64 %2048
  %2049 = shl nuw nsw i64 %t2.next.6, 7
  %gep719.7 = getelementptr i8, ptr %invariant.gep718, i64 %2049
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.7, ptr noundef nonnull align 4 dereferenceable(128) %gep719.7, i64 128, i1 false)
  %t2.next.7 = add nuw nsw i64 %t2.addr.0418, 8
  %niter1089.next.7 = add i64 %niter1089, 8
  %niter1089.ncmp.7 = icmp eq i64 %niter1089.next.7, %unroll_iter1088
  br i1 %niter1089.ncmp.7, label %j18.head.preheader.preheader.loopexit.unr-lcssa, label %j17.head.preheader

j18.head.preheader.preheader.loopexit.unr-lcssa:  ; preds = %j17.head.preheader, %j17.head.preheader.preheader
  %t2.addr.0418.unr = phi i64 [ 0, %j17.head.preheader.preheader ], [ %t2.next.7, %j17.head.preheader ]
  %lcmp.mod1087.not = icmp eq i64 %xtraiter1086, 0
  br i1 %lcmp.mod1087.not, label %j18.head.preheader.preheader, label %j17.head.preheader.epil

j17.head.preheader.epil:                          ; preds = %j18.head.preheader.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil
  %t2.addr.0418.epil = phi i64 [ %t2.next.epil, %j17.head.preheader.epil ], [ %t2.addr.0418.unr, %j18.head.preheader.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j17.head.preheader.epil ], [ 0, %j18.head.preheader.preheader.loopexit.unr-lcssa ]
  %2050 = mul i64 %7, %t2.addr.0418.epil
  %scevgep540.epil = getelementptr i8, ptr %1724, i64 %2050
  %2051 = shl nuw nsw i64 %t2.addr.0418.epil, 7
  %gep719.epil = getelementptr i8, ptr %invariant.gep718, i64 %2051
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep540.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep719.epil, i64 128, i1 false)
  %t2.next.epil = add nuw nsw i64 %t2.addr.0418.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter1086
  br i1 %epil.iter.cmp.not, label %j18.head.preheader.preheader, label %j17.head.preheader.epil, !llvm.loop !0

j18.head.preheader.preheader:                     ; preds = %j18.head.preheader.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil, %t2.head.preheader
  br label %j18.head.preheader

j18.head.preheader:                               ; preds = %j18.head.preheader.preheader, %p11.exit.1
  %i23.addr.0429 = phi i64 [ %i23.next, %p11.exit.1 ], [ 0, %j18.head.preheader.preheader ]
  %2052 = shl nuw nsw i64 %i23.addr.0429, 5
  %2053 = or disjoint i64 %i23.addr.0429, 1
  %2054 = shl nuw nsw i64 %2053, 5
  %2055 = or disjoint i64 %i23.addr.0429, 2
  %2056 = shl nuw nsw i64 %2055, 5
  %2057 = or disjoint i64 %i23.addr.0429, 3
  %2058 = shl nuw nsw i64 %2057, 5
  %2059 = getelementptr inbounds float, ptr %work, i64 %2052
  %2060 = load <8 x float>, ptr %2059, align 4
  %2061 = or disjoint i64 %2052, 8
  %2062 = getelementptr inbounds float, ptr %work, i64 %2061
  %2063 = load <8 x float>, ptr %2062, align 4
  %2064 = getelementptr inbounds float, ptr %work, i64 %2054
  %2065 = load <8 x float>, ptr %2064, align 4
  %2066 = or disjoint i64 %2054, 8
  %2067 = getelementptr inbounds float, ptr %work, i64 %2066
  %2068 = load <8 x float>, ptr %2067, align 4
  %2069 = getelementptr inbounds float, ptr %work, i64 %2056
  %2070 = load <8 x float>, ptr %2069, align 4
  %2071 = or disjoint i64 %2056, 8
  %2072 = getelementptr inbounds float, ptr %work, i64 %2071
  %2073 = load <8 x float>, ptr %2072, align 4
  %2074 = getelementptr inbounds float, ptr %work, i64 %2058
  %2075 = load <8 x float>, ptr %2074, align 4
  %2076 = or disjoint i64 %2058, 8
  %2077 = getelementptr inbounds float, ptr %work, i64 %2076
  %2078 = load <8 x float>, ptr %2077, align 4
  %.idx458 = shl nsw i64 %i23.addr.0429, 8
  %.idx459 = shl nsw i64 %2053, 8
  %.idx460 = shl nsw i64 %2055, 8
  %.idx461 = shl nsw i64 %2057, 8
  br label %p11.body

i23.exit:                                         ; preds = %p11.exit.1
  %ci.next = add nuw nsw i64 %ci.addr.0430, 1
  %indvars.iv.next = add i64 %indvars.iv, -32
  %exitcond545.not = icmp eq i64 %ci.next, %smax544
  br i1 %exitcond545.not, label %i24.head.preheader, label %i1.head.preheader

p11.body:                                         ; preds = %p11.body, %j18.head.preheader
  %p11.addr.0427 = phi i64 [ 0, %j18.head.preheader ], [ %p11.next.3, %p11.body ]
  %acc55.0426 = phi <8 x float> [ %2078, %j18.head.preheader ], [ %2206, %p11.body ]
  %acc54.0425 = phi <8 x float> [ %2075, %j18.head.preheader ], [ %2205, %p11.body ]
  %acc53.0424 = phi <8 x float> [ %2073, %j18.head.preheader ], [ %2200, %p11.body ]
  %acc52.0423 = phi <8 x float> [ %2070, %j18.head.preheader ], [ %2199, %p11.body ]
  %acc51.0422 = phi <8 x float> [ %2068, %j18.head.preheader ], [ %2194, %p11.body ]
  %acc50.0421 = phi <8 x float> [ %2065, %j18.head.preheader ], [ %2193, %p11.body ]
  %acc49.0420 = phi <8 x float> [ %2063, %j18.head.preheader ], [ %2188, %p11.body ]
  %acc48.0419 = phi <8 x float> [ %2060, %j18.head.preheader ], [ %2187, %p11.body ]
  %2079 = shl nuw nsw i64 %p11.addr.0427, 6
  %2080 = or disjoint i64 %2079, 32
  %2081 = getelementptr inbounds float, ptr %X, i64 %2080
  %2082 = load <8 x float>, ptr %2081, align 4
  %2083 = or disjoint i64 %2079, 40
  %2084 = getelementptr inbounds float, ptr %X, i64 %2083
  %2085 = load <8 x float>, ptr %2084, align 4
  %2086 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0427
  %2087 = getelementptr inbounds i8, ptr %2086, i64 %.idx458
  %2088 = load float, ptr %2087, align 4
  %2089 = insertelement <8 x float> poison, float %2088, i64 0
  %2090 = shufflevector <8 x float> %2089, <8 x float> poison, <8 x i32> zeroinitializer
  %2091 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2090, <8 x float> %2082, <8 x float> %acc48.0419)
  %2092 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2090, <8 x float> %2085, <8 x float> %acc49.0420)
  %2093 = getelementptr inbounds i8, ptr %2086, i64 %.idx459
  %2094 = load float, ptr %2093, align 4
  %2095 = insertelement <8 x float> poison, float %2094, i64 0
  %2096 = shufflevector <8 x float> %2095, <8 x float> poison, <8 x i32> zeroinitializer
  %2097 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2096, <8 x float> %2082, <8 x float> %acc50.0421)
  %2098 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2096, <8 x float> %2085, <8 x float> %acc51.0422)
  %2099 = getelementptr inbounds i8, ptr %2086, i64 %.idx460
  %2100 = load float, ptr %2099, align 4
  %2101 = insertelement <8 x float> poison, float %2100, i64 0
  %2102 = shufflevector <8 x float> %2101, <8 x float> poison, <8 x i32> zeroinitializer
  %2103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2102, <8 x float> %2082, <8 x float> %acc52.0423)
  %2104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2102, <8 x float> %2085, <8 x float> %acc53.0424)
  %2105 = getelementptr inbounds i8, ptr %2086, i64 %.idx461
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <8 x float> poison, float %2106, i64 0
  %2108 = shufflevector <8 x float> %2107, <8 x float> poison, <8 x i32> zeroinitializer
  %2109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2108, <8 x float> %2082, <8 x float> %acc54.0425)
  %2110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2108, <8 x float> %2085, <8 x float> %acc55.0426)
  %p11.next = or disjoint i64 %p11.addr.0427, 1
  %2111 = shl nuw nsw i64 %p11.next, 6
  %2112 = or disjoint i64 %2111, 32
  %2113 = getelementptr inbounds float, ptr %X, i64 %2112
  %2114 = load <8 x float>, ptr %2113, align 4
  %2115 = or disjoint i64 %2111, 40
  %2116 = getelementptr inbounds float, ptr %X, i64 %2115
  %2117 = load <8 x float>, ptr %2116, align 4
  %2118 = getelementptr inbounds float, ptr %KT, i64 %p11.next
  %2119 = getelementptr inbounds i8, ptr %2118, i64 %.idx458
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <8 x float> poison, float %2120, i64 0
  %2122 = shufflevector <8 x float> %2121, <8 x float> poison, <8 x i32> zeroinitializer
  %2123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2122, <8 x float> %2114, <8 x float> %2091)
  %2124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2122, <8 x float> %2117, <8 x float> %2092)
  %2125 = getelementptr inbounds i8, ptr %2118, i64 %.idx459
  %2126 = load float, ptr %2125, align 4
  %2127 = insertelement <8 x float> poison, float %2126, i64 0
  %2128 = shufflevector <8 x float> %2127, <8 x float> poison, <8 x i32> zeroinitializer
  %2129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2128, <8 x float> %2114, <8 x float> %2097)
  %2130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2128, <8 x float> %2117, <8 x float> %2098)
  %2131 = getelementptr inbounds i8, ptr %2118, i64 %.idx460
  %2132 = load float, ptr %2131, align 4
  %2133 = insertelement <8 x float> poison, float %2132, i64 0
  %2134 = shufflevector <8 x float> %2133, <8 x float> poison, <8 x i32> zeroinitializer
  %2135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2134, <8 x float> %2114, <8 x float> %2103)
  %2136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2134, <8 x float> %2117, <8 x float> %2104)
  %2137 = getelementptr inbounds i8, ptr %2118, i64 %.idx461
  %2138 = load float, ptr %2137, align 4
  %2139 = insertelement <8 x float> poison, float %2138, i64 0
  %2140 = shufflevector <8 x float> %2139, <8 x float> poison, <8 x i32> zeroinitializer
  %2141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2140, <8 x float> %2114, <8 x float> %2109)
  %2142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2140, <8 x float> %2117, <8 x float> %2110)
  %p11.next.11099 = or disjoint i64 %p11.addr.0427, 2
  %2143 = shl nuw nsw i64 %p11.next.11099, 6
  %2144 = or disjoint i64 %2143, 32
  %2145 = getelementptr inbounds float, ptr %X, i64 %2144
  %2146 = load <8 x float>, ptr %2145, align 4
  %2147 = or disjoint i64 %2143, 40
  %2148 = getelementptr inbounds float, ptr %X, i64 %2147
  %2149 = load <8 x float>, ptr %2148, align 4
  %2150 = getelementptr inbounds float, ptr %KT, i64 %p11.next.11099
  %2151 = getelementptr inbounds i8, ptr %2150, i64 %.idx458
  %2152 = load float, ptr %2151, align 4
  %2153 = insertelement <8 x float> poison, float %2152, i64 0
  %2154 = shufflevector <8 x float> %2153, <8 x float> poison, <8 x i32> zeroinitializer
  %2155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2154, <8 x float> %2146, <8 x float> %2123)
  %2156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2154, <8 x float> %2149, <8 x float> %2124)
  %2157 = getelementptr inbounds i8, ptr %2150, i64 %.idx459
  %2158 = load float, ptr %2157, align 4
  %2159 = insertelement <8 x float> poison, float %2158, i64 0
  %2160 = shufflevector <8 x float> %2159, <8 x float> poison, <8 x i32> zeroinitializer
  %2161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2160, <8 x float> %2146, <8 x float> %2129)
  %2162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2160, <8 x float> %2149, <8 x float> %2130)
  %2163 = getelementptr inbounds i8, ptr %2150, i64 %.idx460
  %2164 = load float, ptr %2163, align 4
  %2165 = insertelement <8 x float> poison, float %2164, i64 0
  %2166 = shufflevector <8 x float> %2165, <8 x float> poison, <8 x i32> zeroinitializer
  %2167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2166, <8 x float> %2146, <8 x float> %2135)
  %2168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2166, <8 x float> %2149, <8 x float> %2136)
  %2169 = getelementptr inbounds i8, ptr %2150, i64 %.idx461
  %2170 = load float, ptr %2169, align 4
  %2171 = insertelement <8 x float> poison, float %2170, i64 0
  %2172 = shufflevector <8 x float> %2171, <8 x float> poison, <8 x i32> zeroinitializer
  %2173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2172, <8 x float> %2146, <8 x float> %2141)
  %2174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2172, <8 x float> %2149, <8 x float> %2142)
  %p11.next.2 = or disjoint i64 %p11.addr.0427, 3
  %2175 = shl nuw nsw i64 %p11.next.2, 6
  %2176 = or disjoint i64 %2175, 32
  %2177 = getelementptr inbounds float, ptr %X, i64 %2176
  %2178 = load <8 x float>, ptr %2177, align 4
  %2179 = or disjoint i64 %2175, 40
  %2180 = getelementptr inbounds float, ptr %X, i64 %2179
  %2181 = load <8 x float>, ptr %2180, align 4
  %2182 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2
  %2183 = getelementptr inbounds i8, ptr %2182, i64 %.idx458
  %2184 = load float, ptr %2183, align 4
  %2185 = insertelement <8 x float> poison, float %2184, i64 0
  %2186 = shufflevector <8 x float> %2185, <8 x float> poison, <8 x i32> zeroinitializer
  %2187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2186, <8 x float> %2178, <8 x float> %2155)
  %2188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2186, <8 x float> %2181, <8 x float> %2156)
  %2189 = getelementptr inbounds i8, ptr %2182, i64 %.idx459
  %2190 = load float, ptr %2189, align 4
  %2191 = insertelement <8 x float> poison, float %2190, i64 0
  %2192 = shufflevector <8 x float> %2191, <8 x float> poison, <8 x i32> zeroinitializer
  %2193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2192, <8 x float> %2178, <8 x float> %2161)
  %2194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2192, <8 x float> %2181, <8 x float> %2162)
  %2195 = getelementptr inbounds i8, ptr %2182, i64 %.idx460
  %2196 = load float, ptr %2195, align 4
  %2197 = insertelement <8 x float> poison, float %2196, i64 0
  %2198 = shufflevector <8 x float> %2197, <8 x float> poison, <8 x i32> zeroinitializer
  %2199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2198, <8 x float> %2178, <8 x float> %2167)
  %2200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2198, <8 x float> %2181, <8 x float> %2168)
  %2201 = getelementptr inbounds i8, ptr %2182, i64 %.idx461
  %2202 = load float, ptr %2201, align 4
  %2203 = insertelement <8 x float> poison, float %2202, i64 0
  %2204 = shufflevector <8 x float> %2203, <8 x float> poison, <8 x i32> zeroinitializer
  %2205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2204, <8 x float> %2178, <8 x float> %2173)
  %2206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2204, <8 x float> %2181, <8 x float> %2174)
  %p11.next.3 = add nuw nsw i64 %p11.addr.0427, 4
  %exitcond543.not.3 = icmp eq i64 %p11.next.3, 64
  br i1 %exitcond543.not.3, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <8 x float> %2187, ptr %2059, align 4
  store <8 x float> %2188, ptr %2062, align 4
  store <8 x float> %2193, ptr %2064, align 4
  store <8 x float> %2194, ptr %2067, align 4
  store <8 x float> %2199, ptr %2069, align 4
  store <8 x float> %2200, ptr %2072, align 4
  store <8 x float> %2205, ptr %2074, align 4
  store <8 x float> %2206, ptr %2077, align 4
  %2207 = or disjoint i64 %2052, 16
  %2208 = getelementptr inbounds float, ptr %work, i64 %2207
  %2209 = load <8 x float>, ptr %2208, align 4
  %2210 = or disjoint i64 %2052, 24
  %2211 = getelementptr inbounds float, ptr %work, i64 %2210
  %2212 = load <8 x float>, ptr %2211, align 4
  %2213 = or disjoint i64 %2054, 16
  %2214 = getelementptr inbounds float, ptr %work, i64 %2213
  %2215 = load <8 x float>, ptr %2214, align 4
  %2216 = or disjoint i64 %2054, 24
  %2217 = getelementptr inbounds float, ptr %work, i64 %2216
  %2218 = load <8 x float>, ptr %2217, align 4
  %2219 = or disjoint i64 %2056, 16
  %2220 = getelementptr inbounds float, ptr %work, i64 %2219
  %2221 = load <8 x float>, ptr %2220, align 4
  %2222 = or disjoint i64 %2056, 24
  %2223 = getelementptr inbounds float, ptr %work, i64 %2222
  %2224 = load <8 x float>, ptr %2223, align 4
  %2225 = or disjoint i64 %2058, 16
  %2226 = getelementptr inbounds float, ptr %work, i64 %2225
  %2227 = load <8 x float>, ptr %2226, align 4
  %2228 = or disjoint i64 %2058, 24
  %2229 = getelementptr inbounds float, ptr %work, i64 %2228
  %2230 = load <8 x float>, ptr %2229, align 4
  br label %p11.body.1

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.0427.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1.3, %p11.body.1 ]
  %acc55.0426.1 = phi <8 x float> [ %2230, %p11.exit ], [ %2358, %p11.body.1 ]
  %acc54.0425.1 = phi <8 x float> [ %2227, %p11.exit ], [ %2357, %p11.body.1 ]
  %acc53.0424.1 = phi <8 x float> [ %2224, %p11.exit ], [ %2352, %p11.body.1 ]
  %acc52.0423.1 = phi <8 x float> [ %2221, %p11.exit ], [ %2351, %p11.body.1 ]
  %acc51.0422.1 = phi <8 x float> [ %2218, %p11.exit ], [ %2346, %p11.body.1 ]
  %acc50.0421.1 = phi <8 x float> [ %2215, %p11.exit ], [ %2345, %p11.body.1 ]
  %acc49.0420.1 = phi <8 x float> [ %2212, %p11.exit ], [ %2340, %p11.body.1 ]
  %acc48.0419.1 = phi <8 x float> [ %2209, %p11.exit ], [ %2339, %p11.body.1 ]
  %2231 = shl nuw nsw i64 %p11.addr.0427.1, 6
  %2232 = or disjoint i64 %2231, 48
  %2233 = getelementptr inbounds float, ptr %X, i64 %2232
  %2234 = load <8 x float>, ptr %2233, align 4
  %2235 = or disjoint i64 %2231, 56
  %2236 = getelementptr inbounds float, ptr %X, i64 %2235
  %2237 = load <8 x float>, ptr %2236, align 4
  %2238 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0427.1
  %2239 = getelementptr inbounds i8, ptr %2238, i64 %.idx458
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <8 x float> poison, float %2240, i64 0
  %2242 = shufflevector <8 x float> %2241, <8 x float> poison, <8 x i32> zeroinitializer
  %2243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2242, <8 x float> %2234, <8 x float> %acc48.0419.1)
  %2244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2242, <8 x float> %2237, <8 x float> %acc49.0420.1)
  %2245 = getelementptr inbounds i8, ptr %2238, i64 %.idx459
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <8 x float> poison, float %2246, i64 0
  %2248 = shufflevector <8 x float> %2247, <8 x float> poison, <8 x i32> zeroinitializer
  %2249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2248, <8 x float> %2234, <8 x float> %acc50.0421.1)
  %2250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2248, <8 x float> %2237, <8 x float> %acc51.0422.1)
  %2251 = getelementptr inbounds i8, ptr %2238, i64 %.idx460
  %2252 = load float, ptr %2251, align 4
  %2253 = insertelement <8 x float> poison, float %2252, i64 0
  %2254 = shufflevector <8 x float> %2253, <8 x float> poison, <8 x i32> zeroinitializer
  %2255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2254, <8 x float> %2234, <8 x float> %acc52.0423.1)
  %2256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2254, <8 x float> %2237, <8 x float> %acc53.0424.1)
  %2257 = getelementptr inbounds i8, ptr %2238, i64 %.idx461
  %2258 = load float, ptr %2257, align 4
  %2259 = insertelement <8 x float> poison, float %2258, i64 0
  %2260 = shufflevector <8 x float> %2259, <8 x float> poison, <8 x i32> zeroinitializer
  %2261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2260, <8 x float> %2234, <8 x float> %acc54.0425.1)
  %2262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2260, <8 x float> %2237, <8 x float> %acc55.0426.1)
  %p11.next.1 = or disjoint i64 %p11.addr.0427.1, 1
  %2263 = shl nuw nsw i64 %p11.next.1, 6
  %2264 = or disjoint i64 %2263, 48
  %2265 = getelementptr inbounds float, ptr %X, i64 %2264
  %2266 = load <8 x float>, ptr %2265, align 4
  %2267 = or disjoint i64 %2263, 56
  %2268 = getelementptr inbounds float, ptr %X, i64 %2267
  %2269 = load <8 x float>, ptr %2268, align 4
  %2270 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1
  %2271 = getelementptr inbounds i8, ptr %2270, i64 %.idx458
  %2272 = load float, ptr %2271, align 4
  %2273 = insertelement <8 x float> poison, float %2272, i64 0
  %2274 = shufflevector <8 x float> %2273, <8 x float> poison, <8 x i32> zeroinitializer
  %2275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2274, <8 x float> %2266, <8 x float> %2243)
  %2276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2274, <8 x float> %2269, <8 x float> %2244)
  %2277 = getelementptr inbounds i8, ptr %2270, i64 %.idx459
  %2278 = load float, ptr %2277, align 4
  %2279 = insertelement <8 x float> poison, float %2278, i64 0
  %2280 = shufflevector <8 x float> %2279, <8 x float> poison, <8 x i32> zeroinitializer
  %2281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2266, <8 x float> %2249)
  %2282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2269, <8 x float> %2250)
  %2283 = getelementptr inbounds i8, ptr %2270, i64 %.idx460
  %2284 = load float, ptr %2283, align 4
  %2285 = insertelement <8 x float> poison, float %2284, i64 0
  %2286 = shufflevector <8 x float> %2285, <8 x float> poison, <8 x i32> zeroinitializer
  %2287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2286, <8 x float> %2266, <8 x float> %2255)
  %2288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2286, <8 x float> %2269, <8 x float> %2256)
  %2289 = getelementptr inbounds i8, ptr %2270, i64 %.idx461
  %2290 = load float, ptr %2289, align 4
  %2291 = insertelement <8 x float> poison, float %2290, i64 0
  %2292 = shufflevector <8 x float> %2291, <8 x float> poison, <8 x i32> zeroinitializer
  %2293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2292, <8 x float> %2266, <8 x float> %2261)
  %2294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2292, <8 x float> %2269, <8 x float> %2262)
  %p11.next.1.1 = or disjoint i64 %p11.addr.0427.1, 2
  %2295 = shl nuw nsw i64 %p11.next.1.1, 6
  %2296 = or disjoint i64 %2295, 48
  %2297 = getelementptr inbounds float, ptr %X, i64 %2296
  %2298 = load <8 x float>, ptr %2297, align 4
  %2299 = or disjoint i64 %2295, 56
  %2300 = getelementptr inbounds float, ptr %X, i64 %2299
  %2301 = load <8 x float>, ptr %2300, align 4
  %2302 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.1
  %2303 = getelementptr inbounds i8, ptr %2302, i64 %.idx458
  %2304 = load float, ptr %2303, align 4
  %2305 = insertelement <8 x float> poison, float %2304, i64 0
  %2306 = shufflevector <8 x float> %2305, <8 x float> poison, <8 x i32> zeroinitializer
  %2307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2306, <8 x float> %2298, <8 x float> %2275)
  %2308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2306, <8 x float> %2301, <8 x float> %2276)
  %2309 = getelementptr inbounds i8, ptr %2302, i64 %.idx459
  %2310 = load float, ptr %2309, align 4
  %2311 = insertelement <8 x float> poison, float %2310, i64 0
  %2312 = shufflevector <8 x float> %2311, <8 x float> poison, <8 x i32> zeroinitializer
  %2313 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2312, <8 x float> %2298, <8 x float> %2281)
  %2314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2312, <8 x float> %2301, <8 x float> %2282)
  %2315 = getelementptr inbounds i8, ptr %2302, i64 %.idx460
  %2316 = load float, ptr %2315, align 4
  %2317 = insertelement <8 x float> poison, float %2316, i64 0
  %2318 = shufflevector <8 x float> %2317, <8 x float> poison, <8 x i32> zeroinitializer
  %2319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2318, <8 x float> %2298, <8 x float> %2287)
  %2320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2318, <8 x float> %2301, <8 x float> %2288)
  %2321 = getelementptr inbounds i8, ptr %2302, i64 %.idx461
  %2322 = load float, ptr %2321, align 4
  %2323 = insertelement <8 x float> poison, float %2322, i64 0
  %2324 = shufflevector <8 x float> %2323, <8 x float> poison, <8 x i32> zeroinitializer
  %2325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2324, <8 x float> %2298, <8 x float> %2293)
  %2326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2324, <8 x float> %2301, <8 x float> %2294)
  %p11.next.1.2 = or disjoint i64 %p11.addr.0427.1, 3
  %2327 = shl nuw nsw i64 %p11.next.1.2, 6
  %2328 = or disjoint i64 %2327, 48
  %2329 = getelementptr inbounds float, ptr %X, i64 %2328
  %2330 = load <8 x float>, ptr %2329, align 4
  %2331 = or disjoint i64 %2327, 56
  %2332 = getelementptr inbounds float, ptr %X, i64 %2331
  %2333 = load <8 x float>, ptr %2332, align 4
  %2334 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.2
  %2335 = getelementptr inbounds i8, ptr %2334, i64 %.idx458
  %2336 = load float, ptr %2335, align 4
  %2337 = insertelement <8 x float> poison, float %2336, i64 0
  %2338 = shufflevector <8 x float> %2337, <8 x float> poison, <8 x i32> zeroinitializer
  %2339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2338, <8 x float> %2330, <8 x float> %2307)
  %2340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2338, <8 x float> %2333, <8 x float> %2308)
  %2341 = getelementptr inbounds i8, ptr %2334, i64 %.idx459
  %2342 = load float, ptr %2341, align 4
  %2343 = insertelement <8 x float> poison, float %2342, i64 0
  %2344 = shufflevector <8 x float> %2343, <8 x float> poison, <8 x i32> zeroinitializer
  %2345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2344, <8 x float> %2330, <8 x float> %2313)
  %2346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2344, <8 x float> %2333, <8 x float> %2314)
  %2347 = getelementptr inbounds i8, ptr %2334, i64 %.idx460
  %2348 = load float, ptr %2347, align 4
  %2349 = insertelement <8 x float> poison, float %2348, i64 0
  %2350 = shufflevector <8 x float> %2349, <8 x float> poison, <8 x i32> zeroinitializer
  %2351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2350, <8 x float> %2330, <8 x float> %2319)
  %2352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2350, <8 x float> %2333, <8 x float> %2320)
  %2353 = getelementptr inbounds i8, ptr %2334, i64 %.idx461
  %2354 = load float, ptr %2353, align 4
  %2355 = insertelement <8 x float> poison, float %2354, i64 0
  %2356 = shufflevector <8 x float> %2355, <8 x float> poison, <8 x i32> zeroinitializer
  %2357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2356, <8 x float> %2330, <8 x float> %2325)
  %2358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2356, <8 x float> %2333, <8 x float> %2326)
  %p11.next.1.3 = add nuw nsw i64 %p11.addr.0427.1, 4
  %exitcond543.1.not.3 = icmp eq i64 %p11.next.1.3, 64
  br i1 %exitcond543.1.not.3, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <8 x float> %2339, ptr %2208, align 4
  store <8 x float> %2340, ptr %2211, align 4
  store <8 x float> %2345, ptr %2214, align 4
  store <8 x float> %2346, ptr %2217, align 4
  store <8 x float> %2351, ptr %2220, align 4
  store <8 x float> %2352, ptr %2223, align 4
  store <8 x float> %2357, ptr %2226, align 4
  store <8 x float> %2358, ptr %2229, align 4
  %i23.next = add nuw nsw i64 %i23.addr.0429, 4
  %2359 = icmp ult i64 %i23.addr.0429, 28
  br i1 %2359, label %j18.head.preheader, label %i23.exit
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
