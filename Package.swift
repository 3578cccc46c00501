// swift-tools-version:6.0
// deltac: a declarative experiment compiler for DeltaProduct linear RNNs.
//
// Targets are the compiler's stages; imports only go downhill (docs/architecture.md has the picture):
//   DeltaIR, DeltaTasks (leaves) -> DeltaPasses -> DeltaSpec (Yams; names IR chunk sizes, pass names,
//   groups) -> DeltaModel -> DeltaCodegen (LLVM) -> DeltaRuntime (BLAS) -> DeltaDriver (spec to runnable
//   plan) -> DeltaExperiment, DeltaInterop (fla folders) -> deltac (CLI: arguments and printing only)
// Beside the chain, DeltaRuntime -> DeltaReference: the fp64 oracle (reference interpreter and
//   kernels), used by the tests, `deltac forward` / interop checks and the benches as the reference,
//   never by the executor (DeltaRuntime does not depend on it; ArchitectureTests checks).
import PackageDescription

// Debian ships no pkg-config file for LLVM, so the include path is passed by hand. unsafeFlags do not
// propagate, and the clang importer needs the path in every target that sees CLLVM transitively (tests
// included), so every Swift target gets these settings.
let llvmVersion = Context.environment["DELTAC_LLVM"] ?? "19"
let swiftSettings: [SwiftSetting] = [
  .unsafeFlags(["-Xcc", "-I/usr/lib/llvm-\(llvmVersion)/include"]),
  .define("LLVM\(llvmVersion)"),
]

let package = Package(
  name: "deltac",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "deltac", targets: ["deltac"])
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // System libraries (C).
    .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
    .systemLibrary(
      name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]),

    // Stages.
    .target(name: "DeltaIR", swiftSettings: swiftSettings),
    .target(
      name: "DeltaSpec",
      dependencies: [
        "DeltaIR", "DeltaPasses", "DeltaTasks", .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: swiftSettings),
    .target(
      name: "DeltaModel", dependencies: ["DeltaSpec", "DeltaIR"], swiftSettings: swiftSettings),
    .target(name: "DeltaPasses", dependencies: ["DeltaIR"], swiftSettings: swiftSettings),
    .target(
      name: "DeltaCodegen", dependencies: ["DeltaIR", "CLLVM"],
      swiftSettings: swiftSettings,
      linkerSettings: [.linkedLibrary("LLVM-\(llvmVersion)")]),
    // The runtime is optimized in debug builds too: its tests (AllocationTests: a steady-state step
    // allocates nothing) then check the code as it ships, where generics are specialized (unspecialized
    // generic calls of a -Onone build box values), and the debug test suite runs the kernels faster.
    .target(
      name: "DeltaRuntime", dependencies: ["DeltaIR", "DeltaCodegen", "CBLAS"],
      swiftSettings: swiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    .target(
      name: "DeltaReference", dependencies: ["DeltaIR", "DeltaRuntime"],
      swiftSettings: swiftSettings),
    .target(name: "DeltaTasks", swiftSettings: swiftSettings),
    .target(
      name: "DeltaDriver",
      dependencies: [
        "DeltaSpec", "DeltaIR", "DeltaModel", "DeltaPasses", "DeltaCodegen", "DeltaRuntime",
      ],
      swiftSettings: swiftSettings),
    .target(
      name: "DeltaExperiment",
      dependencies: [
        "DeltaSpec", "DeltaIR", "DeltaModel", "DeltaPasses", "DeltaCodegen", "DeltaRuntime",
        "DeltaReference", "DeltaTasks",
        "DeltaDriver", "DeltaInterop",
      ],
      swiftSettings: swiftSettings,
      // The commit of the build (`MachineInfo.version`: `deltac --version`, the bench JSON).
      plugins: ["GitRevision"]),
    .target(
      name: "DeltaInterop",
      dependencies: ["DeltaSpec", "DeltaIR", "DeltaModel", "DeltaRuntime", "DeltaReference"],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "deltac",
      dependencies: [
        // Arguments and printing only: no DeltaCodegen or DeltaRuntime (docs/architecture.md).
        "DeltaSpec", "DeltaIR", "DeltaPasses", "DeltaDriver", "DeltaExperiment", "DeltaInterop",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),

    // Build tools.
    .plugin(name: "GitRevision", capability: .buildTool()),

    // Tests.
    .target(name: "CAllocationCounter", path: "Tests/CAllocationCounter"),
    .target(
      name: "DeltaTestSupport",
      dependencies: [
        "DeltaIR", "DeltaSpec", "DeltaModel", "DeltaPasses", "DeltaRuntime", "DeltaReference",
      ],
      path: "Tests/DeltaTestSupport",
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaSpecTests", dependencies: ["DeltaSpec", "DeltaTasks", "DeltaTestSupport"],
      exclude: ["Corpus"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaIRTests", dependencies: ["DeltaIR", "DeltaTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaModelTests",
      dependencies: ["DeltaModel", "DeltaIR", "DeltaSpec", "DeltaTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaPassesTests",
      dependencies: [
        "DeltaPasses", "DeltaIR", "DeltaModel", "DeltaSpec", "DeltaRuntime", "DeltaReference",
        "DeltaTestSupport",
      ],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaRuntimeTests",
      dependencies: ["DeltaRuntime", "DeltaReference", "DeltaIR", "DeltaTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaCodegenTests",
      dependencies: ["DeltaCodegen", "DeltaRuntime", "DeltaReference", "DeltaTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaTasksTests", dependencies: ["DeltaTasks"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaInteropTests",
      dependencies: [
        "DeltaInterop", "DeltaRuntime", "DeltaSpec", "DeltaModel", "DeltaTestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaDriverTests",
      dependencies: [
        "DeltaDriver", "DeltaIR", "DeltaModel", "DeltaSpec", "DeltaPasses", "DeltaRuntime",
        "DeltaReference", "DeltaTestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DeltaExperimentTests",
      dependencies: ["DeltaExperiment", "DeltaTestSupport", "CAllocationCounter"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "deltacTests", dependencies: ["deltac", "DeltaTestSupport"],
      swiftSettings: swiftSettings),
  ]
)
