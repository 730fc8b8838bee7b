//! Choosing what the contacts list shows: the areas a visitor can pick, and the services for one.

use super::model::{Directory, Kind, Service, Text};

/// The areas named in the data, in the order they first appear: (region code, shown name).
pub fn areas(directory: &Directory) -> Vec<(&str, &Text)> {
    let mut seen: Vec<(&str, &Text)> = Vec::new();
    for service in &directory.services {
        if let (Some(code), Some(name)) = (service.region.as_deref(), service.area.as_ref()) {
            if !seen.iter().any(|(c, _)| *c == code) {
                seen.push((code, name));
            }
        }
    }
    seen
}

/// Services that serve `region` (nationwide ones always do), grouped by kind in display
/// order; `None` shows every service.
pub fn grouped_for_region<'a>(directory: &'a Directory, region: Option<&str>) -> Vec<(Kind, Vec<&'a Service>)> {
    Kind::ALL
        .into_iter()
        .map(|kind| {
            let services = directory
                .services
                .iter()
                .filter(|s| s.kind == kind)
                .filter(|s| region.is_none() || s.is_nationwide() || s.region.as_deref() == region)
                .collect::<Vec<_>>();
            (kind, services)
        })
        .filter(|(_, services)| !services.is_empty())
        .collect()
}

/// Takes the services of `region` itself out of `groups`, in group order; the groups left
/// hold the nationwide services. Nothing is taken when no area is chosen.
pub fn local_first<'a>(groups: &mut Vec<(Kind, Vec<&'a Service>)>, region: Option<&str>) -> Vec<&'a Service> {
    let Some(region) = region else { return Vec::new() };
    let mut local = Vec::new();
    for (_, services) in groups.iter_mut() {
        services.retain(|s| match s.region.as_deref() == Some(region) {
            true => {
                local.push(*s);
                false
            }
            false => true,
        });
    }
    groups.retain(|(_, services)| !services.is_empty());
    local
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;

    const DATA: &str = r#"{"schema":"safe-exit/directory/v1","updated":"2026-11-24","services":[
      {"id":"c-a","name":{"en":"Centre A"},"kind":"crisis_centre","area":{"en":"Almaty"},"region":"almaty",
       "contacts":[{"type":"voice","value":"111"}],"source":{"url":"https://s.example","title":"S"},"verified":"2026-11-24"},
      {"id":"n-112","name":{"en":"112"},"kind":"emergency",
       "contacts":[{"type":"voice","value":"112"}],"source":{"url":"https://s.example","title":"S"},"verified":"2026-11-24"},
      {"id":"c-b","name":{"en":"Centre B"},"kind":"crisis_centre","area":{"en":"Shymkent"},"region":"shymkent",
       "contacts":[{"type":"voice","value":"111"}],"source":{"url":"https://s.example","title":"S"},"verified":"2026-11-24"}]}"#;

    fn ids(groups: &[(Kind, Vec<&Service>)]) -> Vec<String> {
        groups.iter().flat_map(|(_, s)| s.iter().map(|s| s.id.clone())).collect()
    }

    #[test]
    fn emergency_numbers_come_first_and_regions_filter_local_services_only() {
        let directory = parse_directory(DATA).directory;
        assert_eq!(ids(&grouped_for_region(&directory, None)), ["n-112", "c-a", "c-b"]);
        assert_eq!(ids(&grouped_for_region(&directory, Some("shymkent"))), ["n-112", "c-b"]);
        assert_eq!(ids(&grouped_for_region(&directory, Some("nowhere"))), ["n-112"]);
    }

    #[test]
    fn the_chosen_areas_own_services_are_taken_out_to_come_first() {
        let directory = parse_directory(DATA).directory;
        let mut groups = grouped_for_region(&directory, Some("shymkent"));
        let local: Vec<_> = local_first(&mut groups, Some("shymkent")).into_iter().map(|s| s.id.clone()).collect();
        assert_eq!(local, ["c-b"]);
        assert_eq!(ids(&groups), ["n-112"], "the nationwide services stay, in their groups");
        let mut all = grouped_for_region(&directory, None);
        assert!(local_first(&mut all, None).is_empty());
        assert_eq!(ids(&all), ["n-112", "c-a", "c-b"]);
    }

    #[test]
    fn areas_are_listed_once_in_order() {
        let directory = parse_directory(DATA).directory;
        let codes: Vec<_> = areas(&directory).into_iter().map(|(c, _)| c).collect();
        assert_eq!(codes, ["almaty", "shymkent"]);
    }
}
