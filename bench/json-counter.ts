/**
 * A streaming JSON checker: validates a document fed in chunks of bytes (without ever holding it
 * whole) and counts the values in one top-level array, e.g. the portals of a 400 MB
 * `{"tenants":[…]}` answer. Strict RFC 8259 syntax; UTF-8 bytes above 0x7f are passed through.
 */
export class JsonArrayCounter {
  /** Values seen directly inside the array under `key` of the top-level object. */
  count = 0;
  /** Bytes fed so far. */
  bytes = 0;
  #error: string | undefined;
  /** One entry per open container: its kind and what it expects next. */
  readonly #stack: Frame[] = [];
  #lexer: Lexer = Lexer.None;
  /** Progress inside the current token: escape/unicode digits, number part, literal letters. */
  #step = 0;
  #literal = '';
  #expect: Expect = Expect.Value;
  #done = false;
  /** The key being read in the top-level object (only there: nothing else needs keys). */
  #key: number[] | undefined;
  #lastTopKey = '';
  #countingDepth = -1;

  constructor(private readonly key: string) {}

  /** Feeds the next chunk; returns false as soon as the document is known to be invalid. */
  push(chunk: Uint8Array): boolean {
    if (this.#error !== undefined) return false;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      if (this.#lexer === Lexer.String && this.#step === StringPart.Body && this.#key === undefined) {
        // Fast path through the body of a value string: most of a portal list is string bytes.
        let b = chunk[i] as number;
        while (b !== 0x22 && b !== 0x5c && b >= 0x20 && ++i < length) b = chunk[i] as number;
        if (i === length) break;
      }
      if (!this.#byte(chunk[i] as number)) {
        this.#error ??= `unexpected byte 0x${(chunk[i] as number).toString(16)} at offset ${this.bytes + i}`;
        return false;
      }
    }
    this.bytes += chunk.length;
    return true;
  }

  /** Ends the document: undefined when it was one complete valid JSON value, else the problem. */
  end(): string | undefined {
    if (this.#error !== undefined) return this.#error;
    if (this.#lexer === Lexer.Number && this.#numberCanEnd()) this.#endValue();
    if (!this.#done || this.#lexer !== Lexer.None) return `truncated after ${this.bytes} bytes`;
    return undefined;
  }

  #byte(b: number): boolean {
    switch (this.#lexer) {
      case Lexer.String:
        return this.#stringByte(b);
      case Lexer.Number:
        if (this.#numberByte(b)) return true;
        if (!this.#numberCanEnd()) return false;
        this.#lexer = Lexer.None;
        this.#endValue();
        return this.#structural(b);
      case Lexer.Literal:
        if (b !== this.#literal.charCodeAt(this.#step)) return false;
        this.#step++;
        if (this.#step === this.#literal.length) {
          this.#lexer = Lexer.None;
          this.#endValue();
        }
        return true;
      default:
        return this.#structural(b);
    }
  }

  /** Whitespace, brackets, commas, colons, and the first byte of a scalar. */
  #structural(b: number): boolean {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) return true;
    if (this.#done) return false;
    const top = this.#stack[this.#stack.length - 1];
    switch (this.#expect) {
      case Expect.Key:
      case Expect.KeyOrEnd:
        if (b === 0x7d && this.#expect === Expect.KeyOrEnd) return this.#close(Kind.Object);
        if (b !== 0x22) return false;
        this.#lexer = Lexer.String;
        this.#step = 0;
        this.#key = this.#stack.length === 1 ? [] : undefined;
        return true;
      case Expect.Colon:
        if (b !== 0x3a) return false;
        this.#expect = Expect.Value;
        return true;
      case Expect.CommaOrEnd:
        if (b === 0x2c) {
          this.#expect = top?.kind === Kind.Object ? Expect.Key : Expect.Value;
          return true;
        }
        if (b === 0x7d) return this.#close(Kind.Object);
        if (b === 0x5d) return this.#close(Kind.Array);
        return false;
      case Expect.ValueOrEnd:
        if (b === 0x5d) return this.#close(Kind.Array);
        return this.#startValue(b);
      default:
        return this.#startValue(b);
    }
  }

  #startValue(b: number): boolean {
    if (this.#stack.length === this.#countingDepth) this.count++;
    if (b === 0x7b) {
      this.#stack.push({ kind: Kind.Object });
      this.#expect = Expect.KeyOrEnd;
      return true;
    }
    if (b === 0x5b) {
      // The array under `key` in the top-level object is the one whose values are counted.
      if (this.#stack.length === 1 && this.#lastTopKey === this.key) this.#countingDepth = 2;
      this.#stack.push({ kind: Kind.Array });
      this.#expect = Expect.ValueOrEnd;
      return true;
    }
    if (b === 0x22) {
      this.#lexer = Lexer.String;
      this.#step = 0;
      this.#key = undefined;
      return true;
    }
    if (b === 0x2d || (b >= 0x30 && b <= 0x39)) {
      this.#lexer = Lexer.Number;
      this.#step = b === 0x2d ? NumberPart.Sign : b === 0x30 ? NumberPart.Zero : NumberPart.Integer;
      return true;
    }
    const literal = b === 0x74 ? 'true' : b === 0x66 ? 'false' : b === 0x6e ? 'null' : undefined;
    if (literal === undefined) return false;
    this.#lexer = Lexer.Literal;
    this.#literal = literal;
    this.#step = 1;
    return true;
  }

  #close(kind: Kind): boolean {
    const top = this.#stack.pop();
    if (top?.kind !== kind) return false;
    if (this.#stack.length + 1 === this.#countingDepth) this.#countingDepth = -1;
    this.#endValue();
    return true;
  }

  /** After a complete value (or key): what the enclosing container expects next. */
  #endValue(): void {
    if (this.#stack.length === 0) {
      this.#done = true;
      return;
    }
    this.#expect = Expect.CommaOrEnd;
  }

  #stringByte(b: number): boolean {
    if (this.#step === StringPart.Escape) {
      if (b === 0x75) {
        this.#step = StringPart.Unicode1;
        return true;
      }
      // " \ / b f n r t
      if (b !== 0x22 && b !== 0x5c && b !== 0x2f && b !== 0x62 && b !== 0x66 && b !== 0x6e && b !== 0x72 && b !== 0x74)
        return false;
      this.#step = StringPart.Body;
      this.#key?.push(b);
      return true;
    }
    if (this.#step >= StringPart.Unicode1) {
      const hex = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
      if (!hex) return false;
      this.#step = this.#step === StringPart.Unicode4 ? StringPart.Body : this.#step + 1;
      return true;
    }
    if (b === 0x22) {
      this.#lexer = Lexer.None;
      if (this.#expect === Expect.Key || this.#expect === Expect.KeyOrEnd) {
        if (this.#key !== undefined) this.#lastTopKey = String.fromCharCode(...this.#key);
        this.#key = undefined;
        this.#expect = Expect.Colon;
      } else {
        this.#endValue();
      }
      return true;
    }
    if (b === 0x5c) {
      this.#step = StringPart.Escape;
      return true;
    }
    if (b < 0x20) return false;
    // Keys of the top-level object are short; a long one cannot be the key we look for.
    if (this.#key !== undefined && this.#key.length < 64) this.#key.push(b);
    return true;
  }

  #numberByte(b: number): boolean {
    const digit = b >= 0x30 && b <= 0x39;
    switch (this.#step) {
      case NumberPart.Sign:
        if (!digit) return false;
        this.#step = b === 0x30 ? NumberPart.Zero : NumberPart.Integer;
        return true;
      case NumberPart.Zero:
      case NumberPart.Integer:
        if (digit && this.#step === NumberPart.Integer) return true;
        if (b === 0x2e) this.#step = NumberPart.Point;
        else if (b === 0x65 || b === 0x45) this.#step = NumberPart.Exponent;
        else return false;
        return true;
      case NumberPart.Point:
        if (!digit) return false;
        this.#step = NumberPart.Fraction;
        return true;
      case NumberPart.Fraction:
        if (digit) return true;
        if (b !== 0x65 && b !== 0x45) return false;
        this.#step = NumberPart.Exponent;
        return true;
      case NumberPart.Exponent:
        if (b === 0x2b || b === 0x2d) {
          this.#step = NumberPart.ExponentSign;
          return true;
        }
        if (!digit) return false;
        this.#step = NumberPart.ExponentDigits;
        return true;
      case NumberPart.ExponentSign:
        if (!digit) return false;
        this.#step = NumberPart.ExponentDigits;
        return true;
      default:
        return digit;
    }
  }

  #numberCanEnd(): boolean {
    return (
      this.#step === NumberPart.Zero ||
      this.#step === NumberPart.Integer ||
      this.#step === NumberPart.Fraction ||
      this.#step === NumberPart.ExponentDigits
    );
  }
}

const enum Kind {
  Object,
  Array,
}

interface Frame {
  readonly kind: Kind;
}

const enum Lexer {
  None,
  String,
  Number,
  Literal,
}

const enum Expect {
  Value,
  ValueOrEnd,
  Key,
  KeyOrEnd,
  Colon,
  CommaOrEnd,
}

const enum StringPart {
  Body = 0,
  Escape = 1,
  Unicode1 = 2,
  Unicode4 = 5,
}

const enum NumberPart {
  Sign,
  Zero,
  Integer,
  Point,
  Fraction,
  Exponent,
  ExponentSign,
  ExponentDigits,
}
