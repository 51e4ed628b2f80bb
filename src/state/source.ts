/**
 * Who asked for a change: the visitor (a click, a key, a tap), a link (the URL's hash, followed by the
 * router), the guided tour moving itself on, or the kiosk resetting a visit. Actions take it and the
 * stores record it beside the change (`by`), so a listener can tell whose change it sees: the router does
 * not write a link's own changes back into the history, and the tour does not take its own moves for the
 * visitor taking over.
 */
export type ActionSource = 'visitor' | 'link' | 'tour' | 'kiosk';
