// Placeholder: lowering lands with issue 3.
import DeltaIR
import DeltaSpec
