extension String {
    /// The text without the spaces it ends in: a padded cell, a wrapped line's last gap,
    /// never trail a printed line.
    var trimmingTrailingSpaces: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
