/// One record of a TensorBoard event file: tensorflow's `Event` message (tensorflow/core/util/
/// event.proto) with the fields deltac writes: `wall_time` (1, double, seconds since 1970),
/// `step` (2, int64), `file_version` (3, "brain.Event:2", the file's first event) and `summary` (5):
/// `Summary.Value`s (tag 1) holding a `simple_value` (2, float; the scalars plugin) or a text
/// (tensor 8: a scalar DT_STRING `TensorProto`; metadata 9: `plugin_data.plugin_name = "text"`), as
/// `tensorboard.plugins.text.summary_v2.text_pb` writes it. Fields go out in field-number order and
/// proto3 defaults (step 0) are left out, as protobuf's own serializers do.
public struct TensorBoardEvent: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    case scalar(tag: String, Float)
    /// Markdown (TensorBoard's text plugin renders it).
    case text(tag: String, String)

    public var tag: String {
      switch self {
      case .scalar(let tag, _), .text(let tag, _): return tag
      }
    }
  }

  public static let fileVersion = "brain.Event:2"

  public var wallTime: Double
  public var step: Int64
  /// Set in the file's first event only.
  public var fileVersion: String?
  public var values: [Value]

  public init(wallTime: Double, step: Int64, fileVersion: String? = nil, values: [Value] = []) {
    self.wallTime = wallTime
    self.step = step
    self.fileVersion = fileVersion
    self.values = values
  }

  // Field numbers (event.proto, summary.proto, tensor.proto, types.proto).
  static let (wallTimeField, stepField, fileVersionField, summaryField) = (1, 2, 3, 5)
  static let (valueField, tagField, simpleValueField, tensorField, metadataField) = (1, 1, 2, 8, 9)
  static let (pluginDataField, pluginNameField) = (1, 1)
  static let (dtypeField, shapeField, stringValField, dtString) = (1, 2, 8, Int64(7))

  public func encoded() -> [UInt8] {
    var w = ProtobufWriter()
    w.double(Self.wallTimeField, wallTime)
    if step != 0 { w.int64(Self.stepField, step) }
    if let fileVersion { w.string(Self.fileVersionField, fileVersion) }
    if !values.isEmpty {
      w.message(Self.summaryField) { summary in
        for value in values { summary.message(Self.valueField) { Self.encode(value, &$0) } }
      }
    }
    return w.bytes
  }

  static func encode(_ value: Value, _ w: inout ProtobufWriter) {
    w.string(tagField, value.tag)
    switch value {
    case .scalar(_, let x):
      w.float(simpleValueField, x)
    case .text(_, let text):
      w.message(tensorField) { tensor in
        tensor.int64(dtypeField, dtString)
        tensor.message(shapeField) { _ in }  // a scalar: no dims
        tensor.string(stringValField, text)
      }
      w.message(metadataField) { metadata in
        metadata.message(pluginDataField) { $0.string(pluginNameField, "text") }
      }
    }
  }

  /// Decodes what `encoded()` writes (other fields and value kinds are skipped); nil for bytes
  /// that are not an `Event`.
  public init?(decoding bytes: [UInt8]) {
    guard let fields = ProtobufReader.fields(bytes) else { return nil }
    self.init(wallTime: 0, step: 0)
    for (field, value) in fields {
      switch (field, value) {
      case (Self.wallTimeField, .fixed64(let bits)): wallTime = Double(bitPattern: bits)
      case (Self.stepField, .varint(let v)): step = Int64(bitPattern: v)
      case (Self.fileVersionField, .bytes(let b)): fileVersion = String(decoding: b, as: UTF8.self)
      case (Self.summaryField, .bytes(let summary)):
        guard let entries = ProtobufReader.fields(summary) else { return nil }
        for case (Self.valueField, .bytes(let entry)) in entries {
          guard let decoded = Self.decodeValue(entry) else { return nil }
          values += decoded
        }
      default: continue
      }
    }
  }

  /// A `Summary.Value`: its scalar or text, none for other kinds (images, histograms).
  static func decodeValue(_ bytes: [UInt8]) -> [Value]? {
    guard let fields = ProtobufReader.fields(bytes) else { return nil }
    var tag = ""
    var scalar: Float?
    var text: String?
    for (field, value) in fields {
      switch (field, value) {
      case (tagField, .bytes(let b)): tag = String(decoding: b, as: UTF8.self)
      case (simpleValueField, .fixed32(let bits)): scalar = Float(bitPattern: bits)
      case (tensorField, .bytes(let tensor)):
        for case (stringValField, .bytes(let b)) in ProtobufReader.fields(tensor) ?? [] {
          text = String(decoding: b, as: UTF8.self)
        }
      default: continue
      }
    }
    if let scalar { return [.scalar(tag: tag, scalar)] }
    if let text { return [.text(tag: tag, text)] }
    return []
  }
}
