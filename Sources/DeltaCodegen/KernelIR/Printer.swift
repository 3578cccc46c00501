/// Text form of the kernel IR, for dumps and debugging (`deltac compile --emit kernel-ir` style):
///
///     kernel dp_fwd_h1_k8_v8_c1_nogate(q: ptr, ..., T: i64) {
///       for t in 0..<T {
///         var acc: f32x8 = 0.0
///         acc = fma(load.1 k[t * 8 + i], load.8 S[i * 8], acc)
///         store o[t * 8] = acc
///       }
///     }
/// Deterministic: the text of a kernel is also what its disk-cache hash is taken of.
extension Kernel: CustomStringConvertible {
  public var description: String {
    var out =
      "kernel \(name)(" + params.map { "\($0.name): \($0.kind.rawValue)" }.joined(separator: ", ")
    out += ") {\n"
    for s in body { Printer.print(s, indent: 1, into: &out) }
    return out + "}\n"
  }
}

enum Printer {
  static func print(_ s: Stmt, indent: Int, into out: inout String) {
    let pad = String(repeating: "  ", count: indent)
    switch s {
    case .comment(let c): out += "\(pad)// \(c)\n"
    case .let_(let n, let i): out += "\(pad)let \(n) = \(i)\n"
    case .view(let n, let base, let off): out += "\(pad)view \(n) = \(base) + \(off)\n"
    case .declare(let n, let w, let e): out += "\(pad)var \(n): \(type(w)) = \(e)\n"
    case .assign(let n, let e): out += "\(pad)\(n) = \(e)\n"
    case .store(let p, let at, let e): out += "\(pad)store \(p)[\(at)] = \(e)\n"
    case .stream(let p, let at, let e): out += "\(pad)stream \(p)[\(at)] = \(e)\n"
    case .fence: out += "\(pad)fence\n"
    case .prefetch(let p, let at): out += "\(pad)prefetch \(p)[\(at)]\n"
    case .loop(let n, let lo, let hi, let step, let body):
      out += "\(pad)for \(n) in \(lo)..<\(hi)\(step == 1 ? "" : " step \(step)") {\n"
      for x in body { print(x, indent: indent + 1, into: &out) }
      out += "\(pad)}\n"
    case .when(let c, let then, let otherwise):
      out += "\(pad)if \(c) {\n"
      for x in then { print(x, indent: indent + 1, into: &out) }
      if !otherwise.isEmpty {
        out += "\(pad)} else {\n"
        for x in otherwise { print(x, indent: indent + 1, into: &out) }
      }
      out += "\(pad)}\n"
    }
  }

  static func type(_ width: Int) -> String { width == 1 ? "f32" : "f32x\(width)" }
}

extension Index: CustomStringConvertible {
  public var description: String {
    switch self {
    case .const(let c): return "\(c)"
    case .name(let n): return n
    case .add(let a, let b): return "\(a) + \(b)"
    case .sub(let a, let b): return "\(a) - \(b.atom)"
    case .mul(let a, let b): return "\(a.atom) * \(b.atom)"
    case .div(let a, let b): return "\(a.atom) / \(b.atom)"
    case .rem(let a, let b): return "\(a.atom) % \(b.atom)"
    case .min(let a, let b): return "min(\(a), \(b))"
    }
  }
  /// Parenthesized unless it binds tighter than any operator.
  var atom: String {
    switch self {
    case .const, .name, .min: return description
    default: return "(\(description))"
    }
  }
}

extension Cond: CustomStringConvertible {
  public var description: String {
    switch self {
    case .lt(let a, let b): return "\(a) < \(b)"
    case .le(let a, let b): return "\(a) <= \(b)"
    case .eq(let a, let b): return "\(a) == \(b)"
    case .and(let a, let b): return "\(a) && \(b)"
    case .aligned(let p, let at, let bytes): return "aligned(\(p)[\(at)], \(bytes))"
    }
  }
}

extension Expr: CustomStringConvertible {
  public var description: String {
    switch self {
    case .const(let c, let w): return w == 1 ? "\(c)" : "splat.\(w)(\(c))"
    case .name(let n): return n
    case .load(let p, let at, let w): return "load.\(w) \(p)[\(at)]"
    case .splat(let x, let w): return "splat.\(w)(\(x))"
    case .fma(let a, let b, let c): return "fma(\(a), \(b), \(c))"
    case .add(let a, let b): return "(\(a) + \(b))"
    case .sub(let a, let b): return "(\(a) - \(b))"
    case .mul(let a, let b): return "(\(a) * \(b))"
    case .div(let a, let b): return "(\(a) / \(b))"
    case .neg(let a): return "-\(a)"
    case .exp(let a): return "exp(\(a))"
    case .log(let a): return "log(\(a))"
    case .sqrt(let a): return "sqrt(\(a))"
    case .log1p(let a): return "log1p(\(a))"
    case .max(let a, let b): return "max(\(a), \(b))"
    case .hsum(let a): return "hsum(\(a))"
    case .select(let c, let a, let b): return "select(\(c), \(a), \(b))"
    case .shuffle(let a, let b, let mask):
      return "shuffle(\(a), \(b), [\(mask.map(String.init).joined(separator: ", "))])"
    case .float(let i): return "float(\(i))"
    }
  }
}
