// Placeholder: autodiff and optimizer passes land with issues 3 and 5.
import DeltaIR
