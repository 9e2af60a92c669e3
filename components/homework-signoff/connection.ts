// The connection is shared with <ps-contact-preferences>: one database and one sender per page.
export { StoreConnection, type Store } from '../shared/store-connection';
