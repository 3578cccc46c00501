import DeltaCodegen

/// Where a value's floats lie in its storage: `rows` rows of `width` contiguous floats (width = the
/// value's last dim), row r starting at `offset + (r / inner) * outerStride + (r % inner) * innerStride`.
///
/// A contiguous value is one level with stride = width. A split along the last axis is one level
/// with a wider stride (the part's columns of every row of the whole); a split along an earlier axis
/// and a reshape that splits such rows are two levels. Every kernel of the plan reads and writes
/// views, so split, reshape and most concats cost no copy (ExecutionPlan).
struct View: Hashable, Sendable {
  var offset: Int
  var width: Int
  var rows: Int
  var inner: Int
  var innerStride: Int
  var outerStride: Int

  /// `count` floats from `offset`, in rows of `width`.
  static func contiguous(offset: Int, count: Int, width: Int) -> View {
    let w = max(1, width)
    return View(
      offset: offset, width: w, rows: count / w, inner: 1, innerStride: w, outerStride: w)
  }

  var count: Int { rows * width }

  /// One level or two, reduced to its simplest form (one level: inner == 1, stride outerStride).
  func normalized() -> View {
    var v = self
    if v.rows <= 1 {
      (v.inner, v.innerStride, v.outerStride) = (1, v.width, v.width)
      return v
    }
    if v.inner >= v.rows {
      (v.inner, v.outerStride) = (1, v.innerStride)
    } else if v.inner <= 1 || v.innerStride * v.inner == v.outerStride {
      (v.inner, v.outerStride) = (1, v.inner <= 1 ? v.outerStride : v.innerStride)
    }
    if v.inner == 1 { v.innerStride = v.outerStride }
    return v
  }

  /// The rows follow each other with no gap.
  var isContiguous: Bool { rows <= 1 || (inner == 1 && outerStride == width) }

  /// The row stride when the rows are equally spaced (one level), else nil.
  var stride: Int? { inner == 1 ? outerStride : nil }

  /// Start of row r, from the storage's base.
  func rowStart(_ r: Int) -> Int {
    inner == 1
      ? offset + r * outerStride : offset + (r / inner) * outerStride + (r % inner) * innerStride
  }

  /// The JIT kernels' form of this view's rows; nil when contiguous.
  var rowAddress: RowAddress? {
    isContiguous
      ? nil : RowAddress(inner: inner, innerStride: innerStride, outerStride: outerStride)
  }

  /// The same floats as rows of `newWidth` (a reshape), when that is still a view; nil when the
  /// reshape needs a copy.
  func reshaped(width newWidth: Int) -> View? {
    let w2 = max(1, newWidth)
    if isContiguous { return .contiguous(offset: offset, count: count, width: w2) }
    if w2 == width { return self }
    if inner == 1, width % w2 == 0 {
      // Each row splits into width / w2 rows of w2.
      return View(
        offset: offset, width: w2, rows: count / w2, inner: width / w2, innerStride: w2,
        outerStride: outerStride
      ).normalized()
    }
    if inner > 1, innerStride == width, w2 % width == 0, inner % (w2 / width) == 0 {
      // Whole groups of adjacent rows merge.
      return View(
        offset: offset, width: w2, rows: count / w2, inner: inner / (w2 / width), innerStride: w2,
        outerStride: outerStride
      ).normalized()
    }
    return nil
  }

  /// Part `start..<start+size` along `axis` of a value of `shape` laid out as this view; nil when it
  /// is not a view (a split along an earlier axis of a value that is itself strided).
  func part(axis: Int, start: Int, size: Int, shape: [Int]) -> View? {
    let last = shape.count - 1
    if axis == last {
      var v = self
      v.offset += start
      v.width = size
      return v.normalized()
    }
    guard isContiguous else { return nil }
    let after = shape[(axis + 1)...].reduce(1, *)
    let before = shape[..<axis].reduce(1, *)
    let w = max(1, shape[last])
    let group = size * after / w
    return View(
      offset: offset + start * after, width: w, rows: before * group, inner: group,
      innerStride: w, outerStride: shape[axis] * after
    ).normalized()
  }
}
