/** The registration documents are the store's contract; the domain uses them under this name. */
export * from '../storage/registrations';
