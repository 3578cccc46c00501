// Placeholder: the graph IR lands with issue 3.
public enum DeltaIRVersion { public static let text = "0" }
