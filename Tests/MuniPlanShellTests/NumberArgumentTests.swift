import Foundation
import MuniPlan
import TestSupport
import Testing
@testable import MuniPlanShell

/// Every number a command takes goes through one parser with a range per argument: how
/// numbers may be written, the crashing lines, and a range error for each kind.
@Suite("numeric arguments")
struct NumberArgumentTests {
    @Test("whole numbers: digits, signs, groups of three, exponents with whole values, full width", arguments: [
        ("19", 19), ("+19", 19), ("-0", 0), ("1,000", 1000), ("100_000", 100_000), ("1,000,000", 1_000_000), ("1e3", 1000),
        ("19.0", 19), ("１９", 19), ("１，０００", 1000), ("－３", -3), ("−3", -3), ("9223372036854775807", Int.max),
    ] as [(String, Int)])
    func wholeSpellings(text: String, value: Int) {
        #expect(NumberSpelling.whole(text) == value)
    }

    @Test("numbers: decimals, exponents, groups, full width; -0 reads as 0", arguments: [
        ("0.5", 0.5), ("-3", -3), ("1e-3", 0.001), ("1E6", 1e6), ("11,000", 11_000), ("１．５", 1.5), ("2.5e+3", 2500),
        ("1e-05", 1e-5), ("5e-324", .leastNonzeroMagnitude), ("1e+15", 1e15),
    ] as [(String, Double)])
    func decimalSpellings(text: String, value: Double) {
        #expect(NumberSpelling.decimal(text) == value)
        #expect(NumberSpelling.decimal("-0")?.sign == .plus)
    }

    @Test("not numbers: nan, inf, hex, bad groups, stray signs and characters, beyond a Double", arguments: [
        "", " 1", "nan", "NaN", "inf", "-inf", "infinity", "0x10", "1,0", "1,00,000", "1__000", ",100", "1,000_000", "1_00",
        "1.", ".5", "1e", "1e+", "1e99999", "1e309", "--1", "+-1", "1-", "1 000", "１２a", "19%", "1.5.5", "1,000.5,0",
        String(repeating: "9", count: 400), "٣", "1.0e1.5",
    ])
    func notNumbers(text: String) {
        #expect(NumberSpelling.decimal(text) == nil, "\(text)")
        #expect(NumberSpelling.whole(text) == nil, "\(text)")
    }

    @Test("whole numbers refuse fractions and values beyond Int; seeds take 0…2^64−1 only as digits")
    func wholeAndSeedLimits() {
        for text in ["1.5", "1e-1", "9223372036854775808", "1e19", "-9223372036854775809"] { #expect(NumberSpelling.whole(text) == nil, "\(text)") }
        #expect(NumberSpelling.unsigned("18446744073709551615") == .max)
        #expect(NumberSpelling.unsigned("18,446,744,073,709,551,615") == .max)
        for text in ["18446744073709551616", "-1", "1e3", "1.0", "+-0"] { #expect(NumberSpelling.unsigned(text) == nil, "\(text)") }
    }

    @Test("issue 11: allocate with a huge --min-per-district is a usage error, not a trap (by need, spread, apportion)", arguments: [
        "allocate advisor --min-per-district 2000000000000000000", "allocate advisor spread --min-per-district 1317624576693539402",
        "allocate advisor 19 apportion hamilton --min-per-district 2000000000000000000",
    ])
    func hugeMinimum(line: String) throws {
        let shell = try makeInterpreter()
        let before = shell.session.plan
        let message = shell.failure(line)
        #expect(message.hasPrefix("allocate: --min-per-district must be a whole number from 0 to 1,000,000, not '"), "\(message)")
        #expect(shell.session.plan == before)
    }

    @Test("issue 11: expect probability with a target of 1e19 or -1e300 is a usage error, not a trap", arguments: ["1e19", "-1e300"])
    func hugeProbabilityTarget(target: String) throws {
        let shell = try makeInterpreter()
        try shell.run("simulate --runs 10")
        let message = shell.failure("expect probability ict-grant \(target) < 0.5")
        #expect(message == "expect: TARGET must be a number from 0 to 1,000,000, not '\(target)' — usage: "
                + (CommandRegistry.spec("expect")?.usage ?? ""))
        // Within the range, a target no count can reach has probability 0.
        #expect(try shell.run("expect probability ict-grant 1000000 < 0.5").texts.joined().hasPrefix("ok: "))
    }

    @Test("a range error for each kind of number names the argument and its range", arguments: [
        ("allocate advisor -1", "N must be a whole number from 0 to 1,000,000, not '-1'"),
        ("allocate advisor 2.5", "N must be a whole number from 0 to 1,000,000, not '2.5'"),
        ("allocate advisor --max-per-district 1e7", "--max-per-district must be a whole number from 0 to 1,000,000, not '1e7'"),
        ("allocate ict-grant 10 --budget -5 --cost population", "--budget must be a number from 0 to 1e15, not '-5'"),
        ("capacity advisor 1000001", "N must be a whole number from 0 to 1,000,000, not '1000001'"),
        ("set seminar 1e16", "VALUE must be a number from 0 to 1e15, not '1e16'"),
        ("indicators set aging 073644 -2e15", "VALUE must be a number from -1e15 to 1e15, not '-2e15'"),
        ("weight village inf", "W must be a number from -1e15 to 1e15, not 'inf'"),
        ("expect kpi advisor >= 1e300", "N must be a number from -1e15 to 1e15, not '1e300'"),
        ("expect count all >= -1", "N must be a whole number from 0 to 1,000,000, not '-1'"),
        ("expect probability ict-grant >= 101%", "P must be a probability from 0 to 1 (or 0% to 100%), not '101%'"),
        ("simulate --runs 100000001", "--runs must be a whole number from 1 to 100,000,000, not '100000001'"),
        ("simulate --seed 1.5", "--seed must be a whole number from 0 to 18,446,744,073,709,551,615, not '1.5'"),
        ("simulate --threads 257", "--threads must be a whole number from 1 to 256, not '257'"),
        ("capacity advisor " + String(repeating: "9", count: 400), "N must be a whole number from 0 to 1,000,000, not '999999999999999999999999…'"),
    ])
    func rangeErrors(line: String, message: String) throws {
        let shell = try makeInterpreter()
        let failure = shell.failure(line)
        #expect(failure.contains(": " + message + " — usage: "), "\(failure)")
        #expect(!failure.contains("\n"))
    }

    @Test("full-width numbers typed through an IME work like ASCII ones")
    func fullWidth() throws {
        let shell = try makeInterpreter()
        try shell.run("capacity advisor １９")
        #expect(shell.session.plan.capacity(of: try #require(shell.session.dataset.measure(id: "advisor"))) == 19)
        try shell.run("set seminar ４")
        #expect(shell.session.plan.plannedValue("seminar", in: FiscalYear(2022)) == 4)
        try shell.run("allocate advisor １９ --min-per-district １")
        try shell.run("expect count covered:advisor >= １９")
        try shell.run("weight village ０．５")
        #expect(shell.session.plan.weights.weight(of: .kind(.village)) == 0.5)
    }

    @Test("the limits themselves are accepted")
    func limitsAccepted() throws {
        let shell = try makeInterpreter()
        try shell.run("capacity advisor 1,000,000; set e-application 1e15; weight village -1e15; weight village 1e15")
        let words = try Lexer.segments("simulate --runs 100,000,000 --seed 18446744073709551615 --threads 256")[0].words
        #expect(try CommandRegistry.parse(words) as? SimulateCommand == SimulateCommand(runs: 100_000_000, seed: .max, threads: 256))
        try shell.run("simulate smart-city --runs 1")
        try shell.run("expect probability smart-city 0 >= 0%; expect probability smart-city <= 100%")
    }
}
