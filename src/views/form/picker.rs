//! The searchable picker of a field with `choices`: a WAI-ARIA combobox (an editable text box
//! with a popup listbox). What is typed is the field's value, so an id the list does not offer
//! can still be entered; typing also filters the options by name or id, and picking one writes
//! its id. Each option shows the item's name and its id, shortened.
//!
//! Keys follow the ARIA authoring practices' "editable combobox with list autocomplete":
//! Down/Up open and move, Enter picks, Escape closes (a second Escape clears what was typed),
//! Tab leaves with the text as it is.

use leptos::prelude::*;

/// Ids longer than this are shown as their start and end (the whole id stays in the tooltip).
const SHOWN_ID: usize = 14;

/// A long id as "start…end".
pub fn short_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= SHOWN_ID {
        return id.to_string();
    }
    let head: String = chars[..8].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

/// Options whose name or id contains every word of the query (case-insensitive, any order).
pub fn filter(options: &[(String, String)], query: &str) -> Vec<(String, String)> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    options
        .iter()
        .filter(|(value, label)| {
            let hay = format!("{} {}", label.to_lowercase(), value.to_lowercase());
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .cloned()
        .collect()
}

/// What the picker needs from its field.
pub struct PickerProps {
    pub id: String,
    pub name: String,
    pub options: Signal<Vec<(String, String)>>,
    pub disabled: bool,
    pub current: Memo<String>,
    pub write: std::sync::Arc<dyn Fn(String) + Send + Sync>,
    pub on_blur: std::sync::Arc<dyn Fn() + Send + Sync>,
    pub placeholder: String,
    pub described_by: String,
    pub empty_text: String,
    /// The field's label, naming the listbox.
    pub label: String,
}

/// The combobox and its listbox.
pub fn picker(p: PickerProps) -> impl IntoView {
    let PickerProps { id, name, options, disabled, current, write, on_blur, placeholder, described_by, empty_text, label } = p;
    let list_id = format!("{id}-list");
    let open = RwSignal::new(false);
    // The text being typed; `None` until the user types (then every option is offered). Typed
    // text becomes the field's value only when the user leaves the box, presses Enter or Escape
    // on it: written on every keystroke, a half-typed "Dev" would be a value, and every list
    // that depends on this field would be asked for it (and answer 404).
    let query = RwSignal::new(None::<String>);
    let active = RwSignal::new(None::<usize>);
    let shown = Memo::new(move |_| {
        let q = query.get().unwrap_or_default();
        options.with(|o| filter(o, &q))
    });
    // The name of the chosen item, shown next to the box so an id reads as what it is.
    let chosen_label = Memo::new(move |_| {
        let cur = current.get();
        options.with(|o| o.iter().find(|(v, l)| *v == cur && *l != cur).map(|(_, l)| l.clone()))
    });
    let pick = {
        let write = write.clone();
        move |value: String| {
            write(value);
            query.set(None);
            active.set(None);
            open.set(false);
        }
    };
    // Keeps what was typed as the value (an id the list does not offer is still a value).
    let commit_typed = {
        let write = write.clone();
        move || {
            // A box removed while focused (the step changed) still gets its blur: by then its
            // signals are gone, and so is anything to keep.
            if let Some(text) = query.try_get_untracked().flatten() {
                query.set(None);
                write(text);
            }
        }
    };
    let option_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-opt-{i}")
    };
    let on_key = {
        let pick = pick.clone();
        let commit_typed = commit_typed.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let n = shown.with_untracked(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" => {
                    ev.prevent_default();
                    if !open.get_untracked() {
                        open.set(true);
                    }
                    if n > 0 {
                        active.set(Some(active.get_untracked().map_or(0, |i| (i + 1) % n)));
                    }
                }
                "ArrowUp" => {
                    ev.prevent_default();
                    open.set(true);
                    if n > 0 {
                        active.set(Some(active.get_untracked().map_or(n - 1, |i| (i + n - 1) % n)));
                    }
                }
                "Enter" if open.get_untracked() => {
                    ev.prevent_default();
                    match active.get_untracked().and_then(|i| shown.with_untracked(|s| s.get(i).cloned())) {
                        Some((value, _)) => pick(value),
                        None => {
                            commit_typed();
                            open.set(false);
                        }
                    }
                }
                "Escape" => {
                    if open.get_untracked() {
                        ev.prevent_default();
                        ev.stop_propagation();
                        open.set(false);
                        active.set(None);
                    }
                    commit_typed();
                }
                _ => {}
            }
        }
    };
    let active_id = {
        let option_id = option_id.clone();
        move || if open.get() { active.get().map(&option_id) } else { None }
    };
    view! {
        <div class="picker" class:open=move || open.get()>
            <input id=id.clone() name=name type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-controls=list_id.clone() aria-expanded=move || open.get().to_string()
                aria-activedescendant=active_id aria-describedby=described_by
                placeholder=placeholder disabled=disabled
                prop:value=move || query.get().unwrap_or_else(|| current.get())
                on:input=move |ev| {
                    query.set(Some(event_target_value(&ev)));
                    active.set(None);
                    open.set(true);
                }
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=on_key
                on:blur=move |_| { commit_typed(); open.set(false); active.set(None); on_blur(); } />
            <button type="button" class="picker-toggle" tabindex="-1" aria-hidden="true" disabled=disabled
                on:mousedown=move |ev| { ev.prevent_default(); open.update(|o| *o = !*o); }>"▾"</button>
            {move || chosen_label.get().map(|l| view! { <span class="picker-chosen muted small">{l}</span> })}
            <ul id=list_id role="listbox" aria-label=label hidden=move || !open.get()>
                {move || {
                    let items = shown.get();
                    if items.is_empty() {
                        return view! { <li class="picker-empty muted small" role="presentation">{empty_text.clone()}</li> }.into_any();
                    }
                    let cur = current.get();
                    items.into_iter().enumerate().map(|(i, (value, label))| {
                        let pick = pick.clone();
                        let v = value.clone();
                        let selected = value == cur;
                        view! {
                            <li role="option" id=option_id(i) aria-selected=selected.to_string() title=value.clone()
                                class:active=move || active.get() == Some(i)
                                on:mousedown=move |ev| { ev.prevent_default(); pick(v.clone()); }>
                                <span class="picker-label">{label.clone()}</span>
                                {(label != value).then(|| view! { <code class="picker-id muted small">{short_id(&value)}</code> })}
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Vec<(String, String)> {
        vec![
            ("env-1".into(), "staging-east".into()),
            ("env-2".into(), "production".into()),
            ("3f2a9c1e-0000-4000-8000-1234567890ab".into(), "Staging West".into()),
        ]
    }

    #[test]
    fn filter_matches_names_and_ids_by_every_word() {
        let names = |q: &str| filter(&opts(), q).into_iter().map(|(_, l)| l).collect::<Vec<_>>();
        assert_eq!(names("stag"), ["staging-east", "Staging West"]);
        assert_eq!(names("west stag"), ["Staging West"]);
        assert_eq!(names("env-2"), ["production"]);
        assert!(names("nothing").is_empty());
        assert_eq!(names("").len(), 3);
    }

    #[test]
    fn long_ids_keep_their_start_and_end() {
        assert_eq!(short_id("env-1"), "env-1");
        assert_eq!(short_id("3f2a9c1e-0000-4000-8000-1234567890ab"), "3f2a9c1e…90ab");
    }
}
