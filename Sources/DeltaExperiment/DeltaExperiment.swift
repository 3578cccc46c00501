// Placeholder: training and evaluation land with issue 6.
import DeltaSpec
