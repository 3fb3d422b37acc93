//! Pagination: every list in Frirum is read one page at a time.

use serde::Serialize;

/// A validated request for one page of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// 1-based page number.
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub const DEFAULT_PER_PAGE: u32 = 50;
    pub const MAX_PER_PAGE: u32 = 200;

    /// Builds a page request; missing values take the defaults, `page` below 1 and
    /// `per_page` outside 1..=200 are refused.
    pub fn new(page: Option<u32>, per_page: Option<u32>) -> Result<Self, PageError> {
        let page = page.unwrap_or(1);
        let per_page = per_page.unwrap_or(Self::DEFAULT_PER_PAGE);
        if page == 0 {
            return Err(PageError::Page);
        }
        if per_page == 0 || per_page > Self::MAX_PER_PAGE {
            return Err(PageError::PerPage {
                max: Self::MAX_PER_PAGE,
            });
        }
        Ok(PageRequest { page, per_page })
    }

    pub fn limit(&self) -> i64 {
        i64::from(self.per_page)
    }

    pub fn offset(&self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest {
            page: 1,
            per_page: Self::DEFAULT_PER_PAGE,
        }
    }
}

/// The page parameters were out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("page must be 1 or more")]
    Page,
    #[error("per_page must be between 1 and {max}")]
    PerPage { max: u32 },
}

/// One page of a list, with what is needed to show the way to the others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    pub total: u64,
}

impl<T> Page<T> {
    pub fn new(items: Vec<T>, request: PageRequest, total: u64) -> Self {
        Page {
            items,
            page: request.page,
            per_page: request.per_page,
            total,
        }
    }

    pub fn page_count(&self) -> u32 {
        let per = u64::from(self.per_page.max(1));
        u32::try_from(self.total.div_ceil(per))
            .unwrap_or(u32::MAX)
            .max(1)
    }

    pub fn has_previous(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.page_count()
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            page: self.page,
            per_page: self.per_page,
            total: self.total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_pages() {
        let r = PageRequest::new(Some(3), Some(20)).unwrap();
        assert_eq!((r.limit(), r.offset()), (20, 40));
    }

    #[test]
    fn out_of_range_requests_are_refused() {
        assert_eq!(PageRequest::new(Some(0), None), Err(PageError::Page));
        assert!(PageRequest::new(None, Some(0)).is_err());
        assert!(PageRequest::new(None, Some(201)).is_err());
    }

    #[test]
    fn page_count_rounds_up_and_is_at_least_one() {
        let p = Page::<()>::new(vec![], PageRequest::new(Some(1), Some(50)).unwrap(), 98);
        assert_eq!(p.page_count(), 2);
        assert!(p.has_next());
        let empty = Page::<()>::new(vec![], PageRequest::default(), 0);
        assert_eq!(empty.page_count(), 1);
        assert!(!empty.has_next());
    }
}
