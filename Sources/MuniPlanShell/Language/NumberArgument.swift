import MuniPlan

/// A number a command takes: its name in usage and errors, the range it must lie in, and
/// what it means. Every numeric argument of every command is one of these and is parsed
/// by `NumberSpelling`, so all accept the same spellings and refuse alike; `help COMMAND`
/// lists them and docs/numbers.md has the table. The ranges are the core's
/// (`NumberLimits`), which keep the engines' arithmetic far from overflow.
public struct NumberArgument: Sendable, Equatable {
    public enum Range: Sendable, Equatable {
        /// A whole number in the range (written 19, 1,000, 1_000, １９ or 1e3).
        case whole(ClosedRange<Int>)
        /// A random seed: any whole number from 0 to 2^64 − 1.
        case seed
        /// A number in the range (0.5, -3, 1e6, 11,000).
        case decimal(ClosedRange<Double>)
        /// 0…1, or 0%…100%.
        case probability
    }

    /// `N`, `K`, `--runs`.
    public let name: String
    public let range: Range
    /// What it is, for help (`bodies to choose`).
    public let meaning: Message

    public init(_ name: String, _ range: Range, _ meaning: Message) {
        self.name = name
        self.range = range
        self.meaning = meaning
    }

    /// The same argument: its meaning is one catalogue entry, compared by key.
    public static func == (a: NumberArgument, b: NumberArgument) -> Bool {
        a.name == b.name && a.range == b.range && a.meaning.key == b.meaning.key
    }

    /// `a whole number from 0 to 1,000,000`: what the argument must be, in English (help).
    public var expected: String { expectedMessage.description }

    /// What the argument must be, in either language (`0～1,000,000の整数`).
    public var expectedMessage: Message {
        switch range {
        case let .whole(r):
            Message.Shell.wholeNumberRange(low: NumberText.grouped(r.lowerBound), high: NumberText.grouped(r.upperBound))
        case .seed: Message.Shell.seedRange
        case let .decimal(r): Message.Shell.numberRange(low: NumberText.bound(r.lowerBound), high: NumberText.bound(r.upperBound))
        case .probability: Message.Shell.probabilityRange
        }
    }
}

/// The numbers of the command language, by what they are.
extension NumberArgument {
    static let amounts = -NumberLimits.amount...NumberLimits.amount
    static let positiveAmounts = 0...NumberLimits.amount

    static let allocateCount = NumberArgument("N", .whole(NumberLimits.count), Message.Number.allocateCount)
    static let minPerDistrict = NumberArgument("--min-per-district", .whole(NumberLimits.count), Message.Number.minPerDistrict)
    static let maxPerDistrict = NumberArgument("--max-per-district", .whole(NumberLimits.count), Message.Number.maxPerDistrict)
    static let budget = NumberArgument("--budget", .decimal(positiveAmounts), Message.Number.budget)
    static let capacity = NumberArgument("N", .whole(NumberLimits.count), Message.Number.capacity)
    static let plannedValue = NumberArgument("VALUE", .decimal(positiveAmounts), Message.Number.plannedValue)
    static let target = NumberArgument("N", .decimal(positiveAmounts), Message.Target.numberMeaning)
    static let indicatorValue = NumberArgument("VALUE", .decimal(amounts), Message.Number.indicatorValue)
    static let weight = NumberArgument("W", .decimal(amounts), Message.Number.weight)
    static let expectedValue = NumberArgument("N", .decimal(amounts), Message.Number.expectedValue)
    static let expectedCount = NumberArgument("N", .whole(NumberLimits.count), Message.Number.expectedCount)
    static let probabilityTarget = NumberArgument("TARGET", .decimal(0...Double(NumberLimits.count.upperBound)),
                                                  Message.Number.probabilityTarget)
    static let probability = NumberArgument("P", .probability, Message.Number.probability)
    static let runs = NumberArgument("--runs", .whole(1...SimulationOptions.maxRuns), Message.Number.runs)
    static let seed = NumberArgument("--seed", .seed, Message.Number.seed)
    static let threads = NumberArgument("--threads", .whole(1...256), Message.Number.threads)
    static let timeLimit = NumberArgument("--time-limit", .decimal(0...1_000_000), Message.TimeLimit.number)
}

extension Arguments {
    /// A whole-number argument, or a usage error naming its range.
    public func whole(_ text: String, _ argument: NumberArgument) throws(ShellError) -> Int {
        guard case let .whole(range) = argument.range else { return try wholeMismatch(argument) }
        guard let n = NumberSpelling.whole(text), range.contains(n) else { throw outOfRange(text, argument) }
        return n
    }

    /// A number argument (`.decimal` or `.probability`), or a usage error naming its range.
    public func decimal(_ text: String, _ argument: NumberArgument) throws(ShellError) -> Double {
        switch argument.range {
        case let .decimal(range):
            guard let x = NumberSpelling.decimal(text), range.contains(x) else { throw outOfRange(text, argument) }
            return x
        case .probability:
            let percent = text.hasSuffix("%") || text.hasSuffix("％")
            guard let x = NumberSpelling.decimal(percent ? String(text.dropLast()) : text).map({ percent ? $0 / 100 : $0 }),
                  (0...1).contains(x) else { throw outOfRange(text, argument) }
            return x
        case .whole, .seed:
            return Double(try whole(text, argument))
        }
    }

    /// A seed: 0…2^64 − 1.
    public func seed(_ text: String, _ argument: NumberArgument) throws(ShellError) -> UInt64 {
        guard let n = NumberSpelling.unsigned(text) else { throw outOfRange(text, argument) }
        return n
    }

    private func outOfRange(_ text: String, _ argument: NumberArgument) -> ShellError {
        usageError(Message.Shell.numberOutOfRange(name: argument.name, expected: argument.expectedMessage, word: NumberSpelling.excerpt(text)))
    }

    private func wholeMismatch(_ argument: NumberArgument) throws(ShellError) -> Int {
        throw .refused(Message.Shell.numberKindMismatch(name: argument.name))
    }
}
