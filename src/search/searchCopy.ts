/** Results on one page of the site's search. */
export const RESULTS_PER_PAGE = 20
