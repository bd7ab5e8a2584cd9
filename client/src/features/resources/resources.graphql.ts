import { graphql } from '../../gql';

export const ResourcesQuery = graphql(`
  query Resources($kind: ResourceKind) {
    resources(kind: $kind) {
      id
      kind
      name
      createdAt
      createdBy {
        id
        name
        status
      }
    }
  }
`);

export const CreateResourceMutation = graphql(`
  mutation CreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      id
      kind
      name
    }
  }
`);

export const RenameResourceMutation = graphql(`
  mutation RenameResource($id: ID!, $name: String!) {
    renameResource(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($id: ID!) {
    deleteResource(id: $id)
  }
`);
