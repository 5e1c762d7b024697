//! The sandbox's clock as handlers and time-driven steps see it, and the date-time texts of
//! the answers that carry them as strings (jobs' ISO 8601 times, the provisioning histories'
//! `2024-05-18 17:28:53`), from milliseconds since the Unix epoch, UTC.

use opsdeck_api::sign::civil_from_days;

/// The present as a time-driven step sees it: nothing runs in the background, progress is
/// computed from start times whenever a store is touched.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// The sandbox's time, milliseconds since the Unix epoch.
    pub now: i64,
    /// How much faster than real time jobs progress.
    pub speed: f64,
}

impl Clock {
    /// Milliseconds of job time since `started` (real time times the job speed).
    pub fn elapsed(&self, started: i64) -> f64 {
        (self.now - started).max(0) as f64 * self.speed
    }

    /// The wall-clock instant at which a job started at `started` reaches `job_ms` of job time.
    pub fn at(&self, started: i64, job_ms: f64) -> i64 {
        started + (job_ms / self.speed.max(f64::MIN_POSITIVE)) as i64
    }
}

struct Parts {
    year: i64,
    month: u32,
    day: u32,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
}

fn parts(ms: i64) -> Parts {
    let days = ms.div_euclid(86_400_000);
    let in_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    Parts { year, month, day, hour: in_day / 3_600_000, minute: in_day / 60_000 % 60, second: in_day / 1000 % 60, millis: in_day % 1000 }
}

/// `2024-06-06T15:55:31.115Z`.
pub fn iso_time(ms: i64) -> String {
    let p = parts(ms);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", p.year, p.month, p.day, p.hour, p.minute, p.second, p.millis)
}

/// `2024-05-18 17:28:53`.
pub fn plain_time(ms: i64) -> String {
    let p = parts(ms);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", p.year, p.month, p.day, p.hour, p.minute, p.second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(iso_time(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_time(1_717_689_331_115), "2024-06-06T15:55:31.115Z");
        assert_eq!(plain_time(1_716_053_333_000), "2024-05-18 17:28:53");
        assert_eq!(plain_time(951_782_400_000), "2000-02-29 00:00:00");
    }
}
