//! Line diff between two texts (config versions), by longest common subsequence.

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    Same(String),
    Removed(String),
    Added(String),
}

/// Texts longer than this many lines are compared line by line without alignment (the
/// table would need more memory than a config file deserves).
const MAX_LINES: usize = 4000;

/// The lines of `old` and `new`, marked as kept, removed or added, in reading order.
pub fn line_diff(old: &str, new: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    if a.len() > MAX_LINES || b.len() > MAX_LINES {
        let mut out: Vec<DiffLine> = a.iter().map(|l| DiffLine::Removed(l.to_string())).collect();
        out.extend(b.iter().map(|l| DiffLine::Added(l.to_string())));
        return out;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len() + b.len());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(DiffLine::Same(a[i].to_string()));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            out.push(DiffLine::Removed(a[i].to_string()));
            i += 1;
        } else {
            out.push(DiffLine::Added(b[j].to_string()));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|l| DiffLine::Removed(l.to_string())));
    out.extend(b[j..].iter().map(|l| DiffLine::Added(l.to_string())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use DiffLine::*;

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn changed_lines_are_removed_then_added() {
        let d = line_diff("a=1\nb=2\nc=3\n", "a=1\nb=20\nc=3\nd=4\n");
        assert_eq!(d, vec![Same(s("a=1")), Removed(s("b=2")), Added(s("b=20")), Same(s("c=3")), Added(s("d=4"))]);
    }

    #[test]
    fn identical_and_empty_texts() {
        assert_eq!(line_diff("x\ny", "x\ny"), vec![Same(s("x")), Same(s("y"))]);
        assert_eq!(line_diff("", "new"), vec![Added(s("new"))]);
        assert_eq!(line_diff("old", ""), vec![Removed(s("old"))]);
    }
}
