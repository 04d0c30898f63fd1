//! The shape of the alert settings (the `[reminders]`, `[missing]` and
//! `[calendar]` tables of the config file). Parsing the file and finding it
//! is the CLI's job; validation of the values is here.

use std::collections::BTreeMap;

use serde::Deserialize;
use unspent_core::ledger::Lot;

/// Days before expiry at which reminders fire when nothing more specific is set.
pub const DEFAULT_OFFSETS: [u32; 3] = [30, 7, 1];
/// Days after the promise (order or shipment) within which the credit should arrive.
pub const DEFAULT_GRACE_DAYS: u32 = 14;
/// Longest reminder offset accepted: ten years covers every programme's rule.
pub const MAX_OFFSET: u32 = 3660;

/// Why a setting cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("`{0}` is not a list of days (expected e.g. 30,7,1)")]
    BadDays(String),
    #[error("reminder offset {0} is too large (at most {MAX_OFFSET} days)")]
    OffsetTooLarge(u32),
    #[error("alarm time `{0}` is not HH:MM")]
    BadTime(String),
    #[error("grace window of {0} days is too large (at most 365)")]
    GraceTooLarge(u32),
}

/// Everything this crate can be configured with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertSettings {
    #[serde(default)]
    pub reminders: ReminderSettings,
    #[serde(default)]
    pub missing: GraceSettings,
    #[serde(default)]
    pub calendar: CalendarSettings,
}

impl AlertSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        self.reminders.validate()?;
        self.missing.validate()?;
        self.calendar.alarm_time()?;
        Ok(())
    }
}

/// Reminder offsets: a global list, overridden per program, overridden per lot.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderSettings {
    /// Days before expiry; 0 is the expiry day itself. An empty list turns reminders off.
    #[serde(default = "default_offsets")]
    pub days: Vec<u32>,
    /// Per program id (`no-rush = [14, 3]`).
    #[serde(default)]
    pub programs: BTreeMap<String, Vec<u32>>,
    /// Per lot id (`"ev-0123456789ab" = [3]`); `unspent remind set` stores the same in the database.
    #[serde(default)]
    pub lots: BTreeMap<String, Vec<u32>>,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings { days: default_offsets(), programs: BTreeMap::new(), lots: BTreeMap::new() }
    }
}

fn default_offsets() -> Vec<u32> {
    DEFAULT_OFFSETS.to_vec()
}

impl ReminderSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        let lists = std::iter::once(&self.days).chain(self.programs.values()).chain(self.lots.values());
        for list in lists {
            if let Some(big) = list.iter().find(|d| **d > MAX_OFFSET) {
                return Err(SettingsError::OffsetTooLarge(*big));
            }
        }
        Ok(())
    }

    /// The offsets for `lot`, most specific first: `stored` (set with
    /// `unspent remind set`), then this file's lot entry, then its program's,
    /// then the global list. Sorted from furthest to nearest, without duplicates.
    pub fn offsets_for(&self, lot: &Lot, stored: Option<&[u32]>) -> Vec<u32> {
        let chosen = stored
            .or_else(|| self.lots.get(&lot.id).map(Vec::as_slice))
            .or_else(|| self.programs.get(lot.program.as_str()).map(Vec::as_slice))
            .unwrap_or(&self.days);
        normalise(chosen)
    }
}

/// Sorted furthest-first (30, 7, 1), duplicates removed.
pub fn normalise(days: &[u32]) -> Vec<u32> {
    let mut out = days.to_vec();
    out.sort_unstable_by(|a, b| b.cmp(a));
    out.dedup();
    out
}

/// Parses a list of days as typed on the command line: `14,3` or `30, 7, 1`.
pub fn parse_days(text: &str) -> Result<Vec<u32>, SettingsError> {
    let bad = || SettingsError::BadDays(text.to_string());
    let mut days = Vec::new();
    for part in text.split(',').map(str::trim) {
        if part.is_empty() {
            return Err(bad());
        }
        let day: u32 = part.parse().map_err(|_| bad())?;
        if day > MAX_OFFSET {
            return Err(SettingsError::OffsetTooLarge(day));
        }
        days.push(day);
    }
    Ok(normalise(&days))
}

/// How long after a promise its credit may take before it counts as missing.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraceSettings {
    #[serde(default = "default_grace")]
    pub grace_days: u32,
    /// Per program id (`trade-in = 30`).
    #[serde(default)]
    pub programs: BTreeMap<String, u32>,
}

impl Default for GraceSettings {
    fn default() -> Self {
        GraceSettings { grace_days: DEFAULT_GRACE_DAYS, programs: BTreeMap::new() }
    }
}

fn default_grace() -> u32 {
    DEFAULT_GRACE_DAYS
}

impl GraceSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        match std::iter::once(&self.grace_days).chain(self.programs.values()).find(|d| **d > 365) {
            Some(big) => Err(SettingsError::GraceTooLarge(*big)),
            None => Ok(()),
        }
    }

    pub fn days_for(&self, program: &str) -> u32 {
        self.programs.get(program).copied().unwrap_or(self.grace_days)
    }
}

/// How often the calendar's "check your balances" reminder repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Recurrence {
    Weekly,
    Monthly,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarSettings {
    /// Local time of day the alarms go off, `HH:MM`.
    #[serde(default = "default_alarm_time")]
    pub alarm_time: String,
    /// Add a repeating "check your balances" event.
    #[serde(default)]
    pub check_balances: Option<Recurrence>,
}

impl Default for CalendarSettings {
    fn default() -> Self {
        CalendarSettings { alarm_time: default_alarm_time(), check_balances: None }
    }
}

fn default_alarm_time() -> String {
    "09:00".into()
}

impl CalendarSettings {
    /// The alarm time as (hour, minute).
    pub fn alarm_time(&self) -> Result<(u8, u8), SettingsError> {
        parse_time(&self.alarm_time)
    }
}

pub fn parse_time(text: &str) -> Result<(u8, u8), SettingsError> {
    let bad = || SettingsError::BadTime(text.to_string());
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let (h, m): (u8, u8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 || text.trim().len() != 5 {
        return Err(bad());
    }
    Ok((h, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_sorted_and_deduplicated() {
        assert_eq!(parse_days("1, 30,7,7").unwrap(), vec![30, 7, 1]);
        assert_eq!(parse_days("0").unwrap(), vec![0]);
        assert!(parse_days("").is_err());
        assert!(parse_days("7,,1").is_err());
        assert!(parse_days("-1").is_err());
        assert!(parse_days("seven").is_err());
        assert_eq!(parse_days("9999"), Err(SettingsError::OffsetTooLarge(9999)));
    }

    #[test]
    fn settings_read_from_toml_with_defaults() {
        let s: AlertSettings = toml::from_str("[reminders]\nprograms = { no-rush = [14, 3] }\n").unwrap();
        assert_eq!(s.reminders.days, vec![30, 7, 1]);
        assert_eq!(s.reminders.programs["no-rush"], vec![14, 3]);
        assert_eq!(s.missing.days_for("no-rush"), 14);
        assert_eq!(s.calendar.alarm_time().unwrap(), (9, 0));
        assert!(toml::from_str::<AlertSettings>("[reminders]\nday = [1]\n").is_err(), "typos are errors");
    }

    #[test]
    fn alarm_time_is_strict() {
        assert_eq!(parse_time("07:30"), Ok((7, 30)));
        for bad in ["7:30", "24:00", "12:60", "noon", "12-00"] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
