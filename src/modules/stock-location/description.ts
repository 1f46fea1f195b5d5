import { type Column, type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

const metadata = {
  ...METADATA,
  write: { description: 'A JSON object.', updateDescription: 'A JSON object; null clears it.' },
} as const satisfies Column;

/** A place where inventory is kept (Medusa: stock_location). */
export const STOCK_LOCATION = {
  name: 'stockLocation',
  model: 'StockLocation',
  type: 'StockLocation',
  keys: [
    ID,
    {
      field: 'name',
      type: 'String',
      description: 'Its name.',
      write: { description: 'Stored trimmed; must not be blank.', required: true },
      filter: 'Exact names.',
    },
    {
      field: 'addressId',
      type: 'ID',
      nullable: true,
      description: 'The id of its address, if it has one.',
      rest: { whenNull: 'absent' },
    },
    metadata,
    ...timestamps({ filtered: true }),
  ],
} as const satisfies EntityDescription;

/** The address of a stock location (Medusa: stock_location_address). */
export const STOCK_LOCATION_ADDRESS = {
  name: 'stockLocationAddress',
  model: 'StockLocationAddress',
  type: 'StockLocationAddress',
  keys: [
    ID,
    {
      field: 'address1',
      medusa: 'address_1',
      type: 'String',
      description: 'First address line.',
      write: { description: 'First address line; must not be blank.', required: true },
    },
    {
      field: 'address2',
      medusa: 'address_2',
      type: 'String',
      nullable: true,
      description: 'Second address line.',
      write: {},
    },
    { field: 'company', type: 'String', nullable: true, description: 'Company name.', write: {} },
    { field: 'city', type: 'String', nullable: true, description: 'City.', write: {} },
    {
      field: 'countryCode',
      type: 'String',
      description: 'Country code as Medusa stores it, e.g. "de".',
      write: { description: 'Country code as Medusa stores it, e.g. "de"; must not be blank.', required: true },
    },
    { field: 'phone', type: 'String', nullable: true, description: 'Phone number, as written.', write: {} },
    { field: 'province', type: 'String', nullable: true, description: 'Province, state or region.', write: {} },
    { field: 'postalCode', type: 'String', nullable: true, description: 'Postal code.', write: {} },
    metadata,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
