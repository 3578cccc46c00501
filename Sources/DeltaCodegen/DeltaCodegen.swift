// Placeholder: the LLVM JIT lands with issue 4.
import CLLVM
import DeltaIR
