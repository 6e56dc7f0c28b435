//! A campaign folder opened in the browser (chosen as a folder, as files,
//! or dropped): which file is the campaign file, and each file it names
//! found by its path from the campaign file's folder. Files chosen one by
//! one come with their names only: a name then finds the one file of that
//! name, so `campaign/mark.svg` is found as `mark.svg`.

/// The files opened, each with its path as the browser gave it
/// (`NHCAW 2027/campaign/mark.svg`, or just `mark.svg`).
#[derive(Default)]
pub struct Folder {
    files: Vec<(String, Vec<u8>)>,
    /// The campaign file's index in `files`, and its folder's path with a
    /// trailing `/` (empty at the top).
    campaign: Option<(usize, String)>,
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// A path with `.` steps and doubled slashes taken out.
fn tidy(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect::<Vec<_>>()
        .join("/")
}

impl Folder {
    /// The files, the campaign file among them: `campaign.toml` nearest
    /// the top, or else the `.toml` file nearest the top.
    pub fn new(files: Vec<(String, Vec<u8>)>) -> Folder {
        let files: Vec<(String, Vec<u8>)> = files.into_iter().map(|(p, b)| (tidy(&p), b)).collect();
        let depth = |p: &str| p.matches('/').count();
        let pick = |want: &dyn Fn(&str) -> bool| {
            files
                .iter()
                .enumerate()
                .filter(|(_, (p, _))| want(p))
                .min_by_key(|(_, (p, _))| (depth(p), p.clone()))
                .map(|(i, _)| i)
        };
        let campaign = pick(&|p| base_name(p) == "campaign.toml")
            .or_else(|| pick(&|p| p.to_ascii_lowercase().ends_with(".toml")))
            .map(|i| {
                let p = &files[i].0;
                let dir = &p[..p.len() - base_name(p).len()];
                (i, dir.to_owned())
            });
        Folder { files, campaign }
    }

    /// How many files were opened.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The campaign file's path as opened, and its text (`Err` when it is
    /// not UTF-8 text).
    pub fn campaign_file(&self) -> Option<(&str, Result<String, String>)> {
        let (i, _) = self.campaign.as_ref()?;
        let (path, bytes) = &self.files[*i];
        let text = String::from_utf8(bytes.clone())
            .map_err(|_| format!("{} is not text (UTF-8)", base_name(path)));
        Some((path, text))
    }

    /// The bytes of `file`, a path from the campaign file's folder.
    pub fn read(&self, file: &str) -> Result<Vec<u8>, String> {
        let dir = self
            .campaign
            .as_ref()
            .map(|(_, d)| d.as_str())
            .unwrap_or("");
        let want = tidy(&format!("{dir}{file}"));
        if let Some((_, b)) = self.files.iter().find(|(p, _)| *p == want) {
            return Ok(b.clone());
        }
        // Files chosen one by one have no folders: find it by its name.
        let name = base_name(file);
        let same: Vec<&(String, Vec<u8>)> = self
            .files
            .iter()
            .filter(|(p, _)| !p.contains('/') && base_name(p) == name)
            .collect();
        match same.as_slice() {
            [(_, b)] => Ok(b.clone()),
            _ if self.files.iter().any(|(p, _)| p.contains('/')) => {
                Err(format!("there is no {want} in the folder opened"))
            }
            _ => Err(format!(
                "no file called {name} was opened with it: open the whole campaign folder, \
                 or choose {name} with the campaign file"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Folder;

    fn folder(paths: &[&str]) -> Folder {
        Folder::new(
            paths
                .iter()
                .map(|p| (p.to_string(), p.as_bytes().to_vec()))
                .collect(),
        )
    }

    #[test]
    fn the_campaign_file_is_found_and_its_files_beside_it() {
        let f = folder(&[
            "NHCAW/notes/old.toml",
            "NHCAW/static/campaign/mark.svg",
            "NHCAW/static/campaign.toml",
            "NHCAW/mark.svg",
        ]);
        let (path, text) = f.campaign_file().unwrap();
        assert_eq!(path, "NHCAW/static/campaign.toml");
        assert_eq!(text.unwrap(), "NHCAW/static/campaign.toml");
        assert_eq!(
            f.read("campaign/mark.svg").unwrap(),
            b"NHCAW/static/campaign/mark.svg"
        );
        assert_eq!(
            f.read("./campaign//mark.svg").unwrap(),
            b"NHCAW/static/campaign/mark.svg"
        );
        let e = f.read("campaign/logo.png").unwrap_err();
        assert_eq!(
            e,
            "there is no NHCAW/static/campaign/logo.png in the folder opened"
        );
    }

    #[test]
    fn any_toml_file_will_do_when_none_is_called_campaign() {
        let f = folder(&["a/b/deep.toml", "a/top.toml"]);
        assert_eq!(f.campaign_file().unwrap().0, "a/top.toml");
        assert!(folder(&["mark.svg"]).campaign_file().is_none());
    }

    #[test]
    fn files_chosen_one_by_one_are_found_by_name() {
        let f = folder(&["campaign.toml", "mark.svg"]);
        assert_eq!(f.read("campaign/mark.svg").unwrap(), b"mark.svg");
        let e = f.read("campaign/photo.jpg").unwrap_err();
        assert!(e.starts_with("no file called photo.jpg was opened"), "{e}");
    }

    #[test]
    fn a_campaign_file_that_is_not_text_says_so() {
        let f = Folder::new(vec![("campaign.toml".into(), vec![0xff, 0xfe, 0])]);
        assert_eq!(
            f.campaign_file().unwrap().1.unwrap_err(),
            "campaign.toml is not text (UTF-8)"
        );
    }
}
